// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// A correct NDIS 6 miniport: every pool is freed by the teardown that
// undoes its setup, on every init-failure path, or handed to the caller.
// The check must stay silent on all of it.
#include "ndis.h"

#define MP_NUM_QUEUES 4

typedef struct _MP_QUEUE {
  NDIS_HANDLE NblPool;
  ULONG Index;
} MP_QUEUE, *PMP_QUEUE;

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  LONG RefCount;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE RecvNbPool;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE CopyNbPool;
  NDIS_HANDLE LoopbackNblPool;
  NDIS_HANDLE TxQueuePools[MP_NUM_QUEUES];
  MP_QUEUE Queues[MP_NUM_QUEUES];
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE NdisDriverHandle;
NDIS_HANDLE DriverNblPool;
NDIS_HANDLE DriverNbPool;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_UNLOAD MPUnload;
MINIPORT_PAUSE MPPause;
MINIPORT_RESTART MPRestart;

// ---------------------------------------------------------------------------
// Driver-global pools: allocated in DriverEntry, freed on its failure path
// and in the unload routine (registered through MChars.UnloadHandler).

static VOID MPFreeDriverPools(VOID) {
  if (DriverNbPool != NULL) {
    NdisFreeNetBufferPool(DriverNbPool);
    DriverNbPool = NULL;
  }
  if (DriverNblPool != NULL) {
    NdisFreeNetBufferListPool(DriverNblPool);
    DriverNblPool = NULL;
  }
}

VOID MPUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  NdisMDeregisterMiniportDriver(NdisDriverHandle);
  MPFreeDriverPools();
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_STATUS Status;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NblParams.fAllocateNetBuffer = TRUE;
  DriverNblPool = NdisAllocateNetBufferListPool(NULL, &NblParams);
  if (DriverNblPool == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  DriverNbPool = NdisAllocateNetBufferPool(NULL, &NbParams);
  if (DriverNbPool == NULL) {
    MPFreeDriverPools();
    return STATUS_INSUFFICIENT_RESOURCES;
  }

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.InitializeHandlerEx = MPInitializeEx;
  MChars.HaltHandlerEx = MPHaltEx;
  MChars.UnloadHandler = MPUnload;
  MChars.PauseHandler = MPPause;
  MChars.RestartHandler = MPRestart;
  Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars,
                                       &NdisDriverHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    MPFreeDriverPools();
  return Status;
}

// ---------------------------------------------------------------------------
// Helpers.

// Allocates two pools and returns an error after the first succeeded: the
// caller cleans up. A helper is not a setup callback.
static NDIS_STATUS MPAllocRecvPools(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->RecvNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                       &NblParams);
  if (Adapter->RecvNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->RecvNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                  &NbParams);
  if (Adapter->RecvNbPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

// Returns a pool handle to its caller through an out-parameter.
static NDIS_STATUS MPCreateNblPool(NDIS_HANDLE Owner, NDIS_HANDLE *PoolOut) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;

  *PoolOut = NULL;
  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Pool = NdisAllocateNetBufferListPool(Owner, &Params);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  *PoolOut = Pool;
  return NDIS_STATUS_SUCCESS;
}

// The same, writing the allocation straight through the out-parameter.
static NDIS_STATUS MPCreateCopyPool(NDIS_HANDLE Owner, PNDIS_HANDLE PoolOut) {
  NET_BUFFER_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.DataSize = 1514;
  *PoolOut = NdisAllocateNetBufferPool(Owner, &Params);
  return *PoolOut != NULL ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}

// A chain of cleanup helpers: MPHaltEx -> MPShutdownAdapter ->
// MPFreeDataPath -> MPFreeRecvPools.
static VOID MPFreeRecvPools(PMP_ADAPTER Adapter) {
  if (Adapter->RecvNbPool != NULL) {
    NdisFreeNetBufferPool(Adapter->RecvNbPool);
    Adapter->RecvNbPool = NULL;
  }
  if (Adapter->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RecvNblPool);
    Adapter->RecvNblPool = NULL;
  }
}

