#include "ring.h"

NDIS_EVENT Wake;
BOOLEAN Stop;

/* A system thread: at PASSIVE_LEVEL at every NdisWaitEvent, since RingWrite
   lets go of the lock on each of its paths. */
KSTART_ROUTINE Worker;
VOID Worker(PVOID Context) {
  RING *Ring = (RING *)Context;
  while (!Stop) {
    NdisWaitEvent(&Wake, 50);
    if (Ring->Free > 0) {
      if (RingWrite(Ring, 4) != STATUS_SUCCESS)
        continue;
    }
  }
}
