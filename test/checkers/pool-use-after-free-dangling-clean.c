// RUN: %check_ndis_tidy %s ndis-pool-use-after-free %t

// Setup helpers that free a pool on their error path, where nothing can
// free it again: the handle is cleared, or the setup callback checks the
// failure and fails (NDIS then never calls halt), or it allocates the
// pool again.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RecvPool;
  NDIS_HANDLE SendPool;
  NDIS_HANDLE SparePool;
  PVOID Ring;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

// Clears the handle after freeing it.
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
    Adapter->RecvPool = NULL;
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// Leaves the handle set on its error path; its callers check.
static NDIS_STATUS MPAllocSend(PMP_ADAPTER Adapter, NDIS_HANDLE *Pool) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  PVOID Probe;
  NdisZeroMemory(&Params, sizeof(Params));
  *Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  Adapter->SendPool = *Pool;
  if (Adapter->SendPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Probe = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, 64,
                                            'borP', NormalPoolPriority);
  if (Probe == NULL) {
    NdisFreeNetBufferListPool(Adapter->SendPool);
    return NDIS_STATUS_RESOURCES;
  }
  NdisFreeMemory(Probe, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS MPAllocSpare(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  PVOID Probe;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->SparePool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->SparePool == NULL)
    return NDIS_STATUS_RESOURCES;
  Probe = NdisAllocateMemoryWithTagPriority(Adapter->MiniportAdapterHandle, 64,
                                            'borP', NormalPoolPriority);
  if (Probe == NULL) {
    NdisFreeNetBufferListPool(Adapter->SparePool);
    return NDIS_STATUS_RESOURCES;
  }
  NdisFreeMemory(Probe, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportDriverContext;
  NDIS_STATUS Status;
  NDIS_HANDLE Pool;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  MPAllocRecv(Adapter);
  Status = MPAllocSend(Adapter, &Pool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  if (MPAllocSend(Adapter, &Pool) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_RESOURCES;
  // Ignored, but allocated again.
  MPAllocSpare(Adapter);
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->SparePool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  if (Adapter->RecvPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvPool);
  if (Adapter->SendPool != NULL)
    NdisFreeNetBufferListPool(Adapter->SendPool);
  if (Adapter->SparePool != NULL)
    NdisFreeNetBufferListPool(Adapter->SparePool);
}
