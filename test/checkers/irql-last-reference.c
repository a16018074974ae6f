// RUN: %check_ndis_tidy %s ndis-irql %t

// A free that runs when the last reference drops (`if (!Count) Free(A)`)
// runs wherever the last reference is dropped, and whether a caller holds
// the last one is the driver's own counting. Here the list lock is held
// while one reference is dropped, but the adapter's own reference keeps
// the free for halt, at PASSIVE_LEVEL (the pattern of tap-windows6's
// adapter list): no report. The same PASSIVE-only call made directly
// under the lock is reported.
#include "ndis.h"

typedef struct _ADAPTER {
  LIST_ENTRY Link;
  LONG RefCount;
  ANSI_STRING Name;
} ADAPTER, *PADAPTER;

static NDIS_SPIN_LOCK ListLock;

static VOID AdapterFree(PADAPTER Adapter) {
  RtlFreeAnsiString(&Adapter->Name);
  NdisFreeMemory(Adapter, 0, 0);
}

static LONG AdapterDereference(PADAPTER Adapter) {
  LONG Count = NdisInterlockedDecrement(&Adapter->RefCount);
  if (!Count)
    AdapterFree(Adapter);
  return Count;
}

static VOID AdapterDereferenceInline(PADAPTER Adapter) {
  if (NdisInterlockedDecrement(&Adapter->RefCount) == 0)
    AdapterFree(Adapter);
}

static VOID RemoveFromList(PADAPTER Adapter) {
  NdisAcquireSpinLock(&ListLock);
  RemoveEntryList(&Adapter->Link);
  AdapterDereference(Adapter);
  AdapterDereferenceInline(Adapter);
  NdisReleaseSpinLock(&ListLock);
}

MINIPORT_HALT MPHalt;
VOID MPHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  RemoveFromList(Adapter);
  AdapterDereference(Adapter);
}

// Not behind a reference count: the name is freed under the lock.
static VOID RenameUnderLock(PADAPTER Adapter) {
  NdisAcquireSpinLock(&ListLock);
  RtlFreeAnsiString(&Adapter->Name);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: RtlFreeAnsiString must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'ListLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&ListLock);
}

MINIPORT_RESTART MPRestart;
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters) {
  RenameUnderLock((PADAPTER)MiniportAdapterContext);
  return NDIS_STATUS_SUCCESS;
}
