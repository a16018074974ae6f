// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// NdisFreePacketPool called while a spin lock is held; its documentation
// requires that the caller hold no spin lock. Every kind of spin lock
// counts, wherever it was taken: in the same function, in a caller, or in
// the driver's own lock helper (the page:
// https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisfreepacketpool).
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  PNDIS_RW_LOCK_EX RwLock;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE RecvPacketPool;
} ADAPTER, *PADAPTER;

NDIS_SPIN_LOCK GlobalLock;
NDIS_HANDLE GlobalPacketPool;

// --- The lock taken in the same function, one test per kind of lock. ---

VOID FreeUnderNdisSpinLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID FreeUnderNdisDprSpinLock(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->Lock' is acquired here by NdisDprAcquireSpinLock
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// KeAcquireSpinLock is the amd64 macro over KeAcquireSpinLockRaiseToDpc.
VOID FreeUnderKeSpinLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireSpinLock
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
}

VOID FreeUnderKeSpinLockAtDpcLevel(PADAPTER Adapter) {
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireSpinLockAtDpcLevel
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

VOID FreeUnderQueuedSpinLock(PADAPTER Adapter) {
  KLOCK_QUEUE_HANDLE LockHandle;
  KeAcquireInStackQueuedSpinLock(&Adapter->KLock, &LockHandle);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireInStackQueuedSpinLock
  KeReleaseInStackQueuedSpinLock(&LockHandle);
}

VOID FreeUnderRWLockWrite(PADAPTER Adapter) {
  LOCK_STATE_EX LockState;
  NdisAcquireRWLockWrite(Adapter->RwLock, &LockState, 0);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->RwLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'Adapter->RwLock' is acquired here by NdisAcquireRWLockWrite
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
}

VOID FreeUnderGlobalLock(VOID) {
  NdisAcquireSpinLock(&GlobalLock);
  NdisFreePacketPool(GlobalPacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'GlobalLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&GlobalLock);
}

// Held on both branches (one Dpr, one not): held at the free.
VOID FreeUnderLockFromBothBranches(PADAPTER Adapter, BOOLEAN DispatchLevel) {
  if (DispatchLevel)
    NdisDprAcquireSpinLock(&Adapter->Lock);
  else
    NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  if (DispatchLevel)
    NdisDprReleaseSpinLock(&Adapter->Lock);
  else
    NdisReleaseSpinLock(&Adapter->Lock);
}

// --- The lock taken in a caller: the warning is at the free in the helper,
// with notes at the acquisition and at each call on the way. ---

static VOID FreePackets(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+5]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+5]]:3: note: 'ResetUnderLock' calls 'FreePackets' here
}

VOID ResetUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FreePackets(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// Two levels: Teardown -> FreeAllPools -> FreeReceivePackets.
static VOID FreeReceivePackets(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->RecvPacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->KLock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+12]]:3: note: 'Adapter->KLock' is acquired here by KeAcquireSpinLock
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  // CHECK-NOTES: :[[@LINE+11]]:3: note: 'Teardown' calls 'FreeAllPools' here
  // CHECK-NOTES: :[[@LINE+4]]:3: note: 'FreeAllPools' calls 'FreeReceivePackets' here
}

static VOID FreeAllPools(PADAPTER Adapter) {
  FreeReceivePackets(Adapter);
}

VOID Teardown(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  FreeAllPools(Adapter);
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
}

// --- The driver's own lock helpers: functions that return holding the
// lock. The notes go down through the helper to the acquiring DDI. ---

VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

VOID FreeAfterLockHelper(PADAPTER Adapter) {
  LockAdapter(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'A->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'FreeAfterLockHelper' calls 'LockAdapter' here
  // CHECK-NOTES: :[[@LINE-8]]:32: note: 'A->Lock' is acquired here by NdisAcquireSpinLock
  UnlockAdapter(Adapter);
}

// A helper over the helper.
VOID LockEverything(PADAPTER A) { LockAdapter(A); }

VOID FreeAfterNestedLockHelper(PADAPTER Adapter) {
  LockEverything(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'A->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'FreeAfterNestedLockHelper' calls 'LockEverything' here
  // CHECK-NOTES: :[[@LINE-7]]:35: note: 'LockEverything' calls 'LockAdapter' here
  // CHECK-NOTES: :[[@LINE-21]]:32: note: 'A->Lock' is acquired here by NdisAcquireSpinLock
  UnlockAdapter(Adapter);
}

// A lock helper in the caller and the free in a helper: the notes go down
// to the acquisition, then along the calls to the free.
static VOID FreeReceivePool(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->RecvPacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'A->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+6]]:3: note: 'FreeInHelperAfterLockHelper' calls 'LockAdapter' here
  // CHECK-NOTES: :[[@LINE-31]]:32: note: 'A->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+5]]:3: note: 'FreeInHelperAfterLockHelper' calls 'FreeReceivePool' here
}

VOID FreeInHelperAfterLockHelper(PADAPTER Adapter) {
  LockAdapter(Adapter);
  FreeReceivePool(Adapter);
  UnlockAdapter(Adapter);
}
