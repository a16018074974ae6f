// RUN: %check_ndis_tidy %s ndis-pool-outstanding-buffers %t
// RUN: %check_ndis_tidy --check-suffix=ROLES %s ndis-pool-outstanding-buffers %t \
// RUN:   --config="{CheckOptions: {Roles: 'MuxIndicateFrame=MINIPORT_INTERRUPT_DPC; MuxCloseLowerBinding=PROTOCOL_UNBIND_ADAPTER_EX'}}" \
// RUN:   -- -DROLES_OPTION
// RUN: %check_ndis_tidy --check-suffix=NOROLES %s ndis-pool-outstanding-buffers %t -- -DROLES_OPTION
// RUN: %check_ndis_tidy --check-suffix=HALT %s ndis-pool-outstanding-buffers %t -- -DHALT_KEPT_NBLS

// A pool freed while a NET_BUFFER_LIST allocated from it may still be
// outstanding: still owned by the driver on some path to the free, or given
// to NDIS and not yet returned. First in one function, then across the
// driver's callbacks: a data path lets NBLs go to NDIS (or keeps them) and
// a teardown callback frees their pool without freeing them or waiting for
// them.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define MP_TAG 'pMdN'

#if !defined(ROLES_OPTION) && !defined(HALT_KEPT_NBLS)

// ---------------------------------------------------------------------------
// In one function.

typedef struct _MP_RX_QUEUE {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE LookasidePool;
  PNET_BUFFER_LIST SpareNbl;
} MP_RX_QUEUE, *PMP_RX_QUEUE;

NDIS_STATUS MPProgramRxRing(PMP_RX_QUEUE Queue);

static VOID MPInitNblPoolParameters(PNET_BUFFER_LIST_POOL_PARAMETERS Params) {
  NdisZeroMemory(Params, sizeof(*Params));
  Params->Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params->Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params->fAllocateNetBuffer = TRUE;
  Params->PoolTag = MP_TAG;
}

// The error path frees the pool but forgets the spare NBL allocated from it.
NDIS_STATUS MPAllocateRxQueue(PMP_RX_QUEUE Queue) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  PNET_BUFFER_LIST Nbl;
  NDIS_STATUS Status;

  MPInitNblPoolParameters(&Params);
  Queue->NblPool = NdisAllocateNetBufferListPool(Queue->MiniportAdapterHandle, &Params);
  if (Queue->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;

  Nbl = NdisAllocateNetBufferList(Queue->NblPool, 0, 0);
  if (Nbl == NULL) {
    NdisFreeNetBufferListPool(Queue->NblPool);
    Queue->NblPool = NULL;
    return NDIS_STATUS_RESOURCES;
  }

  Status = MPProgramRxRing(Queue);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferListPool(Queue->NblPool);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferListPool frees pool 'Queue->NblPool' while the NET_BUFFER_LIST 'Nbl' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE-11]]:9: note: 'Nbl' is allocated from the pool here by NdisAllocateNetBufferList
    // CHECK-NOTES: :[[@LINE-3]]:5: note: on some path to this free, 'Nbl' is neither freed nor handed on
    Queue->NblPool = NULL;
    return Status;
  }
  Queue->SpareNbl = Nbl;
  return NDIS_STATUS_SUCCESS;
}

// A loopback frame indicated up the stack, and its pool freed at once: NDIS
// owns the NBL until MiniportReturnNetBufferLists gives it back.
VOID MPLoopbackFrame(PMP_RX_QUEUE Queue, PMDL Mdl, ULONG Length) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  MPInitNblPoolParameters(&Params);
  Pool = NdisAllocateNetBufferListPool(Queue->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return;
  Nbl = NdisAllocateNetBufferAndNetBufferList(Pool, 0, 0, Mdl, 0, Length);
  if (Nbl == NULL) {
    NdisFreeNetBufferListPool(Pool);
    return;
  }
  NdisMIndicateReceiveNetBufferLists(Queue->MiniportAdapterHandle, Nbl,
                                     NDIS_DEFAULT_PORT_NUMBER, 1, 0);
  NdisFreeNetBufferListPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Pool' while the NET_BUFFER_LIST 'Nbl' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-9]]:9: note: 'Nbl' is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'Nbl' is handed to NDIS here by NdisMIndicateReceiveNetBufferLists and may not have been returned when the pool is freed
}

