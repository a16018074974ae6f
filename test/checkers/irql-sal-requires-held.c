// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// _Requires_lock_held_ on a function's declaration: its callers hold the
// spin lock when they call it, so its body runs with the lock in the lock
// set and at DISPATCH_LEVEL, whether or not a caller is in view. The notes
// point at the annotation. Returning with the lock still held is what its
// callers expect (they own the lock): no ndis-spinlock-held-at-exit.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK RawLock;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

// Declared as a header would, defined below without the annotation.
_Requires_lock_held_(Adapter->Lock)
VOID DrainLocked(_In_ PADAPTER Adapter);

VOID DrainLocked(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-6]]:1: note: 'Adapter->Lock' is held on entry to 'DrainLocked', which is annotated _Requires_lock_held_(Adapter->Lock) here
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-9]]:1: note: 'DrainLocked' is annotated _Requires_lock_held_(Adapter->Lock) here: the spin lock is held, and the IRQL is DISPATCH_LEVEL, on entry
}

// The lock a parameter points to; the annotation on the parameter itself.
VOID FlushLocked(_In_ PADAPTER Adapter,
                 _Requires_lock_held_(*SpinLock) PKSPIN_LOCK SpinLock) {
  if (Adapter->PacketPool != NULL)
    return; // still held: the caller's to release
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'SpinLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-5]]:18: note: 'SpinLock' is held on entry to 'FlushLocked', which is annotated _Requires_lock_held_(*SpinLock) here
}

// Released inside, for the wait, and taken again before returning, as its
// callers expect: the wait is at the caller's IRQL (unknown here), the free
// after the re-acquire is under the lock again.
_Requires_lock_held_(Adapter->Lock)
VOID WaitUnlocked(_In_ PADAPTER Adapter) {
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
}

// With its callers in view, the entry state is theirs, and so are the
// notes: the lock the callback takes, and the call.
_Requires_lock_held_(Adapter->Lock)
VOID FreeLocked(_In_ PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+7]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+7]]:3: note: 'MPHaltEx' calls 'FreeLocked' here
}

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  FreeLocked(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}
