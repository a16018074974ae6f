// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// The driver's lock wrappers, seen only as annotated declarations (their
// bodies are in another file): the SAL lock and IRQL annotations say what
// a call does. _Acquires_lock_ with _IRQL_raises_(DISPATCH_LEVEL) takes
// the spin lock its argument names; _Releases_lock_ releases it; a lock
// named through a field (`Adapter->Lock`) is that field whatever the call
// passes; a fast-mutex wrapper (_IRQL_raises_(APC_LEVEL)) raises without
// holding a spin lock; a raise saved through a parameter is restored by a
// function whose parameter is _IRQL_restores_. The notes show the
// wrapper's call as where the lock or the IRQL comes from.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  FAST_MUTEX Mutex;
  ERESOURCE Resource;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

_Acquires_lock_(*SpinLock) _IRQL_raises_(DISPATCH_LEVEL)
VOID DrvAcquire(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_Releases_lock_(*SpinLock) _IRQL_requires_(DISPATCH_LEVEL)
_IRQL_restores_global_(SpinLock, SpinLock)
VOID DrvRelease(_Inout_ PNDIS_SPIN_LOCK SpinLock);

_Acquires_exclusive_lock_(Adapter->Lock) _IRQL_raises_(DISPATCH_LEVEL)
VOID DrvLockAdapter(_In_ PADAPTER Adapter);

_Releases_exclusive_lock_(Adapter->Lock)
VOID DrvUnlockAdapter(_In_ PADAPTER Adapter);

_Acquires_lock_(*Mutex) _IRQL_raises_(APC_LEVEL)
_IRQL_saves_global_(OldIrql, Mutex)
VOID DrvAcquireMutex(_Inout_ PFAST_MUTEX Mutex);

_Releases_lock_(*Mutex) _IRQL_restores_global_(OldIrql, Mutex)
VOID DrvReleaseMutex(_Inout_ PFAST_MUTEX Mutex);

_IRQL_raises_(DISPATCH_LEVEL)
VOID DrvRaise(_Out_ _IRQL_saves_ PKIRQL OldIrql);

VOID DrvLower(_In_ _IRQL_restores_ KIRQL OldIrql);

// May not be called at DISPATCH_LEVEL: releases no spin lock, and leaves
// the IRQL as it is.
_Releases_exclusive_lock_(*Resource) _IRQL_requires_max_(APC_LEVEL)
VOID DrvUnlockResource(_Inout_ PERESOURCE Resource);

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  DrvAcquire(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: 'Adapter->Lock' is acquired here by DrvAcquire
  DrvRelease(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);

  DrvLockAdapter(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->Lock' is acquired here by DrvLockAdapter
  DrvUnlockAdapter(Adapter);
  NdisWaitEvent(&Adapter->Event, 0);

  DrvAcquireMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at APC_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the IRQL is raised to APC_LEVEL here by DrvAcquireMutex
  // Not a spin lock: nothing for ndis-pool-free-under-spinlock.
  NdisFreePacketPool(Adapter->PacketPool);
  DrvReleaseMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);

  DrvRaise(&OldIrql);
  DrvUnlockResource(&Adapter->Resource);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the IRQL is raised to DISPATCH_LEVEL here by DrvRaise
  DrvLower(OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

// Held at the exit of a callback: taken through the annotated wrapper.
MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  DrvLockAdapter(Adapter);
  if (Adapter->PacketPool == NULL)
    return NDIS_STATUS_FAILURE;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPRestart' returns with spin lock 'Adapter->Lock' still held; NDIS calls it as MINIPORT_RESTART and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by DrvLockAdapter
  DrvUnlockAdapter(Adapter);
  return NDIS_STATUS_SUCCESS;
}
