/* Unbinding waits, through send.c's wrapper, for the NBLs send.c handed to
   NDIS, then frees the pools of bind.c; and logs at PASSIVE_LEVEL. */
#include "prot.h"

NDIS_STATUS ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN Open = (POPEN)ProtocolBindingContext;
  ProtWaitForSends(Open);
  NdisFreeNetBufferListPool(Open->NblPool);
  NdisFreeNetBufferPool(Open->HeaderPool);
  ProtParseFrame(Open, NULL);
  return NDIS_STATUS_SUCCESS;
}
