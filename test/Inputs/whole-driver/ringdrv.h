// A three-file miniport for the --whole-driver tests (test/tool/
// whole-driver.test). The helper below is compiled into adapter.c and
// send.c: its finding is reported from both and must be printed once.
// Line numbers matter: the test names them.
#include "ndis.h"

typedef struct _RING_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE FilterHandle;
  NDIS_HANDLE RingMemory;
} RING_ADAPTER, *PRING_ADAPTER;

static VOID RingScratch(PRING_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Scratch = NULL;

  NdisZeroMemory(&Params, sizeof(Params));
  NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params, &Scratch);
  NdisFreeSharedMemory(Adapter->FilterHandle, Scratch);
}

NDIS_STATUS RingAllocate(PRING_ADAPTER Adapter);
VOID RingFree(PRING_ADAPTER Adapter);
