// ringdrv.vcxproj's main file: it needs the project's include folder and
// defines, and the ones the WDK's build adds for an x64 driver; its
// teardown frees the ring with the driver handle (one finding).
#include "ndis.h"
#include "ring.h"

#if !defined(NDIS630_MINIPORT) || !defined(_AMD64_) || !defined(_KERNEL_MODE)
#error the project's or the platform's defines are missing
#endif
#if DBG
#error the Debug configuration was read instead of Release
#endif

NDIS_HANDLE RingDriverHandle;
NDIS_HANDLE RingMiniportHandle;
NDIS_HANDLE RingAllocation;

NDIS_STATUS RingCreate(void) {
  NDIS_SHARED_MEMORY_PARAMETERS RingParams;
  NdisZeroMemory(&RingParams, sizeof(RingParams));
  RingParams.Length = RING_SIZE;
  return NdisAllocateSharedMemory(RingMiniportHandle, &RingParams,
                                  &RingAllocation);
}

void RingDestroy(void) {
  if (RingCreate() != NDIS_STATUS_SUCCESS)
    return;
  NdisFreeSharedMemory(RingDriverHandle, RingAllocation);
}
