// RUN: %check_ndis_tidy %s ndis-irql %t

// A helper called at PASSIVE_LEVEL by one caller and under a spin lock by
// another is entered somewhere in [PASSIVE_LEVEL, DISPATCH_LEVEL]. A test
// that rules out DISPATCH_LEVEL leaves PASSIVE_LEVEL, the one level a caller
// is at below it: the interval's APC_LEVEL is no caller's, and the lock
// that raised to DISPATCH_LEVEL does not explain it. Seen in netvmini
// (vmq.c: `if (NDIS_CURRENT_IRQL() < DISPATCH_LEVEL) FreeAdapterQueueInfo(...)`,
// reached both from a halt path and under the adapter list lock).
#define NDIS60_MINIPORT 1
#include "ndis.h"

typedef struct _QUEUE {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE SharedMemory;
} QUEUE, *PQUEUE;

static VOID FreeQueue(PQUEUE Queue) {
  if (KeGetCurrentIrql() < DISPATCH_LEVEL) {
    NdisFreeSharedMemory(Queue->AdapterHandle, Queue->SharedMemory);
  }
}

MINIPORT_HALT QueueHalt;
VOID QueueHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  FreeQueue((PQUEUE)Context);
}

MINIPORT_RETURN_NET_BUFFER_LISTS QueueReturn;
VOID QueueReturn(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, ULONG Flags) {
  PQUEUE Queue = (PQUEUE)Context;
  NdisAcquireSpinLock(&Queue->Lock);
  FreeQueue(Queue);
  NdisReleaseSpinLock(&Queue->Lock);
}
