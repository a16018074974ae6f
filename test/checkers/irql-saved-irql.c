// RUN: %check_ndis_tidy %s ndis-irql %t

// A PASSIVE_LEVEL DDI on either side of a test of a saved IRQL. Where the
// raise did raise, the raise explains the IRQL; where the test says the
// function was entered at DISPATCH_LEVEL, the raise changed nothing and
// only what explains the entry can: here its annotation. Under a spin lock
// the lock explains DISPATCH_LEVEL, whatever the IRQL before it; an IRQL
// read before the acquire says nothing of the IRQL under it.
#include "ndis.h"

typedef struct _WORKER {
  KSPIN_LOCK Lock;
  LONG Pending;
} WORKER, *PWORKER;

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID SleepWhereRaised(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  if (OldIrql != DISPATCH_LEVEL) {
    NdisMSleep(10);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
    // CHECK-NOTES: :[[@LINE-4]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel
    KeLowerIrql(OldIrql);
  }
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID SleepWhereEntered(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  if (OldIrql == DISPATCH_LEVEL) {
    NdisMSleep(10);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
    // CHECK-NOTES: :[[@LINE-6]]:1: note: 'SleepWhereEntered' is annotated _IRQL_requires_max_(DISPATCH_LEVEL) here
    KeLowerIrql(OldIrql);
    return;
  }
  KeLowerIrql(OldIrql);
}

VOID SleepUnderLockIfWasPassive(PWORKER Worker) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  KeAcquireSpinLock(&Worker->Lock, &OldIrql);
  if (Current == PASSIVE_LEVEL)
    NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: spin lock 'Worker->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Worker->Lock, OldIrql);
}

VOID SleepUnderLockIfWasDispatch(PWORKER Worker) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Worker->Lock, &OldIrql);
  if (OldIrql >= DISPATCH_LEVEL)
    NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: spin lock 'Worker->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Worker->Lock, OldIrql);
}

// The test does not change what OldIrql holds: lowered to it after the
// branches join, the IRQL is the entry's again, up to DISPATCH_LEVEL.
static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID SleepAfterTestAndLower(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  if (OldIrql < DISPATCH_LEVEL)
    Worker->Pending++;
  KeLowerIrql(OldIrql);
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-8]]:1: note: 'SleepAfterTestAndLower' is annotated _IRQL_requires_max_(DISPATCH_LEVEL) here
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NotifyWorker(PWORKER Worker) {
  SleepWhereRaised(Worker);
  SleepWhereEntered(Worker);
  SleepAfterTestAndLower(Worker);
}
