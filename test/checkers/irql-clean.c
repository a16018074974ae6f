// RUN: %check_ndis_tidy %s ndis-irql %t

// Correct code, and code whose IRQL ndis-tidy cannot know: no warning.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE InterruptHandle;
  NDIS_HANDLE WorkItem;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE SharedMem;
  NDIS_HANDLE Timer;
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  PNDIS_RW_LOCK_EX RwLock;
  NDIS_EVENT Event;
  PNET_BUFFER_LIST FreeList;
  LONG Pending;
  BOOLEAN NeedLock;
} ADAPTER, *PADAPTER;

// --- Locks released, and the IRQL lowered, before the PASSIVE_LEVEL DDI,
// in a PASSIVE_LEVEL callback. ---

static VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
static VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  KLOCK_QUEUE_HANDLE LockHandle;
  LOCK_STATE_EX LockState;

  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Pending = 0;
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisMSleep(100);

  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  Adapter->Pending = 0;
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);

  KeAcquireInStackQueuedSpinLock(&Adapter->KLock, &LockHandle);
  Adapter->Pending = 0;
  KeReleaseInStackQueuedSpinLock(&LockHandle);
  NdisMDeregisterInterruptEx(Adapter->InterruptHandle);

  NdisAcquireRWLockWrite(Adapter->RwLock, &LockState, 0);
  Adapter->Pending = 0;
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);

  LockAdapter(Adapter);
  Adapter->Pending = 0;
  UnlockAdapter(Adapter);
  NdisMSleep(10);

  // Taken and released under the same condition.
  if (Adapter->NeedLock)
    NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Pending = 0;
  if (Adapter->NeedLock)
    NdisReleaseSpinLock(&Adapter->Lock);
  NdisMSleep(10);

  // After KeLowerIrql(OldIrql), the IRQL is the one saved by the raise.
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Adapter->Pending = 0;
  KeLowerIrql(OldIrql);
  NdisMSleep(10);

  NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
  Adapter->Pending = 0;
  KeLowerIrql(OldIrql);
  NdisWaitEvent(&Adapter->Event, 10);
}

// --- PASSIVE_LEVEL callbacks calling PASSIVE_LEVEL DDIs. ---

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapterEx;
NDIS_STATUS PtUnbindAdapterEx(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  PADAPTER Adapter = (PADAPTER)ProtocolBindingContext;
  NdisWaitEvent(&Adapter->Event, 0);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  return NDIS_STATUS_SUCCESS;
}

FILTER_DETACH FilterDetach;
VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PADAPTER Adapter = (PADAPTER)FilterModuleContext;
  NdisMSleep(1000);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
}

// A helper annotated PASSIVE_LEVEL.
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WaitForIdlePassive(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
}

// --- The PASSIVE_LEVEL work of a DPC goes to work items: registered with
// NdisQueueIoWorkItem (below), or declared with their role typedef. ---

VOID MPWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle) {
  PADAPTER Adapter = (PADAPTER)WorkItemContext;
  NdisMSleep(100);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
}

NDIS_IO_WORKITEM_FUNCTION MPResetWorkItem;
VOID MPResetWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle) {
  PADAPTER Adapter = (PADAPTER)WorkItemContext;
  NdisWaitEvent(&Adapter->Event, 0);
}

// --- DISPATCH_LEVEL callbacks calling DDIs allowed at DISPATCH_LEVEL,
// the pool DDIs under a spin lock, the Dpr and AtDpcLevel acquires. ---

MINIPORT_INTERRUPT_DPC MPInterruptDpc;
VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  PNET_BUFFER_LIST Nbl;

  NdisDprAcquireSpinLock(&Adapter->Lock);
  Nbl = NdisAllocateNetBufferAndNetBufferList(Adapter->NblPool, 0, 0, NULL, 0, 0);
  if (Nbl != NULL)
    NdisFreeNetBufferList(Nbl);
  NdisDprReleaseSpinLock(&Adapter->Lock);

  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  Adapter->Pending++;
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);

  NdisQueueIoWorkItem(Adapter->WorkItem, MPWorkItem, Adapter);
}

NDIS_TIMER_FUNCTION MPTimer;
VOID MPTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
             PVOID SystemSpecific3) {
  PADAPTER Adapter = (PADAPTER)FunctionContext;
  NdisSetEvent(&Adapter->Event);
  NdisQueueIoWorkItem(Adapter->WorkItem, MPResetWorkItem, Adapter);
}

// A pool DDI (<= DISPATCH_LEVEL) under a spin lock, in a PASSIVE_LEVEL
// callback.
MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreeNetBufferListPool(Adapter->NblPool);
  Adapter->NblPool = NULL;
  NdisReleaseSpinLock(&Adapter->Lock);
  return NDIS_STATUS_SUCCESS;
}

// --- Testing the IRQL first, in <= DISPATCH_LEVEL callbacks. ---

MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL Irql;

  if (KeGetCurrentIrql() == PASSIVE_LEVEL)
    NdisMSleep(10);

  Irql = KeGetCurrentIrql();
  if (Irql == PASSIVE_LEVEL)
    NdisWaitEvent(&Adapter->Event, 10);

  if (NDIS_CURRENT_IRQL() > PASSIVE_LEVEL) {
    NdisQueueIoWorkItem(Adapter->WorkItem, MPWorkItem, Adapter);
    return;
  }
  NdisMSleep(10);
}

MINIPORT_OID_REQUEST MPOidRequest;
NDIS_STATUS MPOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (KeGetCurrentIrql() != PASSIVE_LEVEL)
    return NDIS_STATUS_PENDING;
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

// --- Unknown IRQL: nothing is reported. ---

// No role, no annotation, no caller in this file.
VOID UnknownIrql(PADAPTER Adapter) {
  NdisMSleep(10);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

// A role documented at any IRQL: MINIPORT_SHUTDOWN (PASSIVE_LEVEL or, on a
// bug check, high).
MINIPORT_SHUTDOWN MPShutdownEx;
VOID MPShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisMSleep(10);
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// A helper called from a PASSIVE_LEVEL callback and from a function of
// unknown IRQL: its own IRQL is unknown.
static VOID WaitThenLockAtDpc(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

PROTOCOL_NET_PNP_EVENT PtPnpEvent;
NDIS_STATUS PtPnpEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification) {
  WaitThenLockAtDpc((PADAPTER)ProtocolBindingContext);
  return NDIS_STATUS_SUCCESS;
}

VOID CalledFromElsewhere(PADAPTER Adapter) {
  WaitThenLockAtDpc(Adapter);
}

// --- Recursion. ---

static VOID DrainList(PADAPTER Adapter, PNET_BUFFER_LIST Nbl) {
  if (Nbl == NULL)
    return;
  DrainList(Adapter, NET_BUFFER_LIST_NEXT_NBL(Nbl));
  NdisMSleep(1);
}

static VOID Pong(PADAPTER Adapter, int N);

static VOID Ping(PADAPTER Adapter, int N) {
  if (N > 0)
    Pong(Adapter, N - 1);
  NdisMSleep(1);
}

static VOID Pong(PADAPTER Adapter, int N) {
  Ping(Adapter, N);
  NdisWaitEvent(&Adapter->Event, 1);
}

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  DrainList(Adapter, Adapter->FreeList);
  Ping(Adapter, 3);
  return NDIS_STATUS_SUCCESS;
}
