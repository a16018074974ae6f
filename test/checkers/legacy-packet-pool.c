// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t

// An NDIS 6 miniport (NDIS60_MINIPORT defined before ndis.h) that still
// allocates NDIS 5 packet pools.
#define NDIS60_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE LoopbackPacketPool;
  NDIS_HANDLE BufferPool;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  NdisAllocatePacketPool(&Status, &Adapter->PacketPool, 64, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPool allocates an NDIS 5 packet pool in an NDIS 6 driver [ndis-legacy-packet-pool]
  // CHECK-NOTES: :[[@LINE-30]]:9: note: the driver is built for NDIS 6: NDIS60_MINIPORT is defined here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: NDIS 6 drivers use NET_BUFFER_LIST structures instead: allocate a pool with NdisAllocateNetBufferListPool and fAllocateNetBuffer = TRUE in its NET_BUFFER_LIST_POOL_PARAMETERS
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  NdisAllocatePacketPoolEx(&Status, &Adapter->LoopbackPacketPool, 16, 48, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPoolEx allocates an NDIS 5 packet pool in an NDIS 6 driver [ndis-legacy-packet-pool]
  // CHECK-NOTES: :[[@LINE-36]]:9: note: the driver is built for NDIS 6: NDIS60_MINIPORT is defined here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: NDIS 6 drivers use NET_BUFFER_LIST structures instead: allocate a pool with NdisAllocateNetBufferListPool and fAllocateNetBuffer = TRUE in its NET_BUFFER_LIST_POOL_PARAMETERS
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  // The NDIS 5 buffer pool is not a packet pool: not this check's.
  NdisAllocateBufferPool(&Status, &Adapter->BufferPool, 64);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  if (Adapter->LoopbackPacketPool != NULL)
    NdisFreePacketPool(Adapter->LoopbackPacketPool);
  if (Adapter->PacketPool != NULL)
    NdisFreePacketPool(Adapter->PacketPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeBufferPool(Adapter->BufferPool);
  NdisFreePacketPool(Adapter->LoopbackPacketPool);
  NdisFreePacketPool(Adapter->PacketPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}
