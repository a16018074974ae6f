#include "mp.h"

/* Ignores the helper's failure and succeeds. */
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportDriverContext;
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  MPAllocRecv(Adapter);
  return NDIS_STATUS_SUCCESS;
}

#ifdef HALT_IN_INIT
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (Adapter->RecvPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvPool);
}
#endif
