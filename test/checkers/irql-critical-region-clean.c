// RUN: %check_ndis_tidy %s ndis-irql %t

// The clean twin of irql-critical-region.c: the resource acquired inside a
// critical region, a guarded region, a guarded mutex, under a fast mutex
// (APC_LEVEL), in a function required to hold a mutex (_Requires_lock_held_
// on a FAST_MUTEX), through helpers that enter the region; and where the
// flow cannot know: a region entered on one path only, a helper of another
// file called first, a function with no caller and no role.
#include "ndis.h"

typedef struct _ADAPTER {
  ERESOURCE Resource;
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ULONG Count;
} ADAPTER, *PADAPTER;

VOID OtherFileHelper(PADAPTER Adapter); // defined in another file

static VOID LockResource(PADAPTER Adapter) {
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
}

static VOID UnlockResource(PADAPTER Adapter) {
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();
}

_Requires_lock_held_(Adapter->Mutex)
VOID UnderMutex(_In_ PADAPTER Adapter) {
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
}

VOID NoCaller(PADAPTER Adapter) {
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
}

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();

  KeEnterGuardedRegion();
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveGuardedRegion();

  KeAcquireGuardedMutex(&Adapter->Guarded);
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeReleaseGuardedMutex(&Adapter->Guarded);

  ExAcquireFastMutex(&Adapter->Mutex);
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  ExReleaseFastMutex(&Adapter->Mutex);

  LockResource(Adapter);
  Adapter->Count++;
  UnlockResource(Adapter);

  KeEnterCriticalRegion();
  KeEnterCriticalRegion();
  KeLeaveCriticalRegion();
  ExAcquireResourceSharedLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  KeLeaveCriticalRegion();
  return NDIS_STATUS_SUCCESS;
}

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (Adapter->Count)
    KeEnterCriticalRegion();
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
  if (Adapter->Count)
    KeLeaveCriticalRegion();
  OtherFileHelper(Adapter);
  ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
  ExReleaseResourceLite(&Adapter->Resource);
}
