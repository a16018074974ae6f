// RUN: %check_ndis_tidy %s ndis-pool-leak %t -- -DNDIS51_MINIPORT -DNDIS51
// RUN: %check_ndis_tidy --check-suffix=FIXED %s ndis-pool-leak %t -- \
// RUN:   -DNDIS51_MINIPORT -DNDIS51 -DFIXED

// An NDIS 5 miniport and protocol: MiniportInitialize is undone by
// MiniportHalt, ProtocolBindAdapter by ProtocolUnbindAdapter (the roles
// from NDIS_MINIPORT_CHARACTERISTICS and NDIS_PROTOCOL_CHARACTERISTICS).
// A pool the setup callback keeps that its teardown callback does not free
// is reported, as for NDIS 6. With FIXED, MiniportHalt frees both pools
// and the binding's pool is freed when the close completes
// (ProtocolCloseAdapterComplete, which also undoes ProtocolBindAdapter) or
// in ProtocolUnbindAdapter when the close does not pend: nothing is
// reported.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE BufferPool;
} ADAPTER, *PADAPTER;

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE PacketPool;
} BINDING, *PBINDING;

NDIS_HANDLE WrapperHandle, ProtocolHandle;

NDIS_STATUS MPInitialize(PNDIS_STATUS OpenErrorStatus, PUINT SelectedMediumIndex,
                         PNDIS_MEDIUM MediumArray, UINT MediumArraySize,
                         NDIS_HANDLE MiniportAdapterHandle,
                         NDIS_HANDLE WrapperConfigurationContext) {
  NDIS_STATUS Status;
  PADAPTER Adapter;

  Status = NdisAllocateMemoryWithTag((PVOID *)&Adapter, sizeof(ADAPTER), 'pdAM');
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  NdisZeroMemory(Adapter, sizeof(ADAPTER));
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  NdisAllocatePacketPool(&Status, &Adapter->PacketPool, 64, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  NdisAllocateBufferPool(&Status, &Adapter->BufferPool, 64);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NDIS_BUFFER pool 'Adapter->BufferPool' allocated during 'MPInitialize' (W_INITIALIZE_HANDLER) is not freed by 'MPHalt' (W_HALT_HANDLER) [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+16]]:6: note: 'MPHalt' is the teardown callback that undoes 'MPInitialize'; it should free 'Adapter->BufferPool'
  if (Status != NDIS_STATUS_SUCCESS)
    goto Fail;
  NdisMSetAttributesEx(MiniportAdapterHandle, Adapter, 0, 0, NdisInterfacePci);
  *SelectedMediumIndex = 0;
  return NDIS_STATUS_SUCCESS;

Fail:
  if (Adapter->PacketPool != NULL)
    NdisFreePacketPool(Adapter->PacketPool);
  if (Adapter->BufferPool != NULL)
    NdisFreeBufferPool(Adapter->BufferPool);
  NdisFreeMemory(Adapter, sizeof(ADAPTER), 0);
  return Status;
}

VOID MPHalt(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisFreePacketPool(Adapter->PacketPool);
#ifdef FIXED
  NdisFreeBufferPool(Adapter->BufferPool);
#endif
  NdisFreeMemory(Adapter, sizeof(ADAPTER), 0);
}

VOID PtBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
            PVOID SystemSpecific1, PVOID SystemSpecific2) {
  PBINDING Binding;
  NDIS_STATUS OpenErrorStatus;
  UINT Medium;
  NDIS_MEDIUM MediumArray[1] = {NdisMedium802_3};

  *Status = NdisAllocateMemoryWithTag((PVOID *)&Binding, sizeof(BINDING), 'dniB');
  if (*Status != NDIS_STATUS_SUCCESS)
    return;
  NdisAllocatePacketPool(Status, &Binding->PacketPool, 32, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: NDIS_PACKET pool 'Binding->PacketPool' allocated during 'PtBind' (PROTOCOL_BIND_ADAPTER) is not freed by 'PtUnbind' (PROTOCOL_UNBIND_ADAPTER) [ndis-pool-leak]
  // CHECK-NOTES: :[[@LINE+13]]:6: note: 'PtUnbind' is the teardown callback that undoes 'PtBind'; it should free 'Binding->PacketPool'
  if (*Status != NDIS_STATUS_SUCCESS) {
    NdisFreeMemory(Binding, sizeof(BINDING), 0);
    return;
  }
  NdisOpenAdapter(Status, &OpenErrorStatus, &Binding->BindingHandle, &Medium,
                  MediumArray, 1, ProtocolHandle, Binding, DeviceName, 0, NULL);
  if (*Status != NDIS_STATUS_SUCCESS && *Status != NDIS_STATUS_PENDING) {
    NdisFreePacketPool(Binding->PacketPool);
    NdisFreeMemory(Binding, sizeof(BINDING), 0);
  }
}

VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisCloseAdapter(Status, Binding->BindingHandle);
#ifdef FIXED
  if (*Status != NDIS_STATUS_PENDING) {
    NdisFreePacketPool(Binding->PacketPool);
    NdisFreeMemory(Binding, sizeof(BINDING), 0);
  }
#endif
}

#ifdef FIXED
VOID PtCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisFreePacketPool(Binding->PacketPool);
  NdisFreeMemory(Binding, sizeof(BINDING), 0);
}
#endif

NDIS_STATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  NDIS_MINIPORT_CHARACTERISTICS MChars;
  NDIS_PROTOCOL_CHARACTERISTICS PChars;
  NDIS_STATUS Status;

  NdisMInitializeWrapper(&WrapperHandle, DriverObject, RegistryPath, NULL);
  NdisZeroMemory(&PChars, sizeof(PChars));
  PChars.MajorNdisVersion = 5;
  PChars.BindAdapterHandler = PtBind;
  PChars.UnbindAdapterHandler = PtUnbind;
#ifdef FIXED
  PChars.CloseAdapterCompleteHandler = PtCloseAdapterComplete;
#endif
  NdisRegisterProtocol(&Status, &ProtocolHandle, &PChars, sizeof(PChars));
  NdisZeroMemory(&MChars, sizeof(MChars));
  MChars.MajorNdisVersion = 5;
  MChars.MinorNdisVersion = 1;
  MChars.InitializeHandler = MPInitialize;
  MChars.HaltHandler = MPHalt;
  return NdisMRegisterMiniport(WrapperHandle, &MChars, sizeof(MChars));
}
