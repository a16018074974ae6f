// RUN: %check_ndis_tidy %s ndis-pool-datasize-mismatch %t

// A correct NDIS 6 miniport with two NET_BUFFER pools: one with a DataSize
// (transmit copies, NdisAllocateNetBufferMdlAndData, freed whole with
// NdisFreeNetBuffer) and one without (receive buffers over MDLs the driver
// allocates itself with NdisAllocateMdl, chains, and frees with
// NdisFreeMdl). The check must stay silent.
#define NDIS620_MINIPORT 1
#include "ndis.h"

#define MP_RX_BUFFERS 8
#define MP_FRAME_SIZE 1514

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE TxNblPool;
  NDIS_HANDLE TxCopyNbPool; // DataSize MP_FRAME_SIZE
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE RxNbPool;     // DataSize 0
  NDIS_HANDLE TunedNbPool;  // DataSize from the registry: unknown
  PUCHAR RxMemory[MP_RX_BUFFERS];
  ULONG CopySize;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
MINIPORT_SEND_NET_BUFFER_LISTS MPSendNetBufferLists;

static NDIS_STATUS MPAllocPools(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS TxParams;
  NET_BUFFER_POOL_PARAMETERS RxParams = {0};
  NET_BUFFER_POOL_PARAMETERS TunedParams;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->TxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                     &NblParams);
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                     &NblParams);

  NdisZeroMemory(&TxParams, sizeof(TxParams));
  TxParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  TxParams.Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  TxParams.Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  TxParams.DataSize = MP_FRAME_SIZE;
  Adapter->TxCopyNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                    &TxParams);

  RxParams.PoolTag = 'xRxM';
  Adapter->RxNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                &RxParams);

  NdisZeroMemory(&TunedParams, sizeof(TunedParams));
  TunedParams.DataSize = Adapter->CopySize;
  Adapter->TunedNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                   &TunedParams);
  if (Adapter->TxNblPool == NULL || Adapter->RxNblPool == NULL ||
      Adapter->TxCopyNbPool == NULL || Adapter->RxNbPool == NULL ||
      Adapter->TunedNbPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
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
  return MPAllocPools(Adapter);
}

// Receive: the driver's own MDL over its own memory, chained to a NET_BUFFER
// from the DataSize-0 pool.
static PNET_BUFFER_LIST MPBuildReceive(PMP_ADAPTER Adapter, ULONG Index, ULONG Length) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;
  PMDL Mdl;

  Mdl = NdisAllocateMdl(Adapter->MiniportAdapterHandle, Adapter->RxMemory[Index], Length);
  if (Mdl == NULL)
    return NULL;
  Nb = NdisAllocateNetBuffer(Adapter->RxNbPool, Mdl, 0, Length);
  if (Nb == NULL) {
    NdisFreeMdl(Mdl);
    return NULL;
  }
  Nbl = NdisAllocateNetBufferList(Adapter->RxNblPool, 0, 0);
  if (Nbl == NULL) {
    NdisFreeMdl(Nb->MdlChain);
    NdisFreeNetBuffer(Nb);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

// Returned receives: the driver frees the MDL it allocated, then the
// NET_BUFFER and the NET_BUFFER_LIST.
VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER_LIST Next;
  PNET_BUFFER Nb;

  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(ReturnFlags);
  for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
    Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
    Nb = NET_BUFFER_LIST_FIRST_NB(Nbl);
    NdisFreeMdl(NET_BUFFER_FIRST_MDL(Nb));
    NdisFreeNetBuffer(Nb);
    NdisFreeNetBufferList(Nbl);
  }
}

// Transmit copies: MdlAndData from the pool with a DataSize; the MDL goes
// with the NET_BUFFER.
static PNET_BUFFER_LIST MPBuildCopy(PMP_ADAPTER Adapter) {
  PNET_BUFFER_LIST Nbl;
  PNET_BUFFER Nb;

  Nb = NdisAllocateNetBufferMdlAndData(Adapter->TxCopyNbPool);
  if (Nb == NULL)
    return NULL;
  Nbl = NdisAllocateNetBufferList(Adapter->TxNblPool, 0, 0);
  if (Nbl == NULL) {
    NdisFreeNetBuffer(Nb);
    return NULL;
  }
  NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
  return Nbl;
}

static VOID MPFreeCopy(PNET_BUFFER_LIST Nbl) {
  NdisFreeNetBuffer(NET_BUFFER_LIST_FIRST_NB(Nbl));
  NET_BUFFER_LIST_FIRST_NB(Nbl) = NULL;
  NdisFreeNetBufferList(Nbl);
}

VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber,
                          ULONG SendFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER_LIST Copy;
  PNET_BUFFER Tuned;

  UNREFERENCED_PARAMETER(PortNumber);
  Copy = MPBuildCopy(Adapter);
  if (Copy != NULL)
    MPFreeCopy(Copy);
  // DataSize unknown where the pool was made: either function is allowed.
  Tuned = NdisAllocateNetBufferMdlAndData(Adapter->TunedNbPool);
  if (Tuned != NULL)
    NdisFreeNetBuffer(Tuned);
  Tuned = NdisAllocateNetBuffer(Adapter->TunedNbPool, NULL, 0, 0);
  if (Tuned != NULL)
    NdisFreeNetBuffer(Tuned);
  NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, NetBufferList,
                                  NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)
                                      ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                                      : 0);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferPool(Adapter->TunedNbPool);
  NdisFreeNetBufferPool(Adapter->RxNbPool);
  NdisFreeNetBufferPool(Adapter->TxCopyNbPool);
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  NdisFreeNetBufferListPool(Adapter->TxNblPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}
