// RUN: %check_ndis_tidy %s ndis-pool-datasize-mismatch %t

// One parameters block reused for two pools, each used as its own DataSize
// wants; and a DataSize that depends on a branch the allocation is not in:
// unknown, so either allocation function is allowed. No report.
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _DS_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE HeaderPool; // DataSize 0
  NDIS_HANDLE CopyPool;   // DataSize 1514
  NDIS_HANDLE TunedPool;  // DataSize 0 or 9014
  BOOLEAN Jumbo;
  PMDL Mdl;
} DS_ADAPTER, *PDS_ADAPTER;

NDIS_STATUS AllocPools(PDS_ADAPTER Adapter) {
  NET_BUFFER_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  Adapter->HeaderPool = NdisAllocateNetBufferPool(Adapter->Handle, &Params);

  Params.DataSize = 1514;
  Adapter->CopyPool = NdisAllocateNetBufferPool(Adapter->Handle, &Params);

  Params.DataSize = 0;
  if (Adapter->Jumbo)
    Params.DataSize = 9014;
  Adapter->TunedPool = NdisAllocateNetBufferPool(Adapter->Handle, &Params);
  if (Adapter->HeaderPool == NULL || Adapter->CopyPool == NULL ||
      Adapter->TunedPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

PNET_BUFFER WrapHeader(PDS_ADAPTER Adapter, ULONG Length) {
  return NdisAllocateNetBuffer(Adapter->HeaderPool, Adapter->Mdl, 0, Length);
}

PNET_BUFFER WrapCopy(PDS_ADAPTER Adapter) {
  return NdisAllocateNetBufferMdlAndData(Adapter->CopyPool);
}

PNET_BUFFER WrapTuned(PDS_ADAPTER Adapter, ULONG Length) {
  if (Adapter->Jumbo)
    return NdisAllocateNetBufferMdlAndData(Adapter->TunedPool);
  return NdisAllocateNetBuffer(Adapter->TunedPool, Adapter->Mdl, 0, Length);
}
