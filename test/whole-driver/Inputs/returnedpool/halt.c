#include "drv.h"

VOID MPHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  PADAPTER Adapter = (PADAPTER)Context;
  NdisFreeNetBufferListPool(Adapter->NblPool);
}
