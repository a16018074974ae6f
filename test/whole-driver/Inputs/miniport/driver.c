/* DriverEntry: registers the callbacks the other files define. */
#include "miniport.h"

NDIS_HANDLE DriverHandle;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.InitializeHandlerEx = MPInitializeEx;
  Chars.HaltHandlerEx = MPHaltEx;
  Chars.SendNetBufferListsHandler = MPSendNetBufferLists;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                     &DriverHandle);
}
