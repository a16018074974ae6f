// RUN: %check_ndis_tidy %s ndis-irql %t

// The IRQL a callback runs at, from its role. A function gets a role from
// its role-typedef declaration, from the characteristics field it is stored
// into, or from the DDI that registers it (KeInitializeDpc,
// NdisQueueIoWorkItem, IoQueueWorkItem); the note says which.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_HANDLE WorkItem;
  NDIS_HANDLE Timer;
  PIO_WORKITEM IoWorkItem;
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_EVENT Event;
  KDPC Dpc;
} ADAPTER, *PADAPTER;

// --- Too high. ---

// Role from the typedef declaration: MINIPORT_INTERRUPT_DPC runs at
// DISPATCH_LEVEL.
MINIPORT_INTERRUPT_DPC MPInterruptDpc;
VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2) {
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:6: note: 'MPInterruptDpc' is declared as MINIPORT_INTERRUPT_DPC, which runs at DISPATCH_LEVEL
}

// Role from the characteristics field alone (no typedef declaration):
// MINIPORT_RETURN_NET_BUFFER_LISTS runs at <= DISPATCH_LEVEL, so some calls
// come at DISPATCH_LEVEL.
VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+87]]:3: note: 'MPReturnNetBufferLists' is registered here as ReturnNetBufferListsHandler (MINIPORT_RETURN_NET_BUFFER_LISTS), which runs at <= DISPATCH_LEVEL
}

// Role from KeInitializeDpc: a KDEFERRED_ROUTINE runs at DISPATCH_LEVEL.
VOID MPTimerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1,
                PVOID SystemArgument2) {
  PADAPTER Adapter = (PADAPTER)DeferredContext;
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+63]]:3: note: 'MPTimerDpc' is registered here with KeInitializeDpc as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
}

// Role from NDIS_TIMER_CHARACTERISTICS.TimerFunction: DISPATCH_LEVEL.
VOID MPTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
             PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+53]]:3: note: 'MPTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

// Role from NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS.InterruptHandler: an
// ISR runs at DIRQL, above what NdisAcquireSpinLock allows.
BOOLEAN MPIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
              PULONG TargetProcessors) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+62]]:3: note: 'MPIsr' is registered here as InterruptHandler (MINIPORT_ISR), which runs at DIRQL
  NdisReleaseSpinLock(&Adapter->Lock);
  return TRUE;
}

// --- Too low: the DISPATCH_LEVEL-only acquires from PASSIVE_LEVEL. ---

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock must be called at DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:6: note: 'MPHaltEx' is declared as MINIPORT_HALT, which runs at PASSIVE_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Lock);
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel must be called at >= DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-8]]:6: note: 'MPHaltEx' is declared as MINIPORT_HALT, which runs at PASSIVE_LEVEL
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

// Work items run at PASSIVE_LEVEL: registered with NdisQueueIoWorkItem ...
VOID MPWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle) {
  PADAPTER Adapter = (PADAPTER)WorkItemContext;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisDprAcquireSpinLock must be called at DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+25]]:3: note: 'MPWorkItem' is registered here with NdisQueueIoWorkItem as NDIS_IO_WORKITEM_FUNCTION, which runs at PASSIVE_LEVEL
  NdisDprReleaseSpinLock(&Adapter->Lock);
}

// ... or with IoQueueWorkItem.
VOID MPIoWorkItem(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PADAPTER Adapter = (PADAPTER)Context;
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel must be called at >= DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+17]]:3: note: 'MPIoWorkItem' is registered here with IoQueueWorkItem as IO_WORKITEM_ROUTINE, which runs at PASSIVE_LEVEL
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

// --- The registrations. ---

NDIS_STATUS MPInitializeTimer(PADAPTER Adapter) {
  NDIS_TIMER_CHARACTERISTICS Timer;
  NdisZeroMemory(&Timer, sizeof(Timer));
  Timer.TimerFunction = MPTimer;
  Timer.FunctionContext = Adapter;
  KeInitializeDpc(&Adapter->Dpc, MPTimerDpc, Adapter);
  return NdisAllocateTimerObject(Adapter->MiniportAdapterHandle, &Timer, &Adapter->Timer);
}

VOID MPQueueWork(PADAPTER Adapter) {
  NdisQueueIoWorkItem(Adapter->WorkItem, MPWorkItem, Adapter);
  IoQueueWorkItem(Adapter->IoWorkItem, MPIoWorkItem, DelayedWorkQueue, Adapter);
}

NDIS_STATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
  NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IChars;

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.HaltHandlerEx = MPHaltEx;
  MChars.ReturnNetBufferListsHandler = MPReturnNetBufferLists;
  NdisZeroMemory(&IChars, sizeof(IChars));
  IChars.InterruptHandler = MPIsr;
  IChars.InterruptDpcHandler = MPInterruptDpc;
  return NDIS_STATUS_SUCCESS;
}

// A control callback's range only bounds what is certain: the filter's OID
// completion (FILTER_OID_REQUEST_COMPLETE, control like the request) that
// sleeps under a spin lock is reported.
FILTER_OID_REQUEST_COMPLETE FilterOidRequestCompleteLocked;
VOID FilterOidRequestCompleteLocked(NDIS_HANDLE FilterModuleContext,
                                    PNDIS_OID_REQUEST Request, NDIS_STATUS Status) {
  PADAPTER Adapter = (PADAPTER)FilterModuleContext;
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  NdisReleaseSpinLock(&Adapter->Lock);
}
