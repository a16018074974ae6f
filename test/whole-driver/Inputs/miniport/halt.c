/* MiniportHaltEx frees what adapter.c allocated. */
#include "miniport.h"

VOID MPWaitForSends(PMP_ADAPTER Adapter) {
  NdisWaitEvent(&Adapter->SendsDone, 0);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
#ifdef CORRECT
  MPFreeKeptNbls(Adapter);
#endif /* CORRECT */
  NdisFreeNetBufferListPool(Adapter->NblPool);
#ifdef CORRECT
  NdisFreeNetBufferListPool(Adapter->HeaderPool);
#endif /* CORRECT */
  NdisFreeNetBufferPool(Adapter->NbPool);
#ifndef CORRECT
  NdisFreeSharedMemory(DriverHandle, Adapter->RingMemory);
#else /* CORRECT */
  NdisFreeSharedMemory(Adapter->AdapterHandle, Adapter->RingMemory);
#endif /* CORRECT */
}

#ifndef CORRECT
/* Logs the adapter's state from the registry: PASSIVE_LEVEL only, but the
   DPC of datapath.c calls it. */
#else /* CORRECT */
VOID MPCountDpc(PMP_ADAPTER Adapter) {
  NdisInterlockedIncrement(&Adapter->DpcCount);
}

/* Logs the adapter's state from the registry: PASSIVE_LEVEL only, and only
   MiniportInitializeEx calls it. */
#endif /* CORRECT */
VOID MPLogState(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Config;
  NDIS_CONFIGURATION_OBJECT Object;
  Object.NdisHandle = Adapter->AdapterHandle;
  NdisOpenConfigurationEx(&Object, &Config);
}
