// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// Per-call-site contexts stay precise: a helper whose branch a caller's
// constant argument rules out. (Over the bound of distinct contexts, a
// helper whose callers share no lock, and the callers that pass TRUE to a
// helper releasing the lock only then are in
// pool-free-under-spinlock-call-sites.c, next to the one passing FALSE.)
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  ULONG Count;
} ADAPTER, *PADAPTER;

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

// A helper that releases the lock only for one mode, compared either way
// round, and a caller that passes that mode.
#define UNLOCK_KEEP 1
#define UNLOCK_DROP 2
static VOID UnlockFor(PADAPTER Adapter, ULONG Mode) {
  if (UNLOCK_DROP == Mode)
    NdisReleaseSpinLock(&Adapter->Lock);
}
static VOID UnlockUnless(PADAPTER Adapter, ULONG Mode) {
  if (Mode != UNLOCK_KEEP)
    NdisReleaseSpinLock(&Adapter->Lock);
}
VOID FreeAfterDrop(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UnlockFor(Adapter, UNLOCK_DROP);
  NdisFreePacketPool(Adapter->PacketPool);
}
VOID FreeAfterDropUnless(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UnlockUnless(Adapter, UNLOCK_DROP);
  NdisFreePacketPool(Adapter->PacketPool);
}
