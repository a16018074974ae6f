// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT

// irql-constant-relay-clean.c with a timer that asks for a reset through
// the relays: that context reaches the sleep; the ones that pass FALSE
// do not.
#include "ndis.h"

typedef struct _ADAPTER {
  ULONG Port;
} ADAPTER, *PADAPTER;

static VOID SelectPort(PADAPTER Adapter, BOOLEAN Reset) {
  Adapter->Port = 1;
  if (Reset) {
    NdisMSleep(100);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
    // CHECK-NOTES: :[[@LINE+16]]:6: note: 'ResetTimer' is declared as NDIS_TIMER_FUNCTION, which runs at DISPATCH_LEVEL
    // CHECK-NOTES: :[[@LINE+16]]:3: note: 'ResetTimer' calls 'SelectPortVia' here
    // CHECK-NOTES: :[[@LINE+5]]:3: note: 'SelectPortVia' calls 'SelectPort' here
  }
}

static VOID SelectPortVia(PADAPTER Adapter, BOOLEAN Reset) {
  SelectPort(Adapter, Reset);
}

NDIS_TIMER_FUNCTION MonitorTimer;
VOID MonitorTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  SelectPortVia((PADAPTER)Context, FALSE);
}

NDIS_TIMER_FUNCTION ResetTimer;
VOID ResetTimer(PVOID S1, PVOID Context, PVOID S2, PVOID S3) {
  SelectPortVia((PADAPTER)Context, TRUE);
}
