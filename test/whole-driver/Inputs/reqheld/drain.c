/* Called with the adapter's lock held (driver.h). With CORRECT defined
   (the clean test), it releases the lock around the free. */
#include "driver.h"

VOID DrainLocked(PADAPTER Adapter) {
#ifdef CORRECT
  NdisReleaseSpinLock(&Adapter->Lock);
#endif /* CORRECT */
  FreePools(Adapter);
#ifdef CORRECT
  NdisAcquireSpinLock(&Adapter->Lock);
#endif /* CORRECT */
}
