/*
 * ndis.h - ndis-tidy's model of the NDIS declarations.
 *
 * Written for the ndis-tidy tests and examples from the documented
 * prototypes, structures and callback types on learn.microsoft.com; it is
 * not the WDK header. Prototypes carry the documented IRQL annotations
 * (which expand to nothing, see sal.h). Structures carry the documented
 * member names; where a layout is private to NDIS the model keeps only
 * what drivers touch. Every DDI is declared whatever NDIS version the
 * translation unit selects with NDIS60_MINIPORT, NDIS620, ... before
 * including this file; those macros only set the version constants below.
 */
#ifndef NDIS_TIDY_MODEL_NDIS_H
#define NDIS_TIDY_MODEL_NDIS_H

#include "wdm.h"

#define NDIS_EXPORTED_ROUTINE
#define EXPORT

/* ------------------------------------------------------------------ */
/* Versions chosen by the translation unit.                            */
/* ------------------------------------------------------------------ */
#if defined(NDIS688_MINIPORT) || defined(NDIS686_MINIPORT) || \
    defined(NDIS685_MINIPORT) || defined(NDIS684_MINIPORT) || \
    defined(NDIS683_MINIPORT) || defined(NDIS682_MINIPORT) || \
    defined(NDIS681_MINIPORT) || defined(NDIS680_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 80
#elif defined(NDIS660_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 60
#elif defined(NDIS650_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 50
#elif defined(NDIS640_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 40
#elif defined(NDIS630_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 30
#elif defined(NDIS620_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 20
#elif defined(NDIS61_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 1
#elif defined(NDIS60_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 0
#elif defined(NDIS51_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 5
#define NDIS_MINIPORT_MINOR_VERSION 1
#elif defined(NDIS50_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 5
#define NDIS_MINIPORT_MINOR_VERSION 0
#endif

#if defined(NDIS680) || defined(NDIS681) || defined(NDIS682) || \
    defined(NDIS683) || defined(NDIS684) || defined(NDIS685) || \
    defined(NDIS686) || defined(NDIS688)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 80
#elif defined(NDIS660)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 60
#elif defined(NDIS650)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 50
#elif defined(NDIS640)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 40
#elif defined(NDIS630)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 30
#elif defined(NDIS620)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 20
#elif defined(NDIS61)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 1
#elif defined(NDIS60)
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION 0
#elif defined(NDIS51)
#define NDIS_PROTOCOL_MAJOR_VERSION 5
#define NDIS_PROTOCOL_MINOR_VERSION 1
#elif defined(NDIS50)
#define NDIS_PROTOCOL_MAJOR_VERSION 5
#define NDIS_PROTOCOL_MINOR_VERSION 0
#endif

/* Filter drivers build with the protocol version macros (NDIS60, ...). */
#if defined(NDIS_PROTOCOL_MAJOR_VERSION) && NDIS_PROTOCOL_MAJOR_VERSION >= 6
#define NDIS_FILTER_MAJOR_VERSION NDIS_PROTOCOL_MAJOR_VERSION
#define NDIS_FILTER_MINOR_VERSION NDIS_PROTOCOL_MINOR_VERSION
#endif

#if (defined(NDIS_MINIPORT_MAJOR_VERSION) && NDIS_MINIPORT_MAJOR_VERSION >= 6) || \
    (defined(NDIS_PROTOCOL_MAJOR_VERSION) && NDIS_PROTOCOL_MAJOR_VERSION >= 6)
#define NDIS_SUPPORT_NDIS6 1
#endif

/* ------------------------------------------------------------------ */
/* Basic NDIS types and status codes.                                  */
/* ------------------------------------------------------------------ */
typedef _Return_type_success_(return >= 0) int NDIS_STATUS, *PNDIS_STATUS;
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef ULONG NDIS_OID, *PNDIS_OID;
typedef ULONG NDIS_PORT_NUMBER, *PNDIS_PORT_NUMBER;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NET_IFINDEX, *PNET_IFINDEX;
typedef USHORT NET_IFTYPE;
typedef ULONG NDIS_RECEIVE_QUEUE_ID;
typedef ULONG NDIS_NIC_SWITCH_VPORT_ID;
typedef ULONG NDIS_ERROR_CODE;
typedef UCHAR NDIS_PROTOCOL_ID;

typedef union _NET_LUID {
    ULONG64 Value;
    struct {
        ULONG64 Reserved : 24;
        ULONG64 NetLuidIndex : 24;
        ULONG64 IfType : 16;
    } Info;
} NET_LUID, *PNET_LUID;

#define NDIS_STRING_CONST(x) RTL_CONSTANT_STRING(x)
#define NdisInitUnicodeString(Destination, Source) \
    RtlInitUnicodeString((Destination), (Source))

#define NDIS_DEFAULT_PORT_NUMBER ((NDIS_PORT_NUMBER)0)

#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)0x00000000)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)0x00000103)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)0x40230001)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000B)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000C)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)0xC0000001)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)0xC000000D)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)0xC000009A)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)0xC00000BB)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0230002)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0230004)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0230005)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0230006)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0230007)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0230008)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC023000C)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC023000D)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC023000F)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0230011)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0230014)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0230015)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0230016)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0230017)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0230018)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)0xC023001F)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002A)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002F)

/* ------------------------------------------------------------------ */
/* Object headers.                                                     */
/* ------------------------------------------------------------------ */
typedef struct _NDIS_OBJECT_HEADER {
    UCHAR Type;
    UCHAR Revision;
    USHORT Size;
} NDIS_OBJECT_HEADER, *PNDIS_OBJECT_HEADER;

#define NDIS_OBJECT_TYPE_DEFAULT 0x80
#define NDIS_OBJECT_TYPE_MINIPORT_INIT_PARAMETERS 0x81
#define NDIS_OBJECT_TYPE_SG_DMA_DESCRIPTION 0x83
#define NDIS_OBJECT_TYPE_MINIPORT_INTERRUPT 0x84
#define NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES 0x85
#define NDIS_OBJECT_TYPE_BIND_PARAMETERS 0x86
#define NDIS_OBJECT_TYPE_OPEN_PARAMETERS 0x87
#define NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS 0x8A
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS 0x8B
#define NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES 0x8D
#define NDIS_OBJECT_TYPE_PROTOCOL_DRIVER_CHARACTERISTICS 0x95
#define NDIS_OBJECT_TYPE_OID_REQUEST 0x96
#define NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS 0x97
#define NDIS_OBJECT_TYPE_STATUS_INDICATION 0x98
#define NDIS_OBJECT_TYPE_FILTER_ATTACH_PARAMETERS 0x99
#define NDIS_OBJECT_TYPE_FILTER_PAUSE_PARAMETERS 0x9A
#define NDIS_OBJECT_TYPE_FILTER_RESTART_PARAMETERS 0x9B
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES 0x9E
#define NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES 0x9F
#define NDIS_OBJECT_TYPE_CONFIGURATION_OBJECT 0xA9

/* ------------------------------------------------------------------ */
/* Synchronization: spin locks, read/write locks, events.              */
/* ------------------------------------------------------------------ */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

/* NDIS 6 read/write lock: opaque, allocated by NdisAllocateRWLock. */
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 0x1

/* NDIS 5 read/write lock: storage owned by the driver. */
typedef struct _NDIS_RW_LOCK {
    KSPIN_LOCK SpinLock;
    PVOID Context;
    ULONG RefCount[64];
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAcquireSpinLock(
    _Inout_ _Acquires_lock_(*SpinLock) PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReleaseSpinLock(
    _Inout_ _Releases_lock_(*SpinLock) PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisDprAcquireSpinLock(
    _Inout_ _Acquires_lock_(*SpinLock) PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisDprReleaseSpinLock(
    _Inout_ _Releases_lock_(*SpinLock) PNDIS_SPIN_LOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNDIS_RW_LOCK_EX NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAcquireRWLockRead(
    _In_ _Acquires_shared_lock_(*Lock) PNDIS_RW_LOCK_EX Lock,
    _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAcquireRWLockWrite(
    _In_ _Acquires_exclusive_lock_(*Lock) PNDIS_RW_LOCK_EX Lock,
    _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReleaseRWLock(
    _In_ _Releases_lock_(*Lock) PNDIS_RW_LOCK_EX Lock,
    _In_ PLOCK_STATE_EX LockState);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);

_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                                    _In_ BOOLEAN fWrite,
                                                    _Out_ PLOCK_STATE LockState);

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock,
                                                    _In_ PLOCK_STATE LockState);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisInitializeEvent(_Out_ PNDIS_EVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisSetEvent(_In_ PNDIS_EVENT Event);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisResetEvent(_In_ PNDIS_EVENT Event);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE BOOLEAN NdisWaitEvent(_In_ PNDIS_EVENT Event,
                                            _In_ UINT MsToWait);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMSleep(_In_ ULONG MicrosecondsToSleep);

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisStallExecution(_In_ UINT MicrosecondsToStall);

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisGetCurrentSystemTime(_Out_ PLARGE_INTEGER pSystemTime);

#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedExchange(Target, Value) InterlockedExchange((Target), (Value))

/* NDIS 5 IRQL helpers. */
#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_) KeRaiseIrql(DISPATCH_LEVEL, _pIrql_)
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_) \
    do {                                      \
        if ((_OldIrql_) != (_CurIrql_)) {     \
            KeLowerIrql(_OldIrql_);           \
        }                                     \
    } while (0)

/* ------------------------------------------------------------------ */
/* Memory.                                                             */
/* ------------------------------------------------------------------ */
#define NdisZeroMemory(Destination, Length) RtlZeroMemory((Destination), (Length))
#define NdisFillMemory(Destination, Length, Fill) \
    RtlFillMemory((Destination), (Length), (Fill))
#define NdisMoveMemory(Destination, Source, Length) \
    RtlCopyMemory((Destination), (Source), (Length))
#define NdisEqualMemory(Source1, Source2, Length) \
    RtlEqualMemory((Source1), (Source2), (Length))

#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PVOID NdisAllocateMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateMemoryWithTag(
    _Outptr_result_maybenull_ PVOID *VirtualAddress, _In_ UINT Length,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeMemory(
    _In_ __drv_freesMem(Mem) PVOID VirtualAddress, _In_ UINT Length,
    _In_ UINT MemoryFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeMemoryWithTagPriority(
    _In_ NDIS_HANDLE NdisHandle, _In_ __drv_freesMem(Mem) PVOID VirtualAddress,
    _In_ ULONG Tag);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PMDL NdisAllocateMdl(_In_ NDIS_HANDLE NdisHandle,
                                           _In_ PVOID VirtualAddress,
                                           _In_ UINT Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeMdl(_In_ PMDL Mdl);

/* ------------------------------------------------------------------ */
/* NET_BUFFER and NET_BUFFER_LIST.                                     */
/* ------------------------------------------------------------------ */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT,
    *PNET_BUFFER_LIST_CONTEXT;

struct _NET_BUFFER {
    PNET_BUFFER Next;
    PMDL CurrentMdl;
    ULONG CurrentMdlOffset;
    ULONG DataLength;
    PMDL MdlChain;
    ULONG DataOffset;
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    PSCATTER_GATHER_LIST ScatterGatherList;
};

struct _NET_BUFFER_LIST {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
    PNET_BUFFER_LIST_CONTEXT Context;
    PNET_BUFFER_LIST ParentNetBufferList;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[4];
    PVOID MiniportReserved[2];
    PVOID Scratch;
    NDIS_HANDLE SourceHandle;
    ULONG NblFlags;
    LONG ChildRefCount;
    ULONG Flags;
    NDIS_STATUS Status;
};

#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)

#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NDIS_SET_NET_BUFFER_LIST_SOURCE_HANDLE(_NBL, _H) \
    ((_NBL)->SourceHandle = (_H))

typedef struct _NET_BUFFER_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG PoolTag;
    ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;

#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    UCHAR ProtocolId;
    BOOLEAN fAllocateNetBuffer;
    USHORT ContextSize;
    ULONG PoolTag;
    ULONG DataSize;
    ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;

#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)

#define NDIS_PROTOCOL_ID_DEFAULT 0x00
#define NDIS_PROTOCOL_ID_TCP_IP 0x02
#define NDIS_PROTOCOL_ID_IPX 0x06
#define NDIS_PROTOCOL_ID_NBF 0x07
#define NDIS_PROTOCOL_ID_MAX 0x0F
#define NDIS_PROTOCOL_ID_MASK 0x0F

#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000001

#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800

#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags) \
    (((_Flags) & NDIS_SEND_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags) \
    (((_Flags) & NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags) \
    (((_Flags) & NDIS_RETURN_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags) \
    (((_Flags) & NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL) ? TRUE : FALSE)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags) \
    (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) ? TRUE : FALSE)

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_HANDLE NdisAllocateNetBufferPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_POOL_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeNetBufferPool(
    _In_ __drv_freesMem(mem) NDIS_HANDLE PoolHandle);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER NdisAllocateNetBuffer(
    _In_ NDIS_HANDLE PoolHandle, _In_opt_ PMDL MdlChain,
    _In_ ULONG DataOffset, _In_ SIZE_T DataLength);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER NdisAllocateNetBufferMdlAndData(
    _In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeNetBuffer(
    _In_ __drv_freesMem(mem) PNET_BUFFER NetBuffer);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_HANDLE NdisAllocateNetBufferListPool(
    _In_opt_ NDIS_HANDLE NdisHandle,
    _In_ PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeNetBufferListPool(
    _In_ __drv_freesMem(mem) NDIS_HANDLE PoolHandle);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER_LIST NdisAllocateNetBufferList(
    _In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER_LIST NdisAllocateNetBufferAndNetBufferList(
    _In_ NDIS_HANDLE PoolHandle, _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill, _In_opt_ PMDL MdlChain,
    _In_ ULONG DataOffset, _In_ SIZE_T DataLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeNetBufferList(
    _In_ __drv_freesMem(mem) PNET_BUFFER_LIST NetBufferList);

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER_LIST NdisAllocateCloneNetBufferList(
    _In_ PNET_BUFFER_LIST OriginalNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferListPoolHandle,
    _In_opt_ NDIS_HANDLE NetBufferPoolHandle, _In_ ULONG AllocateCloneFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeCloneNetBufferList(
    _In_ __drv_freesMem(mem) PNET_BUFFER_LIST CloneNetBufferList,
    _In_ ULONG FreeCloneFlags);

/* ------------------------------------------------------------------ */
/* NDIS 5 packets and buffers.                                         */
/* ------------------------------------------------------------------ */
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;

typedef struct _NDIS_PACKET_PRIVATE {
    UINT PhysicalCount;
    UINT TotalLength;
    PNDIS_BUFFER Head;
    PNDIS_BUFFER Tail;
    NDIS_HANDLE Pool;
    UINT Count;
    ULONG Flags;
    BOOLEAN ValidCounts;
    UCHAR NdisPacketFlags;
    USHORT NdisPacketOobOffset;
} NDIS_PACKET_PRIVATE, *PNDIS_PACKET_PRIVATE;

typedef struct _NDIS_PACKET {
    NDIS_PACKET_PRIVATE Private;
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR WrapperReserved[2 * sizeof(PVOID)];
    UCHAR ProtocolReserved[1];
} NDIS_PACKET, *PNDIS_PACKET, **PPNDIS_PACKET;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocatePacketPool(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE PoolHandle,
    _In_ UINT NumberOfDescriptors, _In_ UINT ProtocolReservedLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocatePacketPoolEx(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE PoolHandle,
    _In_ UINT NumberOfDescriptors, _In_ UINT NumberOfOverflowDescriptors,
    _In_ UINT ProtocolReservedLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreePacketPool(_In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocatePacket(_Out_ PNDIS_STATUS Status,
                                              _Out_ PNDIS_PACKET *Packet,
                                              _In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreePacket(_In_ PNDIS_PACKET Packet);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocateBufferPool(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE PoolHandle,
    _In_ UINT NumberOfDescriptors);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeBufferPool(_In_ NDIS_HANDLE PoolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAllocateBuffer(_Out_ PNDIS_STATUS Status,
                                              _Out_ PNDIS_BUFFER *Buffer,
                                              _In_opt_ NDIS_HANDLE PoolHandle,
                                              _In_ PVOID VirtualAddress,
                                              _In_ UINT Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeBuffer(_In_ PNDIS_BUFFER Buffer);

/* ------------------------------------------------------------------ */
/* Shared memory.                                                      */
/* ------------------------------------------------------------------ */
typedef enum _NDIS_SHARED_MEMORY_USAGE {
    NdisSharedMemoryUsageUndefined,
    NdisSharedMemoryUsageXmit,
    NdisSharedMemoryUsageXmitHeader,
    NdisSharedMemoryUsageXmitData,
    NdisSharedMemoryUsageReceive,
    NdisSharedMemoryUsageReceiveLookahead,
    NdisSharedMemoryUsageReceivePostLookahead,
    NdisSharedMemoryUsageReceiveHeader,
    NdisSharedMemoryUsageReceiveData,
    NdisSharedMemoryUsageOther,
    NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;

typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_HANDLE SharedMemoryHandle;
    NODE_REQUIREMENT PreferredNode;
    NDIS_SHARED_MEMORY_USAGE Usage;
    ULONG Length;
    PVOID VirtualAddress;
    ULONG SGListBufferLength;
    PSCATTER_GATHER_LIST SGListBuffer;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;

#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, VPortId)
/* The documentation spells the flag both ways. */
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS
#define NDIS_DEFAULT_RECEIVE_QUEUE_ID 0

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateSharedMemory(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    _Inout_ PNDIS_HANDLE pAllocationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeSharedMemory(_In_ NDIS_HANDLE NdisHandle,
                                                _In_ NDIS_HANDLE AllocationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMAllocateSharedMemory(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length,
    _In_ BOOLEAN Cached, _Outptr_result_maybenull_ PVOID *VirtualAddress,
    _Out_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMFreeSharedMemory(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ ULONG Length,
    _In_ BOOLEAN Cached, _In_ PVOID VirtualAddress,
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress);

/* ------------------------------------------------------------------ */
/* Requests, status indications, PnP events (minimal layouts).         */
/* ------------------------------------------------------------------ */
typedef enum _NDIS_REQUEST_TYPE {
    NdisRequestQueryInformation,
    NdisRequestSetInformation,
    NdisRequestQueryStatistics,
    NdisRequestOpen,
    NdisRequestClose,
    NdisRequestSend,
    NdisRequestTransferData,
    NdisRequestReset,
    NdisRequestGeneric1,
    NdisRequestGeneric2,
    NdisRequestGeneric3,
    NdisRequestGeneric4,
    NdisRequestMethod
} NDIS_REQUEST_TYPE, *PNDIS_REQUEST_TYPE;

typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        struct _QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
    } DATA;
    UCHAR NdisReserved[16 * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

#define NDIS_OID_REQUEST_REVISION_1 1

#define OID_GEN_SUPPORTED_LIST 0x00010101
#define OID_GEN_HARDWARE_STATUS 0x00010102
#define OID_GEN_MEDIA_SUPPORTED 0x00010103
#define OID_GEN_MEDIA_IN_USE 0x00010104
#define OID_GEN_MAXIMUM_LOOKAHEAD 0x00010105
#define OID_GEN_MAXIMUM_FRAME_SIZE 0x00010106
#define OID_GEN_LINK_SPEED 0x00010107
#define OID_GEN_VENDOR_ID 0x0001010C
#define OID_GEN_VENDOR_DESCRIPTION 0x0001010D
#define OID_GEN_CURRENT_PACKET_FILTER 0x0001010E
#define OID_GEN_CURRENT_LOOKAHEAD 0x0001010F
#define OID_GEN_MAXIMUM_TOTAL_SIZE 0x00010111
#define OID_802_3_PERMANENT_ADDRESS 0x01010101
#define OID_802_3_CURRENT_ADDRESS 0x01010102
#define OID_802_3_MULTICAST_LIST 0x01010103
#define OID_802_3_MAXIMUM_LIST_SIZE 0x01010104

typedef struct _NDIS_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE SourceHandle;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_STATUS StatusCode;
    ULONG Flags;
    NDIS_HANDLE DestinationHandle;
    PVOID RequestId;
    PVOID StatusBuffer;
    ULONG StatusBufferSize;
    GUID Guid;
    PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;

#define NDIS_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)

typedef enum _NDIS_DEVICE_PNP_EVENT {
    NdisDevicePnPEventQueryRemoved,
    NdisDevicePnPEventRemoved,
    NdisDevicePnPEventSurpriseRemoved,
    NdisDevicePnPEventQueryStopped,
    NdisDevicePnPEventStopped,
    NdisDevicePnPEventPowerProfileChanged,
    NdisDevicePnPEventFilterListChanged,
    NdisDevicePnPEventMaximum
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;

typedef struct _NET_DEVICE_PNP_EVENT {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
    PVOID InformationBuffer;
    ULONG InformationBufferLength;
    UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

typedef enum _NET_PNP_EVENT_CODE {
    NetEventSetPower,
    NetEventQueryPower,
    NetEventQueryRemoveDevice,
    NetEventCancelRemoveDevice,
    NetEventReconfigure,
    NetEventBindList,
    NetEventBindsComplete,
    NetEventPnPCapabilities,
    NetEventPause,
    NetEventRestart,
    NetEventPortActivation,
    NetEventPortDeactivation,
    NetEventIMReEnableDevice,
    NetEventMaximum
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;

typedef struct _NET_PNP_EVENT {
    NET_PNP_EVENT_CODE NetEvent;
    PVOID Buffer;
    ULONG BufferLength;
    ULONG_PTR NdisReserved[4];
    ULONG_PTR TransportReserved[4];
    ULONG_PTR TdiReserved[4];
    ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;

typedef struct _NET_PNP_EVENT_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_NUMBER PortNumber;
    NET_PNP_EVENT NetPnPEvent;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;

/* ------------------------------------------------------------------ */
/* Media and interface descriptions.                                   */
/* ------------------------------------------------------------------ */
typedef enum _NDIS_MEDIUM {
    NdisMedium802_3,
    NdisMedium802_5,
    NdisMediumFddi,
    NdisMediumWan,
    NdisMediumLocalTalk,
    NdisMediumDix,
    NdisMediumArcnetRaw,
    NdisMediumArcnet878_2,
    NdisMediumAtm,
    NdisMediumWirelessWan,
    NdisMediumIrda,
    NdisMediumBpc,
    NdisMediumCoWan,
    NdisMedium1394,
    NdisMediumInfiniBand,
    NdisMediumTunnel,
    NdisMediumNative802_11,
    NdisMediumLoopback,
    NdisMediumWiMAX,
    NdisMediumIP,
    NdisMediumMax
} NDIS_MEDIUM, *PNDIS_MEDIUM;

typedef enum _NDIS_PHYSICAL_MEDIUM {
    NdisPhysicalMediumUnspecified = 0,
    NdisPhysicalMediumWirelessLan = 1,
    NdisPhysicalMediumNative802_11 = 9,
    NdisPhysicalMedium802_3 = 14,
    NdisPhysicalMediumOther = 19
} NDIS_PHYSICAL_MEDIUM, *PNDIS_PHYSICAL_MEDIUM;

typedef enum _NDIS_MEDIA_CONNECT_STATE {
    MediaConnectStateUnknown,
    MediaConnectStateConnected,
    MediaConnectStateDisconnected
} NDIS_MEDIA_CONNECT_STATE, *PNDIS_MEDIA_CONNECT_STATE;

typedef enum _NDIS_MEDIA_DUPLEX_STATE {
    MediaDuplexStateUnknown,
    MediaDuplexStateHalf,
    MediaDuplexStateFull
} NDIS_MEDIA_DUPLEX_STATE, *PNDIS_MEDIA_DUPLEX_STATE;

typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = 0,
    NdisInterfaceIsa = 1,
    NdisInterfaceEisa = 2,
    NdisInterfaceMca = 3,
    NdisInterfaceTurboChannel = 4,
    NdisInterfacePci = 5,
    NdisInterfacePcMcia = 8
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

#define NDIS_PACKET_TYPE_DIRECTED 0x00000001
#define NDIS_PACKET_TYPE_MULTICAST 0x00000002
#define NDIS_PACKET_TYPE_ALL_MULTICAST 0x00000004
#define NDIS_PACKET_TYPE_BROADCAST 0x00000008
#define NDIS_PACKET_TYPE_PROMISCUOUS 0x00000020

#define NDIS_MAC_OPTION_COPY_LOOKAHEAD_DATA 0x00000001
#define NDIS_MAC_OPTION_RECEIVE_SERIALIZED 0x00000002
#define NDIS_MAC_OPTION_TRANSFERS_NOT_PEND 0x00000004
#define NDIS_MAC_OPTION_NO_LOOPBACK 0x00000008
#define NDIS_MAC_OPTION_FULL_DUPLEX 0x00000010

#define NDIS_MAX_PHYS_ADDRESS_LENGTH 32
#define NDIS_LINK_SPEED_UNKNOWN 0xFFFFFFFFFFFFFFFFULL
#define NET_IF_ACCESS_BROADCAST 1
#define NET_IF_DIRECTION_SENDRECEIVE 0
#define NET_IF_CONNECTION_DEDICATED 1
#define IF_TYPE_ETHERNET_CSMACD 6

typedef enum _NDIS_SUPPORTED_PAUSE_FUNCTIONS {
    NdisPauseFunctionsUnsupported,
    NdisPauseFunctionsSendOnly,
    NdisPauseFunctionsReceiveOnly,
    NdisPauseFunctionsSendAndReceive,
    NdisPauseFunctionsUnknown
} NDIS_SUPPORTED_PAUSE_FUNCTIONS, *PNDIS_SUPPORTED_PAUSE_FUNCTIONS;

/* The status buffer of an NDIS_STATUS_LINK_STATE indication. */
typedef struct _NDIS_LINK_STATE {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_SUPPORTED_PAUSE_FUNCTIONS PauseFunctions;
    ULONG AutoNegotiationFlags;
} NDIS_LINK_STATE, *PNDIS_LINK_STATE;

#define NDIS_LINK_STATE_REVISION_1 1
#define NDIS_SIZEOF_LINK_STATE_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_LINK_STATE, AutoNegotiationFlags)

/* ------------------------------------------------------------------ */
/* Parameters NDIS passes to driver callbacks (minimal layouts).       */
/* ------------------------------------------------------------------ */
typedef enum _NDIS_HALT_ACTION {
    NdisHaltDeviceDisabled,
    NdisHaltDeviceInstanceDeInitialized,
    NdisHaltDevicePoweredDown,
    NdisHaltDeviceSurpriseRemoved,
    NdisHaltDeviceFailed,
    NdisHaltDeviceInitializationFailed,
    NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef struct _NDIS_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PVOID DefaultPortAuthStates;
    PVOID PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PVOID FilterModuleNameList;
    PVOID RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

typedef struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING ProtocolSection;
    PNDIS_STRING AdapterName;
    PDEVICE_OBJECT PhysicalDeviceObject;
    NDIS_MEDIUM MediaType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING AdapterName;
    PNDIS_MEDIUM MediumArray;
    UINT MediumArraySize;
    PUINT SelectedMediumIndex;
    PNET_FRAME_TYPE FrameTypeArray;
    UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;

#define NDIS_OPEN_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_STRING FilterModuleGuidName;
    NET_IFINDEX BaseMiniportIfIndex;
    PNDIS_STRING BaseMiniportInstanceName;
    PNDIS_STRING BaseMiniportName;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    ULONG MtuSize;
    ULONG LookaheadSize;
    ULONG MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PVOID RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

/* ------------------------------------------------------------------ */
/* Callback roles. Declare a callback with its role typedef, e.g.      */
/*     MINIPORT_HALT MPHaltEx;                                         */
/* ------------------------------------------------------------------ */

/* Miniport driver and adapter callbacks. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_SET_OPTIONS)
NDIS_STATUS (MINIPORT_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle,
                                   _In_ NDIS_HANDLE DriverContext);
typedef MINIPORT_SET_OPTIONS (*SET_OPTIONS_HANDLER);
typedef MINIPORT_SET_OPTIONS (*MINIPORT_SET_OPTIONS_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_INITIALIZE)
NDIS_STATUS (MINIPORT_INITIALIZE)(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef MINIPORT_INITIALIZE (*MINIPORT_INITIALIZE_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_HALT)
VOID (MINIPORT_HALT)(_In_ NDIS_HANDLE MiniportAdapterContext,
                     _In_ NDIS_HALT_ACTION HaltAction);
typedef MINIPORT_HALT (*MINIPORT_HALT_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_UNLOAD)
VOID (MINIPORT_UNLOAD)(_In_ PDRIVER_OBJECT DriverObject);
typedef MINIPORT_UNLOAD (*MINIPORT_DRIVER_UNLOAD);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_PAUSE)
NDIS_STATUS (MINIPORT_PAUSE)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef MINIPORT_PAUSE (*MINIPORT_PAUSE_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_RESTART)
NDIS_STATUS (MINIPORT_RESTART)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef MINIPORT_RESTART (*MINIPORT_RESTART_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_OID_REQUEST)
NDIS_STATUS (MINIPORT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                   _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_OID_REQUEST (*MINIPORT_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_DIRECT_OID_REQUEST)
NDIS_STATUS (MINIPORT_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                          _In_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_DIRECT_OID_REQUEST (*MINIPORT_DIRECT_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(MINIPORT_SEND_NET_BUFFER_LISTS)
VOID (MINIPORT_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                      _In_ PNET_BUFFER_LIST NetBufferList,
                                      _In_ NDIS_PORT_NUMBER PortNumber,
                                      _In_ ULONG SendFlags);
typedef MINIPORT_SEND_NET_BUFFER_LISTS (*MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(MINIPORT_RETURN_NET_BUFFER_LISTS)
VOID (MINIPORT_RETURN_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                        _In_ PNET_BUFFER_LIST NetBufferLists,
                                        _In_ ULONG ReturnFlags);
typedef MINIPORT_RETURN_NET_BUFFER_LISTS (*MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_SEND)
VOID (MINIPORT_CANCEL_SEND)(_In_ NDIS_HANDLE MiniportAdapterContext,
                            _In_ PVOID CancelId);
typedef MINIPORT_CANCEL_SEND (*MINIPORT_CANCEL_SEND_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_CHECK_FOR_HANG)
BOOLEAN (MINIPORT_CHECK_FOR_HANG)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CHECK_FOR_HANG (*MINIPORT_CHECK_FOR_HANG_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_RESET)
NDIS_STATUS (MINIPORT_RESET)(_In_ NDIS_HANDLE MiniportAdapterContext,
                             _Out_ PBOOLEAN AddressingReset);
typedef MINIPORT_RESET (*MINIPORT_RESET_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL)
_Function_class_(MINIPORT_DEVICE_PNP_EVENT_NOTIFY)
VOID (MINIPORT_DEVICE_PNP_EVENT_NOTIFY)(
    _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY (*MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef _IRQL_requires_max_(HIGH_LEVEL) _Function_class_(MINIPORT_SHUTDOWN)
VOID (MINIPORT_SHUTDOWN)(_In_ NDIS_HANDLE MiniportAdapterContext,
                         _In_ NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef MINIPORT_SHUTDOWN (*MINIPORT_SHUTDOWN_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_OID_REQUEST)
VOID (MINIPORT_CANCEL_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                   _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_OID_REQUEST (*MINIPORT_CANCEL_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(MINIPORT_CANCEL_DIRECT_OID_REQUEST)
VOID (MINIPORT_CANCEL_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                          _In_ PVOID RequestId);
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST (*MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER);

/* Interrupt callbacks. MINIPORT_ISR and the enable/disable callbacks run
   at the device's DIRQL. */
typedef _Function_class_(MINIPORT_ISR)
BOOLEAN (MINIPORT_ISR)(_In_ NDIS_HANDLE MiniportInterruptContext,
                       _Out_ PBOOLEAN QueueDefaultInterruptDpc,
                       _Out_ PULONG TargetProcessors);
typedef MINIPORT_ISR (*MINIPORT_ISR_HANDLER);

typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_INTERRUPT_DPC)
VOID (MINIPORT_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext,
                              _In_ PVOID MiniportDpcContext,
                              _In_ PVOID ReceiveThrottleParameters,
                              _In_ PVOID NdisReserved2);
typedef MINIPORT_INTERRUPT_DPC (*MINIPORT_INTERRUPT_DPC_HANDLER);

typedef _Function_class_(MINIPORT_ENABLE_INTERRUPT)
VOID (MINIPORT_ENABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_ENABLE_INTERRUPT (*MINIPORT_ENABLE_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_DISABLE_INTERRUPT)
VOID (MINIPORT_DISABLE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext);
typedef MINIPORT_DISABLE_INTERRUPT (*MINIPORT_DISABLE_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_MESSAGE_INTERRUPT)
BOOLEAN (MINIPORT_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                     _In_ ULONG MessageId,
                                     _Out_ PBOOLEAN QueueDefaultInterruptDpc,
                                     _Out_ PULONG TargetProcessors);
typedef MINIPORT_MESSAGE_INTERRUPT (*MINIPORT_MSI_ISR_HANDLER);

typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_MESSAGE_INTERRUPT_DPC)
VOID (MINIPORT_MESSAGE_INTERRUPT_DPC)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                      _In_ ULONG MessageId,
                                      _In_ PVOID MiniportDpcContext,
                                      _In_ PVOID ReceiveThrottleParameters,
                                      _In_ PVOID NdisReserved2);
typedef MINIPORT_MESSAGE_INTERRUPT_DPC (*MINIPORT_MSI_INTERRUPT_DPC_HANDLER);

typedef _Function_class_(MINIPORT_ENABLE_MESSAGE_INTERRUPT)
VOID (MINIPORT_ENABLE_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                         _In_ ULONG MessageId);
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT (*MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER);

typedef _Function_class_(MINIPORT_DISABLE_MESSAGE_INTERRUPT)
VOID (MINIPORT_DISABLE_MESSAGE_INTERRUPT)(_In_ NDIS_HANDLE MiniportInterruptContext,
                                          _In_ ULONG MessageId);
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT (*MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER);

/* Scatter/gather DMA callbacks. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(MINIPORT_PROCESS_SG_LIST)
VOID (MINIPORT_PROCESS_SG_LIST)(_In_ PDEVICE_OBJECT pDO, _In_ PVOID Reserved,
                                _In_ PSCATTER_GATHER_LIST pSGL,
                                _In_ PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST (*MINIPORT_PROCESS_SG_LIST_HANDLER);

typedef _IRQL_requires_(DISPATCH_LEVEL)
_Function_class_(MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE)
VOID (MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ ULONG Length,
    _In_ PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE (*MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER);

/* Protocol driver callbacks. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_SET_OPTIONS)
NDIS_STATUS (PROTOCOL_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle,
                                   _In_ NDIS_HANDLE DriverContext);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_BIND_ADAPTER_EX)
NDIS_STATUS (PROTOCOL_BIND_ADAPTER_EX)(_In_ NDIS_HANDLE ProtocolDriverContext,
                                       _In_ NDIS_HANDLE BindContext,
                                       _In_ PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX (*BIND_HANDLER_EX);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_UNBIND_ADAPTER_EX)
NDIS_STATUS (PROTOCOL_UNBIND_ADAPTER_EX)(_In_ NDIS_HANDLE UnbindContext,
                                         _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX (*UNBIND_HANDLER_EX);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)
VOID (PROTOCOL_OPEN_ADAPTER_COMPLETE_EX)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                         _In_ NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX (*OPEN_ADAPTER_COMPLETE_HANDLER_EX);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)
VOID (PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX (*CLOSE_ADAPTER_COMPLETE_HANDLER_EX);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS)
VOID (PROTOCOL_RECEIVE_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                         _In_ PNET_BUFFER_LIST NetBufferLists,
                                         _In_ NDIS_PORT_NUMBER PortNumber,
                                         _In_ ULONG NumberOfNetBufferLists,
                                         _In_ ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS (*RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)
VOID (PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE (*SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_OID_REQUEST_COMPLETE)
VOID (PROTOCOL_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                     _In_ PNDIS_OID_REQUEST OidRequest,
                                     _In_ NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE (*OID_REQUEST_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)
VOID (PROTOCOL_DIRECT_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                            _In_ PNDIS_OID_REQUEST OidRequest,
                                            _In_ NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE (*DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(PROTOCOL_STATUS_EX)
VOID (PROTOCOL_STATUS_EX)(_In_ NDIS_HANDLE ProtocolBindingContext,
                          _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX (*STATUS_HANDLER_EX);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_NET_PNP_EVENT)
NDIS_STATUS (PROTOCOL_NET_PNP_EVENT)(
    _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT (*NET_PNP_EVENT_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(PROTOCOL_UNINSTALL)
VOID (PROTOCOL_UNINSTALL)(VOID);
typedef PROTOCOL_UNINSTALL (*UNINSTALL_PROTOCOL_HANDLER);

/* Filter driver callbacks. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_SET_OPTIONS)
NDIS_STATUS (FILTER_SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle,
                                 _In_ NDIS_HANDLE DriverContext);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_ATTACH)
NDIS_STATUS (FILTER_ATTACH)(_In_ NDIS_HANDLE NdisFilterHandle,
                            _In_ NDIS_HANDLE FilterDriverContext,
                            _In_ PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef FILTER_ATTACH (*FILTER_ATTACH_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_DETACH)
VOID (FILTER_DETACH)(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_DETACH (*FILTER_DETACH_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_RESTART)
NDIS_STATUS (FILTER_RESTART)(_In_ NDIS_HANDLE FilterModuleContext,
                             _In_ PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef FILTER_RESTART (*FILTER_RESTART_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_PAUSE)
NDIS_STATUS (FILTER_PAUSE)(_In_ NDIS_HANDLE FilterModuleContext,
                           _In_ PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef FILTER_PAUSE (*FILTER_PAUSE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS)
VOID (FILTER_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext,
                                    _In_ PNET_BUFFER_LIST NetBufferList,
                                    _In_ NDIS_PORT_NUMBER PortNumber,
                                    _In_ ULONG SendFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS (*FILTER_SEND_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)
VOID (FILTER_SEND_NET_BUFFER_LISTS_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                             _In_ PNET_BUFFER_LIST NetBufferList,
                                             _In_ ULONG SendCompleteFlags);
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE (*FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_CANCEL_SEND_NET_BUFFER_LISTS)
VOID (FILTER_CANCEL_SEND_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext,
                                           _In_ PVOID CancelId);
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS (*FILTER_CANCEL_SEND_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_RECEIVE_NET_BUFFER_LISTS)
VOID (FILTER_RECEIVE_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext,
                                       _In_ PNET_BUFFER_LIST NetBufferLists,
                                       _In_ NDIS_PORT_NUMBER PortNumber,
                                       _In_ ULONG NumberOfNetBufferLists,
                                       _In_ ULONG ReceiveFlags);
typedef FILTER_RECEIVE_NET_BUFFER_LISTS (*FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_RETURN_NET_BUFFER_LISTS)
VOID (FILTER_RETURN_NET_BUFFER_LISTS)(_In_ NDIS_HANDLE FilterModuleContext,
                                      _In_ PNET_BUFFER_LIST NetBufferLists,
                                      _In_ ULONG ReturnFlags);
typedef FILTER_RETURN_NET_BUFFER_LISTS (*FILTER_RETURN_NET_BUFFER_LISTS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_OID_REQUEST)
NDIS_STATUS (FILTER_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext,
                                 _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_OID_REQUEST (*FILTER_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_OID_REQUEST_COMPLETE)
VOID (FILTER_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                   _In_ PNDIS_OID_REQUEST OidRequest,
                                   _In_ NDIS_STATUS Status);
typedef FILTER_OID_REQUEST_COMPLETE (*FILTER_OID_REQUEST_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_CANCEL_OID_REQUEST)
VOID (FILTER_CANCEL_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext,
                                 _In_ PVOID RequestId);
typedef FILTER_CANCEL_OID_REQUEST (*FILTER_CANCEL_OID_REQUEST_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL)
_Function_class_(FILTER_DEVICE_PNP_EVENT_NOTIFY)
VOID (FILTER_DEVICE_PNP_EVENT_NOTIFY)(_In_ NDIS_HANDLE FilterModuleContext,
                                      _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY (*FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_NET_PNP_EVENT)
NDIS_STATUS (FILTER_NET_PNP_EVENT)(
    _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef FILTER_NET_PNP_EVENT (*FILTER_NET_PNP_EVENT_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_STATUS)
VOID (FILTER_STATUS)(_In_ NDIS_HANDLE FilterModuleContext,
                     _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef FILTER_STATUS (*FILTER_STATUS_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(FILTER_SET_MODULE_OPTIONS)
NDIS_STATUS (FILTER_SET_MODULE_OPTIONS)(_In_ NDIS_HANDLE FilterModuleContext);
typedef FILTER_SET_MODULE_OPTIONS (*FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER);

/* Timer and work-item callbacks. */
typedef _IRQL_requires_(DISPATCH_LEVEL) _Function_class_(NDIS_TIMER_FUNCTION)
VOID (NDIS_TIMER_FUNCTION)(_In_ PVOID SystemSpecific1,
                           _In_ PVOID FunctionContext,
                           _In_ PVOID SystemSpecific2,
                           _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION (*PNDIS_TIMER_FUNCTION);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(NDIS_IO_WORKITEM_FUNCTION)
VOID (NDIS_IO_WORKITEM_FUNCTION)(_In_ PVOID WorkItemContext,
                                 _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION (*NDIS_IO_WORKITEM_ROUTINE);

/* ------------------------------------------------------------------ */
/* Characteristics structures.                                         */
/* ------------------------------------------------------------------ */
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
    MINIPORT_HALT_HANDLER HaltHandlerEx;
    MINIPORT_DRIVER_UNLOAD UnloadHandler;
    MINIPORT_PAUSE_HANDLER PauseHandler;
    MINIPORT_RESTART_HANDLER RestartHandler;
    MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
    MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
    MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
    MINIPORT_RESET_HANDLER ResetHandlerEx;
    MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
    MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)

#define NDIS_WDM_DRIVER 0x00000001
#define NDIS_INTERMEDIATE_DRIVER 0x00000002

typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING Name;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    BIND_HANDLER_EX BindAdapterHandlerEx;
    UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
    OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
    CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
    NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
    OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    STATUS_HANDLER_EX StatusHandlerEx;
    RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SendNetBufferListsCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)

typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING FriendlyName;
    NDIS_STRING UniqueName;
    NDIS_STRING ServiceName;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
    FILTER_ATTACH_HANDLER AttachHandler;
    FILTER_DETACH_HANDLER DetachHandler;
    FILTER_RESTART_HANDLER RestartHandler;
    FILTER_PAUSE_HANDLER PauseHandler;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
    FILTER_OID_REQUEST_HANDLER OidRequestHandler;
    FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
    FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
    FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    FILTER_STATUS_HANDLER StatusHandler;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)

typedef struct _NDIS_FILTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;

#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)

typedef enum _NDIS_INTERRUPT_TYPE {
    NDIS_CONNECT_LINE_BASED = 1,
    NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE, *PNDIS_INTERRUPT_TYPE;

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ISR_HANDLER InterruptHandler;
    MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
    MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
    MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
    BOOLEAN MsiSupported;
    BOOLEAN MsiSyncWithAllMessages;
    MINIPORT_MSI_ISR_HANDLER MessageInterruptHandler;
    MINIPORT_MSI_INTERRUPT_DPC_HANDLER MessageInterruptDpcHandler;
    MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
    MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER EnableMessageInterruptHandler;
    NDIS_INTERRUPT_TYPE InterruptType;
    PVOID MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;

#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, MessageInfoTable)

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;

#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

typedef struct _NDIS_SG_DMA_DESCRIPTION {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG MaximumPhysicalMapping;
    MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
    MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler;
    ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;

#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001

typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;

#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)

typedef struct _BINARY_DATA {
    USHORT Length;
    PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

/* ------------------------------------------------------------------ */
/* Miniport adapter attributes.                                        */
/* ------------------------------------------------------------------ */
typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAdapterContext;
    ULONG AttributeFlags;
    UINT CheckForHangTimeInSeconds;
    NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)

#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PVOID PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PVOID RecvScaleCapabilities;
    ULONG AccessType;
    ULONG DirectionType;
    ULONG ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
    PVOID PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* ------------------------------------------------------------------ */
/* Driver registration, binding and configuration.                     */
/* ------------------------------------------------------------------ */
_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterMiniportDriver(
    _In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath,
    _In_opt_ NDIS_HANDLE MiniportDriverContext,
    _In_ PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisMiniportDriverHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterMiniportDriver(
    _In_ NDIS_HANDLE NdisMiniportDriverHandle);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisRegisterProtocolDriver(
    _In_opt_ NDIS_HANDLE ProtocolDriverContext,
    _In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics,
    _Out_ PNDIS_HANDLE NdisProtocolHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisDeregisterProtocolDriver(
    _In_ NDIS_HANDLE NdisProtocolHandle);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFRegisterFilterDriver(
    _In_ PDRIVER_OBJECT DriverObject, _In_opt_ NDIS_HANDLE FilterDriverContext,
    _In_ PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics,
    _Out_ PNDIS_HANDLE NdisFilterDriverHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFDeregisterFilterDriver(
    _In_ NDIS_HANDLE NdisFilterDriverHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFSetAttributes(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ NDIS_HANDLE FilterModuleContext,
    _In_ PNDIS_FILTER_ATTRIBUTES FilterAttributes);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisOpenAdapterEx(
    _In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OPEN_PARAMETERS OpenParameters, _In_ NDIS_HANDLE BindContext,
    _Out_ PNDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisCloseAdapterEx(_In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCompleteBindAdapterEx(_In_ NDIS_HANDLE BindAdapterContext,
                                                     _In_ NDIS_STATUS Status);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCompleteUnbindAdapterEx(_In_ NDIS_HANDLE UnbindContext);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMSetMiniportAttributes(
    _In_ NDIS_HANDLE NdisMiniportHandle,
    _In_ PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisOpenConfigurationEx(
    _In_ PNDIS_CONFIGURATION_OBJECT ConfigObject,
    _Out_ PNDIS_HANDLE ConfigurationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReadConfiguration(
    _Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
    _In_ NDIS_HANDLE ConfigurationHandle, _In_ PNDIS_STRING Keyword,
    _In_ NDIS_PARAMETER_TYPE ParameterType);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);

/* ------------------------------------------------------------------ */
/* Hardware resources: interrupts, I/O space, DMA.                     */
/* ------------------------------------------------------------------ */
_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterInterruptEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_HANDLE MiniportInterruptContext,
    _In_ PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics,
    _Out_ PNDIS_HANDLE NdisInterruptHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterInterruptEx(_In_ NDIS_HANDLE NdisInterruptHandle);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMMapIoSpace(
    _Outptr_result_bytebuffer_(Length) PVOID *VirtualAddress,
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ NDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ UINT Length);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMUnmapIoSpace(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                             _In_ PVOID VirtualAddress,
                                             _In_ UINT Length);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterScatterGatherDma(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_ PNDIS_SG_DMA_DESCRIPTION DmaDescription,
    _Out_ PNDIS_HANDLE NdisMiniportDmaHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterScatterGatherDma(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle);

/* ------------------------------------------------------------------ */
/* Data path.                                                          */
/* ------------------------------------------------------------------ */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisSendNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFSendNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFIndicateReceiveNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists,
    _In_ ULONG ReceiveFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMSendNetBufferListsComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG SendCompleteFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFSendNetBufferListsComplete(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferList,
    _In_ ULONG SendCompleteFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFReturnNetBufferLists(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisSend(_Out_ PNDIS_STATUS Status,
                                    _In_ NDIS_HANDLE NdisBindingHandle,
                                    _In_ PNDIS_PACKET Packet);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisSendPackets(_In_ NDIS_HANDLE NdisBindingHandle,
                                           _In_ PPNDIS_PACKET PacketArray,
                                           _In_ UINT NumberOfPackets);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMIndicateReceivePacket(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PPNDIS_PACKET ReceivePackets,
    _In_ UINT NumberOfPackets);

/* ------------------------------------------------------------------ */
/* Control path: OID requests, status, pause/restart completion.       */
/* ------------------------------------------------------------------ */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisOidRequest(_In_ NDIS_HANDLE NdisBindingHandle,
                                                 _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMOidRequestComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFOidRequest(_In_ NDIS_HANDLE NdisFilterHandle,
                                                  _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFOidRequestComplete(
    _In_ NDIS_HANDLE NdisFilterHandle, _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMIndicateStatusEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_STATUS_INDICATION StatusIndication);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMPauseComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMRestartComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                                _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFPauseComplete(_In_ NDIS_HANDLE NdisFilterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFRestartComplete(_In_ NDIS_HANDLE NdisFilterHandle,
                                                _In_ NDIS_STATUS Status);

/* ------------------------------------------------------------------ */
/* Work items and timers.                                              */
/* ------------------------------------------------------------------ */
_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_HANDLE NdisAllocateIoWorkItem(
    _In_ NDIS_HANDLE NdisObjectHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisQueueIoWorkItem(
    _In_ NDIS_HANDLE NdisIoWorkItemHandle, _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
    _In_ PVOID WorkItemContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateTimerObject(
    _In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
    _Out_ PNDIS_HANDLE pTimerObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE BOOLEAN NdisSetTimerObject(_In_ NDIS_HANDLE TimerObject,
                                                 _In_ LARGE_INTEGER DueTime,
                                                 _In_opt_ LONG MillisecondsPeriod,
                                                 _In_opt_ PVOID FunctionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE BOOLEAN NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

#endif /* NDIS_TIDY_MODEL_NDIS_H */
