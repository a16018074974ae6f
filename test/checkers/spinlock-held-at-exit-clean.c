// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t

// Functions that return holding a lock, or raised, on purpose, and
// functions whose every path releases what it took: none is reported.
#include "ndis.h"

typedef struct _QUEUE {
  NDIS_SPIN_LOCK Lock;
  LONG Depth;
} QUEUE, *PQUEUE;

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  QUEUE Queues[4];
  LONG Count;
  BOOLEAN Running;
  KIRQL SavedIrql;
} ADAPTER, *PADAPTER;

// --- A lock helper returns holding the lock on every path: its callers
// release it. So does one that takes a lock passed by pointer. ---

static VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
static VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }
static VOID AcquireLock(PNDIS_SPIN_LOCK L) { NdisAcquireSpinLock(L); }
static VOID ReleaseLock(PNDIS_SPIN_LOCK L) { NdisReleaseSpinLock(L); }

MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNbls;
VOID MPReturnNbls(NDIS_HANDLE MiniportAdapterContext,
                  PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  LockAdapter(Adapter);
  if (!Adapter->Running) {
    UnlockAdapter(Adapter); // a release in a helper
    return;
  }
  Adapter->Count--;
  UnlockAdapter(Adapter);
}

MINIPORT_CANCEL_SEND MPCancelSend;
VOID MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  AcquireLock(&Adapter->Lock);
  Adapter->Count = 0;
  ReleaseLock(&Adapter->Lock);
}

// --- A try-lock: it keeps the lock only when it returns TRUE, and its
// caller releases it then. ---

static BOOLEAN TryLockRunning(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (!Adapter->Running) {
    NdisReleaseSpinLock(&Adapter->Lock);
    return FALSE;
  }
  return TRUE;
}

MINIPORT_SEND_NET_BUFFER_LISTS MPSendNbls;
VOID MPSendNbls(NDIS_HANDLE MiniportAdapterContext,
                PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                ULONG SendFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (!TryLockRunning(Adapter))
    return;
  Adapter->Count++;
  NdisReleaseSpinLock(&Adapter->Lock);
}

// --- Every path releases: early returns, a shared cleanup label, a loop
// that breaks out, both branches of a Dpr/non-Dpr choice. ---

KDEFERRED_ROUTINE MPTimerDpc;
VOID MPTimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  int I;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  if (!Adapter->Running)
    goto Done;
  for (I = 0; I < 4; I++) {
    if (Adapter->Queues[I].Depth == 0)
      break;
    Adapter->Count++;
  }
Done:
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

MINIPORT_OID_REQUEST MPOidRequest;
NDIS_STATUS MPOidRequest(NDIS_HANDLE MiniportAdapterContext,
                         PNDIS_OID_REQUEST OidRequest) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  BOOLEAN Locked = FALSE;
  if (Adapter->Running) {
    KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
    Locked = TRUE;
  }
  Adapter->Count++;
  if (Locked)
    KeReleaseSpinLock(&Adapter->KLock, OldIrql);
  return NDIS_STATUS_SUCCESS;
}

// --- A lock in an array element, released through a pointer to the
// element: the flow cannot tell they are the same lock; it stays silent. ---

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  int I;
  for (I = 0; I < 4; I++) {
    PQUEUE Queue = &Adapter->Queues[I];
    NdisAcquireSpinLock(&Adapter->Queues[I].Lock);
    Queue->Depth = 0;
    NdisReleaseSpinLock(&Queue->Lock);
  }
  return NDIS_STATUS_SUCCESS;
}

// --- The lock is held where the function does not return. ---

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Count < 0)
    KeBugCheckEx(0xE2, 0, 0, 0, 0);
  NdisReleaseSpinLock(&Adapter->Lock);
  return NDIS_STATUS_SUCCESS;
}

// --- A helper with no caller in view may be called from another file with
// its callers releasing; one whose address is taken, from anywhere. ---

VOID ExportedLockIfRunning(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Running)
    return;
  NdisReleaseSpinLock(&Adapter->Lock);
}

// --- The IRQL: raised and lowered on every path; raised by a helper whose
// callers lower it; raised to the level the function already runs at;
// lowered through NDIS_LOWER_IRQL; a function annotated _IRQL_raises_. ---

static VOID RaiseToDispatch(PKIRQL Old) { KeRaiseIrql(DISPATCH_LEVEL, Old); }

_IRQL_raises_(DISPATCH_LEVEL)
static VOID RaiseAdapter(PADAPTER Adapter) {
  KeRaiseIrql(DISPATCH_LEVEL, &Adapter->SavedIrql);
}

static VOID LowerAdapter(PADAPTER Adapter) { KeLowerIrql(Adapter->SavedIrql); }

MINIPORT_HALT MPHalt;
VOID MPHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  RaiseToDispatch(&OldIrql);
  Adapter->Count = 0;
  KeLowerIrql(OldIrql);
  NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
  if (!Adapter->Running) {
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
    return;
  }
  Adapter->Running = FALSE;
  NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
  RaiseAdapter(Adapter);
  Adapter->Count++;
  LowerAdapter(Adapter);
}

MINIPORT_INTERRUPT_DPC MPInterruptDpc;
VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext,
                    PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                    PVOID NdisReserved2) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql); // already there: nothing to undo
  if (!Adapter->Running)
    return;
  Adapter->Count = 0;
  KeLowerIrql(OldIrql);
}
