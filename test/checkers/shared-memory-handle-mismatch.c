// RUN: %check_ndis_tidy %s ndis-shared-memory-handle-mismatch %t

// NdisFreeSharedMemory given another NdisHandle than the allocation's.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMemHandle;
  NDIS_HANDLE RxMemHandle;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE NdisDriverHandle;

// Init-failure path: the cleanup label frees with the driver handle.
NDIS_STATUS InitSharedMemory(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Status = NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                                    &Adapter->SharedMemHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  if (Adapter->SharedMemHandle != NULL)
    NdisFreeSharedMemory(NdisDriverHandle, Adapter->SharedMemHandle);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeSharedMemory is given NdisHandle 'NdisDriverHandle', but the shared memory 'Adapter->SharedMemHandle' was allocated with NdisHandle 'Adapter->MiniportAdapterHandle'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
  // CHECK-NOTES: :[[@LINE-10]]:12: note: the shared memory was allocated here by NdisAllocateSharedMemory with NdisHandle 'Adapter->MiniportAdapterHandle'
  // CHECK-FIXES: NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMemHandle);
  return Status;
}

// A local allocation handle; the parameter is the right NdisHandle.
VOID ScratchBuffer(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE FilterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Allocation = NULL;

  NdisZeroMemory(&Params, sizeof(Params));
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Allocation) !=
      NDIS_STATUS_SUCCESS)
    return;
  NdisFreeSharedMemory(FilterHandle, Allocation);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory is given NdisHandle 'FilterHandle', but the shared memory 'Allocation' was allocated with NdisHandle 'MiniportAdapterHandle'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
  // CHECK-NOTES: :[[@LINE-5]]:7: note: the shared memory was allocated here by NdisAllocateSharedMemory with NdisHandle 'MiniportAdapterHandle'
  // CHECK-FIXES: NdisFreeSharedMemory(MiniportAdapterHandle, Allocation);
}

// The allocation's handle is a local of an inner block: no longer in scope
// at the free, so the warning comes without a fix-it.
VOID InnerScope(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  {
    NDIS_HANDLE Owner = Adapter->MiniportAdapterHandle;
    NdisAllocateSharedMemory(Owner, &Params, &Adapter->RxMemHandle);
  }
  NdisFreeSharedMemory(NULL, Adapter->RxMemHandle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory is given NdisHandle 'NULL', but the shared memory 'Adapter->RxMemHandle' was allocated with NdisHandle 'Owner'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: the shared memory was allocated here by NdisAllocateSharedMemory with NdisHandle 'Owner'
  // CHECK-FIXES: NdisFreeSharedMemory(NULL, Adapter->RxMemHandle);
}
