// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// An NDIS 6 intermediate (MUX-style) driver: a miniport edge and a protocol
// edge in one translation unit, with pools that leak in each of the three
// ways the check reports.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE TxNblPool;
  NDIS_HANDLE TxNbPool;
} MP_ADAPTER, *PMP_ADAPTER;

typedef struct _PT_BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE SendNblPool;
  NDIS_HANDLE RecvNblPool;
} PT_BINDING, *PPT_BINDING;

NDIS_HANDLE NdisDriverHandle;
NDIS_HANDLE ProtocolHandle;
NDIS_HANDLE GlobalNblPool;
NDIS_HANDLE GlobalNbPool;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_UNLOAD MPUnload;
PROTOCOL_BIND_ADAPTER_EX PtBindAdapterEx;
PROTOCOL_UNBIND_ADAPTER_EX PtUnbindAdapterEx;

// ---------------------------------------------------------------------------
// Driver-wide pools: DriverEntry allocates, the unload routine undoes it.

VOID MPUnload(PDRIVER_OBJECT DriverObject) {
  UNREFERENCED_PARAMETER(DriverObject);
  NdisDeregisterProtocolDriver(ProtocolHandle);
  NdisMDeregisterMiniportDriver(NdisDriverHandle);
  // Forgets GlobalNblPool, which DriverEntry frees only when it fails.
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;
  NDIS_PROTOCOL_DRIVER_CHARACTERISTICS PChars;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_STATUS Status;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  NblParams.fAllocateNetBuffer = TRUE;
  GlobalNblPool = NdisAllocateNetBufferListPool(NULL, &NblParams);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: NET_BUFFER_LIST pool 'GlobalNblPool' allocated during 'DriverEntry' (DRIVER_INITIALIZE) is not freed by 'MPUnload' (MINIPORT_UNLOAD) [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE-18]]:6: note: 'MPUnload' is the teardown callback that undoes 'DriverEntry'; it should free 'GlobalNblPool'
  if (GlobalNblPool == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;

  // Allocated and never freed anywhere.
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  GlobalNbPool = NdisAllocateNetBufferPool(NULL, &NbParams);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: NET_BUFFER pool 'GlobalNbPool' allocated here is never freed: no function in this translation unit frees it [ndis-pool-leak]
  // `return Status;` below is an error return: Status was tested as failed
  // on every path to it, and GlobalNbPool is still allocated there.
  // CHECK-NOTES: :[[@LINE-4]]:18: warning: pool 'GlobalNbPool' allocated here leaks when 'DriverEntry' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+23]]:3: note: 'DriverEntry' returns an error here with 'GlobalNbPool' still allocated

  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.BindAdapterHandlerEx = PtBindAdapterEx;
  PChars.UnbindAdapterHandlerEx = PtUnbindAdapterEx;
  Status = NdisRegisterProtocolDriver(NULL, &PChars, &ProtocolHandle);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.InitializeHandlerEx = MPInitializeEx;
  MChars.HaltHandlerEx = MPHaltEx;
  MChars.UnloadHandler = MPUnload;
  Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &MChars,
                                       &NdisDriverHandle);
  if (Status != NDIS_STATUS_SUCCESS) {
    NdisDeregisterProtocolDriver(ProtocolHandle);
    goto Fail;
  }
  return STATUS_SUCCESS;

Fail:
  NdisFreeNetBufferListPool(GlobalNblPool);
  return Status;
}

// ---------------------------------------------------------------------------
// Miniport edge.

// Called from MPInitializeEx; its pool is freed on the init-failure path
// but MPHaltEx never frees it.
static NDIS_STATUS MPAllocateRxResources(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle,
                                                     &Params);
                                                     // CHECK-NOTES: :[[@LINE-2]]:24: warning: NET_BUFFER_LIST pool 'Adapter->RxNblPool' allocated during 'MPInitializeEx' (MINIPORT_INITIALIZE) is not freed by 'MPHaltEx' (MINIPORT_HALT) [ndis-pool-leak]
                                                     // CHECK-NOTES: :[[@LINE+31]]:12: note: 'MPInitializeEx' calls 'MPAllocateRxResources' here
                                                     // CHECK-NOTES: :[[@LINE+58]]:6: note: 'MPHaltEx' is the teardown callback that undoes 'MPInitializeEx'; it should free 'Adapter->RxNblPool'
  if (Adapter->RxNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}

static VOID MPFreeRxResources(PMP_ADAPTER Adapter) {
  if (Adapter->RxNblPool != NULL) {
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
    Adapter->RxNblPool = NULL;
  }
}

NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  PMP_ADAPTER Adapter;
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NET_BUFFER_POOL_PARAMETERS NbParams;
  NDIS_STATUS Status;

  UNREFERENCED_PARAMETER(MiniportDriverContext);
  UNREFERENCED_PARAMETER(InitParameters);
  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;

  Status = MPAllocateRxResources(Adapter);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->TxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: pool 'Adapter->TxNblPool' allocated here leaks when 'MPInitializeEx' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+11]]:5: note: 'MPInitializeEx' returns an error here with 'Adapter->TxNblPool' still allocated
  if (Adapter->TxNblPool == NULL) {
    Status = NDIS_STATUS_RESOURCES;
    goto Fail;
  }

  // An error return of the setup callback: NDIS calls no MPHaltEx after a
  // failed MPInitializeEx, so TxNblPool is lost here.
  NdisZeroMemory(&NbParams, sizeof(NbParams));
  Adapter->TxNbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
  if (Adapter->TxNbPool == NULL)
    return NDIS_STATUS_RESOURCES;

  return NDIS_STATUS_SUCCESS;

