// ringdrv.vcxproj's main file: it needs the project's include folder and
// defines, and the ones the WDK's build adds for an x64 driver; its error
// path frees the shared memory with the driver handle (one finding).
#include "ndis.h"
#include "ring.h"

#if !defined(NDIS630_MINIPORT) || !defined(_AMD64_) || !defined(_KERNEL_MODE)
#error the project's or the platform's defines are missing
#endif
#if DBG
#error the Debug configuration was read instead of Release
#endif

typedef struct _ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE RingMemory;
} ADAPTER, *PADAPTER;

NDIS_HANDLE DriverHandle;

NDIS_STATUS SetUpRing(PADAPTER Adapter, BOOLEAN StartFailed) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Length = RING_SIZE;
  Status = NdisAllocateSharedMemory(Adapter->AdapterHandle, &Params,
                                    &Adapter->RingMemory);
  if (Status == NDIS_STATUS_SUCCESS && StartFailed)
    NdisFreeSharedMemory(DriverHandle, Adapter->RingMemory);
  return Status;
}
