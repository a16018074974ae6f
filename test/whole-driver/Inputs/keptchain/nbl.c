#include "mp.h"

VOID MPFreeRxNbls(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_NUM_RX; i++)
    if (Adapter->RxNbls[i] != NULL)
      NdisFreeNetBufferList(Adapter->RxNbls[i]);
}
