// RUN: %check_ndis_tidy %s ndis-spinlock-held-at-exit %t -- -DNDIS51

// Two characteristics fields have one name in two structs: StatusHandler
// (an NDIS 6 filter's FilterStatus, an NDIS 5 protocol's ProtocolStatus)
// and UnloadHandler (an NDIS 6 miniport's MiniportDriverUnload, an NDIS 5
// protocol's ProtocolUnload). The struct's name picks the role, which the
// warning names.
#include "ndis.h"

NDIS_SPIN_LOCK GlobalLock;
NDIS_HANDLE FilterDriverHandle, MiniportDriverHandle, ProtocolHandle;

VOID FStatus(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication) {
  NdisAcquireSpinLock(&GlobalLock);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'FStatus' returns with spin lock 'GlobalLock' still held; NDIS calls it as FILTER_STATUS and does not release the lock [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock

VOID PtStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus,
              PVOID StatusBuffer, UINT StatusBufferSize) {
  NdisAcquireSpinLock(&GlobalLock);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'PtStatus' returns with spin lock 'GlobalLock' still held; NDIS calls it as PROTOCOL_STATUS and does not release the lock [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock

VOID MPDriverUnload(PDRIVER_OBJECT DriverObject) {
  NdisAcquireSpinLock(&GlobalLock);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'MPDriverUnload' returns with spin lock 'GlobalLock' still held; NDIS calls it as MINIPORT_UNLOAD and does not release the lock [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock

VOID PtUnload(VOID) {
  NdisAcquireSpinLock(&GlobalLock);
}
// CHECK-NOTES: :[[@LINE-1]]:1: warning: 'PtUnload' returns with spin lock 'GlobalLock' still held; NDIS calls it as PROTOCOL_UNLOAD and does not release the lock [ndis-spinlock-held-at-exit]
// CHECK-NOTES: :[[@LINE-3]]:3: note: 'GlobalLock' is acquired here by NdisAcquireSpinLock

VOID Register(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_FILTER_DRIVER_CHARACTERISTICS FChars;
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
  NDIS_PROTOCOL_CHARACTERISTICS PChars;
  NDIS_STATUS Status;

  NdisZeroMemory(&FChars, sizeof(FChars));
  FChars.StatusHandler = FStatus;
  NdisFRegisterFilterDriver(DriverObject, NULL, &FChars, &FilterDriverHandle);

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.UnloadHandler = MPDriverUnload;
  NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars,
                              &MiniportDriverHandle);

  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.StatusHandler = PtStatus;
  PChars.UnloadHandler = PtUnload;
  NdisRegisterProtocol(&Status, &ProtocolHandle, &PChars, sizeof(PChars));
}
