// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t

// Functions that return on some path still holding a spin lock they took,
// or with the IRQL they raised: callbacks (NDIS releases nothing after
// them) and helpers none of whose callers releases the lock.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_RW_LOCK_EX *RwLock;
  LONG Count;
  BOOLEAN Running;
} ADAPTER, *PADAPTER;

// --- A callback that returns early without releasing. ---

MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNbls;
VOID MPReturnNbls(NDIS_HANDLE MiniportAdapterContext,
                  PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  if (!Adapter->Running)
    return;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPReturnNbls' returns with spin lock 'Adapter->Lock' still held; NDIS calls it as MINIPORT_RETURN_NET_BUFFER_LISTS and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  Adapter->Count--;
  NdisReleaseSpinLock(&Adapter->Lock);
}

// --- A DPC that falls off its end holding the lock it took on one branch
// and released on the other. ---

KDEFERRED_ROUTINE MPTimerDpc;
VOID MPTimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  if (Adapter->Count > 0) {
    Adapter->Count = 0;
    KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
  } else {
    Adapter->Running = FALSE;
  }
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'MPTimerDpc' returns with spin lock 'Adapter->KLock' still held; NDIS calls it as KDEFERRED_ROUTINE and does not release the lock [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-9]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireSpinLockAtDpcLevel

// --- An in-stack queued lock, released through its handle on one path. ---

MINIPORT_SEND_NET_BUFFER_LISTS MPSendNbls;
VOID MPSendNbls(NDIS_HANDLE MiniportAdapterContext,
                PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                ULONG SendFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLock(&Adapter->KLock, &LockHandle);
  if (NetBufferLists == NULL)
    return;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPSendNbls' returns with spin lock 'Adapter->KLock' still held; NDIS calls it as MINIPORT_SEND_NET_BUFFER_LISTS and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireInStackQueuedSpinLock
  Adapter->Count++;
  KeReleaseInStackQueuedSpinLock(&LockHandle);
}

// --- The lock taken by the driver's own lock helper: the helper is not
// reported (its callers get the lock), the callback that forgets to
// release it is, with a note for the call into the helper. ---

static VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
static VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

MINIPORT_CANCEL_SEND MPCancelSend;
VOID MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  LockAdapter(Adapter);
  if (CancelId == NULL)
    return;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPCancelSend' returns with spin lock 'A->Lock' still held; NDIS calls it as MINIPORT_CANCEL_SEND and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'MPCancelSend' calls 'LockAdapter' here
  // CHECK-NOTES: :[[@LINE-11]]:39: note: 'A->Lock' is acquired here by NdisAcquireSpinLock
  Adapter->Count = 0;
  UnlockAdapter(Adapter);
}

// --- A helper that is no lock helper (it releases on one path only), and
// whose only caller never releases the lock. ---

static BOOLEAN CountIfRunning(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Count > 100)
    return FALSE;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'CountIfRunning' returns with spin lock 'Adapter->Lock' still held; none of its callers releases the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  Adapter->Count++;
  NdisReleaseSpinLock(&Adapter->Lock);
  return TRUE;
}

VOID CountOne(PADAPTER Adapter) {
  if (!CountIfRunning(Adapter))
    Adapter->Running = FALSE;
}

// --- An NDIS read/write lock, on an error path past a goto. ---

MINIPORT_OID_REQUEST MPOidRequest;
NDIS_STATUS MPOidRequest(NDIS_HANDLE MiniportAdapterContext,
                         PNDIS_OID_REQUEST OidRequest) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  LOCK_STATE_EX LockState;
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  NdisAcquireRWLockWrite(Adapter->RwLock, &LockState, 0);
  if (OidRequest->RequestType != NdisRequestSetInformation) {
    Status = NDIS_STATUS_NOT_SUPPORTED;
    goto Exit;
  }
  Adapter->Count++;
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
  return Status;
Exit:
  return Status;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'MPOidRequest' returns with spin lock 'Adapter->RwLock' still held; NDIS calls it as MINIPORT_OID_REQUEST and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-11]]:3: note: 'Adapter->RwLock' is acquired here by NdisAcquireRWLockWrite
}

// --- The IRQL raised and not lowered on an error path. ---

static NDIS_STATUS ResetCounters(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  if (!Adapter->Running)
    return NDIS_STATUS_FAILURE;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'ResetCounters' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrql; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrql
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeRaiseIrql'
  Adapter->Count = 0;
  KeLowerIrql(OldIrql);
  return NDIS_STATUS_SUCCESS;
}

MINIPORT_RESET MPReset;
NDIS_STATUS MPReset(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset) {
  *AddressingReset = FALSE;
  return ResetCounters((PADAPTER)MiniportAdapterContext);
}
