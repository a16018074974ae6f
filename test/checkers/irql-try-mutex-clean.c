// RUN: %check_ndis_tidy %s ndis-irql,ndis-spinlock-held-at-exit %t

// The clean twin of irql-try-mutex.c: the waits after the release, or on
// the branch where the try failed; a result kept in a variable, which the
// flow does not follow (the IRQL after it is unknown: nothing reported,
// not even the release as "too low"); a guarded mutex tried, a resource
// acquired where it was got (its guarded region).
#include "ndis.h"

typedef struct _ADAPTER {
  FAST_MUTEX Mutex;
  KGUARDED_MUTEX Guarded;
  ERESOURCE Resource;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  BOOLEAN Got;
  if (!ExTryToAcquireFastMutex(&Adapter->Mutex)) {
    NdisWaitEvent(&Adapter->Event, 0);
  } else {
    ExReleaseFastMutex(&Adapter->Mutex);
    NdisWaitEvent(&Adapter->Event, 0);
  }
  Got = ExTryToAcquireFastMutex(&Adapter->Mutex);
  if (Got)
    ExReleaseFastMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);
  if (KeTryToAcquireGuardedMutex(&Adapter->Guarded)) {
    ExAcquireResourceExclusiveLite(&Adapter->Resource, TRUE);
    ExReleaseResourceLite(&Adapter->Resource);
    KeReleaseGuardedMutex(&Adapter->Guarded);
  }
  return NDIS_STATUS_SUCCESS;
}
