// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t

// A local handle reused for several pools in turn holds each pool from its
// write to the next: the field it is stored into gets the kind of the pool
// it holds there, not of every pool it ever held.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE NbPool;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPAllocPools(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_HANDLE Pool;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->NblPool = Pool;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Pool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
  if (Pool == NULL) {
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  Adapter->NbPool = Pool;
  return NDIS_STATUS_SUCCESS;
}

// NDIS 5: the out-argument `&Pool` writes the local.
NDIS_STATUS MPAllocLegacyPools(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status;
  NDIS_HANDLE Pool;

  NdisAllocatePacketPool(&Status, &Pool, 64, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Adapter->PacketPool = Pool;
  NdisAllocateBufferPool(&Status, &Pool, 64);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(Adapter->PacketPool);
    return Status;
  }
  Adapter->BufferPool = Pool;
  return NDIS_STATUS_SUCCESS;
}

// The two fields swapped.
PNET_BUFFER_LIST MPBuild(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;

  Nbl = NdisAllocateNetBufferList(Adapter->NbPool, 0, 0);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: NdisAllocateNetBufferList allocates a NET_BUFFER_LIST from 'Adapter->NbPool', which is a NET_BUFFER pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-34]]:10: note: 'Pool' is allocated as a NET_BUFFER pool here by NdisAllocateNetBufferPool
  if (Nbl == NULL)
    return NULL;
  Nb = NdisAllocateNetBuffer(Adapter->NblPool, Adapter->RxMdl, 0, Length);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: NdisAllocateNetBuffer allocates a NET_BUFFER from 'Adapter->NblPool', which is a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-44]]:10: note: 'Pool' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

// A reused local in teardown: each free is of the pool it holds there.
VOID MPFreePools(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Pool;

  Pool = Adapter->NblPool;
  NdisFreeNetBufferPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferPool frees 'Pool' as a NET_BUFFER pool, but it is a NET_BUFFER_LIST pool; free it with NdisFreeNetBufferListPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-60]]:10: note: 'Pool' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
  Pool = Adapter->NbPool;
  NdisFreeNetBufferListPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees 'Pool' as a NET_BUFFER_LIST pool, but it is a NET_BUFFER pool; free it with NdisFreeNetBufferPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-59]]:10: note: 'Pool' is allocated as a NET_BUFFER pool here by NdisAllocateNetBufferPool
  Pool = Adapter->PacketPool;
  NdisFreeBufferPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeBufferPool frees 'Pool' as a NDIS_BUFFER pool, but it is a NDIS_PACKET pool; free it with NdisFreePacketPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-49]]:3: note: 'Pool' is allocated as a NDIS_PACKET pool here by NdisAllocatePacketPool
}
