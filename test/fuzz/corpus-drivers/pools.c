/* Fuzz seed: pool set-up and teardown, a leak on an error path. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE NbPool;
} ADAPTER, *PADAPTER;

NDIS_STATUS SetupPools(PADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NblParams.DataSize = 0;
  Adapter->NblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  if (Adapter->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  NbParams.DataSize = 1514;
  Adapter->NbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
  if (Adapter->NbPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

VOID TeardownPools(PADAPTER Adapter) {
  if (Adapter->NbPool) {
    NdisFreeNetBufferPool(Adapter->NbPool);
    Adapter->NbPool = NULL;
  }
  if (Adapter->NblPool)
    NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferListPool(Adapter->NblPool);
}
