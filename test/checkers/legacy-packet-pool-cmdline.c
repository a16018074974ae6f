// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t -- -DNDIS620_MINIPORT

// The NDIS version macro comes from the build (-DNDIS620_MINIPORT), as the
// WDK's MSBuild targets pass it; nothing in the source says NDIS 6.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPAllocatePackets(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status;
  NdisAllocatePacketPoolEx(&Status, &Adapter->PacketPool, 32, 0, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPoolEx allocates an NDIS 5 packet pool in an NDIS 6 driver [ndis-legacy-packet-pool]
  // CHECK-NOTES: note: the driver is built for NDIS 6: NDIS620_MINIPORT is defined on the command line
  // CHECK-NOTES: :[[@LINE-3]]:3: note: NDIS 6 drivers use NET_BUFFER_LIST structures instead: allocate a pool with NdisAllocateNetBufferListPool and fAllocateNetBuffer = TRUE in its NET_BUFFER_LIST_POOL_PARAMETERS
  return Status;
}

VOID MPFreePackets(PMP_ADAPTER Adapter) {
  if (Adapter->PacketPool != NULL)
    NdisFreePacketPool(Adapter->PacketPool);
}
