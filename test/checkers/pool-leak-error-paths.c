// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// Error returns that return a status variable, and shared cleanup labels
// reached from several points of a setup: the pool is lost when it is live
// on one path to the error return and nothing on that path frees it.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE TxNblPool;
  NDIS_HANDLE TxNbPool;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  NdisFreeNetBufferPool(Adapter->TxNbPool);
  NdisFreeNetBufferListPool(Adapter->TxNblPool);
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
}

// A failure constant stored first, then each failed allocation jumps to
// one label: at `return Status;` RxNblPool is live on the path where the
// second allocation failed (not yet allocated on the first, NULL on its
// own failure: neither hides that path), and TxNblPool on the third.
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_STATUS Status = NDIS_STATUS_RESOURCES;
  PMP_ADAPTER Adapter;

  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    goto Fail;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: pool 'Adapter->RxNblPool' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+24]]:3: note: 'MPInitializeEx' returns an error here with 'Adapter->RxNblPool' still allocated
  if (Adapter->RxNblPool == NULL)
    goto Fail;

  Adapter->TxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: pool 'Adapter->TxNblPool' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+18]]:3: note: 'MPInitializeEx' returns an error here with 'Adapter->TxNblPool' still allocated
  if (Adapter->TxNblPool == NULL)
    goto Fail;

  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->TxNbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
  if (Adapter->TxNbPool == NULL)
    goto Fail;

  // A status tested as failed is an error too.
  Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, NULL);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferPool(Adapter->TxNbPool);
    goto Fail;
  }
  return NDIS_STATUS_SUCCESS;

Fail:
  return Status;
}

// A local pool, a status tested with NT_SUCCESS, and a label reached with
// the pool NULL on one path and live on the other.
NTSTATUS ProbeLoopback(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NTSTATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: pool 'Pool' allocated here leaks when 'ProbeLoopback' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+12]]:3: note: 'ProbeLoopback' returns an error here with 'Pool' still allocated
  if (Pool == NULL) {
    Status = STATUS_INSUFFICIENT_RESOURCES;
    goto Exit;
  }
  Status = NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle, NULL);
  if (!NT_SUCCESS(Status))
    goto Exit;
  NdisFreeNetBufferListPool(Pool);
  return STATUS_SUCCESS;

Exit:
  return Status;
}
