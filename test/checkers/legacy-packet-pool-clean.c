// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t
// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t -- -DNDIS51_MINIPORT
// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t -- -DNDIS50

// An NDIS 5 miniport: packet and buffer pools are what it must use. With no
// NDIS 6 version macro (none, or NDIS51_MINIPORT / NDIS50 from the build)
// and no NET_BUFFER_LIST or NET_BUFFER pool, the check stays silent.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  NDIS_SPIN_LOCK Lock;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPAllocateResources(PMP_ADAPTER Adapter) {
  NDIS_STATUS Status;

  NdisAllocatePacketPoolEx(&Status, &Adapter->PacketPool, 64, 192, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  NdisAllocateBufferPool(&Status, &Adapter->BufferPool, 64);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(Adapter->PacketPool);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MPSendOne(PMP_ADAPTER Adapter, NDIS_HANDLE BindingHandle, PVOID Data, UINT Length) {
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  PNDIS_BUFFER Buffer;

  NdisAllocatePacket(&Status, &Packet, Adapter->PacketPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocateBuffer(&Status, &Buffer, Adapter->BufferPool, Data, Length);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacket(Packet);
    return;
  }
  NdisSend(&Status, BindingHandle, Packet);
  if (Status != NDIS_STATUS_PENDING) {
    NdisFreeBuffer(Buffer);
    NdisFreePacket(Packet);
  }
}

VOID MPFreeResources(PMP_ADAPTER Adapter) {
  NdisFreeBufferPool(Adapter->BufferPool);
  NdisFreePacketPool(Adapter->PacketPool);
}
