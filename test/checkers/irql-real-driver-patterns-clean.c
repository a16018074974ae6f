// RUN: %check_ndis_tidy %s ndis-irql %t

// Patterns from public NDIS drivers that must stay silent.
#include "ndis.h"

typedef struct _FILTER {
  NDIS_SPIN_LOCK Lock;
  LONG BusySends;
} FILTER, *PFILTER;

// The filter sample's lock macro, given a local that is always FALSE: the
// Dpr branch never runs at PASSIVE_LEVEL.
#define FILTER_ACQUIRE_LOCK(_pLock, DispatchLevel)                             \
  {                                                                            \
    if (DispatchLevel)                                                         \
      NdisDprAcquireSpinLock(_pLock);                                          \
    else                                                                       \
      NdisAcquireSpinLock(_pLock);                                             \
  }
#define FILTER_RELEASE_LOCK(_pLock, DispatchLevel)                             \
  {                                                                            \
    if (DispatchLevel)                                                         \
      NdisDprReleaseSpinLock(_pLock);                                          \
    else                                                                       \
      NdisReleaseSpinLock(_pLock);                                             \
  }

FILTER_DETACH FilterDetach;
VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PFILTER Filter = (PFILTER)FilterModuleContext;
  BOOLEAN bFalse = FALSE;
  FILTER_ACQUIRE_LOCK(&Filter->Lock, bFalse);
  Filter->BusySends = 0;
  FILTER_RELEASE_LOCK(&Filter->Lock, bFalse);
}

// An OID handler (documented <= DISPATCH_LEVEL) whose power path sleeps:
// NDIS sends the power OIDs at PASSIVE_LEVEL, so only a certain violation
// would be reported in a control callback.
static VOID SetPowerLow(PFILTER Filter) {
  while (Filter->BusySends != 0)
    NdisMSleep(1000);
}

MINIPORT_OID_REQUEST MPOidRequest;
NDIS_STATUS MPOidRequest(NDIS_HANDLE MiniportAdapterContext,
                         PNDIS_OID_REQUEST OidRequest) {
  PFILTER Filter = (PFILTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(OidRequest);
  SetPowerLow(Filter);
  return NDIS_STATUS_SUCCESS;
}

// The filter's completion of its own OID request (documented <= DISPATCH_LEVEL,
// as the protocol's is): a control callback, like the request it completes.
// The Hyper-V extension sample's FilterOidRequestComplete undoes a failed
// NIC creation through a helper that sleeps until the switch is ready.
static VOID DeleteNicWhenReady(PFILTER Filter) {
  while (Filter->BusySends != 0)
    NdisMSleep(100);
}

FILTER_OID_REQUEST_COMPLETE FilterOidRequestComplete;
VOID FilterOidRequestComplete(NDIS_HANDLE FilterModuleContext,
                              PNDIS_OID_REQUEST Request, NDIS_STATUS Status) {
  UNREFERENCED_PARAMETER(Request);
  if (Status != NDIS_STATUS_SUCCESS)
    DeleteNicWhenReady((PFILTER)FilterModuleContext);
}

// The same, known only from its registration.
static VOID RegisteredOidRequestComplete(NDIS_HANDLE FilterModuleContext,
                                         PNDIS_OID_REQUEST Request,
                                         NDIS_STATUS Status) {
  UNREFERENCED_PARAMETER(Request);
  if (Status != NDIS_STATUS_SUCCESS)
    DeleteNicWhenReady((PFILTER)FilterModuleContext);
}

VOID RegisterFilterCallbacks(PNDIS_FILTER_DRIVER_CHARACTERISTICS Chars) {
  Chars->OidRequestCompleteHandler = RegisteredOidRequestComplete;
}
