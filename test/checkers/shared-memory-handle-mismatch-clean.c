// RUN: %check_ndis_tidy %s ndis-shared-memory-handle-mismatch %t

// Correct drivers: the check must stay silent on all of these.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMemHandle;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE NdisDriverHandle;
NDIS_HANDLE GetHandle(VOID);

// The same field, reached through two differently named pointers.
VOID SameFieldTwoPointers(PMP_ADAPTER Adapter, NDIS_HANDLE Context) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  PMP_ADAPTER Other = (PMP_ADAPTER)Context;
  if (NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                               &Adapter->SharedMemHandle) != NDIS_STATUS_SUCCESS)
    return;
  NdisFreeSharedMemory(Other->MiniportAdapterHandle, Other->SharedMemHandle);
}

// The parameter is stored into the context: both name the same handle.
NDIS_STATUS InitAndFail(PMP_ADAPTER Adapter, NDIS_HANDLE MiniportAdapterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params,
                               &Adapter->SharedMemHandle) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_RESOURCES;
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMemHandle);
  return NDIS_STATUS_FAILURE;
}

// A copy through a local.
VOID CopyThroughLocal(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE H = Adapter->MiniportAdapterHandle;
  NDIS_HANDLE Mem = NULL;
  if (NdisAllocateSharedMemory(H, &Params, &Mem) == NDIS_STATUS_SUCCESS)
    NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Mem);
}

// Handles the analysis cannot name: stay silent.
VOID UnknownHandles(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  if (NdisAllocateSharedMemory(GetHandle(), &Params, &Adapter->SharedMemHandle) ==
      NDIS_STATUS_SUCCESS)
    NdisFreeSharedMemory(NdisDriverHandle, Adapter->SharedMemHandle);
}

// Two allocations into one handle with different NdisHandles: unsure.
VOID TwoAllocations(PMP_ADAPTER Adapter, BOOLEAN UseDriver) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  if (UseDriver)
    NdisAllocateSharedMemory(NdisDriverHandle, &Params, &Adapter->SharedMemHandle);
  else
    NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                             &Adapter->SharedMemHandle);
  NdisFreeSharedMemory(NdisDriverHandle, Adapter->SharedMemHandle);
}

// A free with no allocation in the function (the cross-function form is
// the analysis engine's) and a free of another allocation handle.
VOID FreeOnly(PMP_ADAPTER Adapter) {
  NdisFreeSharedMemory(NdisDriverHandle, Adapter->SharedMemHandle);
}

// Broken code must not crash the check: a free with too few arguments
// through a K&R-style declaration.
VOID NdisFreeSharedMemoryOld();
VOID Broken(PMP_ADAPTER Adapter) {
  NdisFreeSharedMemoryOld(Adapter);
}
