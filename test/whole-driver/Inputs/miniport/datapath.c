/* The data path: sends, and the DPC. */
#include "miniport.h"

VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                          ULONG SendFlags) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  PNET_BUFFER Nb;
  /* The NET_BUFFER_LIST pool of adapter.c, used as a NET_BUFFER pool. */
  Nb = NdisAllocateNetBuffer(Adapter->NblPool, NULL, 0, 0);
  if (Nb != NULL)
    NdisFreeNetBuffer(Nb);
  /* A NET_BUFFER_LIST the driver keeps in its context. */
  Adapter->KeptNbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
  NdisMSendNetBufferListsComplete(Adapter->AdapterHandle, NetBufferLists, 0);
}

VOID MPDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  MPLogState((PMP_ADAPTER)Context);
}
