// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit,ndis-spinlock-reacquired %t

// The clean twin of irql-sal-requires-held.c: the lock a function requires
// is released before the free and the wait, and the function returns with
// it held again (its callers' lock), or returns holding it on an early
// return; a lock whose type is no spin lock (a fast mutex) and a lock the
// annotation cannot name (through a pointer field, a subscript, the
// cancel lock's SAL name) are not put in the lock set.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  FAST_MUTEX Mutex;
  NDIS_EVENT Event;
  struct _ADAPTER *Parent;
  NDIS_SPIN_LOCK Locks[2];
} ADAPTER, *PADAPTER;

_Requires_lock_held_(Adapter->Lock)
VOID DrainLocked(_In_ PADAPTER Adapter);

VOID DrainLocked(PADAPTER Adapter) {
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  NdisAcquireSpinLock(&Adapter->Lock);
}

_Requires_lock_held_(Adapter->Lock)
VOID CountLocked(_In_ PADAPTER Adapter) {
  if (Adapter->PacketPool == NULL)
    return;
  Adapter->PacketPool = NULL;
}

// Not a spin lock: nothing in the lock set.
_Requires_lock_held_(Adapter->Mutex)
VOID MutexLocked(_In_ PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}

// Through a pointer field: a lock the annotation names only by its type.
_Requires_lock_held_(Adapter->Parent->Lock)
VOID ParentLocked(_In_ PADAPTER Adapter) {
  NdisReleaseSpinLock(&Adapter->Parent->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  NdisAcquireSpinLock(&Adapter->Parent->Lock);
}

// Spellings the flow does not resolve: a subscript, the kernel's cancel
// lock by its SAL name, nothing at all.
_Requires_lock_held_(Adapter->Locks[0])
VOID SubscriptLocked(_In_ PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}

_Requires_lock_held_(_Global_cancel_spin_lock_)
VOID CancelLocked(_In_ PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}

_Requires_lock_held_()
VOID EmptyLocked(_In_ PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
}

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  DrainLocked(Adapter);
  CountLocked(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
  ExAcquireFastMutex(&Adapter->Mutex);
  MutexLocked(Adapter);
  ExReleaseFastMutex(&Adapter->Mutex);
}
