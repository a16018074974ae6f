// RUN: %check_ndis_tidy %s ndis-unchecked-pool-allocation %t

// Correct drivers: every pool handle is checked (NULL, or the Status of the
// NDIS 5 allocation) before anything is allocated from it. The check must
// stay silent on all of these.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define DRV_TAG 'vrDN'

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE SendNbPool;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  PNET_BUFFER_LIST SpareNbl;
  PNET_BUFFER SpareNb;
  PNDIS_PACKET SparePacket;
  PNDIS_BUFFER SpareBuffer;
  UCHAR Scratch[64];
  ULONG Medium;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_STATUS PtAllocateReceiveCopies(POPEN_CONTEXT Open);

static VOID InitNblPoolParameters(PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->fAllocateNetBuffer = TRUE;
  Params->PoolTag = DRV_TAG;
}

static VOID InitNbPoolParameters(PNET_BUFFER_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params->PoolTag = DRV_TAG;
}

// `if (Pool == NULL)` with a goto to the cleanup label.
NDIS_STATUS CheckEqualsNull(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

  InitNblPoolParameters(&Params);
  Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  if (Open->SendNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  if (Open->SpareNbl == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  return NDIS_STATUS_SUCCESS;

Cleanup:
  if (Open->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Open->SendNblPool);
    Open->SendNblPool = NULL;
  }
  return Status;
}

// `if (!Pool)`, `if (NULL == Pool)`, `if (Pool)` and `if (Pool != NULL)`.
VOID CheckSpellings(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_HANDLE Pool;
  NDIS_HANDLE NbPool;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  if (!Pool)
    return;
  Open->SpareNbl = NdisAllocateNetBufferList(Pool, 0, 0);
  Open->SendNblPool = Pool;

  Open->RecvNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  if (NULL == Open->RecvNblPool)
    return;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->RecvNblPool, 0, 0);

  InitNbPoolParameters(&NbParams);
  NbPool = NdisAllocateNetBufferPool(NdisHandle, &NbParams);
  if (NbPool) {
    Open->SpareNb = NdisAllocateNetBuffer(NbPool, NULL, 0, 0);
    Open->SendNbPool = NbPool;
  }

  NbPool = NdisAllocateNetBufferPool(NdisHandle, &NbParams);
  if (NbPool != NULL && Open->SpareNb == NULL)
    Open->SpareNb = NdisAllocateNetBuffer(NbPool, NULL, 0, 0);
}

// The assignment inside the condition.
NDIS_STATUS CheckAssignInCondition(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  InitNblPoolParameters(&Params);
  if ((Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params)) == NULL)
    return NDIS_STATUS_RESOURCES;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// Checked together with another allocation: `if (A == NULL || B == NULL)`.
