// RUN: %check_ndis_tidy %s 'ndis-pool-kind-mismatch,ndis-pool-datasize-mismatch,ndis-pool-leak' %t

// A helper that returns a freshly allocated pool is an allocation of that
// kind and DataSize at its call sites: the field it is stored in gets the
// kind, and a pool never freed is a leak.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE DataPool;
  NDIS_HANDLE Forgotten;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

// Returns the allocation itself.
static NDIS_HANDLE MPCreateNblPool(NDIS_HANDLE Handle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  return NdisAllocateNetBufferListPool(Handle, &Params);
}

// Returns a local it allocated (NULL on failure).
static NDIS_HANDLE MPCreateDataPool(NDIS_HANDLE Handle) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NdisZeroMemory(&Params, sizeof(Params));
  Params.DataSize = 1514;
  Pool = NdisAllocateNetBufferPool(Handle, &Params);
  if (Pool == NULL)
    return NULL;
  return Pool;
}

// Through another helper.
static NDIS_HANDLE MPCreateAnyNblPool(NDIS_HANDLE Handle) {
  return MPCreateNblPool(Handle);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportDriverContext;
  UNREFERENCED_PARAMETER(InitParameters);
  // (Allocations: an error return that frees none of them leaks them.)
  Adapter->NblPool = MPCreateNblPool(MiniportAdapterHandle);
  Adapter->DataPool = MPCreateDataPool(MiniportAdapterHandle);
  Adapter->Forgotten = MPCreateAnyNblPool(MiniportAdapterHandle);
  if (Adapter->NblPool == NULL || Adapter->DataPool == NULL ||
      Adapter->Forgotten == NULL)
    return NDIS_STATUS_RESOURCES;
  // CHECK-NOTES: :[[@LINE-6]]:22: warning: pool 'Adapter->NblPool' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE-2]]:5: note: 'MPInitializeEx' returns an error here with 'Adapter->NblPool' still allocated
  // CHECK-NOTES: :[[@LINE-7]]:23: warning: pool 'Adapter->DataPool' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'MPInitializeEx' returns an error here with 'Adapter->DataPool' still allocated
  // CHECK-NOTES: :[[@LINE-8]]:24: warning: NET_BUFFER_LIST pool 'Adapter->Forgotten' allocated here is never freed: no function in this translation unit frees it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE-9]]:24: warning: pool 'Adapter->Forgotten' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE-7]]:5: note: 'MPInitializeEx' returns an error here with 'Adapter->Forgotten' still allocated
  return NDIS_STATUS_SUCCESS;
}

PNET_BUFFER MPBuildHeader(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->NblPool, Adapter->RxMdl, 0, 14);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBuffer allocates a NET_BUFFER from 'Adapter->NblPool', which is a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-19]]:22: note: 'Adapter->NblPool' is allocated as a NET_BUFFER_LIST pool here by MPCreateNblPool
}

PNET_BUFFER MPBuildData(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->DataPool, Adapter->RxMdl, 0, 14);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBuffer allocates from 'Adapter->DataPool', a pool created with a non-zero DataSize; such pools need NdisAllocateNetBufferMdlAndData [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-43]]:3: note: the pool's DataSize is set here
  // CHECK-NOTES: :[[@LINE-25]]:23: note: 'Adapter->DataPool' is allocated here by MPCreateDataPool
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferPool(Adapter->DataPool);
}
