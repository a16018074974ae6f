#include "mp.h"

VOID MPFreeAll(PMP_ADAPTER Adapter) {
#ifdef CORRECT
  MPFreeRxNbls(Adapter);
  NdisFreeNetBufferListPool(Adapter->RxPool);
#else
  NdisFreeNetBufferListPool(Adapter->RxPool);
  MPFreeRxNbls(Adapter);
#endif
}
