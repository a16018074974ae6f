// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// Locks are checked per call site: a helper is entered once per distinct
// calling context (IRQL, source, locks held, constant arguments), so a
// helper that frees a pool is reported when any caller reaches it holding
// a spin lock on every path, with the note chain from that caller. Other
// callers that hold no lock, or whose state is unknown, do not silence it.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE OtherPool;
  NDIS_HANDLE ManyPool;
  ULONG Count;
} ADAPTER, *PADAPTER;

// Called under the lock from teardown, and without it from an error path:
// reported once, at the free, from the caller that holds the lock.
static VOID FreePackets(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+11]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+11]]:3: note: 'TeardownUnderLock' calls 'FreePackets' here
}

NDIS_STATUS SetupFails(PADAPTER Adapter) {
  Adapter->Count = 0;
  FreePackets(Adapter); // the error path: no lock
  return NDIS_STATUS_RESOURCES;
}

VOID TeardownUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FreePackets(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// The same two callers, one level further down: the contexts propagate to
// the helper's own callee; one finding, at the deepest call.
static VOID FreeOtherInner(PADAPTER Adapter) {
  NdisFreePacketPool(Adapter->OtherPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+14]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+14]]:3: note: 'ResetUnderLock' calls 'FreeOther' here
  // CHECK-NOTES: :[[@LINE+4]]:3: note: 'FreeOther' calls 'FreeOtherInner' here
}

static VOID FreeOther(PADAPTER Adapter) {
  FreeOtherInner(Adapter);
}

VOID ResetWithoutLock(PADAPTER Adapter) {
  FreeOther(Adapter);
}

VOID ResetUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FreeOther(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// A helper that releases the caller's lock only when told to: a caller
// passing FALSE still holds the lock at the free that follows.
static VOID FinishWork(PADAPTER Adapter, BOOLEAN ReleaseLock) {
  Adapter->Count++;
  if (ReleaseLock)
    NdisReleaseSpinLock(&Adapter->Lock);
}

VOID FinishKeepingLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FinishWork(Adapter, FALSE);
  NdisFreePacketPool(Adapter->OtherPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  NdisReleaseSpinLock(&Adapter->Lock);
}

// Passing TRUE, the lock is released before the free: silent.
VOID FinishReleasingLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FinishWork(Adapter, TRUE);
  NdisFreePacketPool(Adapter->OtherPool);
}

// A helper with 20 callers, each holding the adapter lock and a lock of
// its own: 20 distinct contexts, over the bound, so the helper is entered
// once with their merge, as before per-call-site analysis (the lock every
// caller holds), and reported once, from the first caller. The second
// helper is called by each holding its own lock only: the merge holds no
// lock, and it is not reported (a miss the bound accepts).
typedef struct _MANY {
  NDIS_SPIN_LOCK Lock;
  NDIS_SPIN_LOCK L0, L1, L2, L3, L4, L5, L6, L7, L8, L9;
  NDIS_SPIN_LOCK L10, L11, L12, L13, L14, L15, L16, L17, L18, L19;
  NDIS_HANDLE Pool;
  NDIS_HANDLE OwnPool;
} MANY, *PMANY;

static VOID FreeMany(PMANY M) {
  NdisFreePacketPool(M->Pool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'M->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE+7]]:3: note: 'M->Lock' is acquired here by NdisAcquireSpinLock
  // CHECK-NOTES: :[[@LINE+8]]:3: note: 'CallMany0' calls 'FreeMany' here
}
static VOID FreeManyOwn(PMANY M) {
  NdisFreePacketPool(M->OwnPool);
}
VOID CallMany0(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L0);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L0);
}
VOID CallMany1(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L1);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L1);
}
VOID CallMany2(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L2);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L2);
}
VOID CallMany3(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L3);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L3);
}
VOID CallMany4(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L4);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L4);
}
VOID CallMany5(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L5);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L5);
}
VOID CallMany6(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L6);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L6);
}
VOID CallMany7(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L7);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L7);
}
VOID CallMany8(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L8);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L8);
}
VOID CallMany9(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L9);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L9);
}
VOID CallMany10(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L10);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L10);
}
VOID CallMany11(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L11);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L11);
}
VOID CallMany12(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L12);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L12);
}
VOID CallMany13(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L13);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L13);
}
VOID CallMany14(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L14);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L14);
}
VOID CallMany15(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L15);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L15);
}
VOID CallMany16(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L16);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L16);
}
VOID CallMany17(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L17);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L17);
}
VOID CallMany18(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L18);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L18);
}
VOID CallMany19(PMANY M) {
  NdisAcquireSpinLock(&M->Lock);
  NdisAcquireSpinLock(&M->L19);
  FreeMany(M);
  NdisReleaseSpinLock(&M->Lock);
  FreeManyOwn(M);
  NdisReleaseSpinLock(&M->L19);
}

// A helper that releases the lock only for one mode: a caller passing
// another constant (nonzero too) still holds it when it frees the pool;
// one passing that mode does not (and stays silent).
#define UNLOCK_KEEP 1
#define UNLOCK_DROP 2
static VOID UnlockFor(PADAPTER Adapter, ULONG Mode) {
  if (Mode == UNLOCK_DROP)
    NdisReleaseSpinLock(&Adapter->Lock);
}
VOID FreeAfterKeep(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UnlockFor(Adapter, UNLOCK_KEEP);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  UnlockFor(Adapter, UNLOCK_DROP);
}
VOID FreeAfterDrop(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UnlockFor(Adapter, UNLOCK_DROP);
  NdisFreePacketPool(Adapter->PacketPool);
}

// A helper that releases the lock for two modes: a caller passing a third,
// compared with neither, still holds it when it frees the pool.
#define RELEASE_KEEP 3
#define RELEASE_NOW 4
#define RELEASE_DPR 5
static VOID ReleaseFor(PADAPTER Adapter, ULONG Mode) {
  if (Mode == RELEASE_NOW)
    NdisReleaseSpinLock(&Adapter->Lock);
  else if (Mode == RELEASE_DPR)
    NdisDprReleaseSpinLock(&Adapter->Lock);
}
VOID FreeAfterThirdMode(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  ReleaseFor(Adapter, RELEASE_KEEP);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  ReleaseFor(Adapter, RELEASE_NOW);
}
VOID FreeAfterReleaseMode(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  ReleaseFor(Adapter, RELEASE_DPR);
  NdisFreePacketPool(Adapter->PacketPool);
}
// The third mode handed on to a helper that releases for exactly that
// mode: the outer helper's "any other mode" effects cannot speak for it.
static VOID ReleaseInner(PADAPTER Adapter, ULONG Mode) {
  if (Mode == RELEASE_KEEP)
    NdisReleaseSpinLock(&Adapter->Lock);
}
static VOID ReleaseOuter(PADAPTER Adapter, ULONG Mode) {
  if (Mode == RELEASE_NOW)
    NdisReleaseSpinLock(&Adapter->Lock);
  else
    ReleaseInner(Adapter, Mode);
}
VOID FreeAfterPassedOnMode(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  ReleaseOuter(Adapter, RELEASE_KEEP);
  NdisFreePacketPool(Adapter->PacketPool);
}
