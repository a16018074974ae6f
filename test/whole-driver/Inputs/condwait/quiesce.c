#include "prot.h"

/* Waits for the sends only when asked to. */
VOID PtQuiesce(PBINDING Binding, BOOLEAN Wait) {
  if (Wait)
    NdisWaitEvent(&Binding->SendsDone, 0);
}

/* Waits for one reason only (PT_WHY_RESET is nonzero, but not that one). */
VOID PtDrain(PBINDING Binding, ULONG Why) {
  if (Why == PT_WHY_UNBIND)
    NdisWaitEvent(&Binding->SendsDone, 0);
}
