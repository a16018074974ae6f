#include "mp.h"

#ifndef HALT_IN_INIT
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (Adapter->RecvPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvPool);
}
#endif
