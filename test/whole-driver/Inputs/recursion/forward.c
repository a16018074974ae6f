// Forward (here) and Complete (complete.c) call each other, as Open
// vSwitch's OvsOutputForwardingCtx and OvsCompleteNBL do; the free is
// below the cycle, in release.c.
#include "ndis.h"

typedef struct _QUEUE QUEUE, *PQUEUE;
VOID Complete(PQUEUE Queue);

VOID Forward(PQUEUE Queue) {
  Complete(Queue);
}
