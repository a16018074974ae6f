#include "ring.h"

/* The call is part of an if condition, under another if. */
static VOID PostIfPending(RING *Ring, ULONG Pending) {
  if (Pending > 0) {
    if (RingWrite(Ring, 4) != STATUS_SUCCESS)
      return;
  }
}

VOID Poll(RING *Ring) { PostIfPending(Ring, 1); }

/* Its result not tested. */
VOID PostAlways(RING *Ring) { RingWrite(Ring, 8); }
