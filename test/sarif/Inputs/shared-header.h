// A finding in a header that two translation units include
// (run-clang-tidy.test): reported by both, kept once in the SARIF log.
#include "ndis.h"

static VOID ReleaseScratch(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE FilterHandle) {
  NDIS_SHARED_MEMORY_PARAMETERS Params;
  NDIS_HANDLE Scratch = NULL;

  NdisAllocateSharedMemory(MiniportAdapterHandle, &Params, &Scratch);
  NdisFreeSharedMemory(FilterHandle, Scratch);
}
