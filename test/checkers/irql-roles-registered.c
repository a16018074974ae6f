// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-irql %t -- -DNDIS51_MINIPORT -DFIXED

// Roles given by the DDI that registers the function: the function
// NdisMSynchronizeWithInterruptEx runs at the interrupt's DIRQL
// (MINIPORT_SYNCHRONIZE_INTERRUPT), and NdisMRegisterUnloadHandler's
// routine is an NDIS 5 miniport's DRIVER_UNLOAD (PASSIVE_LEVEL), the NDIS 5
// timer functions (NdisMInitializeTimer, NdisInitializeTimer) run at
// DISPATCH_LEVEL. With
// FIXED, the synchronize function only touches what it shares with the
// ISR and the unload routine calls PASSIVE_LEVEL DDIs: nothing is reported.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE InterruptHandle;
  NDIS_SPIN_LOCK Lock;
  ULONG Mask;
} ADAPTER, *PADAPTER;

NDIS_HANDLE WrapperHandle, ProtocolHandle;
KSPIN_LOCK GlobalLock;

BOOLEAN MPSyncSetMask(NDIS_HANDLE SynchronizeContext) {
  PADAPTER Adapter = (PADAPTER)SynchronizeContext;
#ifndef FIXED
  NdisAcquireSpinLock(&Adapter->Lock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisAcquireSpinLock must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+10]]:3: note: 'MPSyncSetMask' is registered here with NdisMSynchronizeWithInterruptEx as MINIPORT_SYNCHRONIZE_INTERRUPT, which runs at DIRQL
  NdisReleaseSpinLock(&Adapter->Lock);
#endif
  Adapter->Mask = 0;
  NdisStallExecution(10);
  return TRUE;
}

VOID MPDisableInterrupts(PADAPTER Adapter) {
  // The function runs at DIRQL; the caller's IRQL is not raised.
  NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, MPSyncSetMask,
                                  Adapter);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID MPUnload(PDRIVER_OBJECT DriverObject) {
  NDIS_STATUS Status;
#ifndef FIXED
  KeAcquireSpinLockAtDpcLevel(&GlobalLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel must be called at >= DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+39]]:3: note: 'MPUnload' is registered here with NdisMRegisterUnloadHandler as DRIVER_UNLOAD, which runs at PASSIVE_LEVEL
  KeReleaseSpinLockFromDpcLevel(&GlobalLock);
#endif
  NdisDeregisterProtocol(&Status, ProtocolHandle);
  NdisTerminateWrapper(WrapperHandle, NULL);
}

// An NDIS 5 timer function runs at DISPATCH_LEVEL.
VOID MPTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
             PVOID SystemSpecific3) {
  NDIS_STATUS Status;
#ifndef FIXED
  NdisCloseAdapter(&Status, FunctionContext);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisCloseAdapter must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+19]]:3: note: 'MPTimer' is registered here with NdisMInitializeTimer as NDIS_TIMER_FUNCTION, which runs at DISPATCH_LEVEL
#endif
}

VOID PtTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
             PVOID SystemSpecific3) {
  KeAcquireSpinLockAtDpcLevel(&GlobalLock);
  KeReleaseSpinLockFromDpcLevel(&GlobalLock);
#ifndef FIXED
  NdisMSleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+9]]:3: note: 'PtTimer' is registered here with NdisInitializeTimer as NDIS_TIMER_FUNCTION, which runs at DISPATCH_LEVEL
#endif
}

NDIS_MINIPORT_TIMER MiniportTimer;
NDIS_TIMER ProtocolTimer;

VOID MPInitializeTimers(NDIS_HANDLE MiniportAdapterHandle) {
  NdisMInitializeTimer(&MiniportTimer, MiniportAdapterHandle, MPTimer, NULL);
  NdisInitializeTimer(&ProtocolTimer, PtTimer, NULL);
}

VOID MPRegisterUnload(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NdisMInitializeWrapper(&WrapperHandle, DriverObject, RegistryPath, NULL);
  NdisMRegisterUnloadHandler(WrapperHandle, MPUnload);
}
