#include "drv.h"

VOID MPHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  FreeAll((PADAPTER)Context);
}
