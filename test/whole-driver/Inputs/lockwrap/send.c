/* Uses the wrappers and the helpers of the other files. */
#include "driver.h"

VOID SendComplete(PADAPTER Adapter) {
  AdapterLock(Adapter);
  FreePools(Adapter);
  AdapterUnlock(Adapter);
}

VOID Reconfigure(PADAPTER Adapter) {
  AdapterLock(Adapter);
  ReadConfiguration(Adapter);
  AdapterUnlock(Adapter);
}
