// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT

// irql-roles-registered.c made right: the synchronize function only
// touches what it shares with the ISR and calls what DIRQL allows; the
// unload routine registered with NdisMRegisterUnloadHandler calls the
// PASSIVE_LEVEL DDIs it needs. Nothing is reported.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE InterruptHandle;
  NDIS_SPIN_LOCK Lock;
  ULONG Mask;
} ADAPTER, *PADAPTER;

NDIS_HANDLE WrapperHandle, ProtocolHandle;

BOOLEAN MPSyncSetMask(NDIS_HANDLE SynchronizeContext) {
  PADAPTER Adapter = (PADAPTER)SynchronizeContext;
  Adapter->Mask = 0;
  NdisStallExecution(10);
  return TRUE;
}

VOID MPDisableInterrupts(PADAPTER Adapter) {
  NdisMSynchronizeWithInterruptEx(Adapter->InterruptHandle, 0, MPSyncSetMask,
                                  Adapter);
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
}

VOID MPUnload(PDRIVER_OBJECT DriverObject) {
  NDIS_STATUS Status;
  NdisDeregisterProtocol(&Status, ProtocolHandle);
  NdisTerminateWrapper(WrapperHandle, NULL);
}

VOID MPRegisterUnload(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NdisMInitializeWrapper(&WrapperHandle, DriverObject, RegistryPath, NULL);
  NdisMRegisterUnloadHandler(WrapperHandle, MPUnload);
}
