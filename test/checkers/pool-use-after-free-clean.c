// RUN: %check_ndis_tidy %s ndis-pool-use-after-free %t

// Correct drivers: no pool handle is freed twice or used after its free.
// The check must stay silent on all of these.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define DRV_TAG 'vrDN'
#define MP_NUM_QUEUES 4
#define MP_RX_QUEUE 0
#define MP_TX_QUEUE 1

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE RxNbPool;
  NDIS_HANDLE TxNblPool;
  NDIS_HANDLE QueuePools[MP_NUM_QUEUES];
  PNET_BUFFER_LIST TestNbl;
  BOOLEAN UsesSeparateNbPool;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_STATUS MPHwInitialize(PMP_ADAPTER Adapter);

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_RESET MPResetEx;

static VOID MPInitNblPoolParameters(PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->fAllocateNetBuffer = TRUE;
  Params->PoolTag = DRV_TAG;
}

static VOID MPInitNbPoolParameters(PNET_BUFFER_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  Params->PoolTag = DRV_TAG;
}

// The guarded free that clears the handle, written twice in a row (a
// cleanup block reached after an earlier one): the second sees NULL.
static VOID MPFreeRxPools(PMP_ADAPTER Adapter) {
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
  if (Adapter->RxNbPool != NULL) {
    NdisFreeNetBufferPool(Adapter->RxNbPool);
    Adapter->RxNbPool = NULL;
  }
}

