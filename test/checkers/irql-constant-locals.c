// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS50

// A local given a constant holds it only until it is written otherwise:
// through its address (NdisCloseAdapter stores the status there), or by
// `|=` or `++`. A test of it after that may go either way, so the wait it
// guards is reached (at DISPATCH_LEVEL, under the caller's spin lock).
#include "ndis.h"

typedef struct _BINDING {
  NDIS_SPIN_LOCK Lock;
  KEVENT Closed;
  NDIS_HANDLE Handle;
  ULONG Flags;
} BINDING, *PBINDING;

VOID CloseOne(PBINDING B) {
  NDIS_STATUS Status = NDIS_STATUS_SUCCESS;
  NdisCloseAdapter(&Status, B->Handle);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisCloseAdapter must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+23]]:3: note: spin lock 'B->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+23]]:3: note: 'CloseAll' calls 'CloseOne' here
  if (Status == NDIS_STATUS_PENDING)
    KeWaitForSingleObject(&B->Closed, Executive, KernelMode, FALSE, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+18]]:3: note: spin lock 'B->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+18]]:3: note: 'CloseAll' calls 'CloseOne' here
}

VOID WaitForMode(PBINDING B) {
  ULONG Mode = 0;
  Mode |= B->Flags;
  if (Mode == 2)
    KeWaitForSingleObject(&B->Closed, Executive, KernelMode, FALSE, NULL);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: KeWaitForSingleObject must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE+8]]:3: note: spin lock 'B->Lock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: :[[@LINE+9]]:3: note: 'CloseAll' calls 'WaitForMode' here
}

// Nothing in these writes Quiet: its test is ruled out.
VOID CloseAll(PBINDING B) {
  KIRQL OldIrql;
  ULONG Quiet = 0;
  NdisAcquireSpinLock(&B->Lock);
  CloseOne(B);
  WaitForMode(B);
  if (Quiet == 1)
    KeWaitForSingleObject(&B->Closed, Executive, KernelMode, FALSE, NULL);
  NdisReleaseSpinLock(&B->Lock);
}