// The same with a send on a protocol binding: the NBL is NDIS's until
// ProtocolSendNetBufferListsComplete.
VOID PtSendProbe(NDIS_HANDLE BindingHandle, NDIS_HANDLE ProtocolHandle, PMDL Mdl,
                 ULONG Length) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  PNET_BUFFER_LIST Nbl;

  MPInitNblPoolParameters(&Params);
  Params.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
  Pool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  if (!Pool)
    return;
  Nbl = NdisAllocateNetBufferAndNetBufferList(Pool, 0, 0, Mdl, 0, Length);
  if (Nbl != NULL)
    NdisSendNetBufferLists(BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  NdisFreeNetBufferListPool(Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Pool' while the NET_BUFFER_LIST 'Nbl' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-5]]:9: note: 'Nbl' is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'Nbl' is handed to NDIS here by NdisSendNetBufferLists and may not have been returned when the pool is freed
}

// Freed through a helper: the warning is at the call, with the chain.
static VOID MPFreeLookasidePool(PMP_RX_QUEUE Queue) {
  if (Queue->LookasidePool != NULL) {
    NdisFreeNetBufferListPool(Queue->LookasidePool);
    Queue->LookasidePool = NULL;
  }
}

NDIS_STATUS MPResetLookaside(PMP_RX_QUEUE Queue) {
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(Queue->LookasidePool, 0, 0);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES;
  if (MPProgramRxRing(Queue) != NDIS_STATUS_SUCCESS) {
    MPFreeLookasidePool(Queue);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: MPFreeLookasidePool frees pool 'Queue->LookasidePool' while the NET_BUFFER_LIST 'Nbl' allocated from it may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE-2]]:5: note: 'MPResetLookaside' calls 'MPFreeLookasidePool' here
    // CHECK-NOTES: :[[@LINE-13]]:5: note: the pool is freed here by NdisFreeNetBufferListPool
    // CHECK-NOTES: :[[@LINE-8]]:26: note: 'Nbl' is allocated from the pool here by NdisAllocateNetBufferList
    // CHECK-NOTES: :[[@LINE-5]]:5: note: on some path to this free, 'Nbl' is neither freed nor handed on
    return NDIS_STATUS_FAILURE;
  }
  NdisFreeNetBufferList(Nbl);
  return NDIS_STATUS_SUCCESS;
}

// ---------------------------------------------------------------------------
// Across callbacks: a protocol driver. Sends go out from Open->SendNblPool,
// and received frames are copied into NBLs from Open->RecvNblPool that wait
// in the binding for a reader. ProtocolUnbindAdapterEx frees both pools (the
// send pool through a helper) while sends may still be pending (the counter
// is kept but nobody waits for it to drop) and a copy may still be waiting.
//
// (MiniportHaltEx and FilterDetach are not reported for NBLs handed to
// NDIS: NDIS calls them only after the Pause handler has drained the data
// path; see the -clean test. NBLs the driver keeps itself are another
// matter: the HALT run.)

typedef struct _OPEN_CONTEXT {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
  PNET_BUFFER_LIST PendingReceive;
  PMDL CopyMdl;
  ULONG CopyLength;
  volatile LONG PendingSends;
} OPEN_CONTEXT, *POPEN_CONTEXT;

NDIS_HANDLE ProtocolHandle;

// PtUnbindAdapter has its role only from the characteristics below.
PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE PtSendComplete;
PROTOCOL_RECEIVE_NET_BUFFER_LISTS PtReceiveNetBufferLists;
NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext);

NDIS_STATUS PtSendFrame(POPEN_CONTEXT Open, PMDL Mdl, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Open->SendNblPool, 0, 0, Mdl, 0, Length);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisInterlockedIncrement(&Open->PendingSends);
  NdisSendNetBufferLists(Open->BindingHandle, Nbl, NDIS_DEFAULT_PORT_NUMBER, 0);
  return NDIS_STATUS_PENDING;
}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferList,
                    ULONG SendCompleteFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(SendCompleteFlags);
  NdisFreeNetBufferList(NetBufferList);
  NdisInterlockedDecrement(&Open->PendingSends);
}

VOID PtReceiveNetBufferLists(NDIS_HANDLE ProtocolBindingContext,
                             PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                             ULONG NumberOfNetBufferLists, ULONG ReceiveFlags) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;
  PNET_BUFFER_LIST Copy;

  UNREFERENCED_PARAMETER(PortNumber);
  UNREFERENCED_PARAMETER(NumberOfNetBufferLists);
  Copy = NdisAllocateNetBufferAndNetBufferList(Open->RecvNblPool, 0, 0, Open->CopyMdl, 0,
                                               Open->CopyLength);
  if (Copy != NULL && Open->PendingReceive == NULL)
    Open->PendingReceive = Copy;
  else if (Copy != NULL)
    NdisFreeNetBufferList(Copy);
  if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
    NdisReturnNetBufferLists(Open->BindingHandle, NetBufferLists, 0);
}

static VOID PtFreeSendResources(POPEN_CONTEXT Open) {
  if (Open->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Open->SendNblPool);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeNetBufferListPool frees pool 'Open->SendNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
    // CHECK-NOTES: :[[@LINE+37]]:3: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
    // CHECK-NOTES: :[[@LINE+12]]:3: note: 'PtUnbindAdapter' calls 'PtFreeSendResources' here
    // CHECK-NOTES: :[[@LINE-41]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'PtSendFrame'
    // CHECK-NOTES: :[[@LINE-38]]:3: note: and handed to NDIS by NdisSendNetBufferLists here
    // CHECK-NOTES: :[[@LINE+5]]:13: note: nothing on the teardown path of 'PtUnbindAdapter' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
    Open->SendNblPool = NULL;
  }
}

