#include "mp.h"

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  ULONG i;
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMdN', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Adapter->RxPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->RxPool == NULL)
    return NDIS_STATUS_RESOURCES;
  for (i = 0; i < MP_NUM_RX; i++)
    Adapter->RxNbls[i] = NdisAllocateNetBufferList(Adapter->RxPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}
