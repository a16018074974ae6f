#include "adapter.h"

/* Called only from other files: its call has its callers' state, and
   passes the constant its callers passed it. */
VOID SelectPortVia(PADAPTER Adapter, BOOLEAN Reset) {
  SelectPort(Adapter, Reset);
}

/* A constant of its own, in the state its callers give it. */
VOID SelectPortQuietly(PADAPTER Adapter) {
  SelectPort(Adapter, FALSE);
}
