/*
 * miniport.c - driver entry, adapter setup and teardown, pause/restart and
 * OID handling for the SimNIC sample NDIS 6.20 miniport.
 *
 * This driver is the ndis-tidy demo. It is written as a real driver would
 * be, except for these deliberate bugs, each commented at the offending line:
 *
 *  (a) Shared memory freed with the wrong NDIS handle. NdisAllocateSharedMemory
 *      is called with Adapter->MiniportAdapterHandle, but NdisFreeSharedMemory
 *      is called with GlobalDriverHandle, the driver handle:
 *        - in MPInitializeEx's failure path (allocation and free in one function);
 *        - in MPHaltEx (allocation in MPInitializeEx, free in MPHaltEx).
 *  (b) MPInitializeEx's loopback check allocates a NET_BUFFER_LIST and, when
 *      the check fails, jumps to Cleanup, which frees the NBL pool while that
 *      NBL is still allocated from it.
 *  (c) MPInterruptDpc (datapath.c) calls NdisMSleep, which requires
 *      PASSIVE_LEVEL, while running at DISPATCH_LEVEL.
 *  (d) MPHaltEx holds Adapter->RecvLock, a spin lock, while it calls the helper
 *      MPFreeRxResources, which polls the pending-receive count with
 *      NdisMSleep: a PASSIVE_LEVEL wait, at DISPATCH_LEVEL.
 */
#include "miniport.h"

NDIS_HANDLE GlobalDriverHandle = NULL;

static const NDIS_OID MpSupportedOids[] = {
    OID_GEN_SUPPORTED_LIST,     OID_GEN_CURRENT_PACKET_FILTER,
    OID_GEN_CURRENT_LOOKAHEAD,  OID_802_3_CURRENT_ADDRESS,
    OID_802_3_MULTICAST_LIST,
};

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_STATUS Status;
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS MChars;

    NdisZeroMemory(&MChars, sizeof(MChars));
    MChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    MChars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    MChars.MajorNdisVersion = NDIS_MINIPORT_MAJOR_VERSION;
    MChars.MinorNdisVersion = NDIS_MINIPORT_MINOR_VERSION;
    MChars.MajorDriverVersion = MP_MAJOR_DRIVER_VERSION;
    MChars.MinorDriverVersion = MP_MINOR_DRIVER_VERSION;

    MChars.InitializeHandlerEx = MPInitializeEx;
    MChars.HaltHandlerEx = MPHaltEx;
    MChars.UnloadHandler = MPDriverUnload;
    MChars.PauseHandler = MPPause;
    MChars.RestartHandler = MPRestart;
    MChars.OidRequestHandler = MPOidRequest;
    MChars.CancelOidRequestHandler = MPCancelOidRequest;
    MChars.SendNetBufferListsHandler = MPSendNetBufferLists;
    MChars.CancelSendHandler = MPCancelSend;
    MChars.ReturnNetBufferListsHandler = MPReturnNetBufferLists;
    MChars.ResetHandlerEx = MPResetEx;
    MChars.DevicePnPEventNotifyHandler = MPDevicePnPEventNotify;
    MChars.ShutdownHandlerEx = MPShutdownEx;

    Status = NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL,
                                         &MChars, &GlobalDriverHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        KdPrint(("SimNIC: NdisMRegisterMiniportDriver failed: 0x%08x\n", Status));
    }
    return Status;
}

_Use_decl_annotations_
VOID MPDriverUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(GlobalDriverHandle);
}

