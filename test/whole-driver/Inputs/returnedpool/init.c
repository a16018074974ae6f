#include "drv.h"

NDIS_STATUS MPInitialize(NDIS_HANDLE Handle, NDIS_HANDLE Context,
                         PNDIS_MINIPORT_INIT_PARAMETERS Params) {
  PADAPTER Adapter = (PADAPTER)Context;
  Adapter->NblPool = CreateNblPool(Handle);
  if (Adapter->NblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Adapter->Forgotten = CreateNblPool(Handle);
  if (Adapter->Forgotten == NULL) {
    NdisFreeNetBufferListPool(Adapter->NblPool);
    return NDIS_STATUS_RESOURCES;
  }
  return NDIS_STATUS_SUCCESS;
}
