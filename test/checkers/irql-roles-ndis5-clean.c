// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS51_MINIPORT -DNDIS51
// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS50_MINIPORT -DNDIS50
// RUN: %check_ndis_tidy %s ndis-irql %t -- -DNDIS40

// An NDIS 5 miniport and protocol that call each DDI where its page allows:
// the PASSIVE_LEVEL DDIs in MiniportInitialize, MiniportHalt,
// ProtocolBindAdapter, ProtocolUnbindAdapter, ProtocolPnPEvent and
// ProtocolUnload, the Dpr and AtDpcLevel acquires in the callbacks NDIS 5
// calls at DISPATCH_LEVEL (MiniportHandleInterrupt, MiniportCheckForHang,
// ProtocolReceive). Nothing is reported, with each NDIS 5 struct: the
// NDIS40, NDIS50 and NDIS51 builds pick a different one.
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE MiniportAdapterHandle;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE SharedMem;
  NDIS_SPIN_LOCK Lock;
  KSPIN_LOCK KLock;
  NDIS_EVENT Event;
  NDIS_MINIPORT_INTERRUPT Interrupt;
} ADAPTER, *PADAPTER;

typedef struct _BINDING {
  NDIS_HANDLE BindingHandle;
  NDIS_SPIN_LOCK Lock;
  NDIS_EVENT Event;
} BINDING, *PBINDING;

NDIS_HANDLE WrapperHandle, ProtocolHandle;
ADAPTER GlobalAdapter;
BINDING GlobalBinding;

NDIS_STATUS MPInitialize(PNDIS_STATUS OpenErrorStatus, PUINT SelectedMediumIndex,
                         PNDIS_MEDIUM MediumArray, UINT MediumArraySize,
                         NDIS_HANDLE MiniportAdapterHandle,
                         NDIS_HANDLE WrapperConfigurationContext) {
  PADAPTER Adapter = &GlobalAdapter;
  NDIS_STATUS Status;
  Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
  NdisMSetAttributesEx(MiniportAdapterHandle, Adapter, 0, 0, NdisInterfacePci);
  NdisAllocatePacketPool(&Status, &Adapter->PacketPool, 64, 16);
  if (Status != NDIS_STATUS_SUCCESS)
    return Status;
  Status = NdisMRegisterInterrupt(&Adapter->Interrupt, MiniportAdapterHandle, 10, 10,
                                  TRUE, TRUE, NdisInterruptLevelSensitive);
  NdisWaitEvent(&Adapter->Event, 10);
  *SelectedMediumIndex = 0;
  return Status;
}

VOID MPHalt(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisMDeregisterInterrupt(&Adapter->Interrupt);
  NdisWaitEvent(&Adapter->Event, 0);
  NdisFreeSharedMemory(Adapter->MiniportAdapterHandle, Adapter->SharedMem);
  NdisFreePacketPool(Adapter->PacketPool);
}

VOID MPIsr(PBOOLEAN InterruptRecognized, PBOOLEAN QueueMiniportHandleInterrupt,
           NDIS_HANDLE MiniportAdapterContext) {
  *InterruptRecognized = TRUE;
  *QueueMiniportHandleInterrupt = TRUE;
}

VOID MPHandleInterrupt(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
  KeAcquireSpinLockAtDpcLevel(&Adapter->KLock);
  KeReleaseSpinLockFromDpcLevel(&Adapter->KLock);
}

BOOLEAN MPCheckForHang(NDIS_HANDLE MiniportAdapterContext) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  NdisDprAcquireSpinLock(&Adapter->Lock);
  NdisDprReleaseSpinLock(&Adapter->Lock);
  return FALSE;
}

VOID MPSendPackets(NDIS_HANDLE MiniportAdapterContext, PPNDIS_PACKET PacketArray,
                   UINT NumberOfPackets) {
  PADAPTER Adapter = (PADAPTER)MiniportAdapterContext;
  UINT i;
  NdisAcquireSpinLock(&Adapter->Lock);
  NdisReleaseSpinLock(&Adapter->Lock);
  for (i = 0; i < NumberOfPackets; i++)
    NdisMSendComplete(Adapter->MiniportAdapterHandle, PacketArray[i],
                      NDIS_STATUS_SUCCESS);
}

VOID MPReturnPacket(NDIS_HANDLE MiniportAdapterContext, PNDIS_PACKET Packet) {
  NdisFreePacket(Packet);
}

NDIS_STATUS MPQueryInformation(NDIS_HANDLE MiniportAdapterContext, NDIS_OID Oid,
                               PVOID InformationBuffer, ULONG InformationBufferLength,
                               PULONG BytesWritten, PULONG BytesNeeded) {
  return NDIS_STATUS_NOT_SUPPORTED;
}

NDIS_STATUS MPReset(PBOOLEAN AddressingReset, NDIS_HANDLE MiniportAdapterContext) {
  *AddressingReset = FALSE;
  return NDIS_STATUS_SUCCESS;
}

