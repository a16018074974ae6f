#include "ndis.h"
VOID Nothing(VOID) {}
