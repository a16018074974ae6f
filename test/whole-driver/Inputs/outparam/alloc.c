/* Allocates the receive pool into its caller's handle, and an NBL for
   each receive block from it. */
#include "driver.h"

NDIS_STATUS AllocRecv(PMP_ADAPTER A, PNDIS_HANDLE PoolOut) {
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

/* A spare NET_BUFFER_LIST pool, handed back through the out-parameter. */
NDIS_STATUS AllocSpare(NDIS_HANDLE Owner, PNDIS_HANDLE PoolOut) {
  NET_BUFFER_LIST_POOL_PARAMETERS P;
  NdisZeroMemory(&P, sizeof(P));
  P.fAllocateNetBuffer = TRUE;
  *PoolOut = NdisAllocateNetBufferListPool(Owner, &P);
  return *PoolOut ? NDIS_STATUS_SUCCESS : NDIS_STATUS_RESOURCES;
}
