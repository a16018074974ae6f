// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// The mutexes, resources and the cancel spin lock used correctly: nothing
// is reported. A fast mutex taken and released through the driver's own
// helpers (the release helper lowers its callers' IRQL, so the acquire
// helper's raise is undone); the Unsafe forms inside a critical region at
// PASSIVE_LEVEL; a guarded mutex and a resource, which leave the IRQL at
// PASSIVE_LEVEL; the cancel spin lock released by a Cancel routine that
// did not take it; a fast mutex tried (the raise only on success, which is
// not followed: the IRQL is unknown after its release); an NDIS 5 work
// item's routine calling a PASSIVE_LEVEL DDI; and a driver struct whose
// field is also called Routine, which registers no role.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE PacketPool;
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ERESOURCE Resource;
  NDIS_EVENT Event;
  NDIS_WORK_ITEM WorkItem;
  ULONG Count;
} ADAPTER, *PADAPTER;

typedef struct _MY_JOB {
  VOID (*Routine)(PADAPTER Adapter);
} MY_JOB;

VOID LockAdapter(PADAPTER Adapter) { ExAcquireFastMutex(&Adapter->Mutex); }
VOID UnlockAdapter(PADAPTER Adapter) { ExReleaseFastMutex(&Adapter->Mutex); }

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  LockAdapter(Adapter);
  Adapter->Count = 0;
  UnlockAdapter(Adapter);
  NdisWaitEvent(&Adapter->Event, 0);

  KeEnterCriticalRegion();
  ExAcquireFastMutexUnsafe(&Adapter->Mutex);
  Adapter->Count++;
  ExReleaseFastMutexUnsafe(&Adapter->Mutex);
  KeAcquireGuardedMutex(&Adapter->Guarded);
  NdisWaitEvent(&Adapter->Event, 0);
  KeReleaseGuardedMutex(&Adapter->Guarded);
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  NdisWaitEvent(&Adapter->Event, 0);
  NdisFreePacketPool(Adapter->PacketPool);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();

  if (ExTryToAcquireFastMutex(&Adapter->Mutex)) {
    Adapter->Count++;
    ExReleaseFastMutex(&Adapter->Mutex);
  }
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL CancelIrql;
  ExAcquireFastMutex(&Adapter->Mutex);
  Adapter->Count = 0;
  ExReleaseFastMutex(&Adapter->Mutex);
  IoAcquireCancelSpinLock(&CancelIrql);
  Adapter->Count = 1;
  IoReleaseCancelSpinLock(CancelIrql);
  NdisFreePacketPool(Adapter->PacketPool);
  NdisWaitEvent(&Adapter->Event, 0);
}

DRIVER_CANCEL MPCancel;
VOID MPCancel(PDEVICE_OBJECT DeviceObject, PIRP Irp) {
  IoReleaseCancelSpinLock(Irp->CancelIrql);
}

VOID MPWorkItem(PNDIS_WORK_ITEM WorkItem, PVOID Context) {
  PADAPTER Adapter = (PADAPTER)Context;
  NdisWaitEvent(&Adapter->Event, 0);
}

VOID DpcJob(PADAPTER Adapter) {
  KeAcquireSpinLockAtDpcLevel(&Adapter->Resource.SpinLock);
  Adapter->Count++;
  KeReleaseSpinLockFromDpcLevel(&Adapter->Resource.SpinLock);
}

VOID QueueWork(PADAPTER Adapter, MY_JOB *Job) {
  NdisInitializeWorkItem(&Adapter->WorkItem, MPWorkItem, Adapter);
  NdisScheduleWorkItem(&Adapter->WorkItem);
  Job->Routine = DpcJob;
}
