// RUN: %check_ndis_tidy %s ndis-spinlock-reacquired %t

// The clean twin of spinlock-reacquired.c: two locks of one type (two
// adapters), a lock released before it is taken again, a lock held on one
// path only, a pointer that changes between the acquires (hand-over-hand
// locking down a list), a helper called with another adapter, a lock
// reached through a pointer field (which lock, the flow cannot tell), and
// read locks, which may be taken recursively; a lock a function of
// another file may have released.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  PNDIS_SPIN_LOCK SharedLock;
  NDIS_RW_LOCK_EX *RwLock;
  struct _ADAPTER *Next;
  ULONG Count;
} ADAPTER, *PADAPTER;

_Requires_lock_not_held_(Adapter->Lock)
VOID TakeAdapterLock(_In_ PADAPTER Adapter);

// Defined in another file: it may release the lock (and take it again).
VOID UnlockAdapter(PADAPTER Adapter);

static VOID CountUp(PADAPTER A) {
  NdisAcquireSpinLock(&A->Lock);
  A->Count++;
  NdisReleaseSpinLock(&A->Lock);
}

VOID MoveCount(PADAPTER From, PADAPTER To) {
  NdisAcquireSpinLock(&From->Lock);
  NdisAcquireSpinLock(&To->Lock);
  To->Count += From->Count;
  NdisReleaseSpinLock(&To->Lock);
  CountUp(To);
  TakeAdapterLock(To);
  NdisReleaseSpinLock(&From->Lock);
}

VOID Twice(PADAPTER Adapter, BOOLEAN Locked) {
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  if (Locked)
    NdisAcquireSpinLock(&Adapter->Lock);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID ReleasedElsewhere(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  UnlockAdapter(Adapter);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID Walk(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  while (Adapter->Next != NULL) {
    PADAPTER Next = Adapter->Next;
    NdisAcquireSpinLock(&Next->Lock);
    NdisReleaseSpinLock(&Adapter->Lock);
    Adapter = Next;
  }
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID HandOver(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter = Adapter->Next;
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID ThroughPointers(PADAPTER A, PADAPTER B) {
  LOCK_STATE_EX S1, S2;
  NdisAcquireSpinLock(A->SharedLock);
  NdisAcquireSpinLock(B->SharedLock);
  NdisReleaseSpinLock(B->SharedLock);
  NdisReleaseSpinLock(A->SharedLock);
  NdisAcquireRWLockRead(A->RwLock, &S1, 0);
  NdisAcquireRWLockRead(A->RwLock, &S2, 0);
  NdisReleaseRWLock(A->RwLock, &S2);
  NdisReleaseRWLock(A->RwLock, &S1);
}

MINIPORT_CANCEL_SEND MPCancelSend;
VOID MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  CountUp(Adapter->Next);
  NdisReleaseSpinLock(&Adapter->Lock);
  CountUp(Adapter);
  MoveCount(Adapter, Adapter->Next);
}
