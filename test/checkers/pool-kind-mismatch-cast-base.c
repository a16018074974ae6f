// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-kind-mismatch %t -- -DFIXED

// A field reached through a cast of the callback's context handle,
// `((PMP_ADAPTER)MiniportAdapterContext)->RecvNblPool`, names the same field
// as `Adapter->RecvNblPool`: the type the code accesses it as decides, not
// the NDIS_HANDLE it was cast from.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE RecvNblPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPSetupPools(PMP_ADAPTER Adapter, NDIS_HANDLE Handle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->RecvNblPool = NdisAllocateNetBufferListPool(Handle, &Params);
  return Adapter->RecvNblPool ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

VOID MPReceiveOne(NDIS_HANDLE MiniportAdapterContext) {
#ifdef FIXED
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferAndNetBufferList(
      ((PMP_ADAPTER)MiniportAdapterContext)->RecvNblPool, 0, 0,
      ((PMP_ADAPTER)MiniportAdapterContext)->RxMdl, 0, 64);
  if (Nbl)
    NdisFreeNetBufferList(Nbl);
#else
  PNET_BUFFER Nb = NdisAllocateNetBuffer(
      ((PMP_ADAPTER)MiniportAdapterContext)->RecvNblPool,
      ((PMP_ADAPTER)MiniportAdapterContext)->RxMdl, 0, 64);
  // CHECK-NOTES: :[[@LINE-3]]:20: warning: NdisAllocateNetBuffer allocates a NET_BUFFER from '((PMP_ADAPTER)MiniportAdapterContext)->RecvNblPool', which is a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-16]]:26: note: 'Adapter->RecvNblPool' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
  if (Nb)
    NdisFreeNetBuffer(Nb);
#endif
}
