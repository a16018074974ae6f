#include "drv.h"

VOID MPSend(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, NDIS_PORT_NUMBER Port,
            ULONG Flags) {
  PADAPTER Adapter = (PADAPTER)Context;
  Adapter->Kept = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
}
