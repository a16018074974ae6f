// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch,ndis-pool-datasize-mismatch %t

// Local handles reused for several pools in turn, used correctly: each
// field is the pool the local held when it was stored, so neither field
// takes the other's kind or DataSize. Where a read may see more than one
// write (a branch, a loop), it may be either pool, and the checks stay
// silent.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE NbPool;
  NDIS_HANDLE DataPool;   // a NET_BUFFER pool with a DataSize
  NDIS_HANDLE OtherPool;  // allocated in another file
  NDIS_HANDLE AnyPool;    // either kind, by configuration
  NDIS_HANDLE Pools[4];
  BOOLEAN ListPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPAllocPools(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_HANDLE Pool = NULL;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->NblPool = Pool;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Pool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
  if (Pool == NULL) {
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  Adapter->NbPool = Pool;
  NbParams.DataSize = 2048;
  Pool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
  if (Pool == NULL) {
    NdisFreeNetBufferPool(Adapter->NbPool);
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  Adapter->DataPool = Pool;

  // Either kind, by configuration: the read after the branch sees both.
  if (Adapter->ListPool)
    Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  else
    Pool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &NbParams);
  Adapter->AnyPool = Pool;
  return NDIS_STATUS_SUCCESS;
}

// One pool per slot, in a loop: every turn's write reaches every read.
VOID MPAllocSlots(PMP_ADAPTER Adapter, NET_BUFFER_LIST_POOL_PARAMETERS *Params) {
  NDIS_HANDLE Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, Params);
  ULONG I;
  for (I = 0; I < 4; I++) {
    Adapter->Pools[I] = Pool;
    Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, Params);
  }
  if (Pool != NULL)
    NdisFreeNetBufferListPool(Pool);
}

PNET_BUFFER_LIST MPBuild(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb, Data;

  Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  if (Nbl == NULL)
    return NULL;
  Nb = NdisAllocateNetBuffer(Adapter->NbPool, Adapter->RxMdl, 0, Length);
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  Data = NdisAllocateNetBufferMdlAndData(Adapter->DataPool);
  if (Data != NULL)
    NdisFreeNetBuffer(Data);
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

PVOID MPBuildAny(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->AnyPool, Adapter->RxMdl, 0, 64);
}

PNET_BUFFER MPBuildOther(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->OtherPool, Adapter->RxMdl, 0, 64);
}

// Teardown through one local: each free is of the pool read just before.
VOID MPFreePools(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Pool;

  Pool = Adapter->NblPool;
  NdisFreeNetBufferListPool(Pool);
  Pool = Adapter->NbPool;
  NdisFreeNetBufferPool(Pool);
  Pool = Adapter->DataPool;
  NdisFreeNetBufferPool(Pool);
  Pool = Adapter->OtherPool;
  NdisFreeNetBufferPool(Pool);
}

// A helper may write the local where we cannot see: it stays one value
// (its own pools here, so that it joins no other field's).
typedef struct _MP_LOOKUP {
  NDIS_HANDLE First;
  NDIS_HANDLE Second;
} MP_LOOKUP, *PMP_LOOKUP;
extern VOID MPLookupPool(PMP_LOOKUP Lookup, ULONG Which, NDIS_HANDLE *Pool);
VOID MPAllocLookup(PMP_LOOKUP Lookup, PMP_ADAPTER Adapter,
                   NET_BUFFER_POOL_PARAMETERS *Params) {
  Lookup->First = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, Params);
}
VOID MPFreeLookedUp(PMP_LOOKUP Lookup) {
  NDIS_HANDLE Pool = Lookup->First;
  NdisFreeNetBufferPool(Pool);
  Pool = Lookup->Second;
  MPLookupPool(Lookup, 0, &Pool);
  NdisFreeNetBufferListPool(Pool);
}
