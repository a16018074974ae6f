// RUN: %check_ndis_tidy %s ndis-irql %t

// PASSIVE_LEVEL DDIs called where a spin lock or an explicit raise has put
// the IRQL at DISPATCH_LEVEL. None of these functions has a role or an
// annotation: the lock or the raise alone says what the IRQL is, and the
// note shows where.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

// --- Under NdisAcquireSpinLock. ---

VOID FreeSharedMemoryUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
}

NDIS_STATUS AllocateSharedMemoryUnderLock(PADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  NdisAcquireSpinLock(&Adapter->Lock);
  Status = NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params, &Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: NdisAllocateSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
  return Status;
}

VOID SleepUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisMSleep(100);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID WaitUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
}

// --- Under the kernel's spin locks. ---

VOID SleepUnderKeSpinLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->KLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
}

VOID WaitUnderQueuedSpinLock(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLock(&Adapter->KLock, &LockHandle);
  NdisWaitEvent(&Adapter->Event, 10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->KLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  KeReleaseInStackQueuedSpinLock(&LockHandle);
}

// --- After an explicit raise. ---

VOID SleepAfterKeRaiseIrql(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrql
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeRaiseIrql'
  KeLowerIrql(OldIrql);
}

VOID SleepAfterRaiseToDpcLevel(PADAPTER Adapter) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel
  KeLowerIrql(OldIrql);
}

VOID WaitAfterNdisRaise(PADAPTER Adapter) {
  KIRQL OldIrql;
  NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
  NdisWaitEvent(&Adapter->Event, 10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the IRQL is raised to DISPATCH_LEVEL here by NDIS_RAISE_IRQL_TO_DISPATCH
  // CHECK-NOTES: ndis.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'NDIS_RAISE_IRQL_TO_DISPATCH'
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeRaiseIrql'
  KeLowerIrql(OldIrql);
}

// --- A Dpr acquire does not raise the IRQL, but it may only be called at
// DISPATCH_LEVEL: the IRQL is DISPATCH_LEVEL from there on. ---

VOID SleepUnderDprLock(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: NdisDprAcquireSpinLock here requires DISPATCH_LEVEL, so the IRQL is DISPATCH_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Lock);
}
