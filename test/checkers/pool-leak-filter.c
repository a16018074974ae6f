// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// An NDIS 6 filter driver whose FilterDetach forgets a pool FilterAttach
// allocated, and whose FilterAttach loses a pool on an error return.
#define NDIS60 1
#include "ndis.h"

typedef struct _MS_FILTER {
  NDIS_HANDLE FilterHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE CloneNblPool;
} MS_FILTER, *PMS_FILTER;

NDIS_HANDLE FilterDriverHandle;
NDIS_HANDLE FilterDriverObject;

DRIVER_INITIALIZE DriverEntry;
FILTER_ATTACH FilterAttach;
FILTER_DETACH FilterDetach;
DRIVER_UNLOAD FilterUnload;

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
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: pool 'Filter->SendNblPool' allocated here leaks when 'FilterAttach' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+25]]:5: note: 'FilterAttach' returns an error here with 'Filter->SendNblPool' still allocated
  if (Filter->SendNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }
  Filter->RecvNblPool = NdisAllocateNetBufferListPool(NdisFilterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: NET_BUFFER_LIST pool 'Filter->RecvNblPool' allocated during 'FilterAttach' (FILTER_ATTACH) is not freed by 'FilterDetach' (FILTER_DETACH) [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+33]]:6: note: 'FilterDetach' is the teardown callback that undoes 'FilterAttach'; it should free 'Filter->RecvNblPool'
  // CHECK-NOTES: :[[@LINE-3]]:25: warning: pool 'Filter->RecvNblPool' allocated here leaks when 'FilterAttach' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+16]]:5: note: 'FilterAttach' returns an error here with 'Filter->RecvNblPool' still allocated
  if (Filter->RecvNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }
  Filter->CloneNblPool = NdisAllocateNetBufferListPool(NdisFilterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: pool 'Filter->CloneNblPool' allocated here leaks when 'FilterAttach' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+9]]:5: note: 'FilterAttach' returns an error here with 'Filter->CloneNblPool' still allocated
  if (Filter->CloneNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }

  NdisZeroMemory(&Attributes, sizeof(Attributes));
  Status = NdisFSetAttributes(NdisFilterHandle, Filter, &Attributes);
  if (Status != NDIS_STATUS_SUCCESS)
    return NDIS_STATUS_FAILURE; // all three pools are lost
  return NDIS_STATUS_SUCCESS;

Fail:
  if (Filter->CloneNblPool != NULL)
    NdisFreeNetBufferListPool(Filter->CloneNblPool);
  if (Filter->RecvNblPool != NULL)
    NdisFreeNetBufferListPool(Filter->RecvNblPool);
  if (Filter->SendNblPool != NULL)
    NdisFreeNetBufferListPool(Filter->SendNblPool);
  NdisFreeMemory(Filter, sizeof(MS_FILTER), 0);
  return Status;
}

// Frees the send and clone pools; the receive pool is forgotten.
VOID FilterDetach(NDIS_HANDLE FilterModuleContext) {
  PMS_FILTER Filter = (PMS_FILTER)FilterModuleContext;
  NdisFreeNetBufferListPool(Filter->SendNblPool);
  NdisFreeNetBufferListPool(Filter->CloneNblPool);
  NdisFreeMemory(Filter, sizeof(MS_FILTER), 0);
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
  DriverObject->DriverUnload = FilterUnload;
  FilterDriverObject = DriverObject;
  return NdisFRegisterFilterDriver(DriverObject, (NDIS_HANDLE)FilterDriverObject,
                                   &FChars, &FilterDriverHandle);
}
