// RUN: %check_ndis_tidy %s ndis-pool-leak %t

// Error returns through a status variable and shared cleanup labels where
// every path frees the pool, hands it on, or returns success: no report.
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE RxNblPool;
  NDIS_HANDLE TxNblPool;
} MP_ADAPTER, *PMP_ADAPTER;

MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
FILTER_ATTACH FilterAttach;
PROTOCOL_BIND_ADAPTER_EX PtBind;
MP_ADAPTER Global;

VOID RegisterPoolSomewhere(PMP_ADAPTER Adapter, NDIS_HANDLE Pool);

static VOID FreePools(PMP_ADAPTER Adapter) {
  if (Adapter->RxNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->RxNblPool);
  if (Adapter->TxNblPool != NULL)
    NdisFreeNetBufferListPool(Adapter->TxNblPool);
}

VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction) {
  FreePools((PMP_ADAPTER)MiniportAdapterContext);
}

// The cleanup label frees what is allocated, under a test of each handle;
// one `return Status;` serves success and failure.
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NDIS_STATUS Status = NDIS_STATUS_RESOURCES;
  PMP_ADAPTER Adapter;

  Adapter = (PMP_ADAPTER)NdisAllocateMemoryWithTagPriority(
      MiniportAdapterHandle, sizeof(MP_ADAPTER), 'pMxM', NormalPoolPriority);
  if (Adapter == NULL)
    return NDIS_STATUS_RESOURCES;
  NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->RxNblPool == NULL)
    goto Exit;
  Adapter->TxNblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
  if (Adapter->TxNblPool == NULL)
    goto Exit;
  Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, NULL);

Exit:
  if (Status != NDIS_STATUS_SUCCESS) {
    if (Adapter->TxNblPool != NULL)
      NdisFreeNetBufferListPool(Adapter->TxNblPool);
    if (Adapter->RxNblPool != NULL)
      NdisFreeNetBufferListPool(Adapter->RxNblPool);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
  }
  return Status;
}

// The cleanup is a helper that frees each pool under a test (a may-free
// at the call): the error return loses nothing it can see.
NDIS_STATUS FilterAttach(NDIS_HANDLE NdisFilterHandle,
                         NDIS_HANDLE FilterDriverContext,
                         PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters) {
  NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
  NDIS_STATUS Status;
  PMP_ADAPTER Adapter = &Global;

  NdisZeroMemory(&NblParams, sizeof(NblParams));
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &NblParams);
  if (Adapter->RxNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  Status = NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle, NULL);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  return NDIS_STATUS_SUCCESS;
Fail:
  FreePools(Adapter);
  return Status;
}

// A local pool handed to a function ndis-tidy cannot see on the path to the
// error return: that function may own it now.
NTSTATUS HandOff(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NTSTATUS Status;

  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return STATUS_INSUFFICIENT_RESOURCES;
  RegisterPoolSomewhere(Adapter, Pool);
  Status = NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle, NULL);
  if (!NT_SUCCESS(Status))
    return Status;
  return STATUS_SUCCESS;
}

// The status is overwritten after the failure test (here by a DDI through
// its out-parameter, then by success): `return Status;` is no error.
NDIS_STATUS Retry(PMP_ADAPTER Adapter) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_HANDLE Pool;
  NDIS_STATUS Status = NDIS_STATUS_FAILURE;

  NdisZeroMemory(&Params, sizeof(Params));
  Pool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Pool == NULL)
    return NDIS_STATUS_RESOURCES;
  Status = NDIS_STATUS_SUCCESS;
  Adapter->TxNblPool = Pool;
  return Status;
}

// A pending status is not a failure.
NDIS_STATUS PtBind(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                   PNDIS_BIND_PARAMETERS BindParameters) {
  NET_BUFFER_LIST_POOL_PARAMETERS Params;
  NDIS_STATUS Status = NDIS_STATUS_PENDING;
  PMP_ADAPTER Adapter = &Global;

  NdisZeroMemory(&Params, sizeof(Params));
  Adapter->RxNblPool = NdisAllocateNetBufferListPool(Adapter->MiniportAdapterHandle, &Params);
  if (Adapter->RxNblPool == NULL)
    return NDIS_STATUS_RESOURCES;
  return Status;
}
