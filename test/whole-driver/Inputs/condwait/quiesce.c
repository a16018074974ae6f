#include "prot.h"

/* Waits for the sends only when asked to. */
VOID PtQuiesce(PBINDING Binding, BOOLEAN Wait) {
  if (Wait)
    NdisWaitEvent(&Binding->SendsDone, 0);
}
