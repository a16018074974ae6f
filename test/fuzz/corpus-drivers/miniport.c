/* Fuzz seed: a miniport's characteristics, halt against the data path,
   shared memory freed with another handle. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE NblPool;
  PVOID Shared;
  NDIS_PHYSICAL_ADDRESS SharedPa;
} ADAPTER, *PADAPTER;

NDIS_HANDLE DriverHandle;

MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE Context, NDIS_HALT_ACTION Action) {
  PADAPTER A = (PADAPTER)Context;
  NdisMFreeSharedMemory(DriverHandle, 4096, FALSE, A->Shared, A->SharedPa);
}

VOID MPSendNetBufferLists(NDIS_HANDLE Context, PNET_BUFFER_LIST Nbls,
                          NDIS_PORT_NUMBER Port, ULONG Flags) {
  PADAPTER A = (PADAPTER)Context;
  PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(A->NblPool, 0, 0);
  if (!Nbl)
    return;
  NdisFreeNetBufferList(Nbl);
}

NDIS_STATUS DriverEntry(PDRIVER_OBJECT Driver, PUNICODE_STRING Path) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;
  NdisZeroMemory(&Chars, sizeof(Chars));
  Chars.HaltHandlerEx = MPHaltEx;
  Chars.SendNetBufferListsHandler = MPSendNetBufferLists;
  return NdisMRegisterMiniportDriver(Driver, Path, NULL, &Chars, &DriverHandle);
}
