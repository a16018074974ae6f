// RUN: %check_ndis_tidy %s ndis-irql %t

// The calls of irql-generated.c at an IRQL their pages allow: nothing is
// reported.
#include "ndis.h"

typedef struct _ADAPTER {
  KSPIN_LOCK KLock;
  HANDLE File;
  PVOID Buffer;
  NDIS_HANDLE ConfigHandle;
  NDIS_STRING Keyword;
  NDIS_CONFIGURATION_PARAMETER Value;
} ADAPTER, *PADAPTER;

// ZwClose after the lock is released.
VOID CloseAfterLock(PADAPTER Adapter) {
  KIRQL OldIrql;
  HANDLE File;
  KeAcquireSpinLock(&Adapter->KLock, &OldIrql);
  File = Adapter->File;
  Adapter->File = NULL;
  KeReleaseSpinLock(&Adapter->KLock, OldIrql);
  ZwClose(File);
}

// NdisWriteConfiguration from a PASSIVE_LEVEL generated role.
MINIPORT_REMOVE_DEVICE MPRemoveDevice;
VOID MPRemoveDevice(NDIS_HANDLE MiniportAddDeviceContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAddDeviceContext;
  NDIS_STATUS Status;
  NdisWriteConfiguration(&Status, Adapter->ConfigHandle, &Adapter->Keyword, &Adapter->Value);
}

// ExAllocatePool2 at DISPATCH_LEVEL, in a DPC.
MINIPORT_MESSAGE_INTERRUPT_DPC MPMessageDpc;
VOID MPMessageDpc(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
                  PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters,
                  PVOID NdisReserved2) {
  PADAPTER Adapter = (PADAPTER)MiniportInterruptContext;
  Adapter->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'tseT');
}

// NdisMFreeSharedMemory is documented at <= DISPATCH_LEVEL (rules/ndis.yaml
// said PASSIVE_LEVEL before it was checked against its page).
typedef struct _RING {
  NDIS_HANDLE MiniportAdapterHandle;
  PVOID Va;
  NDIS_PHYSICAL_ADDRESS Pa;
  NDIS_SPIN_LOCK Lock;
} RING, *PRING;

VOID FreeRingUnderLock(PRING Ring) {
  NdisAcquireSpinLock(&Ring->Lock);
  NdisMFreeSharedMemory(Ring->MiniportAdapterHandle, 4096, TRUE, Ring->Va, Ring->Pa);
  NdisReleaseSpinLock(&Ring->Lock);
}
