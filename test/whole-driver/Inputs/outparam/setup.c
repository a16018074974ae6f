/* The receive path's setup: its out-parameter passed on to alloc.c, and
   the initialize callback that asks for the adapter's receive pool. */
#include "driver.h"

MINIPORT_INITIALIZE MPInitializeEx;

NDIS_STATUS SetupRecv(PMP_ADAPTER A, PNDIS_HANDLE PoolOut) {
  return AllocRecv(A, PoolOut);
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE Handle, NDIS_HANDLE Ctx,
                           PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  PMP_ADAPTER A = (PMP_ADAPTER)Ctx;
  UNREFERENCED_PARAMETER(Handle);
  UNREFERENCED_PARAMETER(Params);
  if (AllocSpare(A->Handle, &A->SparePool) != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_RESOURCES;
  return SetupRecv(A, &A->RecvPool);
}
