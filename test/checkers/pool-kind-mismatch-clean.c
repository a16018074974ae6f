// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t

// A correct NDIS 6 miniport: every item comes from a pool of its own kind
// and every pool is freed by its own free function. The check must stay
// silent, including where the analysis cannot tell the kinds apart.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE RecvNbPool;
  NDIS_HANDLE SendNblPool; // fAllocateNetBuffer: NBL and NB together
  NDIS_HANDLE ClonePool;
  NDIS_HANDLE AnyPool;     // a NET_BUFFER_LIST pool or a NET_BUFFER pool
  PMDL RxMdl;
  PVOID TraceLast;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
MINIPORT_SEND_NET_BUFFER_LISTS MPSendNetBufferLists;

// A trace helper that takes any object: NBLs and NBs both reach it.
static VOID MPTrace(PMP_ADAPTER Adapter, PVOID Object) {
  Adapter->TraceLast = Object;
}

static NDIS_STATUS MPAllocPools(PMP_ADAPTER Adapter, BOOLEAN ListPool) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->RecvNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                       &NblParams);
  Adapter->RecvNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                  &NbParams);
  NblParams.fAllocateNetBuffer = TRUE;
  Adapter->SendNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                       &NblParams);
  Adapter->ClonePool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                     &NblParams);
  // One field, two kinds of pool depending on configuration: unsure.
  if (ListPool)
    Adapter->AnyPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                     &NblParams);
  else
    Adapter->AnyPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                 &NbParams);
  if (Adapter->RecvNblPool == NULL || Adapter->RecvNbPool == NULL ||
      Adapter->SendNblPool == NULL || Adapter->ClonePool == NULL ||
      Adapter->AnyPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

static VOID MPFreePools(PMP_ADAPTER Adapter, BOOLEAN ListPool) {
  NDIS_HANDLE Pool;
  if (Adapter->RecvNbPool != NULL)
    NdisFreeNetBufferPool(Adapter->RecvNbPool);
  if (Adapter->RecvNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RecvNblPool);
  // Through a local copy.
  Pool = Adapter->SendNblPool;
  Adapter->SendNblPool = NULL;
  if (Pool != NULL)
    NdisFreeNetBufferListPool(Pool);
  if (Adapter->ClonePool != NULL)
    NdisFreeNetBufferListPool(Adapter->ClonePool);
  if (Adapter->AnyPool != NULL) {
    if (ListPool)
      NdisFreeNetBufferListPool(Adapter->AnyPool);
    else
      NdisFreeNetBufferPool(Adapter->AnyPool);
  }
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  if (MPAllocPools(Adapter, TRUE) != NDIS_STATUS_SUCCESS) {
    MPFreePools(Adapter, TRUE);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// A NET_BUFFER_LIST and a NET_BUFFER from their own pools, freed with their
// own functions; both pass through the trace helper.
static PNET_BUFFER_LIST MPBuildReceive(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;

  Nbl = NdisAllocateNetBufferList(Adapter->RecvNblPool, 0, 0);
  if (Nbl == NULL)
    return NULL;
  MPTrace(Adapter, Nbl);
  Nb = NdisAllocateNetBuffer(Adapter->RecvNbPool, Adapter->RxMdl, 0, Length);
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  MPTrace(Adapter, Nb);
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER_LIST Next;
  PNET_BUFFER Nb;

  UNREFERENCED_PARAMETER(ReturnFlags);
  for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
    Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
    Nb = NET_BUFFER_LIST_FIRST_NB(Nbl);
    MPTrace(Adapter, Nb);
    NET_BUFFER_LIST_FIRST_NB(Nbl) = NULL;
    NdisFreeNetBuffer(Nb);
    NdisFreeNetBufferList(Nbl);
  }
}

// NET_BUFFER_LISTs with their NET_BUFFERs from one pool, and clones.
VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber,
                          ULONG SendFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER_LIST Copy;
  PNET_BUFFER_LIST Clone;

  UNREFERENCED_PARAMETER(PortNumber);
  Copy = NdisAllocateNetBufferAndNetBufferList(Adapter->SendNblPool, 0, 0,
                                               Adapter->RxMdl, 0, 64);
  if (Copy != NULL)
    NdisFreeNetBufferList(Copy);
  Clone = NdisAllocateCloneNetBufferList(NetBufferList, Adapter->ClonePool, NULL, 0);
  if (Clone != NULL)
    NdisFreeCloneNetBufferList(Clone, 0);
  NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, NetBufferList,
                                  NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)
                                      ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                                      : 0);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  MPFreePools(Adapter, TRUE);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

// Two locals of the same name in two functions are two different pools.
static VOID MPScratchList(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Scratch;
  NdisZeroMemory(&Params, sizeof(Params));
  Scratch = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Scratch != NULL)
    NdisFreeNetBufferListPool(Scratch);
}

static VOID MPScratchBuffer(PMP_ADAPTER Adapter) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Scratch;
  NdisZeroMemory(&Params, sizeof(Params));
  Scratch = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &Params);
  if (Scratch != NULL)
    NdisFreeNetBufferPool(Scratch);
}
