// RUN: %check_ndis_tidy %s ndis-shared-memory-handle-mismatch %t

// The cross-function form: shared memory allocated in MPInitializeEx and
// freed in MPHaltEx (or a helper) must be freed with the same NdisHandle.
#define NDIS630_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE TxRingMem;
  NDIS_HANDLE RxRingMem;
  NDIS_HANDLE StatsMem;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE NdisDriverHandle;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

// Allocated with the adapter handle through a helper of MPInitializeEx.
static NDIS_STATUS MPAllocRxRing(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Length = 4096;
  return NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                                  &Adapter->RxRingMem);
}

// The same field, reached through a differently named local of another type
// in another function: the same handle.
static VOID MPFreeRxRing(NDIS_HANDLE MiniportAdapterContext) {
  PMP_ADAPTER Ctx = (PMP_ADAPTER)MiniportAdapterContext;
  if (Ctx->RxRingMem != NULL) {
    NdisFreeSharedMemory(Ctx->MiniportAdapterHandle, Ctx->RxRingMem);
    Ctx->RxRingMem = NULL;
  }
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  // The parameter is stored into the context: from here on both name the
  // same handle.
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Length = 4096;
  Status = NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                                    &Adapter->TxRingMem);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  Status = MPAllocRxRing(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  // Allocated with the parameter, freed in MPHaltEx with the field.
  Params.Length = 256;
  Status = NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Adapter->StatsMem);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  MPFreeRxRing(Adapter);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);

  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->StatsMem);
  MPFreeRxRing(Adapter);
  // Allocated with Adapter->MiniportAdapterHandle in MPInitializeEx, freed
  // with the driver handle: no fix-it, the allocation's handle expression
  // belongs to another function.
  NdisFreeSharedMemory(NdisDriverHandle, Adapter->TxRingMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory is given NdisHandle 'NdisDriverHandle', but the shared memory 'Adapter->TxRingMem' was allocated with NdisHandle 'Adapter->MiniportAdapterHandle'; NDIS requires the same handle [ndis-shared-memory-handle-mismatch]
  // CHECK-NOTES: :[[@LINE-33]]:12: note: the shared memory was allocated here by NdisAllocateSharedMemory with NdisHandle 'Adapter->MiniportAdapterHandle' in 'MPInitializeEx'
  // CHECK-FIXES: NdisFreeSharedMemory(NdisDriverHandle, Adapter->TxRingMem);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}
