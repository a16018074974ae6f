/* Wrapper of the model's ntifs.h for wireguard-nt: the kernel declarations
   it uses that the model lacks (declarations and macros only, from the
   documented prototypes and values). */
#pragma once
#include_next <ntifs.h>
#ifndef NDIS_TIDY_STUB_WG_NTIFS
#define NDIS_TIDY_STUB_WG_NTIFS
#include <intrin.h>
#include <ws2def.h>
#include <ws2ipdef.h>
#include <ip2string.h>
#include <netioapi.h>
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef FIELD_SIZE
#define FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#endif
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN __declspec(align(64))
#endif
#define LOOKASIDE_ALIGN DECLSPEC_CACHEALIGN
#define STATUS_DISK_FULL ((NTSTATUS)0xC000007FL)
#define STATUS_MORE_PROCESSING_REQUIRED ((NTSTATUS)0xC0000016L)
#define STATUS_ALREADY_COMPLETE ((NTSTATUS)0x000000FFL)
#define STATUS_TOO_MANY_NODES ((NTSTATUS)0xC000020EL)
#define STATUS_SECTION_TOO_BIG ((NTSTATUS)0xC0000040L)
#define STATUS_ADDRESS_ALREADY_EXISTS ((NTSTATUS)0xC000020AL)
#ifndef IPPROTO_IP
#define IPPROTO_IP 0
#endif
#define IPV6_V6ONLY 27
#define IN6ADDR_ANY_INIT { 0 }
/* Winsock Kernel's module identifiers (netiodef.h / NMR) */
typedef struct _NPI_MODULEID { USHORT Length; int Type; union { GUID Guid; LUID IfLuid; }; } NPI_MODULEID, *PNPI_MODULEID;
extern CONST NPI_MODULEID NPI_MS_IPV4_MODULEID;
extern CONST NPI_MODULEID NPI_MS_IPV6_MODULEID;
/* netioapi.h routines and table */
typedef struct _MIB_IPFORWARD_TABLE2 { ULONG NumEntries; MIB_IPFORWARD_ROW2 Table[1]; } MIB_IPFORWARD_TABLE2, *PMIB_IPFORWARD_TABLE2;
NTSTATUS GetIpForwardTable2(ADDRESS_FAMILY Family, PMIB_IPFORWARD_TABLE2 *Table);
NTSTATUS SetIpInterfaceEntry(PMIB_IPINTERFACE_ROW Row);
/* NDIS offload revisions past the model's */
#define NDIS_OFFLOAD_REVISION_4 4
#define NDIS_OFFLOAD_REVISION_5 5
#define NDIS_OFFLOAD_REVISION_6 6
#define NDIS_OFFLOAD_REVISION_7 7
#define NDIS_OFFLOAD_REVISION_8 8
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_4 sizeof(NDIS_OFFLOAD)
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_5 sizeof(NDIS_OFFLOAD)
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_6 sizeof(NDIS_OFFLOAD)
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_7 sizeof(NDIS_OFFLOAD)
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_8 sizeof(NDIS_OFFLOAD)
typedef struct _NDIS_TCP_CONNECTION_OFFLOAD {
    NDIS_OBJECT_HEADER Header;
    ULONG Encapsulation;
    ULONG SupportIPv4 : 2;
    ULONG SupportIPv6 : 2;
    ULONG SupportIPv6ExtensionHeaders : 2;
    ULONG SupportSack : 2;
    ULONG CongestionAlgorithm : 4;
    ULONG TcpConnectionOffloadCapacity;
    ULONG Flags;
} NDIS_TCP_CONNECTION_OFFLOAD, *PNDIS_TCP_CONNECTION_OFFLOAD;
#define NDIS_TCP_CONNECTION_OFFLOAD_REVISION_1 1
#define NDIS_SIZEOF_TCP_CONNECTION_OFFLOAD_REVISION_1 sizeof(NDIS_TCP_CONNECTION_OFFLOAD)
/* processor-change notification (wdm.h) */
typedef enum { KeProcessorAddStartNotify = 0, KeProcessorAddCompleteNotify, KeProcessorAddFailureNotify } KE_PROCESSOR_CHANGE_NOTIFY_STATE;
typedef struct _KE_PROCESSOR_CHANGE_NOTIFY_CONTEXT {
    KE_PROCESSOR_CHANGE_NOTIFY_STATE State;
    ULONG NtNumber;
    NTSTATUS Status;
    PROCESSOR_NUMBER ProcNumber;
} KE_PROCESSOR_CHANGE_NOTIFY_CONTEXT, *PKE_PROCESSOR_CHANGE_NOTIFY_CONTEXT;
typedef VOID PROCESSOR_CALLBACK_FUNCTION(PVOID CallbackContext, PKE_PROCESSOR_CHANGE_NOTIFY_CONTEXT ChangeContext,
                                         PNTSTATUS OperationStatus);
