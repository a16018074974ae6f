// RUN: %check_ndis_tidy %s ndis-irql,ndis-spinlock-held-at-exit %t

// ExTryToAcquireFastMutex returns TRUE when it acquired the mutex, the IRQL
// then raised to APC_LEVEL; FALSE, and nothing is held. The flow follows
// the acquire on the branch where the result is true: `if (ExTry...)` and
// `if (!ExTry...) return;`.
#include "ndis.h"

typedef struct _ADAPTER {
  FAST_MUTEX Mutex;
  NDIS_EVENT Event;
  ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_PAUSE MPPause;
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (ExTryToAcquireFastMutex(&Adapter->Mutex)) {
    NdisWaitEvent(&Adapter->Event, 0);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at APC_LEVEL [ndis-irql]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: the IRQL is raised to APC_LEVEL here by ExTryToAcquireFastMutex
    ExReleaseFastMutex(&Adapter->Mutex);
  }
  // Acquired and released, or never acquired: PASSIVE_LEVEL.
  NdisWaitEvent(&Adapter->Event, 0);
  if (!ExTryToAcquireFastMutex(&Adapter->Mutex))
    return NDIS_STATUS_FAILURE;
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at APC_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:8: note: the IRQL is raised to APC_LEVEL here by ExTryToAcquireFastMutex
  ExReleaseFastMutex(&Adapter->Mutex);
  NdisWaitEvent(&Adapter->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

// Acquired, then an early return without the release.
MINIPORT_SHUTDOWN MPShutdownEx;
VOID MPShutdownEx(NDIS_HANDLE MiniportAdapterContext,
                  NDIS_SHUTDOWN_ACTION ShutdownAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  if (Adapter->Count == 0 && ExTryToAcquireFastMutex(&Adapter->Mutex)) {
    if (Adapter->Count == 0)
      return;
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'MPShutdownEx' returns with the IRQL still raised to APC_LEVEL by ExTryToAcquireFastMutex; NDIS calls it as MINIPORT_SHUTDOWN and does not lower the IRQL [ndis-spinlock-held-at-exit]
    // CHECK-NOTES: :[[@LINE-4]]:30: note: the IRQL is raised to APC_LEVEL here by ExTryToAcquireFastMutex
    ExReleaseFastMutex(&Adapter->Mutex);
  }
}
