// RUN: %check_ndis_tidy %s ndis-pool-kind-mismatch %t

// Items allocated from, and pools freed as, the wrong kind of pool.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE RecvNbPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->RecvNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->RecvNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->RecvNbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
  if (Adapter->RecvNbPool == NULL) {
    NdisFreeNetBufferListPool(Adapter->RecvNblPool);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// The two pool handles swapped: each item comes from the other kind of pool.
static PNET_BUFFER_LIST MPBuildReceive(PMP_ADAPTER Adapter, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;

  Nbl = NdisAllocateNetBufferList(Adapter->RecvNbPool, 0, 0);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: NdisAllocateNetBufferList allocates a NET_BUFFER_LIST from 'Adapter->RecvNbPool', which is a NET_BUFFER pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-15]]:25: note: 'Adapter->RecvNbPool' is allocated as a NET_BUFFER pool here by NdisAllocateNetBufferPool
  if (Nbl == NULL)
    return NULL;
  Nb = NdisAllocateNetBuffer(Adapter->RecvNblPool, Adapter->RxMdl, 0, Length);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: NdisAllocateNetBuffer allocates a NET_BUFFER from 'Adapter->RecvNblPool', which is a NET_BUFFER_LIST pool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-24]]:26: note: 'Adapter->RecvNblPool' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
  if (Nb == NULL) {
    NdisFreeNetBufferList(Nbl);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

// A NET_BUFFER_LIST freed as a NET_BUFFER.
static VOID MPProbe(PMP_ADAPTER Adapter) {
  PNET_BUFFER_LIST Probe;

  Probe = NdisAllocateNetBufferAndNetBufferList(Adapter->RecvNblPool, 0, 0,
                                                Adapter->RxMdl, 0, 64);
  if (Probe == NULL)
    return;
  NdisFreeNetBuffer((PNET_BUFFER)Probe);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBuffer frees '(PNET_BUFFER)Probe' as a NET_BUFFER, but it is a NET_BUFFER_LIST; free it with NdisFreeNetBufferList [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-6]]:11: note: '(PNET_BUFFER)Probe' is allocated as a NET_BUFFER_LIST here by NdisAllocateNetBufferAndNetBufferList
}

VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(Adapter);
  UNREFERENCED_PARAMETER(NetBufferLists);
  UNREFERENCED_PARAMETER(ReturnFlags);
}

// The pools freed with each other's free function.
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  MPProbe(Adapter);
  NdisFreeNetBufferPool(Adapter->RecvNblPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferPool frees 'Adapter->RecvNblPool' as a NET_BUFFER pool, but it is a NET_BUFFER_LIST pool; free it with NdisFreeNetBufferListPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-61]]:26: note: 'Adapter->RecvNblPool' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
  NdisFreeNetBufferListPool(Adapter->RecvNbPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees 'Adapter->RecvNbPool' as a NET_BUFFER_LIST pool, but it is a NET_BUFFER pool; free it with NdisFreeNetBufferPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-60]]:25: note: 'Adapter->RecvNbPool' is allocated as a NET_BUFFER pool here by NdisAllocateNetBufferPool
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

// A local pool, allocated and freed in one function.
static VOID MPScratch(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Scratch;

  NdisZeroMemory(&Params, sizeof(Params));
  Scratch = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Scratch != NULL)
    NdisFreeNetBufferPool(Scratch);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferPool frees 'Scratch' as a NET_BUFFER pool, but it is a NET_BUFFER_LIST pool; free it with NdisFreeNetBufferListPool [ndis-pool-kind-mismatch]
    // CHECK-NOTES: :[[@LINE-4]]:13: note: 'Scratch' is allocated as a NET_BUFFER_LIST pool here by NdisAllocateNetBufferListPool
}

// A NET_BUFFER freed as a NET_BUFFER_LIST.
static VOID MPDropHeader(PMP_ADAPTER Adapter) {
  PNET_BUFFER Header;

  Header = NdisAllocateNetBuffer(Adapter->RecvNbPool, Adapter->RxMdl, 0, 14);
  if (Header == NULL)
    return;
  NdisFreeNetBufferList((PNET_BUFFER_LIST)Header);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferList frees '(PNET_BUFFER_LIST)Header' as a NET_BUFFER_LIST, but it is a NET_BUFFER; free it with NdisFreeNetBuffer [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-5]]:12: note: '(PNET_BUFFER_LIST)Header' is allocated as a NET_BUFFER here by NdisAllocateNetBuffer
}
