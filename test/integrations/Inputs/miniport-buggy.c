// A miniport whose error path frees its shared memory with the driver
// handle instead of the adapter handle it was allocated with: one finding.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE RingMemory;
} ADAPTER, *PADAPTER;

NDIS_HANDLE DriverHandle;

NDIS_STATUS SetUpRing(PADAPTER Adapter, BOOLEAN StartFailed) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Status = NdisAllocateSharedMemory(Adapter->AdapterHandle, &Params,
                                    &Adapter->RingMemory);
  if (Status == NDIS_STATUS_SUCCESS && StartFailed)
    NdisFreeSharedMemory(DriverHandle, Adapter->RingMemory);
  return Status;
}
