// RUN: %check_ndis_tidy %s ndis-irql %t

// The driver's own wrappers around locks and the IRQL, as drivers write
// them: a lock passed by pointer, a lock helper that takes "am I at
// DISPATCH_LEVEL?" as a parameter, a raise/restore pair annotated with SAL,
// the NDIS_LOWER_IRQL macro, and a lock released through a local pointer
// to it. Each is used correctly from a PASSIVE_LEVEL callback; only
// MPPause has a bug (a wait under the lock taken through the wrapper).
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
  LONG Pending;
} ADAPTER, *PADAPTER;

VOID AcquireLock(PNDIS_SPIN_LOCK SpinLock) {
  NdisAcquireSpinLock(SpinLock);
}

VOID ReleaseLock(PNDIS_SPIN_LOCK SpinLock) {
  NdisReleaseSpinLock(SpinLock);
}

// The bug: the lock taken through the wrapper is held at the wait.
MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  AcquireLock(&Adapter->Lock);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'MPPause' calls 'AcquireLock' here
  // CHECK-NOTES: :[[@LINE-16]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  ReleaseLock(&Adapter->Lock);
  return NDIS_STATUS_SUCCESS;
}

// The lock released through the wrapper: the IRQL is back to PASSIVE_LEVEL.
MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Pending = 0;
  ReleaseLock(&Adapter->Lock);
  NdisMSleep(10);
}

// A lock helper told by its caller whether it runs at DISPATCH_LEVEL
// (the FILTER_ACQUIRE_LOCK pattern of the NDIS filter sample, as a
// function). Called with FALSE from PASSIVE_LEVEL, it never takes the Dpr
// branch.
VOID AcquireAdapterLock(PADAPTER Adapter, BOOLEAN DispatchLevel) {
  if (DispatchLevel)
    NdisDprAcquireSpinLock(&Adapter->Lock);
  else
    NdisAcquireSpinLock(&Adapter->Lock);
}

VOID ReleaseAdapterLock(PADAPTER Adapter, BOOLEAN DispatchLevel) {
  if (DispatchLevel)
    NdisDprReleaseSpinLock(&Adapter->Lock);
  else
    NdisReleaseSpinLock(&Adapter->Lock);
}

PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapterEx;
NDIS_STATUS PtUnbindAdapterEx(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext) {
  PADAPTER Adapter = (PADAPTER)ProtocolBindingContext;
  AcquireAdapterLock(Adapter, FALSE);
  Adapter->Pending = 0;
  ReleaseAdapterLock(Adapter, FALSE);
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

// A raise and its restore in helpers, annotated as the WDK documents it:
// _IRQL_raises_ and _IRQL_saves_ on the raise, _IRQL_restores_ on the
// parameter of the lower.
_IRQL_raises_(DISPATCH_LEVEL) _IRQL_saves_
KIRQL RaiseForHardware(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
  return OldIrql;
}

VOID LowerAfterHardware(PADAPTER Adapter, _In_ _IRQL_restores_ KIRQL OldIrql) {
  KeLowerIrql(OldIrql);
}

FILTER_DETACH FilterDetach;
VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PADAPTER Adapter = (PADAPTER)FilterModuleContext;
  KIRQL OldIrql = RaiseForHardware(Adapter);
  Adapter->Pending = 0;
  LowerAfterHardware(Adapter, OldIrql);
  NdisMSleep(10);
}

// NDIS_LOWER_IRQL(Old, Cur) lowers only when Old != Cur; from PASSIVE_LEVEL
// the raise saved PASSIVE_LEVEL, so it always lowers.
MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KIRQL OldIrql;
  NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
  Adapter->Pending = 0;
  NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
  NdisMSleep(10);
  return NDIS_STATUS_SUCCESS;
}

// The lock taken by its field and released through a local pointer to it.
MINIPORT_UNLOAD MPUnload;
VOID MPUnload(PDRIVER_OBJECT DriverObject) {
  static ADAPTER Adapter;
  PNDIS_SPIN_LOCK Lock = &Adapter.Lock;
  NdisAcquireSpinLock(&Adapter.Lock);
  Adapter.Pending = 0;
  NdisReleaseSpinLock(Lock);
  NdisMSleep(10);
}
