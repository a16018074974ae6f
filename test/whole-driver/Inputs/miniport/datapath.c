/* The data path: sends, and the DPC. */
#include "miniport.h"

VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                          ULONG SendFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER Nb;
#ifndef CORRECT
  /* The NET_BUFFER_LIST pool of adapter.c, used as a NET_BUFFER pool. */
  Nb = NdisAllocateNetBuffer(Adapter->NblPool, NULL, 0, 0);
#else /* CORRECT */
  /* The NET_BUFFER pool of adapter.c. */
  Nb = NdisAllocateNetBuffer(Adapter->NbPool, NULL, 0, 0);
#endif /* CORRECT */
  if (Nb != NULL)
    NdisFreeNetBuffer(Nb);
  /* A NET_BUFFER_LIST the driver keeps in its context. */
  Adapter->KeptNbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists, 0);
}

VOID MPDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
#ifndef CORRECT
  MPLogState((PMP_ADAPTER)Context);
#else /* CORRECT */
  MPCountDpc((PMP_ADAPTER)Context);
}

/* Frees what the data path keeps: halt.c calls it before the pool goes. */
VOID MPFreeKeptNbls(PMP_ADAPTER Adapter) {
  if (Adapter->KeptNbl != NULL)
    NdisFreeNetBufferList(Adapter->KeptNbl);
#endif /* CORRECT */
}
