/* Uses the wrappers and the helpers of the other files. With CORRECT
   defined (the clean test), correctly: the lock taken through lock.c's
   wrapper is released before the calls into pools.c and config.c. */
#include "driver.h"

VOID SendComplete(PADAPTER Adapter) {
  AdapterLock(Adapter);
#ifndef CORRECT
  FreePools(Adapter);
#endif /* ! CORRECT */
  AdapterUnlock(Adapter);
#ifdef CORRECT
  FreePools(Adapter);
#endif /* CORRECT */
}

VOID Reconfigure(PADAPTER Adapter) {
  AdapterLock(Adapter);
#ifndef CORRECT
  ReadConfiguration(Adapter);
#endif /* ! CORRECT */
  AdapterUnlock(Adapter);
#ifdef CORRECT
  ReadConfiguration(Adapter);
#endif /* CORRECT */
}
