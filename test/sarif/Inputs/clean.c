// No finding: each NdisFreeSharedMemory gets its allocation's NdisHandle.
#include "ndis.h"

VOID ScratchBuffer(NDIS_HANDLE MiniportAdapterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Allocation = NULL;

  NdisZeroMemory(&Params, sizeof(Params));
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Allocation) !=
      NDIS_STATUS_SUCCESS)
    return;
  NdisFreeSharedMemory(MiniportAdapterHandle, Allocation);
}