// Initialization failure: NULL-checked handles freed once each through a
// goto to the cleanup label.
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), DRV_TAG, NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  MPInitNblPoolParameters(&NblParams);
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->RxNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  MPInitNbPoolParameters(&NbParams);
  Adapter->RxNbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
  if (Adapter->RxNbPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Cleanup;
  }
  Status = MPHwInitialize(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Cleanup;
  return NDIS_STATUS_SUCCESS;

Cleanup:
  if (Adapter->RxNbPool != NULL)
    NdisFreeNetBufferPool(Adapter->RxNbPool);
  if (Adapter->RxNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
  NdisFreeMemory(Adapter, 0, 0);
  return Status;
}

// Freed on one branch or the other, never both.
VOID MPFreeOneWayOrTheOther(PMP_ADAPTER Adapter) {
  if (Adapter->UsesSeparateNbPool) {
    NdisFreeNetBufferPool(Adapter->RxNbPool);
    Adapter->RxNbPool = NULL;
  } else {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
}

// A reset frees the transmit pool, allocates a new one, and uses the new
// handle.
NDIS_STATUS MPResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  *AddressingReset = FALSE;
  NdisFreeNetBufferListPool(Adapter->TxNblPool);
  MPInitNblPoolParameters(&Params);
  Adapter->TxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->TxNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->TestNbl = NdisAllocateNetBufferList(Adapter->TxNblPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

// The same with a local handle, and the second pool allocated through an
// out-parameter (NDIS 5 packet pool).
VOID MPReallocateLocal(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NDIS_HANDLE PacketPool;
  NDIS_STATUS Status;
  PNDIS_PACKET Packet;
  PNET_BUFFER_LIST Nbl;

  MPInitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return;
  NdisFreeNetBufferListPool(Pool);
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferList(Pool, 0, 0);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
  NdisFreeNetBufferListPool(Pool);

  NdisAllocatePacketPool(&Status, &PacketPool, 8, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisFreePacketPool(PacketPool);
  NdisAllocatePacketPool(&Status, &PacketPool, 8, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocatePacket(&Status, &Packet, PacketPool);
  if (Status == NDIS_STATUS_SUCCESS)
    NdisFreePacket(Packet);
  NdisFreePacketPool(PacketPool);
}

// Per-queue pools: a loop, then the two well-known queues by constant
// index. Each element is freed once.
VOID MPFreeQueuePools(PMP_ADAPTER Adapter) {
  ULONG i;

  for (i = 0; i < MP_NUM_QUEUES; i++) {
    if (Adapter->QueuePools[i] != NULL) {
      NdisFreeNetBufferListPool(Adapter->QueuePools[i]);
      Adapter->QueuePools[i] = NULL;
    }
  }
}

VOID MPFreeRxTxQueuePools(PMP_ADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->QueuePools[MP_RX_QUEUE]);
  NdisFreeNetBufferListPool(Adapter->QueuePools[MP_TX_QUEUE]);
}

// A switch that frees one pool per case, falling through into the default.
VOID MPFreeBySwitch(PMP_ADAPTER Adapter, ULONG Which) {
  switch (Which) {
  case 0:
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
    break;
  case 1:
    NdisFreeNetBufferPool(Adapter->RxNbPool);
    Adapter->RxNbPool = NULL;
    // fall through
  default:
    NdisFreeNetBufferListPool(Adapter->TxNblPool);
    Adapter->TxNblPool = NULL;
    break;
  }
}

// A cleanup helper that frees and clears, and after it a guarded free of
// the same handle, which it has set to NULL.
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  MPFreeRxPools(Adapter);
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
  MPFreeQueuePools(Adapter);
  NdisFreeMemory(Adapter, 0, 0);
}

// ---------------------------------------------------------------------------
// A protocol whose Unload frees the pools of every binding left in its list:
// one free per binding, in a loop.

typedef struct _OPEN_CONTEXT {
  LIST_ENTRY Link;
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
} OPEN_CONTEXT, *POPEN_CONTEXT;

typedef struct _PT_GLOBALS {
  LIST_ENTRY OpenList;
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE ProtocolHandle;
} PT_GLOBALS;

PT_GLOBALS Globals;

DRIVER_UNLOAD PtUnload;

VOID PtUnload(PDRIVER_OBJECT DriverObject) {
  POPEN_CONTEXT Open;

  UNREFERENCED_PARAMETER(DriverObject);
  NdisDeregisterProtocolDriver(Globals.ProtocolHandle);
  while (!IsListEmpty(&Globals.OpenList)) {
    Open = CONTAINING_RECORD(RemoveHeadList(&Globals.OpenList), OPEN_CONTEXT, Link);
    if (Open->SendNblPool != NULL)
      NdisFreeNetBufferListPool(Open->SendNblPool);
    if (Open->RecvNblPool != NULL)
      NdisFreeNetBufferListPool(Open->RecvNblPool);
    NdisFreeMemory(Open, 0, 0);
  }
  NdisFreeSpinLock(&Globals.Lock);
}

// ---------------------------------------------------------------------------
// An intermediate driver tearing down a team of two member adapters: the
// same field of two different structures, each freed once.

typedef struct _TEAM_MEMBER {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
} TEAM_MEMBER, *PTEAM_MEMBER;

typedef struct _TEAM {
  PTEAM_MEMBER Primary;
  PTEAM_MEMBER Secondary;
} TEAM, *PTEAM;

VOID TeamFreeMembers(PTEAM Team) {
  NdisFreeNetBufferListPool(Team->Primary->SendNblPool);
  NdisFreeNetBufferListPool(Team->Secondary->SendNblPool);
}

// ---------------------------------------------------------------------------
// Code under a constant-false condition never runs; a macro's
// do { } while (0) runs its body once.

#define MP_DEBUG_CHECKS 0
#define MP_FREE_POOL(P)                                                        \
  do {                                                                         \
    NdisFreeNetBufferListPool(P);                                              \
  } while (0)

VOID MPFreeOnceWithDebugCode(NDIS_HANDLE Pool) {
  MP_FREE_POOL(Pool);
  if (MP_DEBUG_CHECKS && Pool != NULL) {
    NdisFreeNetBufferListPool(Pool);
  }
  if (0) {
    NdisFreeNetBufferListPool(Pool);
  }
}
