#include "adapter.h"

/* Sleeps only when asked to reset. */
VOID SelectPort(PADAPTER Adapter, BOOLEAN Reset) {
  Adapter->Port = 1;
  if (Reset) {
    NdisMSleep(100);
  }
}
