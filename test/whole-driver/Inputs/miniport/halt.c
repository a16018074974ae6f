/* MiniportHaltEx frees what adapter.c allocated. */
#include "miniport.h"

VOID MPWaitForSends(PMP_ADAPTER Adapter) {
  NdisWaitEvent(&Adapter->SendsDone, 0);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  NdisFreeNetBufferListPool(Adapter->NblPool);
  NdisFreeNetBufferPool(Adapter->NbPool);
  NdisFreeSharedMemory(DriverHandle, Adapter->RingMemory);
}

/* Logs the adapter's state from the registry: PASSIVE_LEVEL only, but the
   DPC of datapath.c calls it. */
VOID MPLogState(PMP_ADAPTER Adapter) {
  NDIS_HANDLE Config;
  NDIS_CONFIGURATION_OBJECT Object;
  Object.NdisHandle = Adapter->AdapterHandle;
  NdisOpenConfigurationEx(&Object, &Config);
}
