// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// Annotated lock wrappers used correctly, and annotations that say too
// little to act on: nothing is reported. A conditional acquire (inside
// _When_) is not taken unconditionally; a lock whose acquire does not
// raise to DISPATCH_LEVEL (a resource) is no spin lock; a lock named by
// something the annotation cannot resolve (a subscript, a name that is no
// parameter or global) is left out, and its release makes the IRQL
// unknown; a wrapper whose body is in view is
// followed through its body, not its annotations, and is not reported for
// returning with the lock it is annotated to acquire.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK Locks[2];
  FAST_MUTEX Mutex;
  ERESOURCE Resource;
  NDIS_EVENT Event;
  ULONG Count;
} ADAPTER, *PADAPTER;

_When_(return != 0, _Acquires_lock_(*SpinLock) _IRQL_raises_(DISPATCH_LEVEL))
BOOLEAN DrvTryAcquire(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_Releases_lock_(*SpinLock)
VOID DrvRelease(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_Acquires_exclusive_lock_(*Resource) _IRQL_requires_max_(APC_LEVEL)
VOID DrvLockResource(_Inout_ PERESOURCE Resource);

_Releases_exclusive_lock_(*Resource) _IRQL_requires_max_(APC_LEVEL)
VOID DrvUnlockResource(_Inout_ PERESOURCE Resource);

_Acquires_lock_(Adapter->Locks[0]) _IRQL_raises_(DISPATCH_LEVEL)
VOID DrvLockFirst(_In_ PADAPTER Adapter);

_Releases_lock_(Adapter->Locks[0])
VOID DrvUnlockFirst(_In_ PADAPTER Adapter);

_Acquires_lock_(_Global_lock_) _IRQL_raises_(DISPATCH_LEVEL)
VOID DrvLockGlobal(VOID);

_Releases_lock_(_Global_lock_)
VOID DrvUnlockGlobal(VOID);

_Acquires_lock_(*Mutex) _IRQL_raises_(APC_LEVEL)
_IRQL_saves_global_(OldIrql, Mutex)
VOID DrvAcquireMutex(_Inout_ PFAST_MUTEX Mutex);

_Releases_lock_(*Mutex) _IRQL_restores_global_(OldIrql, Mutex)
VOID DrvReleaseMutex(_Inout_ PFAST_MUTEX Mutex);

_Acquires_lock_(*SpinLock) _IRQL_raises_(DISPATCH_LEVEL)
VOID BodyAcquire(_Inout_ PNDIS_SPIN_LOCK SpinLock) {
  NdisAcquireSpinLock(SpinLock);
}

_Releases_lock_(*SpinLock)
VOID BodyRelease(_Inout_ PNDIS_SPIN_LOCK SpinLock) {
  NdisReleaseSpinLock(SpinLock);
}

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (DrvTryAcquire(&Adapter->Lock)) {
    Adapter->Count++;
    DrvRelease(&Adapter->Lock);
  }
  NdisWaitEvent(&Adapter->Event, 0);

  KeEnterCriticalRegion();
  DrvLockResource(&Adapter->Resource);
  NdisWaitEvent(&Adapter->Event, 0);
  NdisFreePacketPool(Adapter->PacketPool);
  DrvUnlockResource(&Adapter->Resource);
  KeLeaveCriticalRegion();

  // Raised, with no lock named; the release lowers to an unknown IRQL.
  DrvLockFirst(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
  DrvUnlockFirst(Adapter);
  NdisWaitEvent(&Adapter->Event, 0);
  DrvLockGlobal();
  Adapter->Count++;
  DrvUnlockGlobal();

  DrvAcquireMutex(&Adapter->Mutex);
  Adapter->Count++;
  DrvReleaseMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);

  BodyAcquire(&Adapter->Lock);
  Adapter->Count++;
  BodyRelease(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}
