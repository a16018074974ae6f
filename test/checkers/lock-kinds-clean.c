// RUN: %check_ndis_tidy %s ndis-irql,ndis-pool-free-under-spinlock,ndis-spinlock-held-at-exit %t

// Each kind of spin lock taken and released correctly: the PASSIVE_LEVEL
// DDI and NdisFreePacketPool come after the release, which restores the
// IRQL the acquire saved, and nothing is held at exit. The AtDpcLevel
// forms are taken where the IRQL is DISPATCH_LEVEL (a DPC), the ForDpc
// forms in both a DPC and a PASSIVE_LEVEL routine, the interrupt spin lock
// from PASSIVE_LEVEL. Nothing is reported.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_HANDLE PacketPool;
  KSPIN_LOCK KLock;
  EX_SPIN_LOCK ExLock;
  PKINTERRUPT Interrupt;
  NDIS_EVENT Event;
  ULONG Count;
} ADAPTER, *PADAPTER;

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  KLOCK_QUEUE_HANDLE LockHandle;
  KIRQL OldIrql;

  OldIrql = ExAcquireSpinLockExclusive(&Adapter->ExLock);
  Adapter->Count = 0;
  ExReleaseSpinLockExclusive(&Adapter->ExLock, OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);

  OldIrql = ExAcquireSpinLockShared(&Adapter->ExLock);
  Adapter->Count++;
  ExReleaseSpinLockShared(&Adapter->ExLock, OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);

  OldIrql = KeAcquireSpinLockForDpc(&Adapter->KLock);
  Adapter->Count++;
  KeReleaseSpinLockForDpc(&Adapter->KLock, OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);

  KeAcquireInStackQueuedSpinLockForDpc(&Adapter->KLock, &LockHandle);
  Adapter->Count++;
  KeReleaseInStackQueuedSpinLockForDpc(&LockHandle);
  NdisWaitEvent(&Adapter->Event, 0);

  OldIrql = KeAcquireInterruptSpinLock(Adapter->Interrupt);
  Adapter->Count++;
  KeReleaseInterruptSpinLock(Adapter->Interrupt, OldIrql);
  NdisWaitEvent(&Adapter->Event, 0);

  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  NdisFreePacketPool(Adapter->PacketPool);
}

KDEFERRED_ROUTINE MPDpc;
VOID MPDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
           PVOID SystemArgument2) {
  PADAPTER Adapter = (PADAPTER)DeferredContext;
  KLOCK_QUEUE_HANDLE LockHandle;
  KIRQL OldIrql;

  ExAcquireSpinLockExclusiveAtDpcLevel(&Adapter->ExLock);
  Adapter->Count = 0;
  ExReleaseSpinLockExclusiveFromDpcLevel(&Adapter->ExLock);

  ExAcquireSpinLockSharedAtDpcLevel(&Adapter->ExLock);
  Adapter->Count++;
  ExReleaseSpinLockSharedFromDpcLevel(&Adapter->ExLock);

  KeAcquireInStackQueuedSpinLockAtDpcLevel(&Adapter->KLock, &LockHandle);
  Adapter->Count++;
  KeReleaseInStackQueuedSpinLockFromDpcLevel(&LockHandle);

  OldIrql = KeAcquireSpinLockForDpc(&Adapter->KLock);
  Adapter->Count++;
  KeReleaseSpinLockForDpc(&Adapter->KLock, OldIrql);

  NdisSetEvent(&Adapter->Event);
  NdisFreePacketPool(Adapter->PacketPool);
}
