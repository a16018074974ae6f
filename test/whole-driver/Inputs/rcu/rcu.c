/* The read side, and a lookup that leaves it on every path. */
#include "rcu.h"

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(ReadSideToken)
KIRQL EnterReadSide(VOID) {
  return KeRaiseIrqlToDpcLevel();
}

_IRQL_requires_max_(DISPATCH_LEVEL)
_Releases_lock_(ReadSideToken)
VOID LeaveReadSide(_In_ _IRQL_restores_ KIRQL OldIrql) {
  KeLowerIrql(OldIrql);
}

LONG LookupFlag(PITEM Item) {
  KIRQL OldIrql;
  LONG Flag;
  if (Item->Closed)
    return 0;
  OldIrql = EnterReadSide();
  Flag = Item->Flag;
  LeaveReadSide(OldIrql);
  return Flag;
}
