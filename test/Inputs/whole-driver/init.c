// The ring's memory: allocated with the miniport's handle, and freed with
// another one.
#include "ringdrv.h"

NDIS_STATUS RingAllocate(PRING_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  return NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                                  &Adapter->RingMemory);
}

VOID RingFree(PRING_ADAPTER Adapter) {
  NdisFreeSharedMemory(Adapter->FilterHandle, Adapter->RingMemory);
}