NDIS_STATUS CheckBothAtOnce(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NET_BUFFER_POOL_PARAMETERS NbParams;

  InitNblPoolParameters(&Params);
  InitNbPoolParameters(&NbParams);
  Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  Open->SendNbPool = NdisAllocateNetBufferPool(NdisHandle, &NbParams);
  if (Open->SendNblPool == NULL || Open->SendNbPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  Open->SpareNb = NdisAllocateNetBuffer(Open->SendNbPool, NULL, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// The NDIS sample style: do { ... break on failure ... } while (FALSE).
NDIS_STATUS CheckDoWhileFalse(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

  do {
    InitNblPoolParameters(&Params);
    Open->RecvNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
    if (Open->RecvNblPool == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      break;
    }
    Open->SpareNbl = NdisAllocateNetBufferList(Open->RecvNblPool, 0, 0);
    if (Open->SpareNbl == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      break;
    }
  } while (FALSE);

  if (Status != NDIS_STATUS_SUCCESS && Open->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Open->RecvNblPool);
    Open->RecvNblPool = NULL;
  }
  return Status;
}

// The handle is stored in the context and the local checked afterwards.
NDIS_STATUS CheckLocalAfterStore(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;

  InitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  Open->RecvNblPool = Pool;
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->RecvNblPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// NDIS 5 pools: `if (Status != NDIS_STATUS_SUCCESS)`,
// `if (NDIS_STATUS_SUCCESS != Status)`, `if (Status == NDIS_STATUS_SUCCESS)`
// and `NT_SUCCESS(Status)`.
VOID CheckStatus(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocatePacketPool(&Status, &Open->PacketPool, 32, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocatePacket(&Status, &Open->SparePacket, Open->PacketPool);

  NdisAllocateBufferPool(&Status, &Open->BufferPool, 32);
  if (NDIS_STATUS_SUCCESS != Status)
    return;
  NdisAllocateBuffer(&Status, &Open->SpareBuffer, Open->BufferPool, Open->Scratch, 64);
}

VOID CheckStatusEqual(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocatePacketPoolEx(&Status, &Open->PacketPool, 32, 32, 16);
  if (Status == NDIS_STATUS_SUCCESS)
    NdisAllocatePacket(&Status, &Open->SparePacket, Open->PacketPool);
}

NTSTATUS CheckNtSuccess(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocatePacketPool(&Status, &Open->PacketPool, 32, 16);
  if (!NT_SUCCESS(Status))
    return STATUS_INSUFFICIENT_RESOURCES;
  NdisAllocatePacket(&Status, &Open->SparePacket, Open->PacketPool);
  return STATUS_SUCCESS;
}

// A switch on the medium, each case allocating and checking its pool.
NDIS_STATUS CheckInSwitch(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  InitNblPoolParameters(&Params);
  switch (Open->Medium) {
  case NdisMedium802_3:
    Params.ContextSize = 16;
    // fall through
  case NdisMediumNative802_11:
    Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
    if (Open->SendNblPool == NULL)
      return NDIS_STATUS_RESOURCES;
    break;
  default:
    return NDIS_STATUS_NOT_SUPPORTED;
  }
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// A retry loop: the pool is used only once an allocation has succeeded.
VOID CheckRetryLoop(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  ULONG Attempt;

  InitNblPoolParameters(&Params);
  for (Attempt = 0; Attempt < 3; Attempt++) {
    Pool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
    if (Pool != NULL) {
      Open->SpareNbl = NdisAllocateNetBufferList(Pool, 0, 0);
      Open->SendNblPool = Pool;
      return;
    }
    NdisMSleep(1000);
  }
}

// Allocated and checked in one function, used in another (the data path
// runs only after initialization succeeded).
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  PMDL RxMdl;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  PMP_ADAPTER Adapter;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), DRV_TAG, NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  InitNblPoolParameters(&Params);
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->RxNblPool == NULL) {
    NdisFreeMemory(Adapter, 0, 0);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
  PNET_BUFFER_LIST Nbl;

  UNREFERENCED_PARAMETER(MiniportDpcContext);
  UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
  UNREFERENCED_PARAMETER(NdisReserved2);
  Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->RxNblPool, 0, 0, Adapter->RxMdl, 0, 60);
  if (Nbl != NULL)
    NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Nbl,
                                       NDIS_DEFAULT_PORT_NUMBER, 1,
                                       NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
}

// A helper allocates and returns a status the caller checks.
static NDIS_STATUS PtAllocatePools(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  InitNblPoolParameters(&Params);
  Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  return Open->SendNblPool != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

NDIS_STATUS CheckThroughHelper(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle) {
  NDIS_STATUS Status = PtAllocatePools(Open, NdisHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);
  return PtAllocateReceiveCopies(Open);
}

// Checks joined by `&&` and `||` in one condition.
NDIS_STATUS CheckInCompoundConditions(POPEN_CONTEXT Open, NDIS_HANDLE NdisHandle,
                                      BOOLEAN Ready) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  InitNblPoolParameters(&Params);
  Open->SendNblPool = NdisAllocateNetBufferListPool(NdisHandle, &Params);
  if (Open->SendNblPool == NULL || !Ready)
    return NDIS_STATUS_RESOURCES;
  Open->SpareNbl = NdisAllocateNetBufferList(Open->SendNblPool, 0, 0);

  Open->SendNbPool = NdisAllocateNetBufferPool(NdisHandle, NULL);
  if (Ready && Open->SendNbPool != NULL)
    Open->SpareNb = NdisAllocateNetBuffer(Open->SendNbPool, NULL, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// NdisAllocateBufferPool always succeeds (its page gives
// NDIS_STATUS_SUCCESS as its only return value, and a NULL handle is
// valid): nothing to check before the pool is used.
VOID UseBufferPoolAtOnce(POPEN_CONTEXT Open) {
  NDIS_STATUS Status;

  NdisAllocateBufferPool(&Status, &Open->BufferPool, 32);
  NdisAllocateBuffer(&Status, &Open->SpareBuffer, Open->BufferPool, Open->Scratch, 64);
}
