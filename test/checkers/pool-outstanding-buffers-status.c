// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t

// Items allocated through a status out-parameter (NdisAllocatePacket,
// NdisAllocateBuffer): a failed status means nothing was allocated, so the
// item is not outstanding on that branch; the status speaks for the latest
// allocation that wrote it.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
} ADAPTER, *PADAPTER;

// The free on the failure branch: no packet was allocated there.
NDIS_STATUS AllocateOne(PADAPTER Adapter) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;

  NdisAllocatePacket(&Status, &Packet, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(Adapter->PacketPool);
    return Status;
  }
  NdisFreePacket(Packet);
  return NDIS_STATUS_SUCCESS;
}

// One status for two packets: after the second allocation it speaks for
// the second. Its failure branch frees the first, then the pool: clean.
NDIS_STATUS AllocateTwo(PADAPTER Adapter) {
  NDIS_STATUS Status;
  PNDIS_PACKET First, Second;

  NdisAllocatePacket(&Status, &First, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  NdisAllocatePacket(&Status, &Second, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacket(First);
    NdisFreePacketPool(Adapter->PacketPool);
    return Status;
  }
  NdisFreePacket(Second);
  NdisFreePacket(First);
  return NDIS_STATUS_SUCCESS;
}

// The same, but the failure branch forgets the first packet: it is
// reported, the second (never allocated there) is not.
NDIS_STATUS AllocateTwoLeaky(PADAPTER Adapter) {
  NDIS_STATUS Status;
  PNDIS_PACKET First, Second;

  NdisAllocatePacket(&Status, &First, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  NdisAllocatePacket(&Status, &Second, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(Adapter->PacketPool);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreePacketPool frees pool 'Adapter->PacketPool' while the NDIS_PACKET 'First' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE-7]]:3: note: 'First' is allocated from the pool here by NdisAllocatePacket
    // CHECK-NOTES: :[[@LINE-3]]:5: note: on some path to this free, 'First' is neither freed nor handed on
    return Status;
  }
  NdisFreePacket(Second);
  NdisFreePacket(First);
  return NDIS_STATUS_SUCCESS;
}

// The status is overwritten by another call before the test: the test says
// nothing about the packet, which may be outstanding.
NDIS_STATUS Configure(PADAPTER Adapter);
NDIS_STATUS AllocateThenConfigure(PADAPTER Adapter) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;

  NdisAllocatePacket(&Status, &Packet, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = Configure(Adapter);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(Adapter->PacketPool);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreePacketPool frees pool 'Adapter->PacketPool' while the NDIS_PACKET 'Packet' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE-7]]:3: note: 'Packet' is allocated from the pool here by NdisAllocatePacket
    // CHECK-NOTES: :[[@LINE-3]]:5: note: on some path to this free, 'Packet' is neither freed nor handed on
    return Status;
  }
  NdisFreePacket(Packet);
  return NDIS_STATUS_SUCCESS;
}
