// RUN: %check_ndis_tidy %s ndis-irql %t

// An executive resource must be acquired with normal kernel APCs disabled:
// inside KeEnterCriticalRegion ... KeLeaveCriticalRegion (or a guarded
// region), or at APC_LEVEL. Reported where the function runs at
// PASSIVE_LEVEL in no region on every path: a callback (NDIS calls it in
// none), or a helper all of whose callers in view call it so. The notes
// show where the region was left, and why the IRQL is PASSIVE_LEVEL.
#include "ndis.h"

typedef struct _ADAPTER {
  ERESOURCE Resource;
  FAST_MUTEX Mutex;
  ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireResourceExclusiveLite must be called with normal kernel APCs disabled (in a critical or guarded region, or at APC_LEVEL), but here they are enabled [ndis-irql]
  // CHECK-NOTES: :[[@LINE-5]]:13: note: 'MPRestart' is declared as MINIPORT_RESTART, which runs at PASSIVE_LEVEL
  ExReleaseResourceLite(&Adapter->Resource);

  KeEnterCriticalRegion();
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireResourceSharedLite must be called with normal kernel APCs disabled (in a critical or guarded region, or at APC_LEVEL), but here they are enabled [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: normal kernel APCs are enabled again here by KeLeaveCriticalRegion
  // CHECK-NOTES: :[[@LINE-15]]:13: note: 'MPRestart' is declared as MINIPORT_RESTART, which runs at PASSIVE_LEVEL
  ExReleaseResourceLite(&Adapter->Resource);
  return NDIS_STATUS_SUCCESS;
}

// A helper every caller calls outside a region: reported in the helper,
// with the call.
static VOID Count(PADAPTER Adapter) {
  ExAcquireSharedStarveExclusive(&Adapter->Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireSharedStarveExclusive must be called with normal kernel APCs disabled (in a critical or guarded region, or at APC_LEVEL), but here they are enabled [ndis-irql]
  // CHECK-NOTES: :[[@LINE+9]]:6: note: 'MPHaltEx' is declared as MINIPORT_HALT, which runs at PASSIVE_LEVEL
  // CHECK-NOTES: :[[@LINE+10]]:3: note: 'MPHaltEx' calls 'Count' here
  Adapter->Count++;
  ExReleaseResourceLite(&Adapter->Resource);
}

static VOID EnterRegion(VOID) { KeEnterCriticalRegion(); }

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  Count(Adapter);
  // A helper that enters the region: counted through its summary.
  EnterRegion();
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();
}

// A system thread's body (KSTART_ROUTINE, registered with
// PsCreateSystemThread) starts at PASSIVE_LEVEL with normal kernel APCs
// enabled, as Open vSwitch's IP helper thread does.
static ADAPTER ThreadAdapter;
static VOID HelperThread(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  ExAcquireResourceExclusiveLite(&ThreadAdapter.Resource, TRUE);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ExAcquireResourceExclusiveLite must be called with normal kernel APCs disabled (in a critical or guarded region, or at APC_LEVEL), but here they are enabled [ndis-irql]
  // CHECK-NOTES: :[[@LINE+8]]:10: note: 'HelperThread' is registered here with PsCreateSystemThread as KSTART_ROUTINE, which runs at PASSIVE_LEVEL
  ThreadAdapter.Count++;
  ExReleaseResourceLite(&ThreadAdapter.Resource);
  PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS StartHelperThread(VOID) {
  HANDLE Thread;
  return PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                              HelperThread, NULL);
}
