// RUN: %check_ndis_tidy %s ndis-irql %t

// A PASSIVE_LEVEL DDI called under each kind of spin lock irql-locks.c does
// not cover. The acquires that raise give the lock as the IRQL's source;
// the AtDpcLevel ones, which may only be called at DISPATCH_LEVEL, give
// the acquire; the interrupt spin lock raises on to DIRQL.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  KSPIN_LOCK KLock;
  PNDIS_RW_LOCK_EX RwLock;
  EX_SPIN_LOCK ExLock;
  PKINTERRUPT Interrupt;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

VOID WaitUnderRwLockRead(PADAPTER Adapter) {
  LOCK_STATE_EX LockState;
  NdisAcquireRWLockRead(Adapter->RwLock, &LockState, 0);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->RwLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
}

VOID WaitUnderSpinLockForDpc(PADAPTER Adapter) {
  KIRQL OldIrql = KeAcquireSpinLockForDpc(&Adapter->KLock);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: spin lock 'Adapter->KLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  KeReleaseSpinLockForDpc(&Adapter->KLock, OldIrql);
}

VOID WaitUnderQueuedLockForDpc(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLockForDpc(&Adapter->KLock, &LockHandle);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->KLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  KeReleaseInStackQueuedSpinLockForDpc(&LockHandle);
}

VOID FreeUnderExSpinLockExclusive(PADAPTER Adapter) {
  KIRQL OldIrql = ExAcquireSpinLockExclusive(&Adapter->ExLock);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: spin lock 'Adapter->ExLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  ExReleaseSpinLockExclusive(&Adapter->ExLock, OldIrql);
}

VOID FreeUnderExSpinLockShared(PADAPTER Adapter) {
  KIRQL OldIrql = ExAcquireSpinLockShared(&Adapter->ExLock);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: spin lock 'Adapter->ExLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  ExReleaseSpinLockShared(&Adapter->ExLock, OldIrql);
}

VOID FreeUnderExSpinLockSharedAtDpcLevel(PADAPTER Adapter) {
  ExAcquireSpinLockSharedAtDpcLevel(&Adapter->ExLock);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: ExAcquireSpinLockSharedAtDpcLevel here requires DISPATCH_LEVEL, so the IRQL is DISPATCH_LEVEL
  ExReleaseSpinLockSharedFromDpcLevel(&Adapter->ExLock);
}

// The interrupt spin lock holds the IRQL at DIRQL: even a DISPATCH_LEVEL
// DDI is too high there.
VOID SetEventUnderInterruptSpinLock(PADAPTER Adapter) {
  KIRQL OldIrql = KeAcquireInterruptSpinLock(Adapter->Interrupt);
  NdisSetEvent(&Adapter->Event);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisSetEvent must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: the IRQL is raised to DIRQL here by KeAcquireInterruptSpinLock
  KeReleaseInterruptSpinLock(Adapter->Interrupt, OldIrql);
}
