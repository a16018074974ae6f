// RUN: %check_ndis_tidy %s ndis-irql %t

// The IRQL a function runs at, from its SAL annotation. The WDK's SAL
// macros expand to nothing under clang; ndis-tidy reads them as the
// preprocessor expands them and ties each to the function declaration that
// follows it, on a prototype or on the definition.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  KSPIN_LOCK KLock;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

// On the prototype.
_IRQL_requires_(DISPATCH_LEVEL)
VOID ProcessAtDispatch(PADAPTER Adapter);

VOID ProcessAtDispatch(PADAPTER Adapter) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-6]]:1: note: 'ProcessAtDispatch' is annotated _IRQL_requires_(DISPATCH_LEVEL) here
}

// On the prototype, with _Use_decl_annotations_ on the definition.
_IRQL_requires_(DISPATCH_LEVEL)
static VOID DrainAtDispatch(PADAPTER Adapter);

_Use_decl_annotations_
static VOID DrainAtDispatch(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-7]]:1: note: 'DrainAtDispatch' is annotated _IRQL_requires_(DISPATCH_LEVEL) here
}

// On the definition. "At most DISPATCH_LEVEL": some callers may be at
// DISPATCH_LEVEL.
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ReleaseAtMostDispatch(PADAPTER Adapter) {
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisFreeSharedMemory must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:1: note: 'ReleaseAtMostDispatch' is annotated _IRQL_requires_max_(DISPATCH_LEVEL) here
}

// The older spelling.
__drv_maxIRQL(DISPATCH_LEVEL)
VOID WaitAtMostDispatch(PADAPTER Adapter) {
  NdisWaitEvent(&Adapter->Event, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWaitEvent must be called at PASSIVE_LEVEL, but here the IRQL may be DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:1: note: 'WaitAtMostDispatch' is annotated __drv_maxIRQL(DISPATCH_LEVEL) here
}

// "At least DISPATCH_LEVEL".
_IRQL_requires_min_(DISPATCH_LEVEL)
VOID SleepAtLeastDispatch(PADAPTER Adapter) {
  NdisMSleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisMSleep must be called at <= APC_LEVEL, but it is called here at >= DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:1: note: 'SleepAtLeastDispatch' is annotated _IRQL_requires_min_(DISPATCH_LEVEL) here
}

// Too low: a DISPATCH_LEVEL-only acquire in a PASSIVE_LEVEL function.
_IRQL_requires_(PASSIVE_LEVEL)
VOID LockAtPassive(PADAPTER Adapter) {
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: KeAcquireSpinLockAtDpcLevel must be called at >= DISPATCH_LEVEL, but it is called here at PASSIVE_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:1: note: 'LockAtPassive' is annotated _IRQL_requires_(PASSIVE_LEVEL) here
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

// --- Annotations that are not the function's own: no warning below. ---

// On a parameter.
VOID RestoreThenSleep(PADAPTER Adapter, _In_ _IRQL_restores_ KIRQL OldIrql) {
  NdisMSleep(1);
}

// Inside a parameter's type: the callback's, not this function's.
VOID RunCallback(PADAPTER Adapter,
                 _IRQL_requires_(DISPATCH_LEVEL) VOID (*Callback)(PADAPTER)) {
  NdisMSleep(1);
}

// The function after them has none.
VOID AfterAnnotatedParameters(PADAPTER Adapter) {
  NdisMSleep(1);
}

// On a variable of function-pointer type.
_IRQL_requires_(DISPATCH_LEVEL) VOID (*DispatchCallback)(PADAPTER);

VOID AfterAnnotatedVariable(PADAPTER Adapter) {
  NdisMSleep(1);
}

// On a struct member.
typedef struct _ADAPTER_OPS {
  _IRQL_requires_(DISPATCH_LEVEL) VOID (*Poll)(PADAPTER);
} ADAPTER_OPS;

VOID AfterAnnotatedMember(PADAPTER Adapter) {
  NdisMSleep(1);
}
