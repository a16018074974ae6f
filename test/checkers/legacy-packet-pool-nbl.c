// RUN: %check_ndis_tidy %s ndis-legacy-packet-pool %t

// No NDIS version macro anywhere, but the driver allocates NET_BUFFER_LIST
// pools: it is an NDIS 6 driver, and its packet pool is a leftover.
#include "ndis.h"

typedef struct _PT_BINDING {
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE PacketPool;
} PT_BINDING, *PPT_BINDING;

NDIS_HANDLE ProtocolHandle;

NDIS_STATUS PtAllocateResources(PPT_BINDING Binding) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Binding->SendNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  if (Binding->SendNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisAllocatePacketPool(&Status, &Binding->PacketPool, 32, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPool allocates an NDIS 5 packet pool in an NDIS 6 driver [ndis-legacy-packet-pool]
  // CHECK-NOTES: :[[@LINE-5]]:26: note: the driver is an NDIS 6 driver: it allocates a NET_BUFFER_LIST pool here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: NDIS 6 drivers use NET_BUFFER_LIST structures instead: allocate a pool with NdisAllocateNetBufferListPool and fAllocateNetBuffer = TRUE in its NET_BUFFER_LIST_POOL_PARAMETERS
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferListPool(Binding->SendNblPool);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}

VOID PtFreeResources(PPT_BINDING Binding) {
  NdisFreePacketPool(Binding->PacketPool);
  NdisFreeNetBufferListPool(Binding->SendNblPool);
}
