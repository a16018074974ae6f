/* Uses the wrappers of lock.c and the library's raise. With CORRECT
   defined (the clean test), correctly: the pool is freed and the wait
   made after the lock is released and the IRQL restored. */
#include "driver.h"

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  AdapterLock(Adapter);
#ifndef CORRECT
  NdisFreePacketPool(Adapter->PacketPool);
#endif /* ! CORRECT */
  AdapterUnlock(Adapter);
  LibRaise(&OldIrql);
#ifndef CORRECT
  NdisWaitEvent(&Adapter->Event, 0);
#endif /* ! CORRECT */
  LibLower(OldIrql);
#ifdef CORRECT
  NdisFreePacketPool(Adapter->PacketPool);
  NdisWaitEvent(&Adapter->Event, 0);
#endif /* CORRECT */
}
