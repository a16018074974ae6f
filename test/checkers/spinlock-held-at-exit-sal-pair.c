// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t

// A lock the annotations name and the bodies do not show: entering a read
// side raises the IRQL (the body) and acquires an abstract lock (the
// annotation, as wireguard-nt's RCU read lock); leaving it lowers the IRQL
// and releases that lock. A function that leaves on every path holds
// nothing at its exit; one that returns between the two does.
#include "ndis.h"

extern int ReadSideToken;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(ReadSideToken)
static KIRQL EnterReadSide(VOID) {
  return KeRaiseIrqlToDpcLevel();
}

_IRQL_requires_max_(DISPATCH_LEVEL)
_Releases_lock_(ReadSideToken)
static VOID LeaveReadSide(_In_ _IRQL_restores_ KIRQL OldIrql) {
  KeLowerIrql(OldIrql);
}

typedef struct _ITEM {
  BOOLEAN Closed;
  LONG Flag;
  LONG Counters[2];
  LONG Snapshot;
} ITEM, *PITEM;

// Balanced on every path, with an early return before the read side.
_IRQL_requires_max_(DISPATCH_LEVEL)
static LONG PeekFlag(PITEM Item) {
  KIRQL OldIrql;
  LONG Flag;
  if (Item->Closed)
    return 0;
  OldIrql = EnterReadSide();
  Flag = Item->Flag;
  LeaveReadSide(OldIrql);
  return Flag;
}

LONG ItemPeek(PITEM Item) { return PeekFlag(Item); }

// Balanced, in a helper of a callback.
static VOID SampleCounters(PITEM Item) {
  KIRQL OldIrql = EnterReadSide();
  Item->Snapshot = Item->Counters[0] + Item->Counters[1];
  LeaveReadSide(OldIrql);
}

MINIPORT_HALT ItemHalt;
VOID ItemHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(HaltAction);
  SampleCounters((PITEM)MiniportAdapterContext);
}

// Returns in the read side on one path.
_IRQL_requires_max_(DISPATCH_LEVEL)
static LONG PeekOpenFlag(PITEM Item) {
  KIRQL OldIrql = EnterReadSide();
  if (Item->Closed)
    return 0;
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'PeekOpenFlag' returns with spin lock 'ReadSideToken' still held; none of its callers releases the lock [ndis-spinlock-held-at-exit]
  // CHECK-NOTES: :[[@LINE-4]]:19: note: 'ReadSideToken' is acquired here by EnterReadSide
  LeaveReadSide(OldIrql);
  return Item->Flag;
}

LONG ItemPeekOpen(PITEM Item) { return PeekOpenFlag(Item); }
