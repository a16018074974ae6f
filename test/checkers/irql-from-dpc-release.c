// RUN: %check_ndis_tidy %s ndis-irql %t

// A FromDpcLevel release leaves the IRQL where it is. After an acquire
// that raised to DISPATCH_LEVEL (ExAcquireSpinLockExclusive,
// KeAcquireSpinLock), the IRQL stays at DISPATCH_LEVEL until the call
// that restores the saved IRQL: a PASSIVE_LEVEL DDI before that call is
// reported, and a DPC-level acquire there is correct
// (irql-from-dpc-release-clean.c).
#include "ndis.h"

typedef struct _PEER {
  EX_SPIN_LOCK Lock;
  KSPIN_LOCK RawLock;
  NDIS_EVENT Event;
  ULONG Generation;
} PEER, *PPEER;

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID RefreshAndWait(PPEER Peer) {
  KIRQL OldIrql;
  OldIrql = ExAcquireSpinLockExclusive(&Peer->Lock);
  Peer->Generation++;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Peer->Lock);
  NdisWaitEvent(&Peer->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-5]]:13: note: spin lock 'Peer->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  KeLowerIrql(OldIrql);
  NdisWaitEvent(&Peer->Event, 0);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID CountAndSleep(PPEER Peer) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Peer->RawLock, &OldIrql);
  Peer->Generation++;
  KeReleaseSpinLockFromDpcLevel(&Peer->RawLock);
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: spin lock 'Peer->RawLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeLowerIrql(OldIrql);
  NdisMSleep(10);
}
