// The adapter's setup: allocates the ring (init.c) and uses the helper.
#include "ringdrv.h"

NDIS_STATUS RingInitialize(PRING_ADAPTER Adapter) {
  NDIS_STATUS Status = RingAllocate(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  RingScratch(Adapter);
  return NDIS_STATUS_SUCCESS;
}
