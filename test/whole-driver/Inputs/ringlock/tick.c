#include "ring.h"

/* Two files above the wrappers: Poll and PostAlways hold no lock when they
   return, so the sleep is at PASSIVE_LEVEL. */
VOID Tick(RING *Ring) {
  Poll(Ring);
  PostAlways(Ring);
  NdisMSleep(10);
}

KSTART_ROUTINE Ticker;
VOID Ticker(PVOID Context) { Tick((RING *)Context); }
