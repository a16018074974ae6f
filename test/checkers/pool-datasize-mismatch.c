// RUN: %check_ndis_tidy %s ndis-pool-datasize-mismatch %t

// NET_BUFFERs allocated with the function that does not fit their pool's
// DataSize, and MdlAndData MDLs freed apart from their NET_BUFFER.
#define NDIS620_MINIPORT 1
#include "ndis.h"

#define MP_RX_BUFFERS 8

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE CopyNbPool;   // DataSize set: MdlAndData only
  NDIS_HANDLE HeaderNbPool; // zeroed parameters: DataSize 0
  NDIS_HANDLE ProbeNbPool;  // `= {0}`: DataSize 0
  PMDL RxMdl;
  PNET_BUFFER RxNb[MP_RX_BUFFERS];
} MP_ADAPTER, *PMP_ADAPTER;

static NDIS_STATUS MPAllocNbPools(PMP_ADAPTER Adapter) {
  NET_BUFFER_POOL_PARAMETERS CopyParams;
  NET_BUFFER_POOL_PARAMETERS HeaderParams;
  NET_BUFFER_POOL_PARAMETERS ProbeParams = {0};

  NdisZeroMemory(&CopyParams, sizeof(CopyParams));
  CopyParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  CopyParams.Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  CopyParams.Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
  CopyParams.PoolTag = 'pCxM';
  CopyParams.DataSize = 1514;
  Adapter->CopyNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                  &CopyParams);

  NdisZeroMemory(&HeaderParams, sizeof(HeaderParams));
  HeaderParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  HeaderParams.PoolTag = 'dHxM';
  Adapter->HeaderNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                    &HeaderParams);

  ProbeParams.PoolTag = 'bPxM';
  Adapter->ProbeNbPool = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle,
                                                   &ProbeParams);
  if (Adapter->CopyNbPool == NULL || Adapter->HeaderNbPool == NULL ||
      Adapter->ProbeNbPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

// NdisAllocateNetBuffer from a pool with a DataSize.
static PNET_BUFFER MPWrapReceive(PMP_ADAPTER Adapter, ULONG Length) {
  return NdisAllocateNetBuffer(Adapter->CopyNbPool, Adapter->RxMdl, 0, Length);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBuffer allocates from 'Adapter->CopyNbPool', a pool created with a non-zero DataSize; such pools need NdisAllocateNetBufferMdlAndData [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-23]]:3: note: the pool's DataSize is set here
  // CHECK-NOTES: :[[@LINE-23]]:25: note: 'Adapter->CopyNbPool' is allocated here by NdisAllocateNetBufferPool
}

// NdisAllocateNetBufferMdlAndData from pools with DataSize 0.
static PNET_BUFFER MPAllocHeader(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBufferMdlAndData(Adapter->HeaderNbPool);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBufferMdlAndData allocates from 'Adapter->HeaderNbPool', a pool created with DataSize 0; NdisAllocateNetBufferMdlAndData needs a pool with a DataSize [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-27]]:3: note: the pool's DataSize is 0 here
  // CHECK-NOTES: ndis.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'NdisZeroMemory'
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'RtlZeroMemory'
  // CHECK-NOTES: :[[@LINE-27]]:27: note: 'Adapter->HeaderNbPool' is allocated here by NdisAllocateNetBufferPool
}

static PNET_BUFFER MPAllocProbe(PMP_ADAPTER Adapter) {
  return NdisAllocateNetBufferMdlAndData(Adapter->ProbeNbPool);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: NdisAllocateNetBufferMdlAndData allocates from 'Adapter->ProbeNbPool', a pool created with DataSize 0; NdisAllocateNetBufferMdlAndData needs a pool with a DataSize [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-47]]:30: note: the pool's DataSize is 0 here
  // CHECK-NOTES: :[[@LINE-30]]:26: note: 'Adapter->ProbeNbPool' is allocated here by NdisAllocateNetBufferPool
}

// The MDL of a MdlAndData NET_BUFFER freed on its own, two ways.
static VOID MPCopyFrame(PMP_ADAPTER Adapter) {
  PNET_BUFFER Nb;

  Nb = NdisAllocateNetBufferMdlAndData(Adapter->CopyNbPool);
  if (Nb == NULL)
    return;
  NdisFreeMdl(Nb->MdlChain);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeMdl frees an MDL of a NET_BUFFER allocated with NdisAllocateNetBufferMdlAndData; that MDL and its data are freed with the NET_BUFFER and must not be freed apart [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-5]]:8: note: the NET_BUFFER and its MDL are allocated together here
  NdisFreeNetBuffer(Nb);
}

static VOID MPCopyFrame2(PMP_ADAPTER Adapter) {
  PNET_BUFFER Nb = NdisAllocateNetBufferMdlAndData(Adapter->CopyNbPool);
  if (Nb == NULL)
    return;
  IoFreeMdl(NET_BUFFER_FIRST_MDL(Nb));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: IoFreeMdl frees an MDL of a NET_BUFFER allocated with NdisAllocateNetBufferMdlAndData; that MDL and its data are freed with the NET_BUFFER and must not be freed apart [ndis-pool-datasize-mismatch]
  // CHECK-NOTES: :[[@LINE-5]]:20: note: the NET_BUFFER and its MDL are allocated together here
  NdisFreeNetBuffer(Nb);
}

// Across functions: the NET_BUFFERs live in the adapter.
static VOID MPFillRing(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_RX_BUFFERS; i++)
    Adapter->RxNb[i] = NdisAllocateNetBufferMdlAndData(Adapter->CopyNbPool);
}

static VOID MPDrainRing(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_RX_BUFFERS; i++) {
    if (Adapter->RxNb[i] == NULL)
      continue;
    NdisFreeMdl(NET_BUFFER_FIRST_MDL(Adapter->RxNb[i]));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisFreeMdl frees an MDL of a NET_BUFFER allocated with NdisAllocateNetBufferMdlAndData; that MDL and its data are freed with the NET_BUFFER and must not be freed apart [ndis-pool-datasize-mismatch]
    // CHECK-NOTES: :[[@LINE-10]]:24: note: the NET_BUFFER and its MDL are allocated together here
    NdisFreeNetBuffer(Adapter->RxNb[i]);
    Adapter->RxNb[i] = NULL;
  }
}
