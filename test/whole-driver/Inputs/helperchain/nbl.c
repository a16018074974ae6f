#include "drv.h"

VOID FreeNblPool(PADAPTER Adapter) {
  NdisFreeNetBufferListPool(Adapter->NblPool);
}
