/* DriverEntry registers the callbacks the other files define. */
#include "prot.h"

NDIS_HANDLE ProtocolHandle;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.BindAdapterHandlerEx = ProtBindAdapter;
  Chars.UnbindAdapterHandlerEx = ProtUnbindAdapter;
  Chars.ReceiveNetBufferListsHandler = ProtReceive;
  return NdisRegisterProtocolDriver(NULL, &Chars, &ProtocolHandle);
}
