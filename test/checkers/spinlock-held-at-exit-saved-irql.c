// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t

// Raises whose saved IRQL is tested, where a path still returns raised:
// never lowered, lowered only where the saved IRQL was DISPATCH_LEVEL
// already (the wrong side of the test), or where it was PASSIVE_LEVEL only.
// Each is reported at the exit the raise reaches unlowered.
#include "ndis.h"

typedef struct _WORKER {
  KDPC Dpc;
  LONG Pending;
} WORKER, *PWORKER;

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickNeverLowers(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  KeInsertQueueDpc(&Worker->Dpc, NULL, NULL);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickNeverLowers' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-5]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickLowersWhenEqual(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql == DISPATCH_LEVEL) {
    KeLowerIrql(OldIrql);
  }
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickLowersWhenEqual' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-7]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickReturnsWhenNotEqual(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (DISPATCH_LEVEL != OldIrql)
    return;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'KickReturnsWhenNotEqual' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-5]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel
  KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickLowersAtOrAbove(PWORKER Worker) {
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Worker->Pending++;
  if (OldIrql >= DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickLowersAtOrAbove' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrql; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-6]]:3: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrql
// CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeRaiseIrql'

// At PASSIVE_LEVEL the raise did raise: not lowering there leaves it
// raised.
static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickLowersAbovePassive(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql != PASSIVE_LEVEL)
    KeLowerIrql(OldIrql);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickLowersAbovePassive' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-6]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel

// The IRQL read before the raise, tested on the wrong side.
static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickCurrentWrongSide(PWORKER Worker) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (Current == DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickCurrentWrongSide' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-6]]:19: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel

// The test is of the first raise's saved IRQL; the second raise is never
// undone.
static
_IRQL_requires_max_(APC_LEVEL)
VOID KickTwice(PWORKER Worker) {
  KIRQL First;
  KeRaiseIrql(APC_LEVEL, &First);
  KIRQL Second = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (First != APC_LEVEL)
    KeLowerIrql(First);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'KickTwice' returns with the IRQL still raised to DISPATCH_LEVEL by KeRaiseIrqlToDpcLevel; none of its callers lowers the IRQL [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-6]]:18: note: the IRQL is raised to DISPATCH_LEVEL here by KeRaiseIrqlToDpcLevel

_IRQL_requires_max_(APC_LEVEL)
VOID NotifyWorker(PWORKER Worker) {
  KickNeverLowers(Worker);
  KickLowersWhenEqual(Worker);
  KickReturnsWhenNotEqual(Worker);
  KickLowersAtOrAbove(Worker);
  KickLowersAbovePassive(Worker);
  KickCurrentWrongSide(Worker);
  KickTwice(Worker);
}