static NDIS_STATUS MPSetGeneralAttributes(_In_ PMP_ADAPTER Adapter)
{
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES Gen;

    NdisZeroMemory(&Gen, sizeof(Gen));
    Gen.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Gen.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Gen.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Gen.MediaType = NdisMedium802_3;
    Gen.PhysicalMediumType = NdisPhysicalMedium802_3;
    Gen.MtuSize = MP_MTU;
    Gen.MaxXmitLinkSpeed = MP_LINK_SPEED;
    Gen.XmitLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    Gen.MaxRcvLinkSpeed = MP_LINK_SPEED;
    Gen.RcvLinkSpeed = NDIS_LINK_SPEED_UNKNOWN;
    Gen.MediaConnectState = MediaConnectStateUnknown;
    Gen.MediaDuplexState = MediaDuplexStateUnknown;
    Gen.LookaheadSize = MP_MAX_FRAME_SIZE;
    Gen.MacOptions = NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA |
                     NDIS_MAC_OPTION_TRANSFERS_NOT_PEND |
                     NDIS_MAC_OPTION_NO_LOOPBACK | NDIS_MAC_OPTION_FULL_DUPLEX;
    Gen.SupportedPacketFilters = NDIS_PACKET_TYPE_DIRECTED | NDIS_PACKET_TYPE_MULTICAST |
                                 NDIS_PACKET_TYPE_ALL_MULTICAST | NDIS_PACKET_TYPE_BROADCAST;
    Gen.MaxMulticastListSize = MP_MAX_MULTICAST;
    Gen.MacAddressLength = MP_MAC_LENGTH;
    NdisMoveMemory(Gen.PermanentMacAddress, Adapter->PermanentAddress, MP_MAC_LENGTH);
    NdisMoveMemory(Gen.CurrentMacAddress, Adapter->CurrentAddress, MP_MAC_LENGTH);
    Gen.AccessType = NET_IF_ACCESS_BROADCAST;
    Gen.DirectionType = NET_IF_DIRECTION_SENDRECEIVE;
    Gen.ConnectionType = NET_IF_CONNECTION_DEDICATED;
    Gen.IfType = IF_TYPE_ETHERNET_CSMACD;
    Gen.IfConnectorPresent = TRUE;
    Gen.SupportedOidList = (PNDIS_OID)MpSupportedOids;
    Gen.SupportedOidListLength = sizeof(MpSupportedOids);

    return NdisMSetMiniportAttributes(Adapter->MiniportAdapterHandle,
                                      (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Gen);
}

/* Frees the receive MDLs and the NET_BUFFER pool once no receive is out.
   Runs only once the interrupt is deregistered, so no DPC can be using
   them. */
static VOID MPFreeRxResources(_Inout_ PMP_ADAPTER Adapter)
{
    NDIS_HANDLE NbPool;
    ULONG i;

    while (Adapter->PendingRecvs != 0) {
        NdisMSleep(1000); // BUG (demo): MPHaltEx calls this with RecvLock held, at DISPATCH_LEVEL
    }

    for (i = 0; i < MP_RX_RING_SIZE; i++) {
        if (Adapter->RxMdl[i] != NULL) {
            NdisFreeMdl(Adapter->RxMdl[i]);
            Adapter->RxMdl[i] = NULL;
        }
    }

    NbPool = Adapter->NbPool;
    Adapter->NbPool = NULL;
    if (NbPool != NULL) {
        NdisFreeNetBufferPool(NbPool);
    }
}

_Use_decl_annotations_
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters)
{
    NDIS_STATUS Status;
    PMP_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegAttrs;
    NET_BUFFER_LIST_POOL_PARAMETERS NblParams;
    NET_BUFFER_POOL_PARAMETERS NbParams;
    NDIS_SG_DMA_DESCRIPTION DmaDesc;
    NDIS_SHARED_MEMORY_PARAMETERS SharedParams;
    NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS IntChars;
    PNET_BUFFER_LIST LoopbackNbl;
    static const UCHAR DefaultMac[MP_MAC_LENGTH] = {0x02, 0x53, 0x4D, 0x4E, 0x43, 0x01};
    ULONG i;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(MiniportInitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(MP_ADAPTER),
                                                MP_POOL_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(MP_ADAPTER));
    Adapter->MiniportAdapterHandle = MiniportAdapterHandle;
    Adapter->State = MpStateInitializing;
    NdisAllocateSpinLock(&Adapter->SendLock);
    NdisAllocateSpinLock(&Adapter->RecvLock);
    NdisInitializeEvent(&Adapter->SendIdleEvent);
    NdisMoveMemory(Adapter->PermanentAddress, DefaultMac, MP_MAC_LENGTH);
    NdisMoveMemory(Adapter->CurrentAddress, DefaultMac, MP_MAC_LENGTH);

    NdisZeroMemory(&RegAttrs, sizeof(RegAttrs));
    RegAttrs.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    RegAttrs.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    RegAttrs.MiniportAdapterContext = Adapter;
    RegAttrs.AttributeFlags = NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE |
                              NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER;
    RegAttrs.CheckForHangTimeInSeconds = 0;
    RegAttrs.InterfaceType = NdisInterfacePci;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle,
                                        (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&RegAttrs);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Cleanup;
    }

    Status = MPSetGeneralAttributes(Adapter);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Cleanup;
    }

    /* Receive NBLs come from one pool, their NET_BUFFERs from another. */
    NdisZeroMemory(&NblParams, sizeof(NblParams));
    NblParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    NblParams.Header.Revision = NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    NblParams.Header.Size = NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1;
    NblParams.ProtocolId = NDIS_PROTOCOL_ID_DEFAULT;
    NblParams.fAllocateNetBuffer = FALSE;
    NblParams.ContextSize = 0;
    NblParams.PoolTag = MP_POOL_TAG;
    NblParams.DataSize = 0;
    Adapter->NblPool = NdisAllocateNetBufferListPool(MiniportAdapterHandle, &NblParams);
    if (Adapter->NblPool == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Cleanup;
    }

    NdisZeroMemory(&NbParams, sizeof(NbParams));
    NbParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    NbParams.Header.Revision = NET_BUFFER_POOL_PARAMETERS_REVISION_1;
    NbParams.Header.Size = NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1;
    NbParams.PoolTag = MP_POOL_TAG;
    NbParams.DataSize = 0;
    Adapter->NbPool = NdisAllocateNetBufferPool(MiniportAdapterHandle, &NbParams);
    if (Adapter->NbPool == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Cleanup;
    }

    /* NdisAllocateSharedMemory needs a scatter/gather DMA channel first. */
    NdisZeroMemory(&DmaDesc, sizeof(DmaDesc));
    DmaDesc.Header.Type = NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION;
    DmaDesc.Header.Revision = NDIS_SG_DMA_DESCRIPTION_REVISION_1;
    DmaDesc.Header.Size = NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1;
    DmaDesc.Flags = NDIS_SG_DMA_64_BIT_ADDRESS;
    DmaDesc.MaximumPhysicalMapping = MP_MAX_FRAME_SIZE;
    DmaDesc.ProcessSGListHandler = MPProcessSGList;
    DmaDesc.SharedMemAllocateCompleteHandler = NULL;
    Status = NdisMRegisterScatterGatherDma(MiniportAdapterHandle, &DmaDesc,
                                           &Adapter->DmaHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Cleanup;
    }

    NdisZeroMemory(&SharedParams, sizeof(SharedParams));
    SharedParams.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    SharedParams.Header.Revision = NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1;
    SharedParams.Header.Size = NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1;
    SharedParams.Flags = NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS;
    SharedParams.PreferredNode = MM_ANY_NODE_OK;
    SharedParams.Usage = NdisSharedMemoryUsageReceive;
    SharedParams.Length = sizeof(MP_SHARED_BLOCK);
    Status = NdisAllocateSharedMemory(Adapter->MiniportAdapterHandle, &SharedParams,
                                      &Adapter->SharedMemHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Cleanup;
    }
    Adapter->Shared = (PMP_SHARED_BLOCK)SharedParams.VirtualAddress;
    NdisZeroMemory(Adapter->Shared, sizeof(MP_SHARED_BLOCK));

    /* Loopback check: the device must echo one frame before we go live. */
    LoopbackNbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
    if (LoopbackNbl == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto Cleanup;
    }
    LoopbackNbl->SourceHandle = MiniportAdapterHandle;
    if (Adapter->Shared->RxRing[0].Status != MP_DESC_OWNED_BY_DEVICE) {
        Status = NDIS_STATUS_ADAPTER_NOT_FOUND;
        goto Cleanup; // BUG (demo): LoopbackNbl is not freed, and Cleanup frees its pool
    }
    NdisFreeNetBufferList(LoopbackNbl);

    for (i = 0; i < MP_RX_RING_SIZE; i++) {
        Adapter->RxMdl[i] = NdisAllocateMdl(MiniportAdapterHandle,
                                            Adapter->Shared->RxBuffers[i],
                                            MP_RX_BUFFER_SIZE);
        if (Adapter->RxMdl[i] == NULL) {
            Status = NDIS_STATUS_RESOURCES;
            goto Cleanup;
        }
        Adapter->Shared->RxRing[i].Status = MP_DESC_OWNED_BY_DEVICE;
    }

    NdisZeroMemory(&IntChars, sizeof(IntChars));
    IntChars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT;
    IntChars.Header.Revision = NDIS_MINIPORT_INTERRUPT_REVISION_1;
    IntChars.Header.Size = NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1;
    IntChars.InterruptHandler = MPInterrupt;
    IntChars.InterruptDpcHandler = MPInterruptDpc;
    IntChars.DisableInterruptHandler = MPDisableInterrupt;
    IntChars.EnableInterruptHandler = MPEnableInterrupt;
    IntChars.MsiSupported = FALSE;
    Status = NdisMRegisterInterruptEx(MiniportAdapterHandle, Adapter, &IntChars,
                                      &Adapter->InterruptHandle);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto Cleanup;
    }

    MPHwEnableInterrupts(Adapter);
    Adapter->State = MpStatePaused;
    return NDIS_STATUS_SUCCESS;

