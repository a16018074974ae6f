// Three NdisFreeSharedMemory calls given the wrong NdisHandle (two with a
// fix-it, one without), for the SARIF tests. Line numbers matter: the tests
// in test/sarif/ name them.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMemHandle;
  NDIS_HANDLE RxMemHandle;
} MP_ADAPTER, *PMP_ADAPTER;

NDIS_HANDLE NdisDriverHandle;

NDIS_STATUS InitSharedMemory(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_STATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Status = NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &Params,
                                    &Adapter->SharedMemHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  if (Adapter->SharedMemHandle != NULL)
    NdisFreeSharedMemory(NdisDriverHandle, Adapter->SharedMemHandle);
  return Status;
}

VOID ScratchBuffer(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE FilterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Allocation = NULL;

  NdisZeroMemory(&Params, sizeof(Params));
  if (NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Allocation) !=
      NDIS_STATUS_SUCCESS)
    return;
  /* Größe */ NdisFreeSharedMemory(FilterHandle, Allocation);
}

VOID InnerScope(PMP_ADAPTER Adapter) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  {
    NDIS_HANDLE Owner = Adapter->MiniportAdapterHandle;
    NdisAllocateSharedMemory(Owner, &Params, &Adapter->RxMemHandle);
  }
  NdisFreeSharedMemory(NULL, Adapter->RxMemHandle);
}
