// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// NdisFreePacketPool under each kind of spin lock that
// pool-free-under-spinlock.c does not cover: the NDIS read/write locks'
// read side and the NDIS 5 one, the in-stack queued lock taken at
// DISPATCH_LEVEL, the ForDpc forms, the executive reader/writer spin lock
// (EX_SPIN_LOCK) exclusive and shared, at both IRQL forms, and the
// interrupt spin lock.
#include "ndis.h"

typedef struct _ADAPTER {
  KSPIN_LOCK KLock;
  PNDIS_RW_LOCK_EX RwLock;
  NDIS_RW_LOCK Ndis5RwLock;
  EX_SPIN_LOCK ExLock;
  PKINTERRUPT Interrupt;
  NDIS_HANDLE PacketPool;
} ADAPTER, *PADAPTER;

VOID FreeUnderRwLockRead(PADAPTER Adapter) {
  LOCK_STATE_EX LockState;
  NdisAcquireRWLockRead(Adapter->RwLock, &LockState, 0);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->RwLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->RwLock' is acquired here by NdisAcquireRWLockRead
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
}

VOID FreeUnderNdis5RwLock(PADAPTER Adapter) {
  LOCK_STATE LockState;
  NdisAcquireReadWriteLock(&Adapter->Ndis5RwLock, FALSE, &LockState);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Ndis5RwLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->Ndis5RwLock' is acquired here by NdisAcquireReadWriteLock
  NdisReleaseReadWriteLock(&Adapter->Ndis5RwLock, &LockState);
}

VOID FreeUnderQueuedLockAtDpcLevel(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->KLock, &LockHandle);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireInStackQueuedSpinLockAtDpcLevel
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&LockHandle);
}

VOID FreeUnderSpinLockForDpc(PADAPTER Adapter) {
  KIRQL OldIrql = KeAcquireSpinLockForDpc(&Adapter->KLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: 'Adapter->KLock' is acquired here by KeAcquireSpinLockForDpc
  KeReleaseSpinLockForDpc(&Adapter->KLock, OldIrql);
}

VOID FreeUnderQueuedLockForDpc(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLockForDpc(&Adapter->KLock, &LockHandle);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireInStackQueuedSpinLockForDpc
  KeReleaseInStackQueuedSpinLockForDpc(&LockHandle);
}

VOID FreeUnderExSpinLockExclusive(PADAPTER Adapter) {
  KIRQL OldIrql = ExAcquireSpinLockExclusive(&Adapter->ExLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->ExLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: 'Adapter->ExLock' is acquired here by ExAcquireSpinLockExclusive
  ExReleaseSpinLockExclusive(&Adapter->ExLock, OldIrql);
}

VOID FreeUnderExSpinLockShared(PADAPTER Adapter) {
  KIRQL OldIrql;
  OldIrql = ExAcquireSpinLockShared(&Adapter->ExLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->ExLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:13: note: 'Adapter->ExLock' is acquired here by ExAcquireSpinLockShared
  ExReleaseSpinLockShared(&Adapter->ExLock, OldIrql);
}

VOID FreeUnderExSpinLockExclusiveAtDpcLevel(PADAPTER Adapter) {
  ExAcquireSpinLockExclusiveAtDpcLevel(&Adapter->ExLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->ExLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->ExLock' is acquired here by ExAcquireSpinLockExclusiveAtDpcLevel
  ExReleaseSpinLockExclusiveFromDpcLevel(&Adapter->ExLock);
}

VOID FreeUnderExSpinLockSharedAtDpcLevel(PADAPTER Adapter) {
  ExAcquireSpinLockSharedAtDpcLevel(&Adapter->ExLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->ExLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->ExLock' is acquired here by ExAcquireSpinLockSharedAtDpcLevel
  ExReleaseSpinLockSharedFromDpcLevel(&Adapter->ExLock);
}

VOID FreeUnderInterruptSpinLock(PADAPTER Adapter) {
  KIRQL OldIrql = KeAcquireInterruptSpinLock(Adapter->Interrupt);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Interrupt' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: 'Adapter->Interrupt' is acquired here by KeAcquireInterruptSpinLock
  KeReleaseInterruptSpinLock(Adapter->Interrupt, OldIrql);
}
