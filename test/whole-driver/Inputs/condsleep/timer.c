#include "adapter.h"

VOID SelectPortQuietly(PADAPTER Adapter);

#ifndef RESET
#define RESET FALSE
#endif

NDIS_TIMER_FUNCTION MonitorTimer;

/* Runs at DISPATCH_LEVEL: SelectPort sleeps only if RESET is true. */
VOID MonitorTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  PADAPTER Adapter = (PADAPTER)Context;
  SelectPort(Adapter, RESET);
  SelectPortVia(Adapter, FALSE);
  SelectPortQuietly(Adapter);
}
