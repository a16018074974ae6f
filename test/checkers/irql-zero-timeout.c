// RUN: %check_ndis_tidy %s ndis-irql %t

// KeWaitForSingleObject blocks unless its timeout is zero: a blocking wait
// must be made at <= APC_LEVEL, a zero-timeout poll may be made at
// DISPATCH_LEVEL (irql-if-zero in rules/ndis.yaml). Each wait here is at
// DISPATCH_LEVEL or above with a timeout that is not known to be zero, or
// at DIRQL, which even a zero timeout does not allow.
#include "ndis.h"

typedef struct _ADAPTER {
  KSPIN_LOCK Lock;
  KEVENT Event;
  LARGE_INTEGER Timeout;
} ADAPTER, *PADAPTER;

VOID WaitForeverUnderLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Adapter->Lock, &OldIrql);
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Adapter->Lock, OldIrql);
}

// A relative timeout of one millisecond blocks.
KDEFERRED_ROUTINE TimerDpc;
VOID TimerDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  LARGE_INTEGER Timeout;
  Timeout.QuadPart = -10000;
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Timeout);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-6]]:6: note: 'TimerDpc' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
}

// Zero first, then not: every write must be a zero.
KDEFERRED_ROUTINE ZeroThenNot;
VOID ZeroThenNot(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  LARGE_INTEGER Timeout = {0};
  if (Arg1 != NULL)
    Timeout.QuadPart = -10000;
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Timeout);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-7]]:6: note: 'ZeroThenNot' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
}

// A timeout that is not a local of the caller (a field, whatever it holds)
// is not known to be zero; nor is one whose address goes to a helper.
VOID SetTimeout(PLARGE_INTEGER T);
KDEFERRED_ROUTINE FieldAndHelper;
VOID FieldAndHelper(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  LARGE_INTEGER Timeout = {0};
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Adapter->Timeout);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-5]]:6: note: 'FieldAndHelper' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
  SetTimeout(&Timeout);
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Timeout);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-9]]:6: note: 'FieldAndHelper' is declared as KDEFERRED_ROUTINE, which runs at DISPATCH_LEVEL
}

// A zero timeout allows DISPATCH_LEVEL, not DIRQL: the message gives the
// range this call allows.
MINIPORT_ISR MPIsr;
BOOLEAN MPIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
              PULONG TargetProcessors) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  LARGE_INTEGER Zero;
  Zero.QuadPart = 0;
  return KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Zero) == STATUS_SUCCESS;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: KeWaitForSingleObject must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-7]]:9: note: 'MPIsr' is declared as MINIPORT_ISR, which runs at DIRQL
}
