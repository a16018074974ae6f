// RUN: %check_ndis_tidy %s ndis-irql %t

// The IRQL is checked per call site: a helper is entered once per distinct
// calling context, so a PASSIVE_LEVEL DDI in a helper is reported when any
// caller reaches it at DISPATCH_LEVEL, once, with the chain from that
// caller; a caller at PASSIVE_LEVEL or of unknown IRQL does not silence it.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_EVENT Event;
  NDIS_HANDLE PacketPool;
  ULONG Count;
} ADAPTER, *PADAPTER;

// From teardown under the lock, and from an error path without it.
static VOID WaitForWork(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+11]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+11]]:3: note: 'TeardownUnderLock' calls 'WaitForWork' here
}

NDIS_STATUS SetupFails(PADAPTER Adapter) {
  Adapter->Count = 0;
  WaitForWork(Adapter);
  return NDIS_STATUS_RESOURCES;
}

VOID TeardownUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  WaitForWork(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}
