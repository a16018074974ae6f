// RUN: %check_ndis_tidy %s 'ndis-pool-kind-mismatch,ndis-pool-outstanding-buffers,ndis-pool-leak,ndis-unchecked-pool-allocation' %t
// RUN: %check_ndis_tidy --check-suffix=CLEAN %s 'ndis-pool-kind-mismatch,ndis-pool-outstanding-buffers,ndis-pool-leak,ndis-unchecked-pool-allocation' %t -- -DCORRECT

// A helper that allocates a pool into its caller's handle through an
// out-parameter (`*PoolOut = NdisAllocateNetBufferListPool(...)`, or a
// DDI's out-parameter passed on) allocates that kind of pool at each call
// that passes `&X`: X gets the kind, and the items the helper takes from
// `*PoolOut` are items of X's pool. The helper's own test of `*PoolOut`
// is the NULL check, and the handle is the caller's, not a leak. With
// -DCORRECT (the clean twin, which must stay silent) the halt frees the
// kept items first and every pool with its own kind.
#define NDIS60_MINIPORT 1
#define NDIS60 1
#include "ndis.h"

#define MP_RCBS 8

typedef struct _MP_RCB {
  LIST_ENTRY Link;
  PNET_BUFFER_LIST Nbl;
} MP_RCB, *PMP_RCB;

typedef struct _MP_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE RecvPool;
  NDIS_HANDLE PacketPool, BufferPool;
  MP_RCB Rcbs[MP_RCBS];
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;

// Allocates the receive pool into the caller's handle, and an NBL for
// each receive block from it.
static NDIS_STATUS MPAllocRecv(PMP_ADAPTER A, PNDIS_HANDLE PoolOut) {
  NET_BUFFER_LIST_POOL_PARAMETERS P;
  ULONG i;
  NdisZeroMemory(&P, sizeof(P));
  P.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
  P.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  P.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
  P.fAllocateNetBuffer = TRUE;
  *PoolOut = NdisAllocateNetBufferListPool(A->Handle, &P);
  if (!*PoolOut)
    return NDIS_STATUS_RESOURCES;
  for (i = 0; i < MP_RCBS; i++) {
    A->Rcbs[i].Nbl =
        NdisAllocateNetBufferAndNetBufferList(*PoolOut, 0, 0, NULL, 0, 0);
    if (A->Rcbs[i].Nbl == NULL)
      return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}

// An NDIS 5 pair of pools, through the DDIs' own out-parameters.
static NDIS_STATUS MPAllocPools(PNDIS_HANDLE PacketPoolOut,
                                PNDIS_HANDLE BufferPoolOut) {
  NDIS_STATUS Status;
  NdisAllocatePacketPool(&Status, PacketPoolOut, 16, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  NdisAllocateBufferPool(&Status, BufferPoolOut, 16);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreePacketPool(*PacketPoolOut);
    return Status;
  }
  return NDIS_STATUS_SUCCESS;
}

// Through a local, then the out-parameter: also the caller's.
static NDIS_STATUS MPCopyPool(NDIS_HANDLE Owner, PNDIS_HANDLE PoolOut) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferPool(Owner, &Params);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  *PoolOut = Pool;
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE Handle, NDIS_HANDLE Ctx,
                           PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  PMP_ADAPTER A = (PMP_ADAPTER)Ctx;
  NDIS_HANDLE Spare;
  NDIS_STATUS Status = MPAllocRecv(A, &A->RecvPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = MPAllocPools(&A->PacketPool, &A->BufferPool);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = MPCopyPool(Handle, &Spare);
  if (Status == NDIS_STATUS_SUCCESS)
    NdisFreeNetBufferPool(Spare);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE Ctx, NDIS_HALT_ACTION Action) {
  PMP_ADAPTER A = (PMP_ADAPTER)Ctx;
  ULONG i;
#ifdef CORRECT
  for (i = 0; i < MP_RCBS; i++)
    if (A->Rcbs[i].Nbl)
      NdisFreeNetBufferList(A->Rcbs[i].Nbl);
  NdisFreePacketPool(A->PacketPool);
  NdisFreeBufferPool(A->BufferPool);
#else
  NdisFreeBufferPool(A->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeBufferPool frees 'A->PacketPool' as a NDIS_BUFFER pool, but it is a NDIS_PACKET pool; free it with NdisFreePacketPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-21]]:12: note: 'A->PacketPool' is allocated as a NDIS_PACKET pool here by MPAllocPools
  NdisFreePacketPool(A->BufferPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool frees 'A->BufferPool' as a NDIS_PACKET pool, but it is a NDIS_BUFFER pool; free it with NdisFreeBufferPool [ndis-pool-kind-mismatch]
  // CHECK-NOTES: :[[@LINE-24]]:12: note: 'A->BufferPool' is allocated as a NDIS_BUFFER pool here by MPAllocPools
#endif
  NdisFreeNetBufferListPool(A->RecvPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool 'A->RecvPool' during teardown while NET_BUFFER_LISTs allocated from it by other callbacks may still be outstanding [ndis-pool-outstanding-buffers]
  // CHECK-NOTES: :[[@LINE-19]]:6: note: 'MPHaltEx' is a teardown callback (MINIPORT_HALT)
  // CHECK-NOTES: :[[@LINE-32]]:24: note: 'MPInitializeEx' calls 'MPAllocRecv' here
  // CHECK-NOTES: :[[@LINE-71]]:9: note: a NET_BUFFER_LIST is allocated from the pool here by NdisAllocateNetBufferAndNetBufferList, in 'MPAllocRecv'
  // CHECK-NOTES: :[[@LINE-72]]:9: note: and stored in 'A->Rcbs[i].Nbl' here
  // CHECK-NOTES: :[[@LINE-23]]:6: note: nothing on the teardown path of 'MPHaltEx' frees such NET_BUFFER_LISTs or waits for them before the pool is freed
}