Cleanup:
    MPFreeRxResources(Adapter);
    if (Adapter->SharedMemHandle != NULL) {
        NdisFreeSharedMemory(GlobalDriverHandle, Adapter->SharedMemHandle); // BUG (demo): allocated above with Adapter->MiniportAdapterHandle
        Adapter->SharedMemHandle = NULL;
    }
    if (Adapter->DmaHandle != NULL) {
        NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    }
    if (Adapter->NblPool != NULL) {
        NdisFreeNetBufferListPool(Adapter->NblPool);
    }
    NdisFreeSpinLock(&Adapter->RecvLock);
    NdisFreeSpinLock(&Adapter->SendLock);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
    return Status;
}

_Use_decl_annotations_
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);

    /* NDIS pauses the adapter before halting it, so no send is pending. */
    Adapter->State = MpStateHalted;
    MPHwDisableInterrupts(Adapter);
    NdisMDeregisterInterruptEx(Adapter->InterruptHandle);
    Adapter->InterruptHandle = NULL;

    /* MPPause has drained the receive NBLs (PendingRecvs is 0). */
    NdisFreeNetBufferListPool(Adapter->NblPool);
    Adapter->NblPool = NULL;

    /* No receive may start while the ring is torn down. */
    NdisAcquireSpinLock(&Adapter->RecvLock);
    MPFreeRxResources(Adapter);
    NdisReleaseSpinLock(&Adapter->RecvLock);

    NdisFreeSharedMemory(GlobalDriverHandle, Adapter->SharedMemHandle); // BUG (demo): must be Adapter->MiniportAdapterHandle, as allocated
    Adapter->SharedMemHandle = NULL;
    Adapter->Shared = NULL;

    NdisMDeregisterScatterGatherDma(Adapter->DmaHandle);
    NdisFreeSpinLock(&Adapter->RecvLock);
    NdisFreeSpinLock(&Adapter->SendLock);
    NdisFreeMemory(Adapter, sizeof(MP_ADAPTER), 0);
}

