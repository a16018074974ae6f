#include "mp.h"

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
#ifdef CORRECT
  MPFreeRxNbls(Adapter);
  MPFreeRcbs(Adapter);
  NdisFreeNetBufferListPool(Adapter->RxPool);
  NdisFreeNetBufferListPool(Adapter->RcbPool);
#else
  // The pools first, the NBLs kept in the adapter after them.
  NdisFreeNetBufferListPool(Adapter->RxPool);
  NdisFreeNetBufferListPool(Adapter->RcbPool);
  MPFreeRxNbls(Adapter);
  MPFreeRcbs(Adapter);
#endif
  NdisFreeMemory(Adapter, 0, 0);
}
