// RUN: %check_ndis_tidy %s ndis-irql %t

// Tests of a saved IRQL that rule out the DISPATCH_LEVEL a raise would
// leave: the raise raised nothing where the saved IRQL was at or above its
// level, and nothing explains the entry's; where the saved IRQL was below
// DISPATCH_LEVEL and the code lowers to it, PASSIVE_LEVEL DDIs are fine.
// None is reported.
#include "ndis.h"

typedef struct _WORKER {
  EX_SPIN_LOCK ExLock;
  LONG Pending;
} WORKER, *PWORKER;

// No annotation, no caller: the entry IRQL is unknown, and on the side the
// test keeps the raise changed nothing.
VOID SleepUnlessRaised(PWORKER Worker) {
  KIRQL OldIrql = KeRaiseIrqlToDpcLevel();
  Worker->Pending++;
  if (OldIrql == DISPATCH_LEVEL) {
    NdisMSleep(10);
    return;
  }
  KeLowerIrql(OldIrql);
  NdisMSleep(10);
}

// Lowered where the saved IRQL is below DISPATCH_LEVEL, then at most APC.
_IRQL_requires_max_(APC_LEVEL)
VOID SleepAfterLowering(PWORKER Worker) {
  KIRQL OldIrql = ExAcquireSpinLockExclusive(&Worker->ExLock);
  Worker->Pending++;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Worker->ExLock);
  if (OldIrql < DISPATCH_LEVEL) {
    KeLowerIrql(OldIrql);
    NdisMSleep(10);
  }
}

// The IRQL read before the raise, after it lowered back to.
_IRQL_requires_max_(APC_LEVEL)
VOID SleepAfterCurrent(PWORKER Worker) {
  KIRQL Current = KeGetCurrentIrql();
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  Worker->Pending++;
  KeLowerIrql(Current);
  NdisMSleep(10);
}