// Frees through a local copy, clearing the field first.
static VOID MPFreeSendPool(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Pool = Adapter->SendNblPool;
  Adapter->SendNblPool = NULL;
  if (Pool != NULL)
    NdisFreeNetBufferListPool(Pool);
}

static VOID MPFreeQueues(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_NUM_QUEUES; i++) {
    if (Adapter->TxQueuePools[i] != NULL) {
      NdisFreeNetBufferListPool(Adapter->TxQueuePools[i]);
      Adapter->TxQueuePools[i] = NULL;
    }
  }
}

static VOID MPFreeDataPath(PMP_ADAPTER Adapter) {
  MPFreeRecvPools(Adapter);
  MPFreeSendPool(Adapter);
  MPFreeQueues(Adapter);
  if (Adapter->CopyNbPool != NULL)
    NdisFreeNetBufferPool(Adapter->CopyNbPool);
}

// Frees the adapter when the last reference drops.
static VOID MPFreeAdapter(PMP_ADAPTER Adapter) {
  if (Adapter->LoopbackNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->LoopbackNblPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

static VOID MPDereferenceAdapter(PMP_ADAPTER Adapter) {
  if (NdisInterlockedDecrement(&Adapter->RefCount) == 0)
    MPFreeAdapter(Adapter);
}

static VOID MPShutdownAdapter(PMP_ADAPTER Adapter) {
  MPFreeDataPath(Adapter);
}

// ---------------------------------------------------------------------------
// Callbacks.

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status;
  ULONG i;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  Adapter->RefCount = 1;

  Status = MPAllocRecvPools(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  // NULL-checked, freed on the failure path below via goto.
  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Adapter->SendNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->SendNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }

  Adapter->LoopbackNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->LoopbackNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }

  for (i = 0; i < MP_NUM_QUEUES; i++) {
    Adapter->TxQueuePools[i] = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
    if (Adapter->TxQueuePools[i] == NULL) {
      Status = NDIS_STATUS_RESOURCES;
      goto Fail;
    }
  }

  Status = MPCreateCopyPool(MiniportAdapterHandle, &Adapter->CopyNbPool);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  return NDIS_STATUS_SUCCESS;

Fail:
  MPFreeDataPath(Adapter);
  if (Adapter->LoopbackNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->LoopbackNblPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  MPShutdownAdapter(Adapter);
  MPDereferenceAdapter(Adapter);
}

NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(PauseParameters);
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  NDIS_HANDLE Pool;
  UNREFERENCED_PARAMETER(RestartParameters);
  // A scratch pool handed back by a helper and freed before returning.
  if (MPCreateNblPool(Adapter->MiniportAdapterHandle, &Pool) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_RESOURCES;
  NdisFreeNetBufferListPool(Pool);
  return NDIS_STATUS_SUCCESS;
}

// A local pool handed by value to a function defined in another source file
// (the receive queue takes ownership and frees it when the queue goes).
VOID MPRxQueueAttachPool(PMP_ADAPTER Adapter, ULONG Queue, NDIS_HANDLE Pool);

static NDIS_STATUS MPCreateQueuePool(PMP_ADAPTER Adapter, ULONG Queue) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  MPRxQueueAttachPool(Adapter, Queue, Pool);
  return NDIS_STATUS_SUCCESS;
}

// ---------------------------------------------------------------------------
// A scratch pool freed under a NULL check at the very end: its false edge
// leaves nothing allocated. (One function is straight-line code, the other
// has a loop, so both ways the flow can follow a function are covered.)

static VOID MPScratchOnce(NDIS_HANDLE MiniportAdapterHandle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Scratch;
  NdisZeroMemory(&Params, sizeof(Params));
  Scratch = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Scratch != NULL)
    NdisFreeNetBufferListPool(Scratch);
}

static VOID MPScratchLoop(NDIS_HANDLE MiniportAdapterHandle, ULONG Count) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Scratch;
  ULONG I;
  NdisZeroMemory(&Params, sizeof(Params));
  Scratch = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  for (I = 0; I < Count; I++)
    Params.DataSize += 64;
  if (Scratch != NULL)
    NdisFreeNetBufferListPool(Scratch);
}
