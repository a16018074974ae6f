/* Uses the wrappers and the helpers of the other files, correctly: the
   lock taken through lock.c's wrapper is released before the calls into
   pools.c and config.c. */
#include "driver.h"

VOID SendComplete(PADAPTER Adapter) {
  AdapterLock(Adapter);
  AdapterUnlock(Adapter);
  FreePools(Adapter);
}

VOID Reconfigure(PADAPTER Adapter) {
  AdapterLock(Adapter);
  AdapterUnlock(Adapter);
  ReadConfiguration(Adapter);
}
