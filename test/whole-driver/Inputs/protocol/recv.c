/* The receive path: at DISPATCH_LEVEL or below. */
#include "prot.h"

VOID ProtReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                 ULONG ReceiveFlags) {
#ifndef CORRECT
  ProtParseFrame((POPEN)ProtocolBindingContext, NetBufferLists);
#else /* CORRECT */
  /* Nothing here that must run at PASSIVE_LEVEL. */
  UNREFERENCED_PARAMETER(NetBufferLists);
#endif /* CORRECT */
}
