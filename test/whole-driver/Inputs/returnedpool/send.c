#include "drv.h"

PNET_BUFFER BuildHeader(PADAPTER Adapter) {
  return NdisAllocateNetBuffer(Adapter->NblPool, Adapter->Mdl, 0, 14);
}
