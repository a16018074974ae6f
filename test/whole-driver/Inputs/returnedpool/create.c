#include "drv.h"

NDIS_HANDLE CreateNblPool(NDIS_HANDLE Handle) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NdisZeroMemory(&Params, sizeof(Params));
  return NdisAllocateNetBufferListPool(Handle, &Params);
}
