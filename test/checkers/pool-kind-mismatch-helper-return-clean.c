// RUN: %check_ndis_tidy %s 'ndis-pool-kind-mismatch,ndis-pool-datasize-mismatch,ndis-pool-leak,ndis-unchecked-pool-allocation,ndis-pool-use-after-free' %t

// Helpers that return pools, used correctly; and helpers whose result is
// not one new pool of one kind (two kinds, a pool it already holds,
// anything else), which allocate nothing at their call sites.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE NbPool;
  NDIS_HANDLE AnyPool;
  NDIS_HANDLE Shared;
  BOOLEAN ListPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

static NDIS_HANDLE MPCreateNblPool(NDIS_HANDLE Handle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  return NdisAllocateNetBufferListPool(Handle, &Params);
}

static NDIS_HANDLE MPCreateNbPool(NDIS_HANDLE Handle) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferPool(Handle, &Params);
  return Pool;
}

// Either kind: no one kind at its call sites.
static NDIS_HANDLE MPCreateEither(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  if (Adapter->ListPool)
    return NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  return NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
}

// A pool it may already hold: not a new one.
static NDIS_HANDLE MPGetShared(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool = Adapter->Shared;
  if (Pool != NULL)
    return Pool;
  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  Adapter->Shared = Pool;
  return Pool;
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportDriverContext;
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter->NblPool = MPCreateNblPool(MiniportAdapterHandle);
  if (Adapter->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->NbPool = MPCreateNbPool(MiniportAdapterHandle);
  if (Adapter->NbPool == NULL) {
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  Adapter->AnyPool = MPCreateEither(Adapter);
  (VOID)MPGetShared(Adapter);
  return NDIS_STATUS_SUCCESS;
}

PNET_BUFFER_LIST MPBuild(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;
  Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  if (Nbl == NULL)
    return NULL;
  Nb = NdisAllocateNetBuffer(Adapter->NbPool, Adapter->RxMdl, 0, Length);
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

PVOID MPBuildAny(PMP_ADAPTER Adapter) {
  if (Adapter->ListPool)
    return NdisAllocateNetBufferList(Adapter->AnyPool, 0, 0);
  return NdisAllocateNetBuffer(Adapter->AnyPool, Adapter->RxMdl, 0, 64);
}

// A scratch pool from a helper, freed through a copy of the local.
VOID MPScratch(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Scratch = MPCreateNblPool(Adapter->MiniportAdapterHandle);
  NDIS_HANDLE Copy = Scratch;
  if (Copy == NULL)
    return;
  NdisFreeNetBufferListPool(Copy);
}

// The same with the allocation itself: freeing the copy frees the pool.
VOID MPScratchDirect(PMP_ADAPTER Adapter, NET_BUFFER_LIST_POOL_PARAMETERS *Params) {
  NDIS_HANDLE Scratch = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, Params);
  NDIS_HANDLE Copy = Scratch;
  if (Copy == NULL)
    return;
  NdisFreeNetBufferListPool(Copy);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferPool(Adapter->NbPool);
  if (Adapter->AnyPool != NULL) {
    if (Adapter->ListPool)
      NdisFreeNetBufferListPool(Adapter->AnyPool);
    else
      NdisFreeNetBufferPool(Adapter->AnyPool);
  }
}
