/* A ring buffer whose lock is taken and let go through the driver's own
   wrappers (lock.c), by a writer in another file (ring.c), for callers in
   others still (post.c, worker.c, tick.c): the shape of openPOWERLINK's
   circbuf_lock/circbuf_unlock, circbuf_writeData and its callers. */
#include "ndis.h"

typedef struct _RING {
  NDIS_SPIN_LOCK Lock;
  ULONG Free;
} RING;

VOID RingLock(RING *Ring);
VOID RingUnlock(RING *Ring);
NTSTATUS RingWrite(RING *Ring, ULONG Size);
VOID Poll(RING *Ring);
VOID PostAlways(RING *Ring);
