// RUN: %check_ndis_tidy %s ndis-pool-free-under-spinlock %t

// Generic lock wrappers that take the lock by pointer, as many drivers
// write them: the acquiring wrapper returns holding the lock it was given,
// the releasing one releases it. And a lock named through a local pointer.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  LONG Count;
} ADAPTER, *PADAPTER;

VOID AcquireLock(PNDIS_SPIN_LOCK SpinLock) {
  NdisAcquireSpinLock(SpinLock);
}

VOID ReleaseLock(PNDIS_SPIN_LOCK SpinLock) {
  NdisReleaseSpinLock(SpinLock);
}

// The lock taken through the wrapper is held at the free.
VOID FreeAfterAcquireWrapper(PADAPTER Adapter) {
  AcquireLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreePacketPool is called while spin lock 'Adapter->Lock' is held; the driver must release every spin lock before freeing the pool [ndis-pool-free-under-spinlock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'FreeAfterAcquireWrapper' calls 'AcquireLock' here
  // CHECK-NOTES: :[[@LINE-13]]:3: note: 'Adapter->Lock' is acquired here by NdisAcquireSpinLock
  ReleaseLock(&Adapter->Lock);
}

// The lock released through the wrapper is no longer held: no warning.
VOID FreeAfterReleaseWrapper(PADAPTER Adapter) {
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Count = 0;
  ReleaseLock(&Adapter->Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}

// The lock taken by its field and released through a local pointer to it:
// not held at the free.
VOID FreeAfterReleaseThroughPointer(PADAPTER Adapter) {
  PNDIS_SPIN_LOCK Lock = &Adapter->Lock;
  NdisAcquireSpinLock(&Adapter->Lock);
  Adapter->Count = 0;
  NdisReleaseSpinLock(Lock);
  NdisFreePacketPool(Adapter->PacketPool);
}
