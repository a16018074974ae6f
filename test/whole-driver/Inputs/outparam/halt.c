/* The halt: frees the pools, and (CORRECT) the NBLs kept in the receive
   blocks before the receive pool, and the spare pool as the kind it is. */
#include "driver.h"

MINIPORT_HALT MPHaltEx;

VOID MPHaltEx(NDIS_HANDLE Ctx, NDIS_HALT_ACTION Action) {
  PMP_ADAPTER A = (PMP_ADAPTER)Ctx;
  UNREFERENCED_PARAMETER(Action);
#ifdef CORRECT
  {
    ULONG i;
    for (i = 0; i < MP_RCBS; i++)
      if (A->Rcbs[i].Nbl)
        NdisFreeNetBufferList(A->Rcbs[i].Nbl);
  }
  NdisFreeNetBufferListPool(A->SparePool);
#else
  NdisFreeNetBufferPool(A->SparePool);
#endif /* CORRECT */
  NdisFreeNetBufferListPool(A->RecvPool);
}
