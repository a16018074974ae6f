#include "ring.h"

/* The driver's lock wrappers. */
VOID RingLock(RING *Ring) { NdisAcquireSpinLock(&Ring->Lock); }
VOID RingUnlock(RING *Ring) { NdisReleaseSpinLock(&Ring->Lock); }
