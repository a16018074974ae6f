/* The binding's pools. */
#include "prot.h"

NDIS_STATUS ProtBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                            PNDIS_BIND_PARAMETERS BindParameters) {
  static OPEN Storage;
  POPEN Open = &Storage;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  NbParams.DataSize = 64; /* headers come with their data */
  Open->NblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &NblParams);
  if (Open->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Open->HeaderPool = NdisAllocateNetBufferPool(ProtocolHandle, &NbParams);
  if (Open->HeaderPool == NULL) {
    NdisFreeNetBufferListPool(Open->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}
