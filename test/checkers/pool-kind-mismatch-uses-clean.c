// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t

// Uses of pools whose allocation is out of view that do not contradict
// each other: every use of a field needs one kind, two fields are two
// pools, and a field the code itself uses as either kind by configuration
// (two branches of one choice) is left alone. Where the allocation is in
// view, it says the kind (pool-kind-mismatch.c).
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool; // allocated in another file
  NDIS_HANDLE NbPool;  // allocated in another file
  NDIS_HANDLE AnyPool; // either kind, by configuration
  NDIS_HANDLE OwnPool; // allocated here, as a NET_BUFFER_LIST pool
  BOOLEAN ListPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

PNET_BUFFER_LIST MPBuild(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;

  Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  if (Nbl == NULL)
    return NULL;
  // Another field: another pool.
  Nb = NdisAllocateNetBuffer(Adapter->NbPool, Adapter->RxMdl, 0, Length);
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

PNET_BUFFER_LIST MPBuildWhole(PMP_ADAPTER Adapter, ULONG Length) {
  return NdisAllocateNetBufferAndNetBufferList(Adapter->NblPool, 0, 0,
                                               Adapter->RxMdl, 0, Length);
}

VOID MPFreePools(PMP_ADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferPool(Adapter->NbPool);
  if (Adapter->ListPool)
    NdisFreeNetBufferListPool(Adapter->AnyPool);
  else
    NdisFreeNetBufferPool(Adapter->AnyPool);
}

PVOID MPBuildAny(PMP_ADAPTER Adapter) {
  switch (Adapter->ListPool) {
  case TRUE:
    return NdisAllocateNetBufferList(Adapter->AnyPool, 0, 0);
  default:
    return NdisAllocateNetBuffer(Adapter->AnyPool, Adapter->RxMdl, 0, 64);
  }
}

// In view: the allocation gives the kind (and the rule that compares with
// it is silent when the uses agree with it).
VOID MPAllocOwn(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->OwnPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
}

PNET_BUFFER_LIST MPBuildOwn(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBufferList(Adapter->OwnPool, 0, 0);
}

VOID MPFreeOwn(PMP_ADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->OwnPool);
}
