// RUN: %check_ndis_tidy %s ndis-pool-use-after-free %t

// A pool handle freed a second time, or allocated from, after it was freed
// on every path to that point. NdisFreePacketPool's page: the handle may
// not be used once the free has returned; the same holds for NET_BUFFER
// and NET_BUFFER_LIST pools.
#define NDIS60_MINIPORT 1
#include "ndis.h"

#define MP_TAG 'pMdN'

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE RxNbPool;
  NDIS_HANDLE TxNblPool;
  NDIS_HANDLE PacketPool;
  PNET_BUFFER_LIST TestNbl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPHwInitialize(PMP_ADAPTER Adapter);
VOID MPHwReset(PMP_ADAPTER Adapter);

MINIPORT_HALT MPHaltEx;
MINIPORT_RESET MPResetEx;

static NDIS_HANDLE MPAllocateNblPool(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.fAllocateNetBuffer = TRUE;
  Params.PoolTag = MP_TAG;
  return NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
}

// Double free: the error path frees the pool and then jumps to the common
// failure label, which frees it again.
NDIS_STATUS MPSetUpReceive(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status;

  Adapter->RxNblPool = MPAllocateNblPool(Adapter);
  if (Adapter->RxNblPool == NULL)
    return NDIS_STATUS_RESOURCES;

  Status = MPHwInitialize(Adapter);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    goto Fail;
  }
  return NDIS_STATUS_SUCCESS;

Fail:
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool handle 'Adapter->RxNblPool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-8]]:5: note: 'Adapter->RxNblPool' is freed here by NdisFreeNetBufferListPool
  return Status;
}

// Allocating from a pool after freeing it: the reset path frees the transmit
// pool and then allocates its test NBL from the stale handle.
NDIS_STATUS MPResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  *AddressingReset = FALSE;
  NdisFreeNetBufferListPool(Adapter->TxNblPool);
  MPHwReset(Adapter);
  Adapter->TestNbl = NdisAllocateNetBufferList(Adapter->TxNblPool, 0, 0);
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: NdisAllocateNetBufferList allocates from pool handle 'Adapter->TxNblPool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->TxNblPool' is freed here by NdisFreeNetBufferListPool
  return NDIS_STATUS_SUCCESS;
}

// A cleanup helper frees the pools; the caller frees one of them again.
static VOID MPFreeReceivePools(PMP_ADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  NdisFreeNetBufferPool(Adapter->RxNbPool);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  MPFreeReceivePools(Adapter);
  NdisFreeNetBufferPool(Adapter->RxNbPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferPool frees pool handle 'Adapter->RxNbPool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->RxNbPool' is freed here by MPFreeReceivePools
  NdisFreeMemory(Adapter, 0, 0);
}

// The other way round: the caller frees a pool, then the helper frees it
// again; the warning is at the call, with the chain down to the free.
VOID MPAbortInitialize(PMP_ADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  MPFreeReceivePools(Adapter);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: MPFreeReceivePools frees pool handle 'Adapter->RxNblPool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: 'MPAbortInitialize' calls 'MPFreeReceivePools' here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->RxNblPool' is freed here by NdisFreeNetBufferListPool
}

// NDIS 5: a packet allocated from a packet pool freed in the same routine.
VOID MPLegacyLoopback(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;

  NdisAllocatePacketPool(&Status, &Adapter->PacketPool, 16, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisFreePacketPool(Adapter->PacketPool);
  NdisAllocatePacket(&Status, &Packet, Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacket allocates from pool handle 'Adapter->PacketPool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->PacketPool' is freed here by NdisFreePacketPool
  if (Status == NDIS_STATUS_SUCCESS)
    NdisFreePacket(Packet);
}

// A local handle declared with its allocation, allocated from after the
// free.
VOID MPProbeLoopback(PMP_ADAPTER Adapter, PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NDIS_HANDLE Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, Params);
  PNET_BUFFER_LIST Nbl;

  if (Pool == NULL)
    return;
  NdisFreeNetBufferListPool(Pool);
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: NdisAllocateNetBufferList allocates from pool handle 'Pool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Pool' is freed here by NdisFreeNetBufferListPool
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
}

// ---------------------------------------------------------------------------
// Constant conditions decide the paths: the loop below is left only
// through its break, after the free.

VOID MPFreeInLoopOnce(NDIS_HANDLE Pool) {
  while (1) {
    NdisFreeNetBufferListPool(Pool);
    break;
  }
  NdisFreeNetBufferListPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool handle 'Pool' after it was freed; the handle is invalid after the free [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: 'Pool' is freed here by NdisFreeNetBufferListPool
}
