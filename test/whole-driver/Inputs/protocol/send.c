/* Sends, and the wait for them. */
#include "prot.h"

VOID ProtSendFrame(POPEN Open) {
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferAndNetBufferList(Open->NblPool, 0, 0, NULL, 0, 0);
  PNET_BUFFER Header;
  if (Nbl == NULL)
    return;
#ifndef CORRECT
  /* A NET_BUFFER from a pool with a DataSize, allocated without its data. */
  Header = NdisAllocateNetBuffer(Open->HeaderPool, NULL, 0, 0);
#else /* CORRECT */
  /* A NET_BUFFER from a pool with a DataSize, allocated with its data. */
  Header = NdisAllocateNetBufferMdlAndData(Open->HeaderPool);
#endif /* CORRECT */
  if (Header != NULL)
    NdisFreeNetBuffer(Header);
  NdisInterlockedIncrement(&Open->PendingSends);
  NdisSendNetBufferLists(Open->BindingHandle, Nbl, 0, 0);
}

VOID ProtWaitForSends(POPEN Open) {
  NdisWaitEvent(&Open->SendsDone, 0);
}
