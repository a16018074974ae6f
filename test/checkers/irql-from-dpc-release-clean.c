// RUN: %check_ndis_tidy %s ndis-irql %t

// Correct uses of the FromDpcLevel releases: nothing to report.
#include "ndis.h"

typedef struct _PEER {
  EX_SPIN_LOCK Lock;
  KSPIN_LOCK RawLock;
  NDIS_SPIN_LOCK NdisLock;
  ULONG Generation;
} PEER, *PPEER;

// Exclusive to update, then shared to read, without leaving DISPATCH_LEVEL
// in between; the shared release restores what the exclusive acquire saved.
_IRQL_requires_max_(PASSIVE_LEVEL)
ULONG RefreshThenRead(PPEER Peer) {
  KIRQL OldIrql;
  ULONG Generation;
  OldIrql = ExAcquireSpinLockExclusive(&Peer->Lock);
  Peer->Generation++;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Peer->Lock);
  ExAcquireSpinLockSharedAtDpcLevel(&Peer->Lock);
  Generation = Peer->Generation;
  ExReleaseSpinLockShared(&Peer->Lock, OldIrql);
  NdisMSleep(10);
  return Generation;
}

// Taken and released at DPC level: the IRQL is what it was before.
VOID CountAtDpc(PPEER Peer) {
  KeAcquireSpinLockAtDpcLevel(&Peer->RawLock);
  Peer->Generation++;
  KeReleaseSpinLockFromDpcLevel(&Peer->RawLock);
  NdisDprAcquireSpinLock(&Peer->NdisLock);
  Peer->Generation++;
  NdisDprReleaseSpinLock(&Peer->NdisLock);
}

// The same, where the caller's level is not known: nothing is known after
// the release either.
VOID CountThenSleep(PPEER Peer) {
  KeAcquireSpinLockAtDpcLevel(&Peer->RawLock);
  Peer->Generation++;
  KeReleaseSpinLockFromDpcLevel(&Peer->RawLock);
  NdisMSleep(10);
}
