// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t

// A raise lowered only where the IRQL it saved is below the level it
// raised to (xdp-for-windows' XdpEcNotifyEx: `if (OldIrql !=
// DISPATCH_LEVEL) KeLowerIrql(OldIrql);`). Where the test says the saved
// IRQL is at or above that level, the function was entered there and the
// raise changed nothing: every path returns at the IRQL it was entered at.
// The test in each spelling (`!=`, `==`, either order, `<`, `>=`), on the
// value a raise returned, stored through its out-parameter, or read with
// KeGetCurrentIrql() just before the raise; callers up to DISPATCH_LEVEL
// or unknown. None is reported.
#include "ndis.h"

typedef struct _WORKER {
  KDPC Dpc;
  LONG Pending;
  KSPIN_LOCK Lock;
  EX_SPIN_LOCK ExLock;
} WORKER, *PWORKER;

// --- The returned value against DISPATCH_LEVEL. ---

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickNotEqual(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  KeInsertQueueDpc(&Worker->Dpc, NULL, NULL);
  if (OldIrql != DISPATCH_LEVEL) {
    KeLowerIrql(OldIrql);
  }
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickNotEqualReversed(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (DISPATCH_LEVEL != OldIrql)
    KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickEqualReturns(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql == DISPATCH_LEVEL)
    return;
  KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickEqualElse(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (DISPATCH_LEVEL == OldIrql) {
    Worker->Pending--;
  } else {
    KeLowerIrql(OldIrql);
  }
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickBelow(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql < DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickAtOrAboveReturns(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql >= DISPATCH_LEVEL)
    return;
  KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickLevelAbove(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (DISPATCH_LEVEL > OldIrql)
    KeLowerIrql(OldIrql);
}

// --- The raise inside a branch, as XdpEcNotifyEx has it: the other path
// raises nothing. ---

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NotifyIfArmed(PWORKER Worker, BOOLEAN Armed) {
  if (Armed) {
    KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
    KeInsertQueueDpc(&Worker->Dpc, NULL, NULL);
    if (OldIrql != DISPATCH_LEVEL) {
      KeLowerIrql(OldIrql);
    }
  }
}

// --- The out-parameter of KeRaiseIrql, NDIS_RAISE_IRQL_TO_DISPATCH's
// and NDIS_LOWER_IRQL's test. ---

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickOut(PWORKER Worker) {
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Worker->Pending++;
  if (OldIrql != DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickNdis(PWORKER Worker) {
  KIRQL OldIrql;
  NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
  Worker->Pending++;
  NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
}

// --- The IRQL read before the raise, then the raise's own saved value
// lowered to. ---

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickCurrent(PWORKER Worker) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Worker->Pending++;
  if (Current < DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID KickNdisCurrent(PWORKER Worker) {
  KIRQL Current = NDIS_CURRENT_IRQL();
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (Current == DISPATCH_LEVEL)
    return;
  KeLowerIrql(OldIrql);
}

// --- A raising acquire's saved IRQL: the lock released without lowering,
// then the IRQL lowered as above. ---

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CountUnderLock(PWORKER Worker) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Worker->Lock, &OldIrql);
  Worker->Pending++;
  KeReleaseSpinLockFromDpcLevel(&Worker->Lock);
  if (OldIrql != DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

static
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CountUnderExLock(PWORKER Worker) {
  KIRQL OldIrql = ExAcquireSpinLockExclusive(&Worker->ExLock);
  Worker->Pending++;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Worker->ExLock);
  if (OldIrql < DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID NotifyWorker(PWORKER Worker, BOOLEAN Armed) {
  KickNotEqual(Worker);
  KickNotEqualReversed(Worker);
  KickEqualReturns(Worker);
  KickEqualElse(Worker);
  KickBelow(Worker);
  KickAtOrAboveReturns(Worker);
  KickLevelAbove(Worker);
  NotifyIfArmed(Worker, Armed);
  KickOut(Worker);
  KickNdis(Worker);
  KickCurrent(Worker);
  KickNdisCurrent(Worker);
  CountUnderLock(Worker);
  CountUnderExLock(Worker);
}

// --- Neither the function nor its caller annotated: the entry IRQL is
// unknown, and the test alone says the raise changed nothing. ---

static VOID KickUnknown(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql != DISPATCH_LEVEL)
    KeLowerIrql(OldIrql);
}

static VOID KickUnknownCurrent(PWORKER Worker) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Worker->Pending++;
  if (Current >= DISPATCH_LEVEL)
    return;
  KeLowerIrql(OldIrql);
}

VOID Notify(PWORKER Worker) {
  KickUnknown(Worker);
  KickUnknownCurrent(Worker);
}

// --- A DPC (entered at DISPATCH_LEVEL): the test's other side cannot
// happen. ---

KDEFERRED_ROUTINE WorkerDpc;
VOID WorkerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PWORKER Worker = (PWORKER)Context;
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending = 0;
  if (OldIrql == DISPATCH_LEVEL)
    return;
  KeLowerIrql(OldIrql);
}
