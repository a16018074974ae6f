// RUN: %check_ndis_tidy %s ndis-spinlock-reacquired %t

// A spin lock taken again where it is already held, on every path: by the
// same function, by a helper called with it held, by a call to a function
// declared _Requires_lock_not_held_ on it, or in a function annotated
// _Requires_lock_held_ on it. The lock must be the very one: the same
// address, from a variable that has not changed since.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK RawLock;
  ULONG Count;
} ADAPTER, *PADAPTER;

NDIS_SPIN_LOCK GlobalLock;

_Requires_lock_not_held_(Adapter->Lock)
VOID TakeAdapterLock(_In_ PADAPTER Adapter);

_Requires_lock_not_held_(*SpinLock)
VOID TakeLock(_In_ PNDIS_SPIN_LOCK SpinLock);

MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNbls;
VOID MPReturnNbls(NDIS_HANDLE MiniportAdapterContext,
                  PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Count > 0)
    Adapter->Count--;
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock acquires spin lock 'Adapter->Lock', which is already held here; spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// The helper takes the lock its caller holds: reported in the helper, the
// notes from the caller's acquire through the call.
static VOID CountUp(PADAPTER A) {
  NdisAcquireSpinLock(&A->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock acquires spin lock 'Adapter->Lock', which is already held here; spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE+10]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+10]]:3: note: 'MPCancelSend' calls 'CountUp' here
  A->Count++;
  NdisReleaseSpinLock(&A->Lock);
}

MINIPORT_CANCEL_SEND MPCancelSend;
VOID MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  NdisAcquireSpinLock(&Adapter->Lock);
  CountUp(Adapter);
  TakeAdapterLock(Adapter);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'TakeAdapterLock' is called while spin lock 'Adapter->Lock' is held, but it is declared _Requires_lock_not_held_(Adapter->Lock); spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  TakeLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'TakeLock' is called while spin lock 'Adapter->Lock' is held, but it is declared _Requires_lock_not_held_(*SpinLock); spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&Adapter->Lock);

  // KeAcquireSpinLock is itself declared _Requires_lock_not_held_: one
  // report, not two.
  KeAcquireSpinLock(&Adapter->RawLock, &OldIrql);
  KeAcquireSpinLockAtDpcLevel(&Adapter->RawLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel acquires spin lock 'Adapter->RawLock', which is already held here; spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->RawLock' is acquired here by KeAcquireSpinLock
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLockFromDpcLevel(&Adapter->RawLock);
  KeReleaseSpinLock(&Adapter->RawLock, OldIrql);

  NdisAcquireSpinLock(&GlobalLock);
  TakeLock(&GlobalLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'TakeLock' is called while spin lock 'GlobalLock' is held, but it is declared _Requires_lock_not_held_(*SpinLock); spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&GlobalLock);
}

// Its callers hold the lock: taking it again deadlocks.
_Requires_lock_held_(Adapter->Lock)
VOID BumpLocked(_In_ PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock acquires spin lock 'Adapter->Lock', which is already held here; spin locks are not recursive, so the processor deadlocks [ndis-spinlock-reacquired]
  // CHECK-NOTES: :[[@LINE-4]]:1: note: 'Adapter->Lock' is held on entry to 'BumpLocked', which is annotated _Requires_lock_held_(Adapter->Lock) here
  Adapter->Count++;
  NdisDprReleaseSpinLock(&Adapter->Lock);
}
