#include "mp.h"

/* Frees the pool on its error path; without CORRECT, leaves the handle. */
NDIS_STATUS MPAllocRecv(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->RecvPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->RecvPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->Ring = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, 4096,
                                                    'gniR', NormalPoolPriority);
  if (Adapter->Ring == NULL) {
    NdisFreeNetBufferListPool(Adapter->RecvPool);
#ifdef CORRECT
    Adapter->RecvPool = NULL;
#endif
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}
