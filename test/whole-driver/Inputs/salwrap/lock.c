/* The driver's lock wrappers. */
#include "driver.h"

VOID AdapterLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
}

VOID AdapterUnlock(PADAPTER Adapter) {
  NdisReleaseSpinLock(&Adapter->Lock);
}
