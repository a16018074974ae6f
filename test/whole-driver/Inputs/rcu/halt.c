/* A halt handler that looks the item up through the other file. */
#include "rcu.h"

MINIPORT_HALT ItemHalt;
VOID ItemHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  UNREFERENCED_PARAMETER(HaltAction);
  (VOID)LookupFlag((PITEM)MiniportAdapterContext);
}

NDIS_STATUS RegisterMiniport(PDRIVER_OBJECT DriverObject,
                             PUNICODE_STRING RegistryPath,
                             NDIS_HANDLE *DriverHandle) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.HaltHandlerEx = ItemHalt;
  return NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars,
                                     DriverHandle);
}
