// The data path: uses the helper too.
#include "ringdrv.h"

VOID RingSend(PRING_ADAPTER Adapter) { RingScratch(Adapter); }
