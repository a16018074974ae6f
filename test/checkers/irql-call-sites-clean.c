// RUN: %check_ndis_tidy %s ndis-irql %t

// "Too low" is judged on every context that reaches the call, not per
// call site. A helper told by a flag whether it runs at DISPATCH_LEVEL
// takes its Dpr branch only for callers passing TRUE; a PASSIVE_LEVEL
// caller whose flag is not a constant here (a field, or, with whole-driver
// summaries, a caller in another file, whose constants are not carried)
// would otherwise make the Dpr acquire "certainly below" its level. Seen
// in npcap (Read.c, NPF_TapExForEachOpen under NPF_DoTap).
#define NDIS60_MINIPORT 1
#include "ndis.h"

typedef struct _OPEN {
  NDIS_SPIN_LOCK CountersLock;
  BOOLEAN AtDispatch;
  ULONG Received;
} OPEN, *POPEN;

static VOID CountForEachOpen(POPEN Open, BOOLEAN AtDispatchLevel) {
  if (AtDispatchLevel)
    NdisDprAcquireSpinLock(&Open->CountersLock);
  else
    NdisAcquireSpinLock(&Open->CountersLock);
  Open->Received++;
  if (AtDispatchLevel)
    NdisDprReleaseSpinLock(&Open->CountersLock);
  else
    NdisReleaseSpinLock(&Open->CountersLock);
}

static VOID DoTap(POPEN Open, BOOLEAN AtDispatchLevel) {
  CountForEachOpen(Open, AtDispatchLevel);
}

MINIPORT_HALT TapHalt;
VOID TapHalt(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  POPEN Open = (POPEN)Context;
  DoTap(Open, Open->AtDispatch);
}

MINIPORT_SEND_NET_BUFFER_LISTS TapSend;
VOID TapSend(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls, NDIS_PORT_NUMBER Port, ULONG Flags) {
  DoTap((POPEN)Context, NDIS_TEST_SEND_AT_DISPATCH_LEVEL(Flags));
}