NDIS_STATUS PtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN_CONTEXT Open = (POPEN_CONTEXT)ProtocolBindingContext;

  UNREFERENCED_PARAMETER(UnbindContext);
  PtFreeSendResources(Open);
  NdisFreeNetBufferListPool(Open->RecvNblPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Open->RecvNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE+21]]:3: note: 'PtUnbindAdapter' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES: :[[@LINE-31]]:10: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'PtReceiveNetBufferLists'
  // CHECK-NOTES: :[[@LINE-29]]:5: note: and stored in 'Open->PendingReceive' here
  // CHECK-NOTES: :[[@LINE-10]]:13: note: nothing on the teardown path of 'PtUnbindAdapter' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  Open->RecvNblPool = NULL;
  return NdisCloseAdapterEx(Open->BindingHandle);
}

DRIVER_INITIALIZE DriverEntry;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;

  UNREFERENCED_PARAMETER(DriverObject);
  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.Header.Type = NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS;
  PChars.Header.Revision = NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1;
  PChars.Header.Size = NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1;
  PChars.MajorNdisVersion = 6;
  PChars.MinorNdisVersion = 0;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapter;
  PChars.SendNetBufferListsCompleteHandler = PtSendComplete;
  PChars.ReceiveNetBufferListsHandler = PtReceiveNetBufferLists;
  return NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
}

#elif defined(ROLES_OPTION)
// An intermediate driver's own binding layer calls MuxCloseLowerBinding when
// a lower binding goes away; nothing in the code says it is a teardown
// callback, so by itself it is not checked (the NOROLES run). The Roles
// option gives it the PROTOCOL_UNBIND_ADAPTER_EX role.

typedef struct _MUX_BINDING {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  PMDL FrameMdl;
} MUX_BINDING, *PMUX_BINDING;

VOID MuxIndicateFrame(PMUX_BINDING Binding, ULONG Length) {
  PNET_BUFFER_LIST Nbl;

  Nbl = NdisAllocateNetBufferAndNetBufferList(Binding->NblPool, 0, 0, Binding->FrameMdl, 0,
                                              Length);
  if (Nbl == NULL)
    return;
  NdisMIndicateReceiveNetBufferLists(Binding->MiniportAdapterHandle, Nbl,
                                     NDIS_DEFAULT_PORT_NUMBER, 1, 0);
}

VOID MuxCloseLowerBinding(PMUX_BINDING Binding) {
  NdisFreeNetBufferListPool(Binding->NblPool);
  // CHECK-NOTES-ROLES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Binding->NblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES-ROLES: :[[@LINE-3]]:6: note: 'MuxCloseLowerBinding' is a teardown callback (PROTOCOL_UNBIND_ADAPTER_EX)
  // CHECK-NOTES-ROLES: :[[@LINE-12]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'MuxIndicateFrame'
  // CHECK-NOTES-ROLES: :[[@LINE-9]]:3: note: and handed to NDIS by NdisMIndicateReceiveNetBufferLists here
  // CHECK-NOTES-ROLES: :[[@LINE-6]]:6: note: nothing on the teardown path of 'MuxCloseLowerBinding' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  Binding->NblPool = NULL;
}

#else // HALT_KEPT_NBLS
// A miniport that keeps receive NBLs of its own, preallocated in
// MiniportInitializeEx, and frees their pool in MiniportHaltEx without
// freeing them. The Pause handler drains what NDIS holds, not what the
// driver keeps: these NBLs are still allocated when the pool goes.

#define MP_NUM_RX_NBLS 16

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  PNET_BUFFER_LIST RxNbls[MP_NUM_RX_NBLS];
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_PAUSE MPPause;

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  ULONG i;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(MiniportInitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), MP_TAG, NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Params.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  Params.fAllocateNetBuffer = TRUE;
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &Params);
  if (Adapter->RxNblPool == NULL) {
    NdisFreeMemory(Adapter, 0, 0);
    return NDIS_STATUS_RESOURCES;
  }
  for (i = 0; i < MP_NUM_RX_NBLS; i++)
    Adapter->RxNbls[i] = NdisAllocateNetBufferList(Adapter->RxNblPool, 0, 0);
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  UNREFERENCED_PARAMETER(MiniportAdapterContext);
  UNREFERENCED_PARAMETER(PauseParameters);
  return NDIS_STATUS_SUCCESS;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferListPool(Adapter->RxNblPool);
  // CHECK-NOTES-HALT: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'Adapter->RxNblPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES-HALT: :[[@LINE-6]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES-HALT: :[[@LINE-18]]:26: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferList, in 'MPInitializeEx'
  // CHECK-NOTES-HALT: :[[@LINE-19]]:26: note: and stored in 'Adapter->RxNbls[i]' here
  // CHECK-NOTES-HALT: :[[@LINE-9]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
  NdisFreeMemory(Adapter, 0, 0);
}
#endif
