// RUN: %check_ndis_tidy %s ndis-irql %t

// DDIs and roles whose IRQL comes only from rules/ddi-irql.yaml, the rules
// generated from the DDI reference's metadata (scripts/gen-ddi-irql-rules.py):
// none of these names is in rules/ndis.yaml. The message gives the page's
// range; the notes say where the IRQL comes from, as for any other rule.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE ConfigHandle;
  HANDLE File;
  KSPIN_LOCK KLock;
  NDIS_STRING Keyword;
  NDIS_CONFIGURATION_PARAMETER Value;
} ADAPTER, *PADAPTER;

// ZwClose (wdm.h): PASSIVE_LEVEL; the IRQL comes from the spin lock.
VOID CloseUnderLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  ZwClose(Adapter->File);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: ZwClose must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: spin lock 'Adapter->KLock' is acquired here, raising the IRQL to DISPATCH_LEVEL
  // CHECK-NOTES: wdm.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'KeAcquireSpinLock'
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
}

// NdisWriteConfiguration: PASSIVE_LEVEL; MINIPORT_MESSAGE_INTERRUPT_DPC, a
// generated role, runs at DISPATCH_LEVEL.
MINIPORT_MESSAGE_INTERRUPT_DPC MPMessageDpc;
VOID MPMessageDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                  PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                  PVOID NdisReserved2) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  NDIS_STATUS Status;
  NdisWriteConfiguration(&Status, Adapter->ConfigHandle, &Adapter->Keyword, &Adapter->Value);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NdisWriteConfiguration must be called at PASSIVE_LEVEL, but it is called here at DISPATCH_LEVEL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-7]]:6: note: 'MPMessageDpc' is declared as MINIPORT_MESSAGE_INTERRUPT_DPC, which runs at DISPATCH_LEVEL
}

// ExAllocatePool2: <= DISPATCH_LEVEL (a value the irregular file decides
// from the page's Remarks); an ISR runs at DIRQL.
MINIPORT_ISR MPIsr;
BOOLEAN MPIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
              PULONG TargetProcessors) {
  PVOID P = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'tseT');
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: ExAllocatePool2 must be called at <= DISPATCH_LEVEL, but it is called here at DIRQL [ndis-irql]
  // CHECK-NOTES: :[[@LINE-4]]:9: note: 'MPIsr' is declared as MINIPORT_ISR, which runs at DIRQL
  return P != NULL;
}
