/*
 * miniport.h - shared definitions for the SimNIC sample miniport.
 *
 * SimNIC is a simulated paravirtual Ethernet adapter: its interrupt
 * registers and its receive descriptor ring live in one block of shared
 * memory that the driver allocates with NdisAllocateSharedMemory. Its
 * transmit side is a sink: the device model drops queued frames and raises
 * MP_INT_TX, and the driver completes them. The sample exists to show
 * ndis-tidy at work; see miniport.c for the bugs it plants on purpose.
 */
#ifndef SIMNIC_MINIPORT_H
#define SIMNIC_MINIPORT_H

#define NDIS620_MINIPORT 1
#include <ndis.h>

#define MP_POOL_TAG             'CNmS'      /* "SmNC" in a pool dump */
#define MP_MAJOR_DRIVER_VERSION 1
#define MP_MINOR_DRIVER_VERSION 0

#define MP_MAC_LENGTH           6
#define MP_MTU                  1500
#define MP_MAX_FRAME_SIZE       1514
#define MP_LINK_SPEED           1000000000ULL    /* 1 Gbps */
#define MP_MAX_MULTICAST        32
#define MP_RX_RING_SIZE         64
#define MP_RX_BUFFER_SIZE       2048
#define MP_PHY_SETTLE_US        100

/* Interrupt causes, in MP_SHARED_BLOCK.InterruptStatus. */
#define MP_INT_RX               0x00000001
#define MP_INT_TX               0x00000002
#define MP_INT_LINK             0x00000004
#define MP_INT_ALL              (MP_INT_RX | MP_INT_TX | MP_INT_LINK)

/* Receive descriptor ownership. */
#define MP_DESC_OWNED_BY_DEVICE 0
#define MP_DESC_OWNED_BY_HOST   1

#define MP_LINK_UP              0x00000001

typedef struct _MP_RX_DESCRIPTOR {
    volatile ULONG Status;
    volatile ULONG Length;
} MP_RX_DESCRIPTOR, *PMP_RX_DESCRIPTOR;

/* The layout the device and the driver share. */
typedef struct _MP_SHARED_BLOCK {
    volatile LONG InterruptStatus;      /* device sets, ISR clears */
    volatile LONG InterruptMask;        /* driver writes */
    volatile LONG TxDoorbell;           /* driver writes */
    volatile LONG LinkStatus;           /* device writes */
    MP_RX_DESCRIPTOR RxRing[MP_RX_RING_SIZE];
    UCHAR RxBuffers[MP_RX_RING_SIZE][MP_RX_BUFFER_SIZE];
} MP_SHARED_BLOCK, *PMP_SHARED_BLOCK;

typedef enum _MP_STATE {
    MpStateInitializing,
    MpStatePaused,
    MpStateRunning,
    MpStatePausing,
    MpStateHalted
} MP_STATE;

typedef struct _MP_ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE DmaHandle;

    /* Receive resources. */
    NDIS_HANDLE NblPool;
    NDIS_HANDLE NbPool;
    PMDL RxMdl[MP_RX_RING_SIZE];
    ULONG NextRxIndex;                  /* under RecvLock */
    NDIS_SPIN_LOCK RecvLock;
    volatile LONG PendingRecvs;         /* NBLs indicated and not yet returned */

    /* Shared memory. */
    NDIS_HANDLE SharedMemHandle;        /* the AllocationHandle */
    PMP_SHARED_BLOCK Shared;

    /* Send queue: sends complete on the next MP_INT_TX. */
    NDIS_SPIN_LOCK SendLock;
    PNET_BUFFER_LIST SendHead;          /* under SendLock */
    PNET_BUFFER_LIST SendTail;          /* under SendLock */
    LONG PendingSends;                  /* under SendLock */
    NDIS_EVENT SendIdleEvent;           /* set when PendingSends drops to 0 while pausing */

    MP_STATE State;                     /* written under SendLock */
    volatile LONG PendingInterrupts;    /* causes latched by the ISR for the DPC */
    BOOLEAN SurpriseRemoved;
    ULONG PacketFilter;
    UCHAR PermanentAddress[MP_MAC_LENGTH];
    UCHAR CurrentAddress[MP_MAC_LENGTH];
} MP_ADAPTER, *PMP_ADAPTER;

/* Set by DriverEntry from NdisMRegisterMiniportDriver. */
extern NDIS_HANDLE GlobalDriverHandle;

DRIVER_INITIALIZE DriverEntry;
MINIPORT_UNLOAD MPDriverUnload;
MINIPORT_INITIALIZE MPInitializeEx;
MINIPORT_HALT MPHaltEx;
MINIPORT_PAUSE MPPause;
MINIPORT_RESTART MPRestart;
MINIPORT_OID_REQUEST MPOidRequest;
MINIPORT_CANCEL_OID_REQUEST MPCancelOidRequest;
MINIPORT_RESET MPResetEx;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY MPDevicePnPEventNotify;
MINIPORT_SHUTDOWN MPShutdownEx;
MINIPORT_SEND_NET_BUFFER_LISTS MPSendNetBufferLists;
MINIPORT_CANCEL_SEND MPCancelSend;
MINIPORT_RETURN_NET_BUFFER_LISTS MPReturnNetBufferLists;
MINIPORT_ISR MPInterrupt;
MINIPORT_INTERRUPT_DPC MPInterruptDpc;
MINIPORT_ENABLE_INTERRUPT MPEnableInterrupt;
MINIPORT_DISABLE_INTERRUPT MPDisableInterrupt;
MINIPORT_PROCESS_SG_LIST MPProcessSGList;

/* Device register helpers (datapath.c). */
VOID MPHwEnableInterrupts(_In_ PMP_ADAPTER Adapter);
VOID MPHwDisableInterrupts(_In_ PMP_ADAPTER Adapter);

#endif /* SIMNIC_MINIPORT_H */
