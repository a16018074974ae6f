/* Unbinding frees the pools of bind.c. A protocol's unbind gets no drain
   from NDIS: the NBLs send.c handed to NDIS may still be out. */
#include "prot.h"

NDIS_STATUS ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  POPEN Open = (POPEN)ProtocolBindingContext;
  NdisFreeNetBufferListPool(Open->NblPool);
  NdisFreeNetBufferPool(Open->HeaderPool);
  return NDIS_STATUS_SUCCESS;
}
