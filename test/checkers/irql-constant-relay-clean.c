// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT

// A helper with no branch of its own that hands its parameter on: the
// constant its caller passed reaches the callee that tests it. The timer
// (DISPATCH_LEVEL) asks for no reset, directly, through one relay and
// through two, so NdisMSleep is never reached there. (ReactOS dc21x4: a
// timer's DPC selects a port through MediaSelectMiiPort(Adapter, FALSE).)
#include "ndis.h"

typedef struct _ADAPTER {
  ULONG Port;
} ADAPTER, *PADAPTER;

static VOID SelectPort(PADAPTER Adapter, BOOLEAN Reset) {
  Adapter->Port = 1;
  if (Reset) {
    NdisMSleep(100);
  }
}

static VOID SelectPortVia(PADAPTER Adapter, BOOLEAN Reset) {
  SelectPort(Adapter, Reset);
}

static VOID SelectPortViaTwo(PADAPTER Adapter, BOOLEAN Reset) {
  Adapter->Port = 0;
  SelectPortVia(Adapter, Reset);
}

NDIS_TIMER_FUNCTION MonitorTimer;
VOID MonitorTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  PADAPTER Adapter = (PADAPTER)Context;
  SelectPort(Adapter, FALSE);
  SelectPortVia(Adapter, FALSE);
  SelectPortViaTwo(Adapter, FALSE);
}

// At PASSIVE_LEVEL, a reset may sleep.
VOID ResetPort(PADAPTER Adapter) { SelectPortViaTwo(Adapter, TRUE); }