// Registered by designated initializers this time (irql-roles-ndis5.c
// assigns the fields).
NDIS_STATUS MPRegister(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) {
  static NDIS_MINIPORT_CHARACTERISTICS MiniportChars = {
      .MajorNdisVersion = 5,
      .InitializeHandler = MPInitialize,
      .HaltHandler = MPHalt,
      .ISRHandler = MPIsr,
      .HandleInterruptHandler = MPHandleInterrupt,
      .CheckForHangHandler = MPCheckForHang,
      .SendPacketsHandler = MPSendPackets,
      .ReturnPacketHandler = MPReturnPacket,
      .QueryInformationHandler = MPQueryInformation,
      .ResetHandler = MPReset,
  };
  NdisMInitializeWrapper(&WrapperHandle, DriverObject, RegistryPath, NULL);
  return NdisMRegisterMiniport(WrapperHandle, &MiniportChars, sizeof(MiniportChars));
}

VOID PtBind(PNDIS_STATUS Status, NDIS_HANDLE BindContext, PNDIS_STRING DeviceName,
            PVOID SystemSpecific1, PVOID SystemSpecific2) {
  PBINDING Binding = &GlobalBinding;
  NDIS_STATUS OpenErrorStatus;
  UINT Medium;
  NDIS_MEDIUM MediumArray[1] = {NdisMedium802_3};
  NdisOpenAdapter(Status, &OpenErrorStatus, &Binding->BindingHandle, &Medium,
                  MediumArray, 1, ProtocolHandle, Binding, DeviceName, 0, NULL);
  if (*Status == NDIS_STATUS_PENDING)
    NdisWaitEvent(&Binding->Event, 0);
}

VOID PtUnbind(PNDIS_STATUS Status, NDIS_HANDLE ProtocolBindingContext,
              NDIS_HANDLE UnbindContext) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisCloseAdapter(Status, Binding->BindingHandle);
  if (*Status == NDIS_STATUS_PENDING)
    NdisWaitEvent(&Binding->Event, 0);
}

VOID PtOpenAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status,
                           NDIS_STATUS OpenErrorStatus) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisSetEvent(&Binding->Event);
}

VOID PtCloseAdapterComplete(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisSetEvent(&Binding->Event);
}

NDIS_STATUS PtReceive(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE MacReceiveContext,
                      PVOID HeaderBuffer, UINT HeaderBufferSize, PVOID LookAheadBuffer,
                      UINT LookaheadBufferSize, UINT PacketSize) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisDprAcquireSpinLock(&Binding->Lock);
  NdisDprReleaseSpinLock(&Binding->Lock);
  return NDIS_STATUS_NOT_ACCEPTED;
}

INT PtReceivePacket(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisAcquireSpinLock(&Binding->Lock);
  NdisReleaseSpinLock(&Binding->Lock);
  return 0;
}

VOID PtReceiveComplete(NDIS_HANDLE ProtocolBindingContext) {}

VOID PtSendComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                    NDIS_STATUS Status) {
  NdisFreePacket(Packet);
}

VOID PtTransferDataComplete(NDIS_HANDLE ProtocolBindingContext, PNDIS_PACKET Packet,
                            NDIS_STATUS Status, UINT BytesTransferred) {
  NdisFreePacket(Packet);
}

VOID PtStatus(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS GeneralStatus,
              PVOID StatusBuffer, UINT StatusBufferSize) {}

NDIS_STATUS PtPnPEvent(NDIS_HANDLE ProtocolBindingContext, PNET_PNP_EVENT NetPnPEvent) {
  PBINDING Binding = (PBINDING)ProtocolBindingContext;
  NdisWaitEvent(&Binding->Event, 0);
  return NDIS_STATUS_SUCCESS;
}

VOID PtUnload(VOID) {
  NDIS_STATUS Status;
  NdisDeregisterProtocol(&Status, ProtocolHandle);
}

VOID PtRegister(void) {
  NDIS_STATUS Status;
  NDIS_PROTOCOL_CHARACTERISTICS ProtocolChars = {
      .MajorNdisVersion = 5,
      .BindAdapterHandler = PtBind,
      .UnbindAdapterHandler = PtUnbind,
      .OpenAdapterCompleteHandler = PtOpenAdapterComplete,
      .CloseAdapterCompleteHandler = PtCloseAdapterComplete,
      .ReceiveHandler = PtReceive,
      .ReceivePacketHandler = PtReceivePacket,
      .ReceiveCompleteHandler = PtReceiveComplete,
      .SendCompleteHandler = PtSendComplete,
      .TransferDataCompleteHandler = PtTransferDataComplete,
      .StatusHandler = PtStatus,
      .PnPEventHandler = PtPnPEvent,
      .UnloadHandler = PtUnload,
  };
  NdisRegisterProtocol(&Status, &ProtocolHandle, &ProtocolChars, sizeof(ProtocolChars));
}
