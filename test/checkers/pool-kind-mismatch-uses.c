// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t

// A pool whose allocation is out of view (another source file, or a call
// result) still says what it is through its uses: a field used with a DDI
// that needs a NET_BUFFER_LIST pool and with one that needs a NET_BUFFER
// pool is used as two kinds, and one of the uses is wrong.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RecvPool; // allocated in another file
  NDIS_HANDLE SendPool; // allocated in another file
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

PNET_BUFFER_LIST MPBuildReceive(PMP_ADAPTER Adapter, ULONG Length) {
  return NdisAllocateNetBufferAndNetBufferList(Adapter->RecvPool, 0, 0,
                                               Adapter->RxMdl, 0, Length);
}

// The receive pool used as a NET_BUFFER pool in another function.
PNET_BUFFER MPBuildHeader(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->RecvPool, Adapter->RxMdl, 0, 14);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBuffer uses 'Adapter->RecvPool' as a NET_BUFFER pool, but NdisAllocateNetBufferAndNetBufferList uses it as a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-8]]:10: note: 'Adapter->RecvPool' is used as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferAndNetBufferList
}

// A pool free that contradicts the item allocations, through another
// spelling of the same field.
PNET_BUFFER_LIST MPBuildSend(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBufferList(Adapter->SendPool, 0, 0);
}

VOID MPFreeSendPool(NDIS_HANDLE Context) {
  PMP_ADAPTER Ctx = (PMP_ADAPTER)Context;
  NdisFreeNetBufferPool(Ctx->SendPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferPool uses 'Ctx->SendPool' as a NET_BUFFER pool, but NdisAllocateNetBufferList uses it as a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-7]]:10: note: 'Adapter->SendPool' is used as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferList
}
