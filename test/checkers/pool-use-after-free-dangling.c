// RUN: %check_ndis_tidy %s ndis-pool-use-after-free %t

// A setup helper frees a pool on its error path without clearing the
// handle; the setup callback ignores the helper's failure and succeeds;
// teardown frees the handle again behind `if (Handle)`: a double free
// across callbacks.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RecvPool;
  NDIS_HANDLE SendPool;
  PVOID Ring;
  PVOID SendRing;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

static NDIS_STATUS MPAllocRecv(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->RecvPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->RecvPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->Ring = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, 4096,
                                                    'gniR', NormalPoolPriority);
  if (Adapter->Ring == NULL) {
    NdisFreeNetBufferListPool(Adapter->RecvPool);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MPAllocSend(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->SendPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->SendPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->SendRing = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, 4096,
                                                        'gniS', NormalPoolPriority);
  if (Adapter->SendRing == NULL) {
    NdisFreeNetBufferListPool(Adapter->SendPool);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// Ignores the failure one helper further down.
static VOID MPAllocAll(PMP_ADAPTER Adapter) {
  (VOID)MPAllocSend(Adapter);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportDriverContext;
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  MPAllocRecv(Adapter);
  MPAllocAll(Adapter);
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (Adapter->RecvPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvPool);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferListPool frees pool handle 'Adapter->RecvPool', which may already be freed: 'MPInitializeEx' ignores the failure of a call that frees it without clearing it [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-11]]:3: note: 'MPInitializeEx' calls 'MPAllocRecv' here
  // CHECK-NOTES: :[[@LINE-44]]:5: note: 'Adapter->RecvPool' is freed here by NdisFreeNetBufferListPool on an error path, and the handle is not set to NULL
  if (Adapter->SendPool != NULL)
    NdisFreeNetBufferListPool(Adapter->SendPool);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferListPool frees pool handle 'Adapter->SendPool', which may already be freed: 'MPInitializeEx' ignores the failure of a call that frees it without clearing it [ndis-pool-use-after-free]
  // CHECK-NOTES: :[[@LINE-15]]:3: note: 'MPInitializeEx' calls 'MPAllocAll' here
  // CHECK-NOTES: :[[@LINE-26]]:9: note: 'MPAllocAll' calls 'MPAllocSend' here
  // CHECK-NOTES: :[[@LINE-35]]:5: note: 'Adapter->SendPool' is freed here by NdisFreeNetBufferListPool on an error path, and the handle is not set to NULL
}
