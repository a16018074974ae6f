/* The halt: frees the receive pool, and (CORRECT) the NBLs kept in the
   receive blocks before it. */
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
#endif /* CORRECT */
  NdisFreeNetBufferListPool(A->RecvPool);
}
