/*
 * datapath.c - send, receive and interrupt handling for the SimNIC sample
 * miniport.
 *
 * Deliberate bug for the ndis-tidy demo (the full list is in miniport.c):
 *  (c) MPInterruptDpc calls NdisMSleep, which requires PASSIVE_LEVEL, while
 *      running at DISPATCH_LEVEL.
 */
#include "miniport.h"

VOID MPHwEnableInterrupts(PMP_ADAPTER Adapter)
{
    Adapter->Shared->InterruptMask = MP_INT_ALL;
}

VOID MPHwDisableInterrupts(PMP_ADAPTER Adapter)
{
    Adapter->Shared->InterruptMask = 0;
}

static VOID MPHwReturnRxDescriptor(_In_ PMP_ADAPTER Adapter, _In_ ULONG Index)
{
    Adapter->Shared->RxRing[Index].Length = 0;
    Adapter->Shared->RxRing[Index].Status = MP_DESC_OWNED_BY_DEVICE;
}

_Use_decl_annotations_
VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferList,
                          NDIS_PORT_NUMBER PortNumber, ULONG SendFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;
    PNET_BUFFER_LIST Next;

    UNREFERENCED_PARAMETER(PortNumber);

    NdisAcquireSpinLock(&Adapter->SendLock);
    if (Adapter->State != MpStateRunning) {
        NdisReleaseSpinLock(&Adapter->SendLock);
        for (Nbl = NetBufferList; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
        }
        NdisMSendNetBufferListsComplete(
            Adapter->MiniportAdapterHandle, NetBufferList,
            NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
        return;
    }

    for (Nbl = NetBufferList; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_SUCCESS;
        if (Adapter->SendTail == NULL) {
            Adapter->SendHead = Nbl;
        } else {
            NET_BUFFER_LIST_NEXT_NBL(Adapter->SendTail) = Nbl;
        }
        Adapter->SendTail = Nbl;
        Adapter->PendingSends++;
    }
    NdisReleaseSpinLock(&Adapter->SendLock);

    /* SimNIC drops the frames and raises MP_INT_TX; the DPC completes them. */
    InterlockedExchange(&Adapter->Shared->TxDoorbell, 1);
}

_Use_decl_annotations_
VOID MPCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    /* Queued sends complete on the next transmit interrupt; none waits long
       enough to be worth cancelling. */
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

/* Completes every queued send. Called from the DPC at DISPATCH_LEVEL. */
static VOID MPCompleteSends(_In_ PMP_ADAPTER Adapter)
{
    PNET_BUFFER_LIST Done;
    PNET_BUFFER_LIST Nbl;
    LONG Count = 0;

    NdisDprAcquireSpinLock(&Adapter->SendLock);
    Done = Adapter->SendHead;
    Adapter->SendHead = NULL;
    Adapter->SendTail = NULL;
    NdisDprReleaseSpinLock(&Adapter->SendLock);

    if (Done == NULL) {
        return;
    }
    for (Nbl = Done; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        Count++;
    }
    NdisMSendNetBufferListsComplete(Adapter->MiniportAdapterHandle, Done,
                                    NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);

    NdisDprAcquireSpinLock(&Adapter->SendLock);
    Adapter->PendingSends -= Count;
    if (Adapter->PendingSends == 0 && Adapter->State == MpStatePausing) {
        NdisSetEvent(&Adapter->SendIdleEvent);
    }
    NdisDprReleaseSpinLock(&Adapter->SendLock);
}

/* Wraps each filled receive buffer in an NBL and indicates the chain.
   Called from the DPC at DISPATCH_LEVEL. */
static VOID MPIndicateReceives(_In_ PMP_ADAPTER Adapter)
{
    ULONG Ready[MP_RX_RING_SIZE];
    ULONG NumReady = 0;
    PNET_BUFFER_LIST Head = NULL;
    PNET_BUFFER_LIST Tail = NULL;
    ULONG Count = 0;
    ULONG i;

    /* Claim the filled descriptors under the lock; build NBLs outside it. */
    NdisDprAcquireSpinLock(&Adapter->RecvLock);
    while (NumReady < MP_RX_RING_SIZE &&
           Adapter->Shared->RxRing[Adapter->NextRxIndex].Status == MP_DESC_OWNED_BY_HOST) {
        Ready[NumReady++] = Adapter->NextRxIndex;
        Adapter->NextRxIndex = (Adapter->NextRxIndex + 1) % MP_RX_RING_SIZE;
    }
    NdisDprReleaseSpinLock(&Adapter->RecvLock);

    for (i = 0; i < NumReady; i++) {
        ULONG Index = Ready[i];
        ULONG Length = Adapter->Shared->RxRing[Index].Length;
        PNET_BUFFER_LIST Nbl;
        PNET_BUFFER Nb;

        if (Adapter->State != MpStateRunning || Length == 0 || Length > MP_MAX_FRAME_SIZE) {
            MPHwReturnRxDescriptor(Adapter, Index);
            continue;
        }
        Nbl = NdisAllocateNetBufferList(Adapter->NblPool, 0, 0);
        if (Nbl == NULL) {
            MPHwReturnRxDescriptor(Adapter, Index);
            continue;
        }
        Nb = NdisAllocateNetBuffer(Adapter->NbPool, Adapter->RxMdl[Index], 0, Length);
        if (Nb == NULL) {
            NdisFreeNetBufferList(Nbl);
            MPHwReturnRxDescriptor(Adapter, Index);
            continue;
        }

        NET_BUFFER_LIST_FIRST_NB(Nbl) = Nb;
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0] = (PVOID)(ULONG_PTR)Index;
        NDIS_SET_NET_BUFFER_LIST_SOURCE_HANDLE(Nbl, Adapter->MiniportAdapterHandle);
        if (Tail == NULL) {
            Head = Nbl;
        } else {
            NET_BUFFER_LIST_NEXT_NBL(Tail) = Nbl;
        }
        Tail = Nbl;
        Count++;
    }

    if (Head != NULL) {
        /* MPReturnNetBufferLists drops the count as NBLs come back. */
        InterlockedExchangeAdd(&Adapter->PendingRecvs, (LONG)Count);
        NdisMIndicateReceiveNetBufferLists(Adapter->MiniportAdapterHandle, Head,
                                           NDIS_DEFAULT_PORT_NUMBER, Count,
                                           NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL);
    }
}

