#include "drv.h"

VOID FreeAll(PADAPTER Adapter) {
  FreeNblPool(Adapter);
}
