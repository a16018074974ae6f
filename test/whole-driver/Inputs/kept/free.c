#include "mp.h"

VOID MPFreeRxNbls(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_NUM_RX; i++)
    if (Adapter->RxNbls[i] != NULL)
      NdisFreeNetBufferList(Adapter->RxNbls[i]);
}

// Each RCB's NBL, through a pointer to the RCB.
VOID MPFreeRcbs(PMP_ADAPTER Adapter) {
  ULONG i;
  for (i = 0; i < MP_NUM_RX; i++) {
    PMP_RCB Rcb = &Adapter->Rcb[i];
    if (Rcb->Nbl != NULL)
      NdisFreeNetBufferList(Rcb->Nbl);
  }
}