typedef PROCESSOR_CALLBACK_FUNCTION *PPROCESSOR_CALLBACK_FUNCTION;
#define KE_PROCESSOR_CHANGE_ADD_EXISTING 1
PVOID KeRegisterProcessorChangeCallback(PPROCESSOR_CALLBACK_FUNCTION CallbackFunction, PVOID CallbackContext, ULONG Flags);
VOID KeDeregisterProcessorChangeCallback(PVOID CallbackHandle);
BOOLEAN KeSetCoalescableTimer(PKTIMER Timer, LARGE_INTEGER DueTime, ULONG Period, ULONG TolerableDelay, PKDPC Dpc);
BOOLEAN InterlockedBitTestAndSet64(LONG64 volatile *Base, LONG64 Offset);
USHORT ReadUShortNoFence(USHORT CONST volatile *Source);
#define WriteRaw(Destination, Value) ((void)(*(Destination) = (Value)))
NTSTATUS RtlULong64ToULong(ULONGLONG Operand, PULONG Result);
#ifndef RtlSIZETToULong
#define RtlSIZETToULong RtlSizeTToULong
#endif
/* SAL annotations the model's sal.h lacks: they say nothing to clang */
#ifndef _Out_z_cap_c_
#define _Out_z_cap_c_(size)
#endif
#ifndef _At_buffer_
#define _At_buffer_(target, iter, bound, annos)
#endif
VOID ExInitializePushLock(PEX_PUSH_LOCK PushLock);
VOID ExAcquirePushLockExclusive(PEX_PUSH_LOCK PushLock);
VOID ExReleasePushLockExclusive(PEX_PUSH_LOCK PushLock);
VOID ExAcquirePushLockShared(PEX_PUSH_LOCK PushLock);
VOID ExReleasePushLockShared(PEX_PUSH_LOCK PushLock);
VOID WriteRaw64(LONG64 volatile *Destination, LONG64 Value);
#ifndef SYSTEM_CACHE_ALIGNMENT_SIZE
#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#endif
typedef struct _XSTATE_SAVE { ULONG64 Reserved[8]; } XSTATE_SAVE, *PXSTATE_SAVE;
#define XSTATE_MASK_LEGACY_FLOATING_POINT (1ULL << 0)
#define XSTATE_MASK_LEGACY_SSE (1ULL << 1)
#define XSTATE_MASK_GSSE (1ULL << 2)
#define XSTATE_MASK_AVX XSTATE_MASK_GSSE
#define XSTATE_MASK_AVX512 ((1ULL << 5) | (1ULL << 6) | (1ULL << 7))
NTSTATUS KeSaveExtendedProcessorState(ULONG64 Mask, PXSTATE_SAVE XStateSave);
VOID KeRestoreExtendedProcessorState(PXSTATE_SAVE XStateSave);
ULONG64 RtlGetEnabledExtendedFeatures(ULONG64 FeatureMask);
#define CRYPTO_LIBRARY_INTERNAL_ERROR ((ULONG)0x0000016C)
#ifndef BitScanReverse
#define BitScanReverse _BitScanReverse
#endif
#ifndef BitScanForward
#define BitScanForward _BitScanForward
#endif
#ifndef RtlSIZETMult
#define RtlSIZETMult RtlSizeTMult
#endif
#ifndef RtlSIZETAdd
#define RtlSIZETAdd RtlSizeTAdd
#endif
#endif
