/* MiniportInitializeEx: the pools, the shared memory, the DPC. */
#include "miniport.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  static MP_ADAPTER Storage;
  PMP_ADAPTER Adapter = &Storage;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_SHARED_MEMORY_PARAMETERS SharedParams;
  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->AdapterHandle = MiniportAdapterHandle;
  Adapter->NblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->NbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
  if (Adapter->NbPool == NULL) {
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  Adapter->HeaderPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->HeaderPool == NULL) {
    NdisFreeNetBufferPool(Adapter->NbPool);
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  NdisZeroMemory(&SharedParams, sizeof(SharedParams));
  NdisAllocateSharedMemory(Adapter->AdapterHandle, &SharedParams,
                           &Adapter->RingMemory);
  KeInitializeDpc(&Adapter->Dpc, MPDpc, Adapter);
#ifdef CORRECT
  MPLogState(Adapter);
#endif /* CORRECT */
  return NDIS_STATUS_SUCCESS;
}
