#include "mp.h"

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  MPFreeAll(Adapter);
  NdisFreeMemory(Adapter, 0, 0);
}
