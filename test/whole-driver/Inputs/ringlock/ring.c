#include "ring.h"

/* Takes the lock and lets it go on both paths (with HELD, on neither: it
   returns holding the lock, and its callers really hold it after it). */
NTSTATUS RingWrite(RING *Ring, ULONG Size) {
  RingLock(Ring);
  if (Ring->Free < Size) {
#ifndef HELD
    RingUnlock(Ring);
#endif
    return STATUS_BUFFER_OVERFLOW;
  }
  Ring->Free -= Size;
#ifndef HELD
  RingUnlock(Ring);
#endif
  return STATUS_SUCCESS;
}
