// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// A correct NDIS 6 filter driver. FilterAttach's pools are freed by
// FilterDetach through a cleanup helper, and on attach failure through a
// goto. FilterRestart reallocates its send pool when the stack changed
// ("Restarting a Filter Module": the driver can reallocate NET_BUFFER and
// NET_BUFFER_LIST pools), freeing the old one itself; FilterDetach frees
// the last one. The check must stay silent.
#define NDIS620 1
#include "ndis.h"

typedef struct _MS_FILTER {
  NDIS_HANDLE FilterHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
  USHORT ContextSize;
} MS_FILTER, *PMS_FILTER;

NDIS_HANDLE FilterDriverHandle;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD FilterUnload;
FILTER_ATTACH FilterAttach;
FILTER_DETACH FilterDetach;
FILTER_RESTART FilterRestart;
FILTER_PAUSE FilterPause;

static VOID FilterFreePools(PMS_FILTER Filter) {
  if (Filter->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Filter->RecvNblPool);
    Filter->RecvNblPool = NULL;
  }
  if (Filter->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Filter->SendNblPool);
    Filter->SendNblPool = NULL;
  }
}

NDIS_STATUS FilterAttach(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
                         PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters) {
  PMS_FILTER Filter;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_FILTER_ATTRIBUTES Attributes;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(FilterDriverContext);
  UNREFERENCED_PARAMETER(AttachParameters);
  Filter = (PMS_FILTER)NdisAllocateMemoryWithTagPriority(
      NdisFilterHandle, sizeof(MS_FILTER), 'tlfM', NormalPoolPriority);
  if (Filter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Filter, sizeof(MS_FILTER));
  Filter->FilterHandle = NdisFilterHandle;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Filter->SendNblPool = NdisAllocateNetBufferListPool(NdisFilterHandle, &Params);
  if (Filter->SendNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }
  Filter->RecvNblPool = NdisAllocateNetBufferListPool(NdisFilterHandle, &Params);
  if (Filter->RecvNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }

  NdisZeroMemory(&Attributes, sizeof(Attributes));
  Status = NdisFSetAttributes(NdisFilterHandle, Filter, &Attributes);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;

Fail:
  FilterFreePools(Filter);
  NdisFreeMemory(Filter, sizeof(MS_FILTER), 0);
  return Status;
}

VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PMS_FILTER Filter = (PMS_FILTER)FilterModuleContext;
  FilterFreePools(Filter);
  NdisFreeMemory(Filter, sizeof(MS_FILTER), 0);
}

NDIS_STATUS FilterPause(NDIS_HANDLE FilterModuleContext,
                        PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters) {
  PMS_FILTER Filter = (PMS_FILTER)FilterModuleContext;
  UNREFERENCED_PARAMETER(PauseParameters);
  UNREFERENCED_PARAMETER(Filter);
  return NDIS_STATUS_SUCCESS;
}

NDIS_STATUS FilterRestart(NDIS_HANDLE FilterModuleContext,
                          PNDIS_FILTER_RESTART_PARAMETERS RestartParameters) {
  PMS_FILTER Filter = (PMS_FILTER)FilterModuleContext;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE NewPool;

  UNREFERENCED_PARAMETER(RestartParameters);
  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Params.ContextSize = Filter->ContextSize;
  NewPool = NdisAllocateNetBufferListPool(Filter->FilterHandle, &Params);
  if (NewPool == NULL)
    return NDIS_STATUS_RESOURCES;
  if (Filter->SendNblPool != NULL)
    NdisFreeNetBufferListPool(Filter->SendNblPool);
  Filter->SendNblPool = NewPool;

  // The same, written straight into the field.
  if (Filter->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Filter->RecvNblPool);
    Filter->RecvNblPool = NULL;
  }
  Filter->RecvNblPool = NdisAllocateNetBufferListPool(Filter->FilterHandle, &Params);
  if (Filter->RecvNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

VOID FilterUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  NdisFDeregisterFilterDriver(FilterDriverHandle);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_FILTER_DRIVER_CHARACTERISTICS FChars;
  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&FChars, sizeof(FChars));
  FChars.AttachHandler = FilterAttach;
  FChars.DetachHandler = FilterDetach;
  FChars.PauseHandler = FilterPause;
  FChars.RestartHandler = FilterRestart;
  DriverObject->DriverUnload = FilterUnload;
  return NdisFRegisterFilterDriver(DriverObject, NULL, &FChars, &FilterDriverHandle);
}
