// RUN: %check_ndis_tidy %s ndis-irql %t

// A role from a characteristics struct filled by an initializer list rather
// than by assignments: in a global, in a local (one of several declarators),
// in a static local and in a compound literal, with designators, and with
// the braces of the nested header left out. The field is the one the
// compiler assigns the initializer to.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE Timer[4];
} ADAPTER, *PADAPTER;

VOID GlobalTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                 PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+24]]:63: note: 'GlobalTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

VOID LocalTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+23]]:59: note: 'LocalTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

VOID StaticTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                 PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+17]]:65: note: 'StaticTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

VOID LiteralTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                  PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+19]]:47: note: 'LiteralTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

static NDIS_TIMER_CHARACTERISTICS GlobalChars = {{0}, 'rmiT', GlobalTimer, NULL};

NDIS_STATUS MPCreateTimers(PADAPTER Adapter) {
  NDIS_STATUS Status;
  ULONG Count = 0,
        Tag = 'rmiT';
  NDIS_TIMER_CHARACTERISTICS Plain, Chars = {{0}, 'rmiT', LocalTimer, NULL};
  static NDIS_TIMER_CHARACTERISTICS StaticChars = {{0}, 'rmiT', StaticTimer, NULL};
  Status = NdisAllocateTimerObject(Adapter->MiniportAdapterHandle, &GlobalChars,
                                   &Adapter->Timer[Count++]);
  Status = NdisAllocateTimerObject(Adapter->MiniportAdapterHandle, &Chars,
                                   &Adapter->Timer[Count++]);
  Status = NdisAllocateTimerObject(Adapter->MiniportAdapterHandle, &StaticChars,
                                   &Adapter->Timer[Count++]);
  Status = NdisAllocateTimerObject(
      Adapter->MiniportAdapterHandle,
      &(NDIS_TIMER_CHARACTERISTICS){{0}, Tag, LiteralTimer, NULL},
      &Adapter->Timer[Count++]);
  (void)Plain;
  return Status;
}

VOID DesignatedTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                     PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+12]]:61: note: 'DesignatedTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

VOID ElidedTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                 PVOID SystemSpecific2, PVOID SystemSpecific3) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+6]]:57: note: 'ElidedTimer' is registered here as TimerFunction (NDIS_TIMER_FUNCTION), which runs at DISPATCH_LEVEL
}

NDIS_STATUS MPCreateMoreTimers(PADAPTER Adapter) {
  NDIS_TIMER_CHARACTERISTICS Designated = {.AllocationTag = 'rmiT',
                                           .TimerFunction = DesignatedTimer};
  NDIS_TIMER_CHARACTERISTICS Elided = {0, 0, 0, 'rmiT', ElidedTimer, NULL};
  NDIS_STATUS Status = NdisAllocateTimerObject(
      Adapter->MiniportAdapterHandle, &Designated, &Adapter->Timer[0]);
  if (Status == NDIS_STATUS_SUCCESS)
    Status = NdisAllocateTimerObject(Adapter->MiniportAdapterHandle, &Elided,
                                     &Adapter->Timer[1]);
  return Status;
}
