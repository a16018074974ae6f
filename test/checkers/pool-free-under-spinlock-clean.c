// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// Correct code, and code the check does not claim to judge: no warning.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  PNDIS_RW_LOCK_EX RwLock;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
  NDIS_HANDLE NbPool;
  NDIS_HANDLE NblPool;
  LONG Count;
  BOOLEAN Busy;
} ADAPTER, *PADAPTER;

// The lock is released before the free.
VOID ReleasedFirst(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Busy = TRUE;
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// ... on every path.
VOID ReleasedOnEveryPath(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  if (Adapter->Count != 0) {
    NdisReleaseSpinLock(&Adapter->Lock);
    return;
  }
  Adapter->Busy = TRUE;
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// ... whatever the kind of lock (the queued lock is released by its handle,
// the RW lock with its lock state).
VOID EveryKindReleased(PADAPTER Adapter) {
  KIRQL OldIrql;
  KLOCK_QUEUE_HANDLE LockHandle;
  LOCK_STATE_EX LockState;

  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  Adapter->Count = 0;
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
  NdisFreePacketPool(Adapter->PacketPool);

  KeAcquireInStackQueuedSpinLock(&Adapter->KLock, &LockHandle);
  Adapter->Count = 0;
  KeReleaseInStackQueuedSpinLock(&LockHandle);
  NdisFreePacketPool(Adapter->PacketPool);

  NdisAcquireRWLockWrite(Adapter->RwLock, &LockState, 0);
  Adapter->Count = 0;
  NdisReleaseRWLock(Adapter->RwLock, &LockState);
  NdisFreePacketPool(Adapter->PacketPool);

  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  Adapter->Count = 0;
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// Acquired on both branches, released on both branches.
VOID BothBranchesReleased(PADAPTER Adapter, BOOLEAN DispatchLevel) {
  if (DispatchLevel)
    NdisDprAcquireSpinLock(&Adapter->Lock);
  else
    NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Busy = TRUE;
  if (DispatchLevel)
    NdisDprReleaseSpinLock(&Adapter->Lock);
  else
    NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// Taken and released under the same condition.
VOID ConditionalLock(PADAPTER Adapter) {
  if (Adapter->Busy)
    NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Count = 0;
  if (Adapter->Busy)
    NdisReleaseSpinLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// The other pools may be freed at DISPATCH_LEVEL, under a lock: no rule
// forbids it (NdisFreeNetBufferPool and NdisFreeNetBufferListPool say
// "<= DISPATCH_LEVEL", and the NDIS 5.1 NdisFreeBufferPool page states no
// spin-lock rule).
VOID OtherPoolsUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferPool(Adapter->NbPool);
  NdisFreeBufferPool(Adapter->BufferPool);
  NdisReleaseSpinLock(&Adapter->Lock);
}

// Locks taken and released in loops, with break and continue.
VOID LocksInLoops(PADAPTER Adapter) {
  ULONG I;
  for (I = 0; I < 4; I++) {
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Count++;
    NdisReleaseSpinLock(&Adapter->Lock);
    NdisFreePacketPool(Adapter->PacketPool);
  }
  for (;;) {
    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Count == 0) {
      NdisReleaseSpinLock(&Adapter->Lock);
      break;
    }
    Adapter->Count--;
    NdisReleaseSpinLock(&Adapter->Lock);
  }
  NdisFreePacketPool(Adapter->PacketPool);
  while (Adapter->Busy) {
    NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->Count > 0) {
      NdisReleaseSpinLock(&Adapter->Lock);
      continue;
    }
    Adapter->Busy = FALSE;
    NdisReleaseSpinLock(&Adapter->Lock);
  }
  NdisFreePacketPool(Adapter->PacketPool);
}

// The driver's lock and unlock helpers around the locked part.
VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

VOID HelperPair(PADAPTER Adapter) {
  LockAdapter(Adapter);
  Adapter->Busy = TRUE;
  UnlockAdapter(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
}

// A helper that takes and releases the lock itself.
static VOID TouchUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Count = 0;
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID SelfContainedHelper(PADAPTER Adapter) {
  TouchUnderLock(Adapter);
  NdisFreePacketPool(Adapter->PacketPool);
}
