// The wrappers' parameter annotations come from lockwrap.h, which clangd
// reads from its preamble: the lower restores the IRQL the raise saved.
#include "ndis.h"
#include "lockwrap.h"

_IRQL_requires_(PASSIVE_LEVEL)
VOID QueueTrim(PQUEUE Queue) {
  KIRQL OldIrql;
  QueueRaise(Queue, &OldIrql);
  Queue->Depth = 0;
  QueueLower(Queue, OldIrql);
  NdisMSleep(1);
  QueueRaise(Queue, &OldIrql);
  NdisMSleep(1);
  QueueLower(Queue, OldIrql);
}
