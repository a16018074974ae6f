// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// The locks that are not NDIS or kernel spin locks, and the one that is
// global. ExAcquireFastMutex raises the IRQL to APC_LEVEL until
// ExReleaseFastMutex restores it, but a fast mutex is no spin lock: a pool
// freed under it is no ndis-pool-free-under-spinlock report. Guarded
// mutexes and executive resources leave the IRQL alone; their acquires may
// only be called at <= APC_LEVEL. IoAcquireCancelSpinLock takes the
// kernel's one cancel spin lock, at DISPATCH_LEVEL.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_SPIN_LOCK Lock;
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ERESOURCE Resource;
  NDIS_EVENT Event;
  KDPC Dpc;
  NDIS_WORK_ITEM WorkItem;
} ADAPTER, *PADAPTER;

// The fast mutex held across the wait and the free.
MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE Context,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = Context;
  ExAcquireFastMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at APC_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the IRQL is raised to APC_LEVEL here by ExAcquireFastMutex
  // Not a spin lock: nothing for ndis-pool-free-under-spinlock.
  NdisFreePacketPool(Adapter->PacketPool);
  ExReleaseFastMutex(&Adapter->Mutex);
  // Back at PASSIVE_LEVEL, what the acquire saved.
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

// A fast mutex, a guarded mutex and a resource, taken at DISPATCH_LEVEL.
KDEFERRED_ROUTINE MPDpc;
VOID MPDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  ExAcquireFastMutex(&Adapter->Mutex);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireFastMutex must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:6: note: 'MPDpc' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
  ExReleaseFastMutex(&Adapter->Mutex);
  KeAcquireGuardedMutex(&Adapter->Guarded);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireGuardedMutex must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-8]]:6: note: 'MPDpc' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
  KeReleaseGuardedMutex(&Adapter->Guarded);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeReleaseGuardedMutex must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-11]]:6: note: 'MPDpc' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireResourceSharedLite must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-14]]:6: note: 'MPDpc' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
  // (ExReleaseResourceLite may be called at DISPATCH_LEVEL.)
  ExReleaseResourceLite(&Adapter->Resource);
}

// Under a spin lock, the resource cannot be taken either.
MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KeEnterCriticalRegion();
  NdisAcquireSpinLock(&Adapter->Lock);
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireResourceExclusiveLite must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  ExReleaseResourceLite(&Adapter->Resource);
  NdisReleaseSpinLock(&Adapter->Lock);
  KeLeaveCriticalRegion();
}

// The cancel spin lock: a spin lock, held until IoReleaseCancelSpinLock.
MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL CancelIrql;
  IoAcquireCancelSpinLock(&CancelIrql);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'IoCancelSpinLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'IoCancelSpinLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: 'IoCancelSpinLock' is acquired here by IoAcquireCancelSpinLock
  IoReleaseCancelSpinLock(CancelIrql);
  NdisWaitEvent(&Adapter->Event, 0);
  IoAcquireCancelSpinLock(&CancelIrql);
  if (Adapter->PacketPool == NULL)
    return NDIS_STATUS_FAILURE;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPRestart' returns with spin lock 'IoCancelSpinLock' still held; NDIS calls it as MINIPORT_RESTART and does not release the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'IoCancelSpinLock' is acquired here by IoAcquireCancelSpinLock
  IoReleaseCancelSpinLock(CancelIrql);
  return NDIS_STATUS_SUCCESS;
}

// An NDIS 5 work item's routine runs at PASSIVE_LEVEL.
VOID MPWorkItem(PNDIS_WORK_ITEM WorkItem, PVOID Context) {
  PADAPTER Adapter = (PADAPTER)Context;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock must be called at DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+6]]:3: note: 'MPWorkItem' is registered here as Routine (NDIS_PROC), which runs at PASSIVE_LEVEL
  // CHECK-NOTES: ndis.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'NdisInitializeWorkItem'
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

VOID QueueWork(PADAPTER Adapter) {
  NdisInitializeWorkItem(&Adapter->WorkItem, MPWorkItem, Adapter);
  NdisScheduleWorkItem(&Adapter->WorkItem);
}

// A fast mutex left held on an error path of a callback: the IRQL stays
// at APC_LEVEL (ndis-spinlock-held-at-exit reports the raise; the mutex is
// no spin lock).
MINIPORT_SHUTDOWN MPShutdownEx;
VOID MPShutdownEx(NDIS_HANDLE MiniportAdapterContext,
                  NDIS_SHUTDOWN_ACTION ShutdownAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  ExAcquireFastMutex(&Adapter->Mutex);
  if (Adapter->PacketPool == NULL)
    return;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'MPShutdownEx' returns with the IRQL still raised to APC_LEVEL by ExAcquireFastMutex; NDIS calls it as MINIPORT_SHUTDOWN and does not lower the IRQL [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the IRQL is raised to APC_LEVEL here by ExAcquireFastMutex
  ExReleaseFastMutex(&Adapter->Mutex);
}
