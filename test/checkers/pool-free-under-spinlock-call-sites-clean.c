// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// Per-call-site contexts stay precise: a helper that releases the lock
// only when its argument says so, a caller whose state is unknown, and a
// helper over the bound of distinct contexts whose callers share no lock.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  ULONG Count;
} ADAPTER, *PADAPTER;

// Releases the caller's lock when told to: a caller passing TRUE no longer
// holds it at the free that follows, whatever other callers pass.
static VOID FinishWork(PADAPTER Adapter, BOOLEAN ReleaseLock) {
  Adapter->Count++;
  if (ReleaseLock)
    NdisReleaseSpinLock(&Adapter->Lock);
}

VOID FinishReleasingLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FinishWork(Adapter, TRUE);
  NdisFreePacketPool(Adapter->PacketPool);
}

VOID FinishKeepingLockThenRelease(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FinishWork(Adapter, FALSE);
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// The helper's own branch, by each caller's constant: the caller passing
// TRUE takes the lock's branch away from the free.
static VOID FreeMaybeLocked(PADAPTER Adapter, BOOLEAN Locked) {
  if (Locked)
    NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

VOID FreeFromLocked(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FreeMaybeLocked(Adapter, TRUE);
}

VOID FreeFromUnlocked(PADAPTER Adapter) {
  FreeMaybeLocked(Adapter, FALSE);
}

// Over the bound: 20 callers, each holding a lock of its own and none in
// common; the merge holds no lock.
typedef struct _MANY {
  NDIS_SPIN_LOCK L0, L1, L2, L3, L4, L5, L6, L7, L8, L9;
  NDIS_SPIN_LOCK L10, L11, L12, L13, L14, L15, L16, L17, L18, L19;
  NDIS_HANDLE Pool;
} MANY, *PMANY;

static VOID FreeMany(PMANY M) {
  NdisFreePacketPool(M->Pool);
}
VOID CallMany0(PMANY M) {
  NdisAcquireSpinLock(&M->L0);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L0);
}
VOID CallMany1(PMANY M) {
  NdisAcquireSpinLock(&M->L1);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L1);
}
VOID CallMany2(PMANY M) {
  NdisAcquireSpinLock(&M->L2);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L2);
}
VOID CallMany3(PMANY M) {
  NdisAcquireSpinLock(&M->L3);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L3);
}
VOID CallMany4(PMANY M) {
  NdisAcquireSpinLock(&M->L4);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L4);
}
VOID CallMany5(PMANY M) {
  NdisAcquireSpinLock(&M->L5);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L5);
}
VOID CallMany6(PMANY M) {
  NdisAcquireSpinLock(&M->L6);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L6);
}
VOID CallMany7(PMANY M) {
  NdisAcquireSpinLock(&M->L7);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L7);
}
VOID CallMany8(PMANY M) {
  NdisAcquireSpinLock(&M->L8);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L8);
}
VOID CallMany9(PMANY M) {
  NdisAcquireSpinLock(&M->L9);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L9);
}
VOID CallMany10(PMANY M) {
  NdisAcquireSpinLock(&M->L10);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L10);
}
VOID CallMany11(PMANY M) {
  NdisAcquireSpinLock(&M->L11);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L11);
}
VOID CallMany12(PMANY M) {
  NdisAcquireSpinLock(&M->L12);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L12);
}
VOID CallMany13(PMANY M) {
  NdisAcquireSpinLock(&M->L13);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L13);
}
VOID CallMany14(PMANY M) {
  NdisAcquireSpinLock(&M->L14);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L14);
}
VOID CallMany15(PMANY M) {
  NdisAcquireSpinLock(&M->L15);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L15);
}
VOID CallMany16(PMANY M) {
  NdisAcquireSpinLock(&M->L16);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L16);
}
VOID CallMany17(PMANY M) {
  NdisAcquireSpinLock(&M->L17);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L17);
}
VOID CallMany18(PMANY M) {
  NdisAcquireSpinLock(&M->L18);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L18);
}
VOID CallMany19(PMANY M) {
  NdisAcquireSpinLock(&M->L19);
  FreeMany(M);
  NdisReleaseSpinLock(&M->L19);
}
