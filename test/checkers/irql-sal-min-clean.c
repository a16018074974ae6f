// RUN: %check_ndis_tidy %s ndis-irql %t

// _IRQL_requires_min_(DISPATCH_LEVEL) alone gives no maximum: it is not
// read as "up to DIRQL", which would make every DISPATCH_LEVEL-only DDI in
// the function "too high". With callers all in view and known, their
// contexts give the IRQL; otherwise only what the minimum proves counts.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  ULONG Count;
} ADAPTER, *PADAPTER;

// No caller in view.
_IRQL_requires_min_(DISPATCH_LEVEL)
VOID TouchAtLeastDispatch(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  Adapter->Count++;
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// Its one caller holds a spin lock: DISPATCH_LEVEL.
_IRQL_requires_min_(DISPATCH_LEVEL)
static VOID CountAtLeastDispatch(PADAPTER Adapter) {
  NdisDprAcquireSpinLock(&Adapter->Lock);
  Adapter->Count++;
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

VOID CountUnderLock(PADAPTER Adapter, PNDIS_SPIN_LOCK Other) {
  NdisAcquireSpinLock(Other);
  CountAtLeastDispatch(Adapter);
  NdisReleaseSpinLock(Other);
}
