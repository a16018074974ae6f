// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// A correct NDIS 6 protocol driver: a driver-wide pool freed by the
// DRIVER_UNLOAD routine, per-binding pools freed when the binding goes
// away. The check must stay silent.
#define NDIS60 1
#include "ndis.h"

typedef struct _PT_BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE BindContext;
  NDIS_HANDLE UnbindContext;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
  NDIS_HANDLE LoopNblPool;
  NDIS_EVENT ClosedEvent;
} PT_BINDING, *PPT_BINDING;

NDIS_HANDLE ProtocolHandle;
NDIS_HANDLE ControlNblPool;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PtUnload;
PROTOCOL_BIND_ADAPTER_EX PtBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapterEx;
PROTOCOL_OPEN_ADAPTER_COMPLETE_EX PtOpenAdapterCompleteEx;
PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX PtCloseAdapterCompleteEx;

static NDIS_STATUS PtAllocBindingPools(PPT_BINDING Binding) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
  Params.fAllocateNetBuffer = TRUE;
  Binding->RecvNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  if (Binding->RecvNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Binding->LoopNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  if (Binding->LoopNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

static VOID PtFreeBindingPools(PPT_BINDING Binding) {
  if (Binding->SendNblPool != NULL) {
    NdisFreeNetBufferListPool(Binding->SendNblPool);
    Binding->SendNblPool = NULL;
  }
  if (Binding->RecvNblPool != NULL) {
    NdisFreeNetBufferListPool(Binding->RecvNblPool);
    Binding->RecvNblPool = NULL;
  }
}

static VOID PtFreeBinding(PPT_BINDING Binding) {
  PtFreeBindingPools(Binding);
  NdisFreeMemory(Binding, sizeof(PT_BINDING), 0);
}

NDIS_STATUS PtBindAdapterEx(NDIS_HANDLE ProtocolDriverContext,
                            NDIS_HANDLE BindContext,
                            PNDIS_BIND_PARAMETERS BindParameters) {
  PPT_BINDING Binding;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_OPEN_PARAMETERS OpenParameters;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(ProtocolDriverContext);
  UNREFERENCED_PARAMETER(BindParameters);
  Binding = (PPT_BINDING)NdisAllocateMemoryWithTagPriority(
      ProtocolHandle, sizeof(PT_BINDING), 'bPtP', NormalPoolPriority);
  if (Binding == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Binding, sizeof(PT_BINDING));
  Binding->BindContext = BindContext;
  NdisInitializeEvent(&Binding->ClosedEvent);

  // The send pool is allocated here, the others by a helper.
  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Binding->SendNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  if (Binding->SendNblPool == NULL) {
    NdisFreeMemory(Binding, sizeof(PT_BINDING), 0);
    return NDIS_STATUS_RESOURCES;
  }
  Status = PtAllocBindingPools(Binding);
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Binding->LoopNblPool != NULL)
      NdisFreeNetBufferListPool(Binding->LoopNblPool);
    PtFreeBinding(Binding);
    return NDIS_STATUS_RESOURCES;
  }

  NdisZeroMemory(&OpenParameters, sizeof(OpenParameters));
  Status = NdisOpenAdapterEx(ProtocolHandle, Binding, &OpenParameters, BindContext,
                             &Binding->BindingHandle);
  if (Status == NDIS_STATUS_PENDING) {
    // PtOpenAdapterCompleteEx finishes the bind with
    // NdisCompleteBindAdapterEx; the pools stay with the binding.
    return NDIS_STATUS_PENDING;
  }
  PtOpenAdapterCompleteEx(Binding, Status);
  return NDIS_STATUS_PENDING;
}

VOID PtOpenAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status) {
  PPT_BINDING Binding = (PPT_BINDING)ProtocolBindingContext;
  NDIS_HANDLE BindContext = Binding->BindContext;
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Binding->LoopNblPool != NULL)
      NdisFreeNetBufferListPool(Binding->LoopNblPool);
    PtFreeBinding(Binding);
  }
  NdisCompleteBindAdapterEx(BindContext, Status);
}

// The unbind closes the adapter and frees the send and receive pools; the
// loopback pool goes in the close completion, which also completes the
// unbind (NDIS_STATUS_PENDING, NdisCompleteUnbindAdapterEx).
NDIS_STATUS PtUnbindAdapterEx(NDIS_HANDLE UnbindContext,
                              NDIS_HANDLE ProtocolBindingContext) {
  PPT_BINDING Binding = (PPT_BINDING)ProtocolBindingContext;
  Binding->UnbindContext = UnbindContext;
  PtFreeBindingPools(Binding);
  NdisCloseAdapterEx(Binding->BindingHandle);
  return NDIS_STATUS_PENDING;
}

VOID PtCloseAdapterCompleteEx(NDIS_HANDLE ProtocolBindingContext) {
  PPT_BINDING Binding = (PPT_BINDING)ProtocolBindingContext;
  NDIS_HANDLE UnbindContext = Binding->UnbindContext;
  NDIS_HANDLE Loop = Binding->LoopNblPool;
  Binding->LoopNblPool = NULL;
  if (Loop != NULL)
    NdisFreeNetBufferListPool(Loop);
  PtFreeBinding(Binding);
  NdisCompleteUnbindAdapterEx(UnbindContext);
}

// ---------------------------------------------------------------------------
// The driver-wide pool: DriverEntry and the DRIVER_UNLOAD routine it
// registers through DriverObject->DriverUnload.

VOID PtUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  NdisDeregisterProtocolDriver(ProtocolHandle);
  if (ControlNblPool != NULL) {
    NdisFreeNetBufferListPool(ControlNblPool);
    ControlNblPool = NULL;
  }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(RegistryPath);
  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  ControlNblPool = NdisAllocateNetBufferListPool(NULL, &Params);
  if (ControlNblPool == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.BindAdapterHandlerEx = PtBindAdapterEx;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapterEx;
  PChars.OpenAdapterCompleteHandlerEx = PtOpenAdapterCompleteEx;
  PChars.CloseAdapterCompleteHandlerEx = PtCloseAdapterCompleteEx;
  Status = NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisFreeNetBufferListPool(ControlNblPool);
    ControlNblPool = NULL;
    return Status;
  }
  DriverObject->DriverUnload = PtUnload;
  return STATUS_SUCCESS;
}
