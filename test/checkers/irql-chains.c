// RUN: %check_ndis_tidy %s ndis-irql %t

// The IRQL reaches a helper from its callers: the warning is in the helper,
// at the DDI, with a note for where the IRQL comes from (a role, a lock) and
// one for each call on the way down.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
  LONG Count;
} ADAPTER, *PADAPTER;

// DPC -> ProcessReceives -> RefillRing -> NdisMSleep.
static VOID RefillRing(PADAPTER Adapter) {
  NdisMSleep(50);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+11]]:6: note: 'MPInterruptDpc' is declared as MINIPORT_INTERRUPT_DPC, which runs at DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+12]]:3: note: 'MPInterruptDpc' calls 'ProcessReceives' here
  // CHECK-NOTES: :[[@LINE+5]]:3: note: 'ProcessReceives' calls 'RefillRing' here
}

static VOID ProcessReceives(PADAPTER Adapter) {
  Adapter->Count++;
  RefillRing(Adapter);
}

MINIPORT_INTERRUPT_DPC MPInterruptDpc;
VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2) {
  ProcessReceives((PADAPTER)MiniportInterruptContext);
}

// A lock taken in a PASSIVE_LEVEL callback's helper, the DDI two calls
// further down.
static VOID ReleaseSharedMemory(PADAPTER Adapter) {
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+10]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+10]]:3: note: 'ResetAdapter' calls 'FreeResources' here
  // CHECK-NOTES: :[[@LINE+4]]:3: note: 'FreeResources' calls 'ReleaseSharedMemory' here
}

static VOID FreeResources(PADAPTER Adapter) {
  ReleaseSharedMemory(Adapter);
}

static VOID ResetAdapter(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  FreeResources(Adapter);
  NdisReleaseSpinLock(&Adapter->Lock);
}

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  ResetAdapter((PADAPTER)MiniportAdapterContext);
}

// The driver's own lock helper: the notes go down through it to the DDI
// that takes the lock.
static VOID LockAdapter(PADAPTER A) { NdisAcquireSpinLock(&A->Lock); }
static VOID UnlockAdapter(PADAPTER A) { NdisReleaseSpinLock(&A->Lock); }

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  LockAdapter(Adapter);
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'MPPause' calls 'LockAdapter' here
  // CHECK-NOTES: :[[@LINE-11]]:39: note: spin lock 'A->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  UnlockAdapter(Adapter);
  return NDIS_STATUS_SUCCESS;
}

// A helper called from a PASSIVE_LEVEL callback and from a <= DISPATCH_LEVEL
// one: the callers' IRQLs are joined, so it may run at DISPATCH_LEVEL; the
// notes name the caller that brings the highest IRQL.
static VOID WaitForSends(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+12]]:6: note: 'MPReturnNetBufferLists' is declared as MINIPORT_RETURN_NET_BUFFER_LISTS, which runs at <= DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+13]]:3: note: 'MPReturnNetBufferLists' calls 'WaitForSends' here
}

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  WaitForSends((PADAPTER)MiniportAdapterContext);
  return NDIS_STATUS_SUCCESS;
}

MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  WaitForSends((PADAPTER)MiniportAdapterContext);
}