_Use_decl_annotations_
NDIS_STATUS MPPause(NDIS_HANDLE MiniportAdapterContext,
                    PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    BOOLEAN MustWait;

    UNREFERENCED_PARAMETER(PauseParameters);

    /* Stop accepting sends, then wait for the accepted ones to complete. */
    NdisAcquireSpinLock(&Adapter->SendLock);
    Adapter->State = MpStatePausing;
    NdisResetEvent(&Adapter->SendIdleEvent);
    MustWait = (BOOLEAN)(Adapter->PendingSends != 0);
    NdisReleaseSpinLock(&Adapter->SendLock);

    if (MustWait) {
        NdisWaitEvent(&Adapter->SendIdleEvent, 0);
    }

    NdisAcquireSpinLock(&Adapter->SendLock);
    Adapter->State = MpStatePaused;
    NdisReleaseSpinLock(&Adapter->SendLock);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
NDIS_STATUS MPRestart(NDIS_HANDLE MiniportAdapterContext,
                      PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(RestartParameters);

    NdisAcquireSpinLock(&Adapter->SendLock);
    Adapter->State = MpStateRunning;
    NdisReleaseSpinLock(&Adapter->SendLock);
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
NDIS_STATUS MPOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    const VOID *Source;
    UINT Length;

    if (OidRequest->RequestType == NdisRequestSetInformation) {
        Length = OidRequest->DATA.SET_INFORMATION.InformationBufferLength;
        switch (OidRequest->DATA.SET_INFORMATION.Oid) {
        case OID_GEN_CURRENT_PACKET_FILTER:
        case OID_GEN_CURRENT_LOOKAHEAD:
            if (Length < sizeof(ULONG)) {
                OidRequest->DATA.SET_INFORMATION.BytesNeeded = sizeof(ULONG);
                return NDIS_STATUS_INVALID_LENGTH;
            }
            if (OidRequest->DATA.SET_INFORMATION.Oid == OID_GEN_CURRENT_PACKET_FILTER) {
                Adapter->PacketFilter = *(PULONG)OidRequest->DATA.SET_INFORMATION.InformationBuffer;
            }
            OidRequest->DATA.SET_INFORMATION.BytesRead = sizeof(ULONG);
            return NDIS_STATUS_SUCCESS;
        case OID_802_3_MULTICAST_LIST:
            /* SimNIC receives every multicast frame: only check the list. */
            if (Length % MP_MAC_LENGTH != 0 || Length > MP_MAX_MULTICAST * MP_MAC_LENGTH) {
                return NDIS_STATUS_INVALID_LENGTH;
            }
            OidRequest->DATA.SET_INFORMATION.BytesRead = Length;
            return NDIS_STATUS_SUCCESS;
        default:
            return NDIS_STATUS_NOT_SUPPORTED;
        }
    }
    if (OidRequest->RequestType != NdisRequestQueryInformation) {
        return NDIS_STATUS_NOT_SUPPORTED;
    }

    /* NDIS answers the other general OIDs from the attributes we set. */
    switch (OidRequest->DATA.QUERY_INFORMATION.Oid) {
    case OID_GEN_SUPPORTED_LIST:
        Source = MpSupportedOids;
        Length = sizeof(MpSupportedOids);
        break;
    case OID_GEN_CURRENT_PACKET_FILTER:
        Source = &Adapter->PacketFilter;
        Length = sizeof(ULONG);
        break;
    case OID_802_3_CURRENT_ADDRESS:
        Source = Adapter->CurrentAddress;
        Length = MP_MAC_LENGTH;
        break;
    default:
        return NDIS_STATUS_NOT_SUPPORTED;
    }
    if (OidRequest->DATA.QUERY_INFORMATION.InformationBufferLength < Length) {
        OidRequest->DATA.QUERY_INFORMATION.BytesNeeded = Length;
        return NDIS_STATUS_BUFFER_TOO_SHORT;
    }
    NdisMoveMemory(OidRequest->DATA.QUERY_INFORMATION.InformationBuffer, Source, Length);
    OidRequest->DATA.QUERY_INFORMATION.BytesWritten = Length;
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MPCancelOidRequest(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    /* Every OID request completes synchronously; none is ever pending. */
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

_Use_decl_annotations_
NDIS_STATUS MPResetEx(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    *AddressingReset = FALSE;
    return NDIS_STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID MPDevicePnPEventNotify(NDIS_HANDLE MiniportAdapterContext,
                            PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    if (NetDevicePnPEvent->DevicePnPEvent == NdisDevicePnPEventSurpriseRemoved) {
        Adapter->SurpriseRemoved = TRUE;
    }
}

_Use_decl_annotations_
VOID MPShutdownEx(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(ShutdownAction);
    /* May run at any IRQL: only quiesce the device. */
    if (!Adapter->SurpriseRemoved) {
        MPHwDisableInterrupts(Adapter);
    }
}
