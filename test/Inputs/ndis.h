/* The tests use the header model ndis-tidy ships (share/ndis-tidy/wdk). */
#include "../../share/ndis-tidy/wdk/ndis.h"
