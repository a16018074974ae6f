/* Sleeps between log writes: PASSIVE_LEVEL only. */
#include "prot.h"

VOID ProtLogFrame(POPEN Open) {
  NdisMSleep(10);
}
