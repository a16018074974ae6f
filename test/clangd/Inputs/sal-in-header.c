// The definition carries no annotation: the IRQL comes from the prototype
// in adapter.h, which clangd reads from its preamble.
#include "ndis.h"
#include "adapter.h"

VOID ProcessAtDispatch(PADAPTER Adapter) {
  NdisMSleep(1);
}
