/* Fuzz seed: IRQL from raises, roles and SAL; PASSIVE-only DDIs. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE SharedMem;
  NDIS_EVENT Event;
  KDPC Dpc;
} ADAPTER, *PADAPTER;

_IRQL_requires_(PASSIVE_LEVEL)
static VOID Wait(PADAPTER A) { NdisWaitEvent(&A->Event, 0); }

static VOID Deeper(PADAPTER A) { Wait(A); }

VOID Raised(PADAPTER A) {
  KIRQL Old;
  KeRaiseIrql(DISPATCH_LEVEL, &Old);
  Deeper(A);
  KeLowerIrql(Old);
  if (KeGetCurrentIrql() == PASSIVE_LEVEL)
    NdisMSleep(10);
}

VOID TimerDpc(PKDPC Dpc, PVOID Context, PVOID A1, PVOID A2) {
  PADAPTER A = (PADAPTER)Context;
  NdisFreeSharedMemory(A->MiniportAdapterHandle, A->SharedMem);
}

VOID Arm(PADAPTER A) { KeInitializeDpc(&A->Dpc, TimerDpc, A); }

MINIPORT_INTERRUPT_DPC MPInterruptDpc;
VOID MPInterruptDpc(NDIS_HANDLE Context, PVOID DpcContext, PVOID Throttle,
                    PVOID Reserved) {
  Raised((PADAPTER)Context);
}
