// ringdrv.vcxproj's file in a subfolder: clean.
#include "ndis.h"
#include "ring.h"

ULONG RingBytes(void) { return RING_SIZE; }
