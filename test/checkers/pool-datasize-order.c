// RUN: %check_ndis_tidy %s ndis-pool-datasize-mismatch %t

// One NET_BUFFER_POOL_PARAMETERS block serves two pools in turn: each pool
// gets the DataSize the block holds when that pool is allocated.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _DS_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE HeaderPool; // DataSize 0
  NDIS_HANDLE CopyPool;   // DataSize 1514
  PMDL Mdl;
} DS_ADAPTER, *PDS_ADAPTER;

NDIS_STATUS AllocPools(PDS_ADAPTER Adapter) {
  NET_BUFFER_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.DataSize = 0;
  Adapter->HeaderPool = NdisAllocateNetBufferPool(Adapter->Handle, &Params);

  Params.DataSize = 1514;
  Adapter->CopyPool = NdisAllocateNetBufferPool(Adapter->Handle, &Params);
  if (Adapter->HeaderPool == NULL || Adapter->CopyPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

PNET_BUFFER WrapHeader(PDS_ADAPTER Adapter) {
  return NdisAllocateNetBufferMdlAndData(Adapter->HeaderPool);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBufferMdlAndData allocates from 'Adapter->HeaderPool', a pool created with DataSize 0; NdisAllocateNetBufferMdlAndData needs a pool with a DataSize [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-13]]:3: note: the pool's DataSize is 0 here
  // CHECK-NOTES: :[[@LINE-13]]:25: note: 'Adapter->HeaderPool' is allocated here by NdisAllocateNetBufferPool
}

PNET_BUFFER WrapCopy(PDS_ADAPTER Adapter, ULONG Length) {
  return NdisAllocateNetBuffer(Adapter->CopyPool, Adapter->Mdl, 0, Length);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBuffer allocates from 'Adapter->CopyPool', a pool created with a non-zero DataSize; such pools need NdisAllocateNetBufferMdlAndData [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-17]]:3: note: the pool's DataSize is set here
  // CHECK-NOTES: :[[@LINE-17]]:23: note: 'Adapter->CopyPool' is allocated here by NdisAllocateNetBufferPool
}
