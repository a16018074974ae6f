// The driver's own IRQL wrappers, defined in another file: what a call
// does to the IRQL is only in the annotations, some of them on parameters.
typedef struct _QUEUE {
  KSPIN_LOCK Lock;
  ULONG Depth;
} QUEUE, *PQUEUE;

_IRQL_raises_(DISPATCH_LEVEL)
VOID QueueRaise(PQUEUE Queue, _Out_ _IRQL_saves_ PKIRQL OldIrql);

_IRQL_requires_(DISPATCH_LEVEL)
VOID QueueLower(PQUEUE Queue, _In_ _IRQL_restores_ KIRQL OldIrql);
