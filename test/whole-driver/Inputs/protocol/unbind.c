/* Unbinding frees the pools of bind.c. A protocol's unbind gets no drain
   from NDIS: the NBLs send.c handed to NDIS may still be out. With CORRECT
   defined, it first waits for them through send.c's wrapper, and logs at
   PASSIVE_LEVEL. */
#include "prot.h"

NDIS_STATUS ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN Open = (POPEN)ProtocolBindingContext;
#ifdef CORRECT
  ProtWaitForSends(Open);
#endif /* CORRECT */
  NdisFreeNetBufferListPool(Open->NblPool);
  NdisFreeNetBufferPool(Open->HeaderPool);
#ifdef CORRECT
  ProtParseFrame(Open, NULL);
#endif /* CORRECT */
  return NDIS_STATUS_SUCCESS;
}