Fail:
  MPFreeRxResources(Adapter);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
  return Status;
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
  UNREFERENCED_PARAMETER(HaltAction);
  NdisFreeNetBufferPool(Adapter->TxNbPool);
  NdisFreeNetBufferListPool(Adapter->TxNblPool);
  NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

// ---------------------------------------------------------------------------
// Local pools lost at a return.

static NDIS_STATUS MPSelfTest(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE TestPool;
  PNET_BUFFER_LIST Nbl;

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  TestPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: pool 'TestPool' allocated here leaks when 'MPSelfTest' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+5]]:5: note: 'MPSelfTest' returns an error here with 'TestPool' still allocated
  if (TestPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Nbl = NdisAllocateNetBufferAndNetBufferList(TestPool, 0, 0, NULL, 0, 0);
  if (Nbl == NULL)
    return NDIS_STATUS_RESOURCES; // TestPool is lost
  NdisFreeNetBufferList(Nbl);
  NdisFreeNetBufferListPool(TestPool);
  return NDIS_STATUS_SUCCESS;
}

static VOID MPProbePools(PMP_ADAPTER Adapter) {
  NET_BUFFER_POOL_PARAMETERS Params;
  NDIS_HANDLE Probe;

  NdisZeroMemory(&Params, sizeof(Params));
  Probe = NdisAllocateNetBufferPool(Adapter->MiniportAdapterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: pool 'Probe' allocated here leaks when 'MPProbePools' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+4]]:1: note: 'MPProbePools' returns here with 'Probe' still allocated
  if (Probe == NULL)
    return;
  // Falls off the end with Probe still allocated.
}

// ---------------------------------------------------------------------------
// Protocol edge: the bind allocates two pools, the unbind frees only one.

static VOID PtFreeBindingPools(PPT_BINDING Binding) {
  if (Binding->SendNblPool != NULL)
    NdisFreeNetBufferListPool(Binding->SendNblPool);
  if (Binding->RecvNblPool != NULL)
    NdisFreeNetBufferListPool(Binding->RecvNblPool);
}

NDIS_STATUS PtBindAdapterEx(NDIS_HANDLE ProtocolDriverContext,
                            NDIS_HANDLE BindContext,
                            PNDIS_BIND_PARAMETERS BindParameters) {
  PPT_BINDING Binding;
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_OPEN_PARAMETERS OpenParameters;

  UNREFERENCED_PARAMETER(ProtocolDriverContext);
  UNREFERENCED_PARAMETER(BindParameters);
  Binding = (PPT_BINDING)NdisAllocateMemoryWithTagPriority(
      ProtocolHandle, sizeof(PT_BINDING), 'bPxM', NormalPoolPriority);
  if (Binding == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Binding, sizeof(PT_BINDING));

  NdisZeroMemory(&Params, sizeof(Params));
  Params.fAllocateNetBuffer = TRUE;
  Binding->SendNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  Binding->RecvNblPool = NdisAllocateNetBufferListPool(ProtocolHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: NET_BUFFER_LIST pool 'Binding->RecvNblPool' allocated during 'PtBindAdapterEx' (PROTOCOL_BIND_ADAPTER_EX) is not freed by 'PtUnbindAdapterEx' (PROTOCOL_UNBIND_ADAPTER_EX) [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+12]]:13: note: 'PtUnbindAdapterEx' is the teardown callback that undoes 'PtBindAdapterEx'; it should free 'Binding->RecvNblPool'
  if (Binding->SendNblPool == NULL || Binding->RecvNblPool == NULL) {
    PtFreeBindingPools(Binding);
    NdisFreeMemory(Binding, sizeof(PT_BINDING), 0);
    return NDIS_STATUS_RESOURCES;
  }

  NdisZeroMemory(&OpenParameters, sizeof(OpenParameters));
  return NdisOpenAdapterEx(ProtocolHandle, Binding, &OpenParameters, BindContext,
                           &Binding->BindingHandle);
}

NDIS_STATUS PtUnbindAdapterEx(NDIS_HANDLE UnbindContext,
                              NDIS_HANDLE ProtocolBindingContext) {
  PPT_BINDING Binding = (PPT_BINDING)ProtocolBindingContext;
  UNREFERENCED_PARAMETER(UnbindContext);
  NdisCloseAdapterEx(Binding->BindingHandle);
  NdisFreeNetBufferListPool(Binding->SendNblPool);
  NdisFreeMemory(Binding, sizeof(PT_BINDING), 0);
  return NDIS_STATUS_SUCCESS;
}

// ---------------------------------------------------------------------------
// A local pool declared with its allocation as initializer.

static NDIS_STATUS MPCheckLoopback(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params = {0};
  NDIS_HANDLE LoopPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: pool 'LoopPool' allocated here leaks when 'MPCheckLoopback' returns without freeing it [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+3]]:3: note: 'MPCheckLoopback' returns here with 'LoopPool' still allocated
  if (LoopPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return NDIS_STATUS_SUCCESS;
}