_Use_decl_annotations_
VOID MPReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                            PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;
    PNET_BUFFER_LIST Next;

    UNREFERENCED_PARAMETER(ReturnFlags);

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        ULONG Index = (ULONG)(ULONG_PTR)NET_BUFFER_LIST_MINIPORT_RESERVED(Nbl)[0];

        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NdisFreeNetBuffer(NET_BUFFER_LIST_FIRST_NB(Nbl));
        NET_BUFFER_LIST_FIRST_NB(Nbl) = NULL;
        NdisFreeNetBufferList(Nbl);

        MPHwReturnRxDescriptor(Adapter, Index);
        NdisInterlockedDecrement(&Adapter->PendingRecvs);
    }
}

static VOID MPIndicateLinkState(_In_ PMP_ADAPTER Adapter)
{
    NDIS_LINK_STATE LinkState;
    NDIS_STATUS_INDICATION Indication;
    BOOLEAN Up = (BOOLEAN)((Adapter->Shared->LinkStatus & MP_LINK_UP) != 0);

    NdisZeroMemory(&LinkState, sizeof(LinkState));
    LinkState.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    LinkState.Header.Revision = NDIS_LINK_STATE_REVISION_1;
    LinkState.Header.Size = NDIS_SIZEOF_LINK_STATE_REVISION_1;
    LinkState.MediaConnectState = Up ? MediaConnectStateConnected : MediaConnectStateDisconnected;
    LinkState.MediaDuplexState = Up ? MediaDuplexStateFull : MediaDuplexStateUnknown;
    LinkState.XmitLinkSpeed = Up ? MP_LINK_SPEED : NDIS_LINK_SPEED_UNKNOWN;
    LinkState.RcvLinkSpeed = LinkState.XmitLinkSpeed;
    LinkState.PauseFunctions = NdisPauseFunctionsUnsupported;

    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Adapter->MiniportAdapterHandle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &LinkState;
    Indication.StatusBufferSize = sizeof(LinkState);
    NdisMIndicateStatusEx(Adapter->MiniportAdapterHandle, &Indication);
}

_Use_decl_annotations_
BOOLEAN MPInterrupt(NDIS_HANDLE MiniportInterruptContext,
                    PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    LONG Causes;

    *QueueDefaultInterruptDpc = FALSE;
    *TargetProcessors = 0;

    Causes = InterlockedExchange(&Adapter->Shared->InterruptStatus, 0);
    if ((Causes & Adapter->Shared->InterruptMask) == 0) {
        return FALSE;                   /* not ours: the line is shared */
    }

    InterlockedOr(&Adapter->PendingInterrupts, Causes);
    MPHwDisableInterrupts(Adapter);     /* the DPC re-enables them */
    *QueueDefaultInterruptDpc = TRUE;
    return TRUE;
}

_Use_decl_annotations_
VOID MPInterruptDpc(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
                    PVOID ReceiveThrottleParameters, PVOID NdisReserved2)
{
    PMP_ADAPTER Adapter = (PMP_ADAPTER)MiniportInterruptContext;
    LONG Causes;

    UNREFERENCED_PARAMETER(MiniportDpcContext);
    UNREFERENCED_PARAMETER(ReceiveThrottleParameters);
    UNREFERENCED_PARAMETER(NdisReserved2);

    Causes = InterlockedExchange(&Adapter->PendingInterrupts, 0);

    if (Causes & MP_INT_LINK) {
        /* Give the PHY time to settle before reading the link state. */
        NdisMSleep(MP_PHY_SETTLE_US); // BUG (demo): NdisMSleep requires PASSIVE_LEVEL; a DPC runs at DISPATCH_LEVEL
        MPIndicateLinkState(Adapter);
    }
    if (Causes & MP_INT_TX) {
        MPCompleteSends(Adapter);
    }
    if (Causes & MP_INT_RX) {
        MPIndicateReceives(Adapter);
    }

    MPHwEnableInterrupts(Adapter);
}

_Use_decl_annotations_
VOID MPEnableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    MPHwEnableInterrupts((PMP_ADAPTER)MiniportInterruptContext);
}

_Use_decl_annotations_
VOID MPDisableInterrupt(NDIS_HANDLE MiniportInterruptContext)
{
    MPHwDisableInterrupts((PMP_ADAPTER)MiniportInterruptContext);
}

_Use_decl_annotations_
VOID MPProcessSGList(PDEVICE_OBJECT pDO, PVOID Reserved,
                     PSCATTER_GATHER_LIST pSGL, PVOID Context)
{
    /* SimNIC never asks NDIS to map send buffers (the DMA channel exists
       for NdisAllocateSharedMemory), so NDIS never calls this. */
    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);
    UNREFERENCED_PARAMETER(pSGL);
    UNREFERENCED_PARAMETER(Context);
}
