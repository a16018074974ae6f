// RUN: %check_ndis_tidy %s ndis-shared-memory-handle-mismatch %t --config="{CheckOptions: {RulesFile: %S/Inputs/good-override.yaml}}"

// A rules file adds the driver's own free helper; the built-in rules stay.
#include "ndis.h"

VOID DrvFreeSharedMemory(NDIS_HANDLE NdisHandle, NDIS_HANDLE Allocation);

NDIS_HANDLE NdisDriverHandle;

VOID UsesWrapper(NDIS_HANDLE MiniportAdapterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Mem = NULL;
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Mem) != NDIS_STATUS_SUCCESS)
    return;
  DrvFreeSharedMemory(NdisDriverHandle, Mem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: DrvFreeSharedMemory is given NdisHandle 'NdisDriverHandle', but the shared memory 'Mem' was allocated with NdisHandle 'MiniportAdapterHandle'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
}

VOID BuiltInStillThere(NDIS_HANDLE MiniportAdapterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Mem = NULL;
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Mem) != NDIS_STATUS_SUCCESS)
    return;
  NdisFreeSharedMemory(NdisDriverHandle, Mem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory is given NdisHandle 'NdisDriverHandle'
}
