// RUN: %check_ndis_tidy %s ndis-irql %t

// Zero-timeout waits (polls that never block) at DISPATCH_LEVEL: allowed by
// the page of KeWaitForSingleObject and KeWaitForMultipleObjects (the
// irql-if-zero effect of rules/ndis.yaml). Nothing is reported.
#include "ndis.h"

typedef struct _ADAPTER {
  KSPIN_LOCK Lock;
  KEVENT Event;
  KEVENT Other;
} ADAPTER, *PADAPTER;

// Zeroed by its initializer.
VOID PollUnderLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  LARGE_INTEGER Zero = {0};
  KeAcquireSpinLock(&Adapter->Lock, &OldIrql);
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Zero);
  KeReleaseSpinLock(&Adapter->Lock, OldIrql);
}

// Zeroed by an assignment, and read again.
KDEFERRED_ROUTINE PollDpc;
VOID PollDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  LARGE_INTEGER Timeout;
  Timeout.QuadPart = 0;
  if (KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, &Timeout) == STATUS_TIMEOUT)
    KeWaitForSingleObject(&Adapter->Other, Executive, KernelMode, FALSE, &Timeout);
}

// Zeroed with RtlZeroMemory, passed through a cast; and the multiple-object
// wait, whose timeout is its seventh argument.
KDEFERRED_ROUTINE PollBothDpc;
VOID PollBothDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2) {
  PADAPTER Adapter = (PADAPTER)Context;
  PVOID Objects[2];
  LARGE_INTEGER Timeout;
  RtlZeroMemory(&Timeout, sizeof(Timeout));
  Objects[0] = &Adapter->Event;
  Objects[1] = &Adapter->Other;
  KeWaitForMultipleObjects(2, Objects, WaitAny, Executive, KernelMode, FALSE,
                           (PLARGE_INTEGER)&Timeout, NULL);
}

// A blocking wait at PASSIVE_LEVEL.
IO_WORKITEM_ROUTINE WaitItem;
VOID WaitItem(PDEVICE_OBJECT DeviceObject, PVOID Context) {
  PADAPTER Adapter = (PADAPTER)Context;
  KeWaitForSingleObject(&Adapter->Event, Executive, KernelMode, FALSE, NULL);
}
