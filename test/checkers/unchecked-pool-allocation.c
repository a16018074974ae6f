// RUN: %check_ndis_tidy %s ndis-unchecked-pool-allocation %t

// A pool handle used to allocate from before the result of its allocation
// was checked. NdisAllocateNetBufferListPool and NdisAllocateNetBufferPool
// return NULL when they fail; NdisAllocatePacketPool and
// NdisAllocateBufferPool report failure through their Status out-parameter.
#define NDIS60 1
#include "ndis.h"

#define PT_TAG 'tPdN'

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE SendNbPool;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  PNET_BUFFER_LIST SpareNbl;
  PNET_BUFFER SpareNb;
  PNDIS_PACKET SparePacket;
  PNDIS_BUFFER SpareBuffer;
  UCHAR Scratch[64];
  BOOLEAN Preallocate;
} OPEN_CONTEXT, *POPEN_CONTEXT;

static VOID PtInitNblPoolParameters(PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
  Params->fAllocateNetBuffer = TRUE;
  Params->PoolTag = PT_TAG;
}

// The NET_BUFFER_LIST pool is used straight away.
NDIS_STATUS PtAllocateSendResources(POPEN_CONTEXT Open, NDIS_HANDLE ProtocolHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  PtInitNblPoolParameters(&Params);
  Open->SendNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: NdisAllocateNetBufferListPool can fail, leaving 'Open->SendNblPool' NULL, but the handle is used without a NULL check [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+2]]:20: note: 'Open->SendNblPool' is used here by NdisAllocateNetBufferList before any check
  // Preallocate one NBL for the first send.
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  if (Open->SpareNbl == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

// A NET_BUFFER pool in a local, checked only with ASSERT: ASSERT expands to
// nothing in a free build, so nothing guards the use.
NDIS_STATUS PtAllocateNbPool(POPEN_CONTEXT Open, NDIS_HANDLE ProtocolHandle) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params.PoolTag = PT_TAG;
  Pool = NdisAllocateNetBufferPool(ProtocolHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBufferPool can fail, leaving 'Pool' NULL, but the handle is used without a NULL check [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+3]]:19: note: 'Pool' is used here by NdisAllocateNetBuffer before any check
  ASSERT(Pool != NULL);

  Open->SpareNb = NdisAllocateNetBuffer(Pool, NULL, 0, 0);
  Open->SendNbPool = Pool;
  return Open->SpareNb != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

// Checked on one path only: when Preallocate is set the NULL check is
// skipped.
NDIS_STATUS PtAllocateSendPoolMaybe(POPEN_CONTEXT Open, NDIS_HANDLE ProtocolHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;

  PtInitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBufferListPool can fail, leaving 'Pool' NULL, but the handle is used without a NULL check [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+5]]:20: note: 'Pool' is used here by NdisAllocateNetBufferList before any check
  if (!Open->Preallocate) {
    if (Pool == NULL)
      return NDIS_STATUS_RESOURCES;
  }
  Open->SpareNbl = NdisAllocateNetBufferList(Pool, 0, 0);
  Open->SendNblPool = Pool;
  return NDIS_STATUS_SUCCESS;
}

// NDIS 5: the packet pool's Status is never looked at.
VOID PtAllocatePacketPool(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocatePacketPool(&Status, &Open->PacketPool, 32, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPool can fail, leaving 'Open->PacketPool' NULL, but the handle is used without checking the returned status [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+1]]:3: note: 'Open->PacketPool' is used here by NdisAllocatePacket before any check
  NdisAllocatePacket(&Status, &Open->SparePacket, Open->PacketPool);
}

// NDIS 5: one Status for two allocations; the check after the second says
// nothing about the first, whose pool is then used.
VOID PtAllocateLegacyPools(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocatePacketPool(&Status, &Open->PacketPool, 32, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAllocatePacketPool can fail, leaving 'Open->PacketPool' NULL, but the handle is used without checking the returned status [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+5]]:3: note: 'Open->PacketPool' is used here by NdisAllocatePacket before any check
  NdisAllocateBufferPool(&Status, &Open->BufferPool, 32);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocateBuffer(&Status, &Open->SpareBuffer, Open->BufferPool, Open->Scratch, 64);
  NdisAllocatePacket(&Status, &Open->SparePacket, Open->PacketPool);
}

// A local declared with its allocation.
VOID PtSendOneFrame(POPEN_CONTEXT Open, NDIS_HANDLE ProtocolHandle,
                    PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NDIS_HANDLE Pool = NdisAllocateNetBufferListPool(ProtocolHandle, Params);
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: NdisAllocateNetBufferListPool can fail, leaving 'Pool' NULL, but the handle is used without a NULL check [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+2]]:9: note: 'Pool' is used here by NdisAllocateNetBufferList before any check
  PNET_BUFFER_LIST Nbl;
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
  NdisFreeNetBufferListPool(Pool);
}

// `||`: the branch is taken when either side is true, so the pool may
// still be NULL inside it.
VOID UseWhenEitherHolds(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle,
                        BOOLEAN Ready) {
  Open->SendNbPool = NdisAllocateNetBufferPool(NdisHandle, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: NdisAllocateNetBufferPool can fail, leaving 'Open->SendNbPool' NULL, but the handle is used without a NULL check [ndis-unchecked-pool-allocation]
  // CHECK-NOTES: :[[@LINE+2]]:21: note: 'Open->SendNbPool' is used here by NdisAllocateNetBuffer before any check
  if (Ready || Open->SendNbPool != NULL)
    Open->SpareNb = NdisAllocateNetBuffer(Open->SendNbPool, NULL, 0, 0);
}
