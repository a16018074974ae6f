/*
 * ndis.h - ndis-tidy's model of the NDIS declarations.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes, structures and callback types on
 * learn.microsoft.com; it is not the WDK header. Prototypes carry the
 * documented IRQL annotations (which expand to nothing, see sal.h).
 * Structures carry the documented member names; where a layout is private
 * to NDIS the model keeps only what drivers touch. Every DDI is declared
 * whatever NDIS version the translation unit selects with NDIS60_MINIPORT,
 * NDIS630, ... before including this file; those macros only set the
 * version constants (NDIS_MINIPORT_MAJOR_VERSION, NDIS_SUPPORT_NDIS630, ...)
 * below, and this file never defines them itself.
 *
 * Routines the kit declares as macros or inline functions may be
 * prototypes here, except where ndis-tidy's checks depend on the macro
 * (NdisZeroMemory, NDIS_RAISE_IRQL_TO_DISPATCH, ...).
 */
#ifndef NDIS_TIDY_MODEL_NDIS_H
#define NDIS_TIDY_MODEL_NDIS_H
/* The kit's own include guard, which drivers test ("#ifndef _NDIS_"). */
#define _NDIS_ 1

#include "ntddk.h"

#define NDIS_EXPORTED_ROUTINE
#define NDISAPI
#define EXPORT
#define NDIS_API

/* ------------------------------------------------------------------ */
/* Versions chosen by the translation unit.                            */
/* ------------------------------------------------------------------ */
#if defined(NDIS689_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 689
#elif defined(NDIS688_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 688
#elif defined(NDIS687_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 687
#elif defined(NDIS686_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 686
#elif defined(NDIS685_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 685
#elif defined(NDIS684_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 684
#elif defined(NDIS683_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 683
#elif defined(NDIS682_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 682
#elif defined(NDIS681_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 681
#elif defined(NDIS680_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 680
#elif defined(NDIS670_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 670
#elif defined(NDIS660_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 660
#elif defined(NDIS651_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 651
#elif defined(NDIS650_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 650
#elif defined(NDIS640_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 640
#elif defined(NDIS630_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 630
#elif defined(NDIS620_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 620
#elif defined(NDIS61_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 610
#elif defined(NDIS60_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 600
#elif defined(NDIS51_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 510
#elif defined(NDIS50_MINIPORT)
#define NDIS_TIDY_MINIPORT_VERSION_ 500
#endif

#if defined(NDIS689)
#define NDIS_TIDY_PROTOCOL_VERSION_ 689
#elif defined(NDIS688)
#define NDIS_TIDY_PROTOCOL_VERSION_ 688
#elif defined(NDIS687)
#define NDIS_TIDY_PROTOCOL_VERSION_ 687
#elif defined(NDIS686)
#define NDIS_TIDY_PROTOCOL_VERSION_ 686
#elif defined(NDIS685)
#define NDIS_TIDY_PROTOCOL_VERSION_ 685
#elif defined(NDIS684)
#define NDIS_TIDY_PROTOCOL_VERSION_ 684
#elif defined(NDIS683)
#define NDIS_TIDY_PROTOCOL_VERSION_ 683
#elif defined(NDIS682)
#define NDIS_TIDY_PROTOCOL_VERSION_ 682
#elif defined(NDIS681)
#define NDIS_TIDY_PROTOCOL_VERSION_ 681
#elif defined(NDIS680)
#define NDIS_TIDY_PROTOCOL_VERSION_ 680
#elif defined(NDIS670)
#define NDIS_TIDY_PROTOCOL_VERSION_ 670
#elif defined(NDIS660)
#define NDIS_TIDY_PROTOCOL_VERSION_ 660
#elif defined(NDIS651)
#define NDIS_TIDY_PROTOCOL_VERSION_ 651
#elif defined(NDIS650)
#define NDIS_TIDY_PROTOCOL_VERSION_ 650
#elif defined(NDIS640)
#define NDIS_TIDY_PROTOCOL_VERSION_ 640
#elif defined(NDIS630)
#define NDIS_TIDY_PROTOCOL_VERSION_ 630
#elif defined(NDIS620)
#define NDIS_TIDY_PROTOCOL_VERSION_ 620
#elif defined(NDIS61)
#define NDIS_TIDY_PROTOCOL_VERSION_ 610
#elif defined(NDIS60)
#define NDIS_TIDY_PROTOCOL_VERSION_ 600
#elif defined(NDIS51)
#define NDIS_TIDY_PROTOCOL_VERSION_ 510
#elif defined(NDIS50)
#define NDIS_TIDY_PROTOCOL_VERSION_ 500
#elif defined(NDIS40)
#define NDIS_TIDY_PROTOCOL_VERSION_ 400
#endif

#ifdef NDIS_TIDY_MINIPORT_VERSION_
#define NDIS_MINIPORT_MAJOR_VERSION (NDIS_TIDY_MINIPORT_VERSION_ / 100)
#if NDIS_TIDY_MINIPORT_VERSION_ == 610
#define NDIS_MINIPORT_MINOR_VERSION 1
#elif NDIS_TIDY_MINIPORT_VERSION_ == 510
#define NDIS_MINIPORT_MINOR_VERSION 1
#else
#define NDIS_MINIPORT_MINOR_VERSION (NDIS_TIDY_MINIPORT_VERSION_ % 100)
#endif
#endif

/* The lowest NDISxxx_MINIPORT selected: drivers built for a range of
   versions register with NDIS_MINIPORT_MINIMUM_* on older systems. */
#if defined(NDIS60_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 600
#elif defined(NDIS61_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 610
#elif defined(NDIS620_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 620
#elif defined(NDIS630_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 630
#elif defined(NDIS640_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 640
#elif defined(NDIS650_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 650
#elif defined(NDIS651_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 651
#elif defined(NDIS660_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 660
#elif defined(NDIS670_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 670
#elif defined(NDIS680_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 680
#elif defined(NDIS681_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 681
#elif defined(NDIS682_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 682
#elif defined(NDIS683_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 683
#elif defined(NDIS684_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 684
#elif defined(NDIS685_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 685
#elif defined(NDIS686_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 686
#elif defined(NDIS687_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 687
#elif defined(NDIS688_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 688
#elif defined(NDIS689_MINIPORT)
#define NDIS_TIDY_MINIPORT_MINIMUM_ 689
#endif
#ifdef NDIS_TIDY_MINIPORT_MINIMUM_
#define NDIS_MINIPORT_MINIMUM_MAJOR_VERSION (NDIS_TIDY_MINIPORT_MINIMUM_ / 100)
#if NDIS_TIDY_MINIPORT_MINIMUM_ == 610
#define NDIS_MINIPORT_MINIMUM_MINOR_VERSION 1
#else
#define NDIS_MINIPORT_MINIMUM_MINOR_VERSION (NDIS_TIDY_MINIPORT_MINIMUM_ % 100)
#endif
#endif

#ifdef NDIS_TIDY_PROTOCOL_VERSION_
#define NDIS_PROTOCOL_MAJOR_VERSION (NDIS_TIDY_PROTOCOL_VERSION_ / 100)
#if NDIS_TIDY_PROTOCOL_VERSION_ == 610 || NDIS_TIDY_PROTOCOL_VERSION_ == 510
#define NDIS_PROTOCOL_MINOR_VERSION 1
#else
#define NDIS_PROTOCOL_MINOR_VERSION (NDIS_TIDY_PROTOCOL_VERSION_ % 100)
#endif
/* Filter drivers build with the protocol version macros (NDIS60, ...). */
#if NDIS_TIDY_PROTOCOL_VERSION_ >= 600
#define NDIS_FILTER_MAJOR_VERSION NDIS_PROTOCOL_MAJOR_VERSION
#define NDIS_FILTER_MINOR_VERSION NDIS_PROTOCOL_MINOR_VERSION
#define NDIS_FILTER_MINIMUM_MAJOR_VERSION 6
#define NDIS_FILTER_MINIMUM_MINOR_VERSION 0
#endif
#endif

#if defined(NDIS_TIDY_MINIPORT_VERSION_) && defined(NDIS_TIDY_PROTOCOL_VERSION_)
#if NDIS_TIDY_MINIPORT_VERSION_ > NDIS_TIDY_PROTOCOL_VERSION_
#define NDIS_TIDY_VERSION_ NDIS_TIDY_MINIPORT_VERSION_
#else
#define NDIS_TIDY_VERSION_ NDIS_TIDY_PROTOCOL_VERSION_
#endif
#elif defined(NDIS_TIDY_MINIPORT_VERSION_)
#define NDIS_TIDY_VERSION_ NDIS_TIDY_MINIPORT_VERSION_
#elif defined(NDIS_TIDY_PROTOCOL_VERSION_)
#define NDIS_TIDY_VERSION_ NDIS_TIDY_PROTOCOL_VERSION_
#else
#define NDIS_TIDY_VERSION_ 0
#endif

/* 0 or 1: what the selected version supports. */
#define NDIS_SUPPORT_NDIS6 (NDIS_TIDY_VERSION_ >= 600)
#define NDIS_SUPPORT_NDIS61 (NDIS_TIDY_VERSION_ >= 610)
#define NDIS_SUPPORT_NDIS620 (NDIS_TIDY_VERSION_ >= 620)
#define NDIS_SUPPORT_NDIS630 (NDIS_TIDY_VERSION_ >= 630)
#define NDIS_SUPPORT_NDIS640 (NDIS_TIDY_VERSION_ >= 640)
#define NDIS_SUPPORT_NDIS650 (NDIS_TIDY_VERSION_ >= 650)
#define NDIS_SUPPORT_NDIS651 (NDIS_TIDY_VERSION_ >= 651)
#define NDIS_SUPPORT_NDIS660 (NDIS_TIDY_VERSION_ >= 660)
#define NDIS_SUPPORT_NDIS670 (NDIS_TIDY_VERSION_ >= 670)
#define NDIS_SUPPORT_NDIS680 (NDIS_TIDY_VERSION_ >= 680)
#define NDIS_SUPPORT_NDIS681 (NDIS_TIDY_VERSION_ >= 681)
#define NDIS_SUPPORT_NDIS682 (NDIS_TIDY_VERSION_ >= 682)
#define NDIS_SUPPORT_NDIS683 (NDIS_TIDY_VERSION_ >= 683)
#define NDIS_SUPPORT_NDIS684 (NDIS_TIDY_VERSION_ >= 684)
#define NDIS_SUPPORT_NDIS685 (NDIS_TIDY_VERSION_ >= 685)
#define NDIS_SUPPORT_NDIS686 (NDIS_TIDY_VERSION_ >= 686)
#define NDIS_SUPPORT_NDIS687 (NDIS_TIDY_VERSION_ >= 687)
#define NDIS_SUPPORT_NDIS688 (NDIS_TIDY_VERSION_ >= 688)
#define NDIS_SUPPORT_NDIS689 (NDIS_TIDY_VERSION_ >= 689)
#define NDIS_SUPPORT_60_COMPATIBLE_API NDIS_SUPPORT_NDIS6
#define NDIS_LEGACY_MINIPORT (NDIS_TIDY_VERSION_ < 600)
#define NDIS_LEGACY_PROTOCOL (NDIS_TIDY_VERSION_ < 600)
#define NDIS_LEGACY_DRIVER (NDIS_TIDY_VERSION_ < 600)

/* After the version constants: ntddndis.h declares some NDIS 6 structures
   only when the translation unit selects NDIS 6 or later. */
#include "ntddndis.h"
#include "windot11.h"

/* NdisGetVersion values. */
#define NDIS_RUNTIME_VERSION_60 ((6 << 16) | 0)
#define NDIS_RUNTIME_VERSION_61 ((6 << 16) | 1)
#define NDIS_RUNTIME_VERSION_620 ((6 << 16) | 20)
#define NDIS_RUNTIME_VERSION_630 ((6 << 16) | 30)
#define NDIS_RUNTIME_VERSION_640 ((6 << 16) | 40)
#define NDIS_RUNTIME_VERSION_650 ((6 << 16) | 50)
#define NDIS_RUNTIME_VERSION_651 ((6 << 16) | 51)
#define NDIS_RUNTIME_VERSION_660 ((6 << 16) | 60)
#define NDIS_RUNTIME_VERSION_670 ((6 << 16) | 70)
#define NDIS_RUNTIME_VERSION_680 ((6 << 16) | 80)
#define NDIS_RUNTIME_VERSION_681 ((6 << 16) | 81)
#define NDIS_RUNTIME_VERSION_682 ((6 << 16) | 82)
#define NDIS_RUNTIME_VERSION_683 ((6 << 16) | 83)
#define NDIS_RUNTIME_VERSION_684 ((6 << 16) | 84)
#define NDIS_RUNTIME_VERSION_685 ((6 << 16) | 85)
#define NDIS_RUNTIME_VERSION_686 ((6 << 16) | 86)
#define NDIS_RUNTIME_VERSION_687 ((6 << 16) | 87)
#define NDIS_RUNTIME_VERSION_688 ((6 << 16) | 88)
#define NDIS_RUNTIME_VERSION_689 ((6 << 16) | 89)

/* Function placement pragmas: #pragma NDIS_INIT_FUNCTION(DriverEntry). */
#define NDIS_INIT_FUNCTION(FunctionName) alloc_text(INIT, FunctionName)
#define NDIS_PAGEABLE_FUNCTION(FunctionName) alloc_text(PAGE, FunctionName)

/* Strong-typing helpers for the context handles: nothing at compile time. */
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(type)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(type)
#define NDIS_DECLARE_MINIPORT_DMA_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_BIND_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(type)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(type)
#define NDIS_DECLARE_CO_PROTOCOL_BIND_CONTEXT(type)

/* ------------------------------------------------------------------ */
/* Basic NDIS types and status codes.                                  */
/* ------------------------------------------------------------------ */
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef const NDIS_STRING *PCNDIS_STRING;
typedef ANSI_STRING NDIS_ANSI_STRING, *PNDIS_ANSI_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef UCHAR NDIS_PROTOCOL_ID;

#define NDIS_STRING_CONST(x) { sizeof(L##x) - 2, sizeof(L##x), (PWSTR)(L##x) }
#define NdisInitUnicodeString(Destination, Source) \
    RtlInitUnicodeString((Destination), (Source))
#define NdisInitAnsiString(Destination, Source) RtlInitString((Destination), (Source))
#define NdisAnsiStringToUnicodeString(Destination, Source) \
    RtlAnsiStringToUnicodeString((Destination), (Source), FALSE)
#define NdisUnicodeStringToAnsiString(Destination, Source) \
    RtlUnicodeStringToAnsiString((Destination), (Source), FALSE)
#define NdisEqualString(String1, String2, CaseInsensitive) \
    RtlEqualUnicodeString((String1), (String2), (CaseInsensitive))
#define NdisEqualUnicodeString NdisEqualString
#define NdisUpcaseUnicodeString(Destination, Source) \
    RtlUpcaseUnicodeString((Destination), (Source), FALSE)
#define NdisFreeString(String) NdisFreeMemory((String).Buffer, (String).MaximumLength, 0)
#define NdisPrintString(String) DbgPrint("%ls", (String).Buffer)

#define NDIS_DEFAULT_PORT_NUMBER ((NDIS_PORT_NUMBER)0)

#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value) \
    ((PhysicalAddress).HighPart) = (Value)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value) \
    ((PhysicalAddress).LowPart) = (Value)
#define NDIS_PHYSICAL_ADDRESS_CONST(Low, High) \
    { { (ULONG)(Low), (LONG)(High) } }

#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)0x40230001)
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000A)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000B)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000C)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000D)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000E)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000F)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0230002)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0230004)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0230005)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0230006)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0230007)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0230008)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0230009)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC023000A)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC023000B)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC023000C)
#define NDIS_STATUS_SEND_ABORTED NDIS_STATUS_REQUEST_ABORTED
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC023000D)
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC023000E)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC023000F)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0230010)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0230011)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0230012)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0230013)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0230014)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0230015)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0230016)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0230017)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0230018)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0230019)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC023001A)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC023001B)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC023001C)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC023001D)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC023001E)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)0xC023001F)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0230022)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002A)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC023002B)
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)0xC001003C)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC023002C)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC023002D)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC023002E)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002F)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0230030)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0230031)
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)STATUS_INVALID_DEVICE_STATE)

/* Kernel status values with the same meaning, and the NDIS to NTSTATUS
   mapping drivers use to complete IRPs. */
#define NDIS_STATUS_TO_NT_STATUS(Status) ((NTSTATUS)(Status))
#define NT_STATUS_TO_NDIS_STATUS(Status) ((NDIS_STATUS)(Status))

/* Event log codes for NdisWriteErrorLogEntry. */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT ((NDIS_ERROR_CODE)0xC0001388)
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES ((NDIS_ERROR_CODE)0xC0001389)
#define NDIS_ERROR_CODE_HARDWARE_FAILURE ((NDIS_ERROR_CODE)0xC000138A)
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND ((NDIS_ERROR_CODE)0xC000138B)
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT ((NDIS_ERROR_CODE)0xC000138C)
#define NDIS_ERROR_CODE_DRIVER_FAILURE ((NDIS_ERROR_CODE)0xC000138D)
#define NDIS_ERROR_CODE_BAD_VERSION ((NDIS_ERROR_CODE)0xC000138E)
#define NDIS_ERROR_CODE_TIMEOUT ((NDIS_ERROR_CODE)0x8000138F)
#define NDIS_ERROR_CODE_NETWORK_ADDRESS ((NDIS_ERROR_CODE)0xC0001390)
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION ((NDIS_ERROR_CODE)0xC0001391)
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER ((NDIS_ERROR_CODE)0xC0001392)
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER ((NDIS_ERROR_CODE)0xC0001393)
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS ((NDIS_ERROR_CODE)0xC0001394)
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL ((NDIS_ERROR_CODE)0x40001395)
#define NDIS_ERROR_CODE_ADAPTER_DISABLED ((NDIS_ERROR_CODE)0x80001396)

/* Ethernet addresses. */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address) \
    ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[1] == ((UCHAR)0xff)) && \
     (((PUCHAR)(Address))[2] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[3] == ((UCHAR)0xff)) && \
     (((PUCHAR)(Address))[4] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[5] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01)))
#define ETH_IS_LOCALLY_ADMINISTERED(Address) \
    ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x02)))
/* Statement macros that set *_Result: < 0, 0 or > 0 (an arbitrary but
   consistent order), and for _EQ zero when the addresses are equal. As in
   the kit they are brace blocks, so a use needs no ";" after it (and one
   before an "else" is an error, as with the kit). */
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result)                    \
    {                                                                     \
        *(_Result) = memcmp((_A), (_B), ETH_LENGTH_OF_ADDRESS);           \
    }
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result)                 \
    {                                                                     \
        *(_Result) = (memcmp((_A), (_B), ETH_LENGTH_OF_ADDRESS) != 0);    \
    }
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) memcpy((_D), (_S), ETH_LENGTH_OF_ADDRESS)

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
#define NdisInterlockedCompareExchange(Destination, ExChange, Comperand) \
    InterlockedCompareExchange((Destination), (ExChange), (Comperand))
#define NdisInterlockedExchangePointer(Target, Value) \
    InterlockedExchangePointer((Target), (Value))
#define NdisInterlockedCompareExchangePointer(Destination, ExChange, Comperand) \
    InterlockedCompareExchangePointer((Destination), (ExChange), (Comperand))
#define NdisInterlockedAddUlong(Addend, Increment, SpinLock) \
    ((void)(SpinLock), (void)InterlockedExchangeAdd((LONG volatile *)(Addend), (LONG)(Increment)))
#define NdisInterlockedAddLargeInteger(Addend, Increment, SpinLock) \
    ((void)(SpinLock), (void)InterlockedExchangeAdd64(&((PLARGE_INTEGER)(Addend))->QuadPart, (Increment)))

/* Lists protected by an NDIS_SPIN_LOCK (the kit's macros over the
   ExInterlocked* routines). */
#define NdisInitializeListHead(ListHead) InitializeListHead(ListHead)
#define NdisInterlockedInsertHeadList(ListHead, ListEntry, NdisSpinLock) \
    ExInterlockedInsertHeadList((ListHead), (ListEntry), &(NdisSpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(ListHead, ListEntry, NdisSpinLock) \
    ExInterlockedInsertTailList((ListHead), (ListEntry), &(NdisSpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(ListHead, NdisSpinLock) \
    ExInterlockedRemoveHeadList((ListHead), &(NdisSpinLock)->SpinLock)
#define NdisInterlockedPushEntryList(ListHead, ListEntry, NdisSpinLock) \
    ExInterlockedPushEntryList((ListHead), (ListEntry), &(NdisSpinLock)->SpinLock)
#define NdisInterlockedPopEntryList(ListHead, NdisSpinLock) \
    ExInterlockedPopEntryList((ListHead), &(NdisSpinLock)->SpinLock)
#define NdisInitializeSListHead(SListHead) ExInitializeSListHead(SListHead)
#define NdisInterlockedPushEntrySList(SListHead, SListEntry, Lock) \
    InterlockedPushEntrySList((SListHead), (SListEntry))
#define NdisInterlockedPopEntrySList(SListHead, Lock) InterlockedPopEntrySList(SListHead)
#define NdisInterlockedFlushSList(SListHead) InterlockedFlushSList(SListHead)
#define NdisQueryDepthSList(SListHead) ExQueryDepthSList(SListHead)

/* Lookaside lists (the kit's macros over the Ex* routines). */
#define NdisInitializeNPagedLookasideList(Lookaside, Allocate, Free, Flags, Size, Tag, Depth) \
    ExInitializeNPagedLookasideList((Lookaside), (Allocate), (Free), (Flags), (Size), (Tag), (Depth))
#define NdisDeleteNPagedLookasideList(Lookaside) ExDeleteNPagedLookasideList(Lookaside)
#define NdisAllocateFromNPagedLookasideList(Lookaside) ExAllocateFromNPagedLookasideList(Lookaside)
#define NdisFreeToNPagedLookasideList(Lookaside, Entry) \
    ExFreeToNPagedLookasideList((Lookaside), (Entry))

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

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateMemory(
    _Outptr_result_maybenull_ PVOID *VirtualAddress, _In_ UINT Length,
    _In_ UINT MemoryFlags, _In_ NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);

#define NdisMoveMappedMemory(Destination, Source, Length) \
    RtlCopyMemory((Destination), (Source), (Length))
#define NdisZeroMappedMemory(Destination, Length) RtlZeroMemory((Destination), (Length))
#define NdisRetrieveUlong(Destination, Source) \
    RtlCopyMemory((Destination), (Source), sizeof(ULONG))
#define NdisStoreUlong(Destination, Value) \
    do { ULONG ndisTidyValue_ = (Value); RtlCopyMemory((Destination), &ndisTidyValue_, sizeof(ULONG)); } while (0)

/* MDL helpers (macros in the kit). */
#define NDIS_MDL_LINKAGE(Mdl) ((Mdl)->Next)
#define NdisGetNextMdl(CurrentMdl, NextMdl) \
    do { *(NextMdl) = (CurrentMdl)->Next; } while (0)
#define NdisQueryMdl(Mdl, VirtualAddress, Length, Priority)                              \
    do {                                                                                 \
        if ((VirtualAddress) != NULL) {                                   \
            *(PVOID *)(VirtualAddress) = MmGetSystemAddressForMdlSafe((Mdl), (Priority)); \
        }                                                                                \
        *(Length) = MmGetMdlByteCount(Mdl);                                              \
    } while (0)
#define NdisQueryMdlOffset(Mdl, Offset, Length) \
    do { *(Offset) = MmGetMdlByteOffset(Mdl); *(Length) = MmGetMdlByteCount(Mdl); } while (0)
#define NdisAdjustMdlLength(Mdl, Length) ((Mdl)->ByteCount = (Length))
#define NdisBufferVirtualAddress(Mdl) MmGetSystemAddressForMdlSafe((Mdl), NormalPagePriority)
#define NdisBufferLength(Mdl) MmGetMdlByteCount(Mdl)
#define NDIS_BUFFER_LINKAGE(Buffer) ((Buffer)->Next)
#define NdisQueryBufferSafe(Buffer, VirtualAddress, Length, Priority) \
    NdisQueryMdl((Buffer), (VirtualAddress), (Length), (Priority))
#define NdisQueryBufferOffset(Buffer, Offset, Length) NdisQueryMdlOffset((Buffer), (Offset), (Length))
#define NdisGetNextBuffer(CurrentBuffer, NextBuffer) NdisGetNextMdl((CurrentBuffer), (NextBuffer))
#define NdisAdjustBufferLength(Buffer, Length) NdisAdjustMdlLength((Buffer), (Length))

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisGetSharedDataAlignment(VOID);


/* ------------------------------------------------------------------ */
/* NET_BUFFER and NET_BUFFER_LIST.                                     */
/* ------------------------------------------------------------------ */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT,
    *PNET_BUFFER_LIST_CONTEXT;

typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY,
    *PNET_BUFFER_SHARED_MEMORY;

struct _NET_BUFFER_SHARED_MEMORY {
    PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
    ULONG SharedMemoryFlags;
    NDIS_HANDLE SharedMemoryHandle;
    ULONG SharedMemoryOffset;
    ULONG SharedMemoryLength;
};

typedef struct _NET_BUFFER_DATA {
    PNET_BUFFER Next;
    PMDL CurrentMdl;
    ULONG CurrentMdlOffset;
    union {
        ULONG DataLength;
        SIZE_T stDataLength;
    };
    PMDL MdlChain;
    ULONG DataOffset;
} NET_BUFFER_DATA, *PNET_BUFFER_DATA;

typedef union _NET_BUFFER_HEADER {
    NET_BUFFER_DATA NetBufferData;
    SLIST_HEADER Link;
} NET_BUFFER_HEADER, *PNET_BUFFER_HEADER;

struct _NET_BUFFER {
    union {
        struct {
            PNET_BUFFER Next;
            PMDL CurrentMdl;
            ULONG CurrentMdlOffset;
            union {
                ULONG DataLength;
                SIZE_T stDataLength;
            };
            PMDL MdlChain;
            ULONG DataOffset;
        };
        SLIST_HEADER Link;
        NET_BUFFER_HEADER NetBufferHeader;
    };
    USHORT ChecksumBias;
    USHORT Reserved;
    NDIS_HANDLE NdisPoolHandle;
    PVOID NdisReserved[2];
    PVOID ProtocolReserved[6];
    PVOID MiniportReserved[4];
    NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
    union {
        PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo;
        PSCATTER_GATHER_LIST ScatterGatherList;
    };
};

/* The per-NET_BUFFER_LIST information array (NET_BUFFER_LIST_INFO). */
typedef enum _NDIS_NET_BUFFER_LIST_INFO {
    TcpIpChecksumNetBufferListInfo,
    TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
    IPsecOffloadV1NetBufferListInfo,
    IPsecOffloadV2NetBufferListInfo = IPsecOffloadV1NetBufferListInfo,
    TcpLargeSendNetBufferListInfo,
    TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
    ClassificationHandleNetBufferListInfo,
    Ieee8021QNetBufferListInfo,
    NetBufferListCancelId,
    MediaSpecificInformation,
    NetBufferListFrameType,
    NetBufferListProtocolId = NetBufferListFrameType,
    NetBufferListHashValue,
    NetBufferListHashInfo,
    WfpNetBufferListInfo,
    IPsecOffloadV2TunnelNetBufferListInfo,
    IPsecOffloadV2HeaderNetBufferListInfo,
    NetBufferListCorrelationId,
    NetBufferListFilteringInfo,
    MediaSpecificInformationEx,
    NblOriginalInterfaceIfIndex,
    NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex,
    TcpReceiveBytesTransferred,
    NrtNameResolutionId,
    SwitchForwardingReserved,
    SwitchForwardingDetail,
    VirtualSubnetInfo,
    IMReserved,
    TcpSendOffloadsSupplementalNetBufferListInfo,
    TcpRecvSegCoalesceInfo,
    UdpSegmentationOffloadInfo,
    UdpRecvSegCoalesceInfo,
    MaxNetBufferListInfo
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

struct _NET_BUFFER_LIST_CONTEXT {
    PNET_BUFFER_LIST_CONTEXT Next;
    USHORT Size;
    USHORT Offset;
    UCHAR ContextData[];
};

typedef struct _NET_BUFFER_LIST_DATA {
    PNET_BUFFER_LIST Next;
    PNET_BUFFER FirstNetBuffer;
} NET_BUFFER_LIST_DATA, *PNET_BUFFER_LIST_DATA;

typedef union _NET_BUFFER_LIST_HEADER {
    NET_BUFFER_LIST_DATA NetBufferListData;
    SLIST_HEADER Link;
} NET_BUFFER_LIST_HEADER, *PNET_BUFFER_LIST_HEADER;

struct _NET_BUFFER_LIST {
    union {
        struct {
            PNET_BUFFER_LIST Next;
            PNET_BUFFER FirstNetBuffer;
        };
        SLIST_HEADER Link;
        NET_BUFFER_LIST_HEADER NetBufferListHeader;
    };
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
    union {
        NDIS_STATUS Status;
        ULONG NdisReserved2;
    };
    PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)
#define NET_BUFFER_DATA_PHYSICAL_ADDRESS(_NB) ((_NB)->DataPhysicalAddress)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI) ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI) ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI) ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI) ((_SHI)->SharedMemoryLength)

#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) \
    ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) \
    (((_NBL)->Context)->Size - ((_NBL)->Context)->Offset)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])
#define NDIS_SET_NET_BUFFER_LIST_SOURCE_HANDLE(_NBL, _H) \
    ((_NBL)->SourceHandle = (_H))
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListCancelId) = (_CancelId))
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL) \
    ((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashValue))
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue) \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashValue) = (PVOID)(ULONG_PTR)(_HashValue))
#define NET_BUFFER_LIST_GET_HASH_TYPE(_NBL) \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) & NDIS_HASH_TYPE_MASK)
#define NET_BUFFER_LIST_GET_HASH_FUNCTION(_NBL) \
    (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) & NDIS_HASH_FUNCTION_MASK)
#define NET_BUFFER_LIST_SET_HASH_TYPE(_NBL, _HashType)                                   \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo) = (PVOID)(ULONG_PTR)(          \
         (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) &      \
          ~NDIS_HASH_TYPE_MASK) | ((_HashType) & NDIS_HASH_TYPE_MASK)))
#define NET_BUFFER_LIST_SET_HASH_FUNCTION(_NBL, _HashFunction)                           \
    (NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo) = (PVOID)(ULONG_PTR)(          \
         (((ULONG)(ULONG_PTR)NET_BUFFER_LIST_INFO((_NBL), NetBufferListHashInfo)) &      \
          ~NDIS_HASH_FUNCTION_MASK) | ((_HashFunction) & NDIS_HASH_FUNCTION_MASK)))

/* NET_BUFFER_LIST flags. */
#define NBL_FLAGS_PROTOCOL_RESERVED 0xFFF00000
#define NBL_FLAGS_MINIPORT_RESERVED 0x0000F000
#define NBL_FLAGS_SCRATCH 0x000F0000
#define NBL_FLAGS_NDIS_RESERVED 0x00000FFF
#define NBL_PROT_RSVD_FLAGS NBL_FLAGS_PROTOCOL_RESERVED
#define NBL_SET_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags |= ((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_CLEAR_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags &= ~((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_TEST_PROT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags & ((_F) & NBL_PROT_RSVD_FLAGS))
#define NBL_MINIPORT_RSVD_FLAGS NBL_FLAGS_MINIPORT_RESERVED
#define NBL_SET_MINIPORT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags |= ((_F) & NBL_MINIPORT_RSVD_FLAGS))
#define NBL_CLEAR_MINIPORT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags &= ~((_F) & NBL_MINIPORT_RSVD_FLAGS))
#define NBL_TEST_MINIPORT_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags & ((_F) & NBL_MINIPORT_RSVD_FLAGS))
#define NBL_SET_FLAG(_NBL, _F) ((_NBL)->Flags |= (_F))
#define NBL_CLEAR_FLAG(_NBL, _F) ((_NBL)->Flags &= ~(_F))
#define NBL_TEST_FLAG(_NBL, _F) (((_NBL)->Flags & (_F)) != 0)
#define NDIS_NBL_FLAGS_SEND_READ_ONLY 0x00000001
#define NDIS_NBL_FLAGS_RECV_READ_ONLY 0x00000002
#define NDIS_NBL_FLAGS_HD_SPLIT 0x00000100
#define NDIS_NBL_FLAGS_IS_IPV4 0x00000200
#define NDIS_NBL_FLAGS_IS_IPV6 0x00000400
#define NDIS_NBL_FLAGS_IS_TCP 0x00000800
#define NDIS_NBL_FLAGS_IS_UDP 0x00001000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_HEADER 0x00002000
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_PAYLOAD 0x00004000
#define NDIS_NBL_FLAGS_IS_LOOPBACK_PACKET 0x00008000
#define NDIS_NBL_FLAGS_CAPTURE_TIMESTAMP_ON_TRANSMIT 0x00010000
#define NdisSetNblFlag(_NBL, _F) ((_NBL)->NblFlags |= (_F))
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))
#define NdisTestNblFlag(_NBL, _F) (((_NBL)->NblFlags & (_F)) != 0)
#define NdisTestNblFlags(_NBL, _F) (((_NBL)->NblFlags & (_F)) == (_F))

/* What the NET_BUFFER_LIST_INFO entries hold. */
typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 WMMInfo : 4;
            UINT32 Reserved : 12;
        } WLanTagHeader;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

/* The NDIS 5 name of the 802.1Q tag information, still declared. */
typedef struct _NDIS_PACKET_8021Q_INFO {
    union {
        struct {
            UINT32 UserPriority : 3;
            UINT32 CanonicalFormatId : 1;
            UINT32 VlanId : 12;
            UINT32 Reserved : 16;
        } TagHeader;
        PVOID Value;
    };
} NDIS_PACKET_8021Q_INFO, *PNDIS_PACKET_8021Q_INFO;

typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG IsIPv4 : 1;
            ULONG IsIPv6 : 1;
            ULONG TcpChecksum : 1;
            ULONG UdpChecksum : 1;
            ULONG IpHeaderChecksum : 1;
            ULONG Reserved : 11;
            ULONG TcpHeaderOffset : 10;
        } Transmit;
        struct {
            ULONG TcpChecksumFailed : 1;
            ULONG UdpChecksumFailed : 1;
            ULONG IpChecksumFailed : 1;
            ULONG TcpChecksumSucceeded : 1;
            ULONG UdpChecksumSucceeded : 1;
            ULONG IpChecksumSucceeded : 1;
            ULONG Loopback : 1;
            ULONG TcpChecksumValueInvalid : 1;
            ULONG IpChecksumValueInvalid : 1;
        } Receive;
        PVOID Value;
    };
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4 0
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6 1

typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
    union {
        struct {
            ULONG Unused : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } Transmit;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1Transmit;
        struct {
            ULONG TcpPayload : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV1TransmitComplete;
        struct {
            ULONG MSS : 20;
            ULONG TcpHeaderOffset : 10;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
            ULONG IPVersion : 2;
            ULONG Reserved : 30;
        } LsoV2Transmit;
        struct {
            ULONG Reserved : 30;
            ULONG Type : 1;
            ULONG Reserved2 : 1;
        } LsoV2TransmitComplete;
        PVOID Value;
    };
} NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO,
    *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;

typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
    union {
        struct {
            USHORT FilterId;
            union {
                USHORT QueueId;
                USHORT VPortId;
            } QueueVPortInfo;
        } FilteringInfo;
        PVOID Value;
    };
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;

#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL)                                          \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL),                \
                                                                  NetBufferListFilteringInfo)) \
         ->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL)                                           \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL),                \
                                                                  NetBufferListFilteringInfo)) \
         ->FilteringInfo.QueueVPortInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL)                                    \
    (((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO((_NBL),                \
                                                                  NetBufferListFilteringInfo)) \
         ->FilteringInfo.QueueVPortInfo.VPortId)

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


#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00004000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00008000
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000020
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags) \
    (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) ? FALSE : TRUE)
#define NDIS_SET_SEND_FLAG(_Flags, _F) ((_Flags) |= (_F))
#define NDIS_TEST_SEND_FLAG(_Flags, _F) (((_Flags) & (_F)) != 0)
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _F) ((_Flags) |= (_F))
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _F) (((_Flags) & (_F)) != 0)
#define NDIS_SET_RETURN_FLAG(_Flags, _F) ((_Flags) |= (_F))
#define NDIS_TEST_RETURN_FLAG(_Flags, _F) (((_Flags) & (_F)) != 0)
#define NDIS_SET_RECEIVE_FLAG(_Flags, _F) ((_Flags) |= (_F))
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _F) (((_Flags) & (_F)) != 0)


_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PVOID NdisGetDataBuffer(_In_ PNET_BUFFER NetBuffer,
                                              _In_ ULONG BytesNeeded,
                                              _In_opt_ PVOID Storage,
                                              _In_ UINT AlignMultiple,
                                              _In_ UINT AlignOffset);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisRetreatNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta, _In_ ULONG DataBackFill,
    _In_opt_ PVOID AllocateMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAdvanceNetBufferDataStart(
    _In_ PNET_BUFFER NetBuffer, _In_ ULONG DataOffsetDelta, _In_ BOOLEAN FreeMdl,
    _In_opt_ PVOID FreeMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisRetreatNetBufferListDataStart(
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill, _In_opt_ PVOID AllocateMdlHandler,
    _In_opt_ PVOID FreeMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisAdvanceNetBufferListDataStart(
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG DataOffsetDelta,
    _In_ BOOLEAN FreeMdl, _In_opt_ PVOID FreeMdlMdlHandler);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisCopyFromNetBufferToNetBuffer(
    _In_ PNET_BUFFER Destination, _In_ ULONG DestinationOffset, _In_ ULONG BytesToCopy,
    _In_ PNET_BUFFER Source, _In_ ULONG SourceOffset, _Out_ PULONG BytesCopied);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateNetBufferListContext(
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ USHORT ContextSize,
    _In_ USHORT ContextBackFill, _In_ ULONG PoolTag);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeNetBufferListContext(_In_ PNET_BUFFER_LIST NetBufferList,
                                                        _In_ USHORT ContextSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_HANDLE NdisGetPoolFromNetBufferList(
    _In_ PNET_BUFFER_LIST NetBufferList);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_HANDLE NdisGetPoolFromNetBuffer(_In_ PNET_BUFFER NetBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisQueryNetBufferPhysicalCount(_In_ PNET_BUFFER NetBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER_LIST NdisAllocateFragmentNetBufferList(
    _In_ PNET_BUFFER_LIST OriginalNetBufferList,
    _In_opt_ NDIS_HANDLE NetBufferListPool, _In_opt_ NDIS_HANDLE NetBufferPool,
    _In_ ULONG StartOffset, _In_ ULONG MaximumLength, _In_ ULONG DataOffsetDelta,
    _In_ ULONG DataBackFill, _In_ ULONG AllocateFragmentFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeFragmentNetBufferList(
    _In_ PNET_BUFFER_LIST FragmentNetBufferList, _In_ ULONG DataOffsetDelta,
    _In_ ULONG FreeFragmentFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PNET_BUFFER_LIST NdisAllocateReassembledNetBufferList(
    _In_ PNET_BUFFER_LIST FragmentNetBufferList, _In_opt_ NDIS_HANDLE NetBufferAndNetBufferListPoolHandle,
    _In_ ULONG StartOffset, _In_ ULONG DataOffsetDelta, _In_ ULONG DataBackFill,
    _In_ ULONG AllocateReassembleFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeReassembledNetBufferList(
    _In_ PNET_BUFFER_LIST ReassembledNetBufferList, _In_ ULONG DataOffsetDelta,
    _In_ ULONG FreeReassembleFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisCopySendNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList, _In_ PNET_BUFFER_LIST SrcNetBufferList);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisCopyReceiveNetBufferListInfo(
    _In_ PNET_BUFFER_LIST DestNetBufferList, _In_ PNET_BUFFER_LIST SrcNetBufferList);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE UCHAR NdisGeneratePartialCancelId(VOID);


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

/* MiniportReserved (serialized miniports), MiniportReservedEx
   (deserialized and connection-oriented ones) and MacReserved overlay
   one another. */
typedef struct _NDIS_PACKET {
    NDIS_PACKET_PRIVATE Private;
    union {
        struct {
            UCHAR MiniportReserved[2 * sizeof(PVOID)];
            UCHAR WrapperReserved[2 * sizeof(PVOID)];
        };
        struct {
            UCHAR MiniportReservedEx[3 * sizeof(PVOID)];
            UCHAR WrapperReservedEx[sizeof(PVOID)];
        };
        struct {
            UCHAR MacReserved[4 * sizeof(PVOID)];
        };
    };
    ULONG_PTR Reserved[2];
    UCHAR ProtocolReserved[1];
} NDIS_PACKET, *PNDIS_PACKET, **PPNDIS_PACKET;

/* Per-packet checksum information (TcpIpChecksumPacketInfo). */
typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO {
    union {
        struct {
            ULONG NdisPacketChecksumV4 : 1;
            ULONG NdisPacketChecksumV6 : 1;
            ULONG NdisPacketTcpChecksum : 1;
            ULONG NdisPacketUdpChecksum : 1;
            ULONG NdisPacketIpChecksum : 1;
        } Transmit;
        struct {
            ULONG NdisPacketTcpChecksumFailed : 1;
            ULONG NdisPacketUdpChecksumFailed : 1;
            ULONG NdisPacketIpChecksumFailed : 1;
            ULONG NdisPacketTcpChecksumSucceeded : 1;
            ULONG NdisPacketUdpChecksumSucceeded : 1;
            ULONG NdisPacketIpChecksumSucceeded : 1;
            ULONG NdisPacketLoopback : 1;
        } Receive;
        ULONG Value;
    };
} NDIS_TCP_IP_CHECKSUM_PACKET_INFO, *PNDIS_TCP_IP_CHECKSUM_PACKET_INFO;

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

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMAllocateSharedMemoryAsyncEx(
    _In_ NDIS_HANDLE MiniportDmaHandle, _In_ ULONG Length, _In_ BOOLEAN Cached,
    _In_ PVOID Context);

#define NDIS_SG_LIST_WRITE_TO_DEVICE 0x000000001

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMAllocateNetBufferSGList(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle, _In_ PNET_BUFFER NetBuffer,
    _In_ PVOID Context, _In_ ULONG Flags, _In_opt_ PVOID ScatterGatherListBuffer,
    _In_ ULONG ScatterGatherListBufferSize);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMFreeNetBufferSGList(
    _In_ NDIS_HANDLE NdisMiniportDmaHandle, _In_ PSCATTER_GATHER_LIST pSGL,
    _In_ PNET_BUFFER NetBuffer);

/* ------------------------------------------------------------------ */
/* Requests, status indications, PnP events.                           */
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

#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16

typedef struct _NDIS_OID_REQUEST {
    NDIS_OBJECT_HEADER Header;
    NDIS_REQUEST_TYPE RequestType;
    NDIS_PORT_NUMBER PortNumber;
    UINT Timeout;
    PVOID RequestId;
    NDIS_HANDLE RequestHandle;
    union _REQUEST_DATA {
        NDIS_OID Oid; /* the Oid every form below starts with */
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
        struct _METHOD {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            ULONG InputBufferLength;
            ULONG OutputBufferLength;
            ULONG MethodId;
            UINT BytesWritten;
            UINT BytesRead;
            UINT BytesNeeded;
        } METHOD_INFORMATION;
    } DATA;
    UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
    UCHAR MiniportReserved[2 * sizeof(PVOID)];
    UCHAR SourceReserved[2 * sizeof(PVOID)];
    UCHAR SupportedRevision;
    UCHAR Reserved1;
    USHORT Reserved2;
    NDIS_NIC_SWITCH_ID SwitchId;
    NDIS_NIC_SWITCH_VPORT_ID VPortId;
    ULONG Flags;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;

#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_OID_REQUEST_REVISION_2 2
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)
#define NDIS_SIZEOF_OID_REQUEST_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Flags)
#define NDIS_OID_REQUEST_TIMEOUT_INFINITE 0
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001
#define NDIS_OID_REQUEST_FLAGS_USE_SWITCH_ID 0x0002

/* The NDIS 5 request (NdisRequest). */
typedef struct _NDIS_REQUEST {
    UCHAR MacReserved[4 * sizeof(PVOID)];
    NDIS_REQUEST_TYPE RequestType;
    union _NDIS5_REQUEST_DATA {
        struct _NDIS5_QUERY {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesWritten;
            UINT BytesNeeded;
        } QUERY_INFORMATION;
        struct _NDIS5_SET {
            NDIS_OID Oid;
            PVOID InformationBuffer;
            UINT InformationBufferLength;
            UINT BytesRead;
            UINT BytesNeeded;
        } SET_INFORMATION;
    } DATA;
} NDIS_REQUEST, *PNDIS_REQUEST;

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
#define NDIS_STATUS_INDICATION_FLAGS_MEDIA_CONNECT_TO_CONNECT 0x1000
#define NDIS_STATUS_INDICATION_FLAGS_NDIS_RESERVED 0xFFF

/* Status codes indicated with NDIS_STATUS_INDICATION (NDIS 6). */
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003)
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004)
#define NDIS_STATUS_OFFLOAD_STOP ((NDIS_STATUS)0x40020005)
#define NDIS_STATUS_UPLOAD_REQUESTED ((NDIS_STATUS)0x40020006)
#define NDIS_STATUS_OFFLOAD_IM_RESERVED ((NDIS_STATUS)0x40020007)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020008)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020009)
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x4002000A)
#define NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x4002000B)
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000D)
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000E)
#define NDIS_STATUS_NIC_SWITCH_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020014)
#define NDIS_STATUS_RECEIVE_FILTER_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020015)
#define NDIS_STATUS_PM_WOL_PATTERN_REJECTED ((NDIS_STATUS)0x40030051)
#define NDIS_STATUS_PM_OFFLOAD_REJECTED ((NDIS_STATUS)0x40030052)
#define NDIS_STATUS_PM_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030053)
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x40040001)
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x40040002)

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
    NetEventNDKEnable,
    NetEventNDKDisable,
    NetEventFilterPreDetach,
    NetEventBindFailed,
    NetEventSwitchActivate,
    NetEventAllowBindsAbove,
    NetEventInhibitBindsAbove,
    NetEventAllowStart,
    NetEventRequirePause,
    NetEventUploadGftFlowEntries,
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
/* Bus types and configuration parameters.                             */
/* ------------------------------------------------------------------ */
typedef enum _NDIS_INTERFACE_TYPE {
    NdisInterfaceInternal = 0,
    NdisInterfaceIsa = 1,
    NdisInterfaceEisa = 2,
    NdisInterfaceMca = 3,
    NdisInterfaceTurboChannel = 4,
    NdisInterfacePci = 5,
    NdisInterfacePcMcia = 8,
    NdisInterfaceCBus = 9,
    NdisInterfaceMPIBus = 10,
    NdisInterfaceMPSABus = 11,
    NdisInterfaceProcessorInternal = 12,
    NdisInterfaceInternalPowerBus = 13,
    NdisInterfacePNPISABus = 14,
    NdisInterfacePNPBus = 15,
    NdisInterfaceUSB,
    NdisInterfaceIrda,
    NdisInterface1394,
    NdisMaximumInterfaceType
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

/* ------------------------------------------------------------------ */
/* Parameters NDIS passes to driver callbacks.                        */
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

typedef enum _NDIS_POWER_PROFILE {
    NdisPowerProfileBattery,
    NdisPowerProfileAcOnLine
} NDIS_POWER_PROFILE, *PNDIS_POWER_PROFILE;

typedef enum _NDIS_SHUTDOWN_ACTION {
    NdisShutdownPowerOff,
    NdisShutdownBugCheck
} NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;

typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
    PNDIS_RESTART_ATTRIBUTES Next;
    NDIS_OID Oid;
    ULONG DataLength;
    DECLSPEC_ALIGN(16) UCHAR Data[1];
};

typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG LookaheadSize;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    ULONG Flags;
    NET_IF_CONNECTION_TYPE ConnectionType;
    ULONG SupportedStatistics;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;

typedef struct _NDIS_PORT_AUTHENTICATION_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_PORT_CONTROL_STATE SendControlState;
    NDIS_PORT_CONTROL_STATE RcvControlState;
    NDIS_PORT_AUTHORIZATION_STATE SendAuthorizationState;
    NDIS_PORT_AUTHORIZATION_STATE RcvAuthorizationState;
} NDIS_PORT_AUTHENTICATION_PARAMETERS, *PNDIS_PORT_AUTHENTICATION_PARAMETERS;

typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RESOURCE_LIST AllocatedResources;
    NDIS_HANDLE IMDeviceInstanceContext;
    NDIS_HANDLE MiniportAddDeviceContext;
    NET_IFINDEX IfIndex;
    NET_LUID NetLuid;
    PNDIS_PORT_AUTHENTICATION_PARAMETERS DefaultPortAuthStates;
    PVOID PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;

#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1

typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#define NDIS_PAUSE_LOW_POWER 0x00000002
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080

typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING FilterModuleNameList;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;

typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PUCHAR FilterModuleNameBuffer;
    ULONG FilterModuleNameBufferLength;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;

#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1

typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;

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
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
    NET_LUID BoundIfNetluid;
    NET_IFINDEX BoundIfIndex;
    NET_LUID LowestIfNetluid;
    NET_IFINDEX LowestIfIndex;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    PVOID ActivePorts;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    ULONG MacOptions;
    NDIS_INTERFACE_TYPE BusType;
    ULONG MaxMtuSize;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
    BOOLEAN NDKEnabled;
    PVOID NDKCapabilities;
    PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4

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
    NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG64 XmitLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PVOID MiniportMediaSpecificAttributes;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NET_LUID BaseMiniportNetLuid;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
    PVOID HDSplitCurrentConfig;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PDEVICE_OBJECT MiniportPhysicalDeviceObject;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
    BOOLEAN BaseMiniportIfConnectorPresent;
    PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
    PVOID NicSwitchArray;
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;

#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_4 4

typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;

#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1

typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MEDIUM MiniportMediaType;
    NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX LowerIfIndex;
    NET_LUID LowerIfNetLuid;
    ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;

#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1

/* ------------------------------------------------------------------ */
/* Callback roles. Declare a callback with its role typedef, e.g.      */
/*     MINIPORT_HALT MPHaltEx;                                         */
/* ------------------------------------------------------------------ */

/* Miniport driver and adapter callbacks. */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(SET_OPTIONS)
NDIS_STATUS (SET_OPTIONS)(_In_ NDIS_HANDLE NdisDriverHandle,
                          _In_ NDIS_HANDLE DriverContext);

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


typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_SYNCHRONOUS_OID_REQUEST)
NDIS_STATUS (MINIPORT_SYNCHRONOUS_OID_REQUEST)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                               _Inout_ PNDIS_OID_REQUEST OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST (*MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);

typedef _IRQL_requires_same_ _Function_class_(MINIPORT_SYNCHRONIZE_INTERRUPT)
BOOLEAN (MINIPORT_SYNCHRONIZE_INTERRUPT)(_In_ NDIS_HANDLE SynchronizeContext);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT (*MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT (*PNDIS_MINIPORT_SYNCHRONIZE_INTERRUPT);
typedef MINIPORT_SYNCHRONIZE_INTERRUPT MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT;
typedef MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT_HANDLER;

/* Miniport PnP callbacks (NDIS_MINIPORT_PNP_CHARACTERISTICS). */
typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_ADD_DEVICE)
NDIS_STATUS (MINIPORT_ADD_DEVICE)(_In_ NDIS_HANDLE NdisMiniportHandle,
                                  _In_ NDIS_HANDLE MiniportDriverContext);
typedef MINIPORT_ADD_DEVICE (*MINIPORT_ADD_DEVICE_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_REMOVE_DEVICE)
VOID (MINIPORT_REMOVE_DEVICE)(_In_ NDIS_HANDLE MiniportAddDeviceContext);
typedef MINIPORT_REMOVE_DEVICE (*MINIPORT_REMOVE_DEVICE_HANDLER);

typedef _IRQL_requires_(PASSIVE_LEVEL) _Function_class_(MINIPORT_PNP_IRP)
NDIS_STATUS (MINIPORT_PNP_IRP)(_In_ NDIS_HANDLE MiniportAddDeviceContext,
                               _In_ PIRP Irp);
typedef MINIPORT_PNP_IRP (*MINIPORT_PNP_IRP_HANDLER);
typedef MINIPORT_PNP_IRP MINIPORT_START_DEVICE;
typedef MINIPORT_PNP_IRP_HANDLER MINIPORT_START_DEVICE_HANDLER;
typedef MINIPORT_PNP_IRP MINIPORT_FILTER_RESOURCE_REQUIREMENTS;
typedef MINIPORT_PNP_IRP_HANDLER MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER;

/* Selective suspend (NDIS 6.30). */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_IDLE_NOTIFICATION)
NDIS_STATUS (MINIPORT_IDLE_NOTIFICATION)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                         _In_ BOOLEAN ForceIdle);
typedef MINIPORT_IDLE_NOTIFICATION (*MINIPORT_IDLE_NOTIFICATION_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(MINIPORT_CANCEL_IDLE_NOTIFICATION)
VOID (MINIPORT_CANCEL_IDLE_NOTIFICATION)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CANCEL_IDLE_NOTIFICATION (*MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER);

/* Filter direct and synchronous OID requests. */
typedef _IRQL_requires_max_(DISPATCH_LEVEL) _Function_class_(FILTER_DIRECT_OID_REQUEST)
NDIS_STATUS (FILTER_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext,
                                        _In_ PNDIS_OID_REQUEST OidRequest);
typedef FILTER_DIRECT_OID_REQUEST (*FILTER_DIRECT_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_DIRECT_OID_REQUEST_COMPLETE)
VOID (FILTER_DIRECT_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                          _In_ PNDIS_OID_REQUEST OidRequest,
                                          _In_ NDIS_STATUS Status);
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE (*FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_CANCEL_DIRECT_OID_REQUEST)
VOID (FILTER_CANCEL_DIRECT_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext,
                                        _In_ PVOID RequestId);
typedef FILTER_CANCEL_DIRECT_OID_REQUEST (*FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST)
NDIS_STATUS (FILTER_SYNCHRONOUS_OID_REQUEST)(_In_ NDIS_HANDLE FilterModuleContext,
                                             _Inout_ PNDIS_OID_REQUEST OidRequest,
                                             _Outptr_result_maybenull_ PVOID *CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST (*FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
_Function_class_(FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)
VOID (FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE)(_In_ NDIS_HANDLE FilterModuleContext,
                                               _Inout_ PNDIS_OID_REQUEST OidRequest,
                                               _Inout_ NDIS_STATUS *Status,
                                               _In_ PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE (*FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER);

/* NDIS 5 work items and timers. */
typedef struct _NDIS_WORK_ITEM NDIS_WORK_ITEM, *PNDIS_WORK_ITEM;
typedef VOID (*NDIS_PROC)(_In_ struct _NDIS_WORK_ITEM *WorkItem, _In_opt_ PVOID Context);
struct _NDIS_WORK_ITEM {
    PVOID Context;
    NDIS_PROC Routine;
    UCHAR WrapperReserved[8 * sizeof(PVOID)];
};

typedef struct _NDIS_TIMER {
    KTIMER Timer;
    KDPC Dpc;
} NDIS_TIMER, *PNDIS_TIMER;

typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    PVOID Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

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
    MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelOidRequestHandler)
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)

#define NDIS_WDM_DRIVER 0x00000001
#define NDIS_INTERMEDIATE_DRIVER 0x00000002
#define NDIS_DRIVER_POWERMGMT_PROXY 0x00000004

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
    FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
    FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
    FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
    FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
    FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER SynchronousOidRequestHandlerComplete;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_FILTER_CHARACTERISTICS_REVISION_3 3
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandlerComplete)

#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001
#define NDIS_FILTER_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_FILTER_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004

typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
    FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
    FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;

#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS, ReturnNetBufferListsHandler)

typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    MINIPORT_ADD_DEVICE_HANDLER MiniportAddDeviceHandler;
    MINIPORT_REMOVE_DEVICE_HANDLER MiniportRemoveDeviceHandler;
    MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER MiniportFilterResourceRequirementsHandler;
    MINIPORT_START_DEVICE_HANDLER MiniportStartDeviceHandler;
    ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PNP_CHARACTERISTICS, Flags)

typedef struct _NDIS_MINIPORT_SS_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    MINIPORT_IDLE_NOTIFICATION_HANDLER IdleNotificationHandler;
    MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER CancelIdleNotificationHandler;
} NDIS_MINIPORT_SS_CHARACTERISTICS, *PNDIS_MINIPORT_SS_CHARACTERISTICS;

#define NDIS_MINIPORT_SS_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_SS_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_SS_CHARACTERISTICS, CancelIdleNotificationHandler)

/* NdisSetOptionalHandlers takes one of these, told apart by Header.Type. */
typedef union _NDIS_DRIVER_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_FILTER_PARTIAL_CHARACTERISTICS FilterPartialCharacteristics;
    NDIS_MINIPORT_PNP_CHARACTERISTICS MiniportPnpCharacteristics;
    NDIS_MINIPORT_SS_CHARACTERISTICS MiniportSsCharacteristics;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

/* Standalone device objects (NdisRegisterDeviceEx). */
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING DeviceName;
    PNDIS_STRING SymbolicName;
    PDRIVER_DISPATCH *MajorFunctions;
    ULONG ExtensionSize;
    PCUNICODE_STRING DefaultSDDLString;
    LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;

#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

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
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)

#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400

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
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG MacOptions;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    PNDIS_RECEIVE_SCALE_CAPABILITIES RecvScaleCapabilities;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    ULONG SupportedStatistics;
    ULONG SupportedPauseFunctions;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    PNDIS_OID SupportedOidList;
    ULONG SupportedOidListLength;
    ULONG AutoNegotiationFlags;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_OFFLOAD HardwareOffloadCapabilities;
    PVOID DefaultTcpConnectionOffloadConfiguration;
    PVOID TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, TcpConnectionOffloadHardwareCapabilities)

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
    PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
    PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
    PVOID HardwareSriovCapabilities;
    PVOID CurrentSriovCapabilities;
    PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
    PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
    PVOID HardwareGftOffloadCapabilities;
    PVOID CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 4
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentNicSwitchCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentSriovCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentQosCapabilities)
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentGftOffloadCapabilities)

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE MiniportAddDeviceContext;
    ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES,
    *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
    NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
    NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

/* Processor information for RSS (NdisGetRssProcessorInformation). */
typedef struct _NDIS_RSS_PROCESSOR {
    PROCESSOR_NUMBER ProcNum;
    USHORT PreferenceIndex;
    USHORT Reserved;
} NDIS_RSS_PROCESSOR, *PNDIS_RSS_PROCESSOR;

typedef struct _NDIS_RSS_PROCESSOR_INFO {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    PROCESSOR_NUMBER RssBaseProcessor;
    ULONG MaxNumRssProcessors;
    USHORT PreferredNumaNode;
    ULONG RssProcessorArrayOffset;
    ULONG RssProcessorCount;
    ULONG RssProcessorEntrySize;
    PROCESSOR_NUMBER RssMaxProcessor;
} NDIS_RSS_PROCESSOR_INFO, *PNDIS_RSS_PROCESSOR_INFO;

#define NDIS_RSS_PROCESSOR_INFO_REVISION_1 1
#define NDIS_RSS_PROCESSOR_INFO_REVISION_2 2
#define NDIS_SIZEOF_RSS_PROCESSOR_INFO_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_PROCESSOR_INFO, RssProcessorEntrySize)
#define NDIS_SIZEOF_RSS_PROCESSOR_INFO_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_PROCESSOR_INFO, RssMaxProcessor)

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

/* ------------------------------------------------------------------ */
/* More driver, device and configuration DDIs.                         */
/* ------------------------------------------------------------------ */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisSetOptionalHandlers(
    _In_ NDIS_HANDLE NdisHandle, _In_ PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisRegisterDeviceEx(
    _In_ NDIS_HANDLE NdisObjectHandle,
    _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
    _Out_ PDEVICE_OBJECT *pDeviceObject, _Out_ PNDIS_HANDLE NdisDeviceHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisDeregisterDeviceEx(_In_ NDIS_HANDLE NdisDeviceHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE PVOID NdisGetDeviceReservedExtension(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMGetDeviceProperty(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _Inout_opt_ PDEVICE_OBJECT *PhysicalDeviceObject,
    _Inout_opt_ PDEVICE_OBJECT *FunctionalDeviceObject,
    _Inout_opt_ PDEVICE_OBJECT *NextDeviceObject,
    _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResources,
    _Inout_opt_ PCM_RESOURCE_LIST *AllocatedResourcesTranslated);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReadNetworkAddress(_Out_ PNDIS_STATUS Status,
                                                  _Outptr_result_bytebuffer_to_(*NetworkAddressLength, *NetworkAddressLength) PVOID *NetworkAddress,
                                                  _Out_ PUINT NetworkAddressLength,
                                                  _In_ NDIS_HANDLE ConfigurationHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisWriteConfiguration(
    _Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE WrapperConfigurationContext,
    _In_ PNDIS_STRING Keyword, _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisOpenConfiguration(_Out_ PNDIS_STATUS Status,
                                                 _Out_ PNDIS_HANDLE ConfigurationHandle,
                                                 _In_ NDIS_HANDLE WrapperConfigurationContext);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisOpenConfigurationKeyByName(
    _Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING SubKeyName, _Out_ PNDIS_HANDLE SubKeyHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisOpenConfigurationKeyByIndex(
    _Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle, _In_ ULONG Index,
    _Out_ PNDIS_STRING KeyName, _Out_ PNDIS_HANDLE KeyHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisWriteEventLogEntry(
    _In_ PVOID LogHandle, _In_ NDIS_STATUS EventCode, _In_ ULONG UniqueEventValue,
    _In_ USHORT NumStrings, _In_opt_ PVOID StringsList, _In_ ULONG DataSize,
    _In_reads_bytes_opt_(DataSize) PVOID Data);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisWriteErrorLogEntry(_In_ NDIS_HANDLE NdisAdapterHandle,
                                                  _In_ NDIS_ERROR_CODE ErrorCode,
                                                  _In_ ULONG NumberOfErrorValues, ...);

_IRQL_requires_max_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisQueryAdapterInstanceName(
    _Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_max_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisQueryBindInstanceName(
    _Out_ PNDIS_STRING pAdapterInstanceName, _In_ NDIS_HANDLE BindingContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE UINT NdisGetVersion(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisGetSystemUpTime(_Out_ PULONG pSystemUpTime);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisGetSystemUpTimeEx(_Out_ PLARGE_INTEGER pSystemUpTime);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE CCHAR NdisSystemProcessorCount(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisGroupMaxProcessorCount(_In_ USHORT Group);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisGroupActiveProcessorCount(_In_ USHORT Group);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisGetRssProcessorInformation(
    _In_ NDIS_HANDLE NdisHandle,
    _Out_writes_bytes_to_opt_(*Size, *Size) PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
    _Inout_ PSIZE_T Size);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisGetProcessorInformation(
    _Inout_ PVOID SystemProcessorInfo);

/* ------------------------------------------------------------------ */
/* More miniport DDIs.                                                 */
/* ------------------------------------------------------------------ */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMResetComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                              _In_ NDIS_STATUS Status,
                                              _In_ BOOLEAN AddressingReset);

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_EXPORTED_ROUTINE BOOLEAN NdisMSynchronizeWithInterruptEx(
    _In_ NDIS_HANDLE NdisInterruptHandle, _In_ ULONG MessageId,
    _In_ MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER SynchronizeFunction,
    _In_ PVOID SynchronizeContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE BOOLEAN NdisMQueueDpc(_In_ NDIS_HANDLE NdisInterruptHandle,
                                            _In_ ULONG MessageId,
                                            _In_ ULONG TargetProcessors,
                                            _In_opt_ PVOID MiniportDpcContext);

_Must_inspect_result_ _IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterIoPortRange(
    _Out_ PVOID *PortOffset, _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT InitialPort, _In_ UINT NumberOfPorts);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterIoPortRange(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ UINT InitialPort,
    _In_ UINT NumberOfPorts, _In_ PVOID PortOffset);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisMGetBusData(_In_ NDIS_HANDLE NdisMiniportHandle,
                                            _In_ ULONG WhichSpace, _In_ ULONG Offset,
                                            _Out_writes_bytes_(Length) PVOID Buffer,
                                            _In_ ULONG Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE ULONG NdisMSetBusData(_In_ NDIS_HANDLE NdisMiniportHandle,
                                            _In_ ULONG WhichSpace, _In_ ULONG Offset,
                                            _In_reads_bytes_(Length) PVOID Buffer,
                                            _In_ ULONG Length);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMAllocatePort(
    _In_ NDIS_HANDLE NdisMiniportHandle, _Inout_ PVOID PortCharacteristics);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMFreePort(_In_ NDIS_HANDLE NdisMiniportHandle,
                                                _In_ NDIS_PORT_NUMBER PortNumber);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMNetPnPEvent(
    _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMIdleNotificationComplete(_In_ NDIS_HANDLE MiniportAdapterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMIdleNotificationConfirm(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                                        _In_ NDIS_DEVICE_POWER_STATE IdlePowerState);

/* ------------------------------------------------------------------ */
/* More protocol and filter DDIs.                                      */
/* ------------------------------------------------------------------ */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle,
                                                        _In_ PVOID CancelId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCancelOidRequest(_In_ NDIS_HANDLE NdisBindingHandle,
                                                _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle,
                                                       _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisUnbindAdapter(_In_ NDIS_HANDLE NdisBindingHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisReEnumerateProtocolBindings(_In_ NDIS_HANDLE NdisProtocolHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisFilterHandle,
                                                         _In_ PVOID CancelId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFCancelOidRequest(_In_ NDIS_HANDLE NdisFilterHandle,
                                                 _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle,
                                                        _In_ PNDIS_OID_REQUEST OidRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFDirectOidRequestComplete(_In_ NDIS_HANDLE NdisFilterHandle,
                                                         _In_ PNDIS_OID_REQUEST OidRequest,
                                                         _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFCancelDirectOidRequest(_In_ NDIS_HANDLE NdisFilterHandle,
                                                       _In_ PVOID RequestId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFIndicateStatus(_In_ NDIS_HANDLE NdisFilterHandle,
                                               _In_ PNDIS_STATUS_INDICATION StatusIndication);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFDevicePnPEventNotify(_In_ NDIS_HANDLE NdisFilterHandle,
                                                     _In_ PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFNetPnPEvent(
    _In_ NDIS_HANDLE NdisFilterHandle,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFRestartFilter(_In_ NDIS_HANDLE NdisFilterHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisAllocateCloneOidRequest(
    _In_ NDIS_HANDLE SourceHandle, _In_ PNDIS_OID_REQUEST OidRequest, _In_ UINT PoolTag,
    _Out_ PNDIS_OID_REQUEST *CloneRequest);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisFreeCloneOidRequest(_In_ NDIS_HANDLE SourceHandle,
                                                   _In_ PNDIS_OID_REQUEST Request);

/* ------------------------------------------------------------------ */
/* NDIS 5 work items and timers (older drivers).                       */
/* ------------------------------------------------------------------ */
#define NdisInitializeWorkItem(_WI_, _R_, _C_) \
    do { (_WI_)->Context = (_C_); (_WI_)->Routine = (_R_); } while (0)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisScheduleWorkItem(_In_ PNDIS_WORK_ITEM WorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisInitializeTimer(_Inout_ PNDIS_TIMER Timer,
                                               _In_ PNDIS_TIMER_FUNCTION TimerFunction,
                                               _In_opt_ PVOID FunctionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisSetTimer(_In_ PNDIS_TIMER Timer, _In_ UINT MillisecondsToDelay);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCancelTimer(_In_ PNDIS_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMInitializeTimer(_Inout_ PNDIS_MINIPORT_TIMER Timer,
                                                _In_ NDIS_HANDLE MiniportAdapterHandle,
                                                _In_ PNDIS_TIMER_FUNCTION TimerFunction,
                                                _In_opt_ PVOID FunctionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMSetTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                                         _In_ UINT MillisecondsToDelay);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMSetPeriodicTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                                                 _In_ UINT MillisecondPeriod);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMCancelTimer(_In_ PNDIS_MINIPORT_TIMER Timer,
                                            _Out_ PBOOLEAN TimerCancelled);

/* ------------------------------------------------------------------ */
/* NDIS mutexes (macros over the kernel mutex) and intermediate-driver */
/* routines (NdisIM*, NdisIf*StackEntry), from their documented        */
/* prototypes.                                                         */
/* ------------------------------------------------------------------ */
typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M) KeInitializeMutex(_M, 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M) \
  KeWaitForSingleObject(_M, Executive, KernelMode, FALSE, NULL)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex(_M, FALSE)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisIMInitializeDeviceInstanceEx(
    _In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DriverInstance,
    _In_opt_ NDIS_HANDLE DeviceContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisIMCancelInitializeDeviceInstance(
    _In_ NDIS_HANDLE DriverHandle, _In_ PNDIS_STRING DeviceInstance);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisIMDeInitializeDeviceInstance(
    _In_ NDIS_HANDLE NdisMiniportHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisIMAssociateMiniport(
    _In_ NDIS_HANDLE DriverHandle, _In_ NDIS_HANDLE ProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisIfAddIfStackEntry(
    _In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisIfDeleteIfStackEntry(
    _In_ NET_IFINDEX HigherLayerIfIndex, _In_ NET_IFINDEX LowerLayerIfIndex);

/* Memory-mapped registers (documented as macros; any IRQL). Register is
   an address within a range NdisMMapIoSpace returned. */
#define NdisReadRegisterUchar(Register, Data) \
    (*(Data) = READ_REGISTER_UCHAR((volatile UCHAR *)(Register)))
#define NdisReadRegisterUshort(Register, Data) \
    (*(Data) = READ_REGISTER_USHORT((volatile USHORT *)(Register)))
#define NdisReadRegisterUlong(Register, Data) \
    (*(Data) = READ_REGISTER_ULONG((volatile ULONG *)(Register)))
#define NdisWriteRegisterUchar(Register, Data) \
    WRITE_REGISTER_UCHAR((volatile UCHAR *)(Register), (Data))
#define NdisWriteRegisterUshort(Register, Data) \
    WRITE_REGISTER_USHORT((volatile USHORT *)(Register), (Data))
#define NdisWriteRegisterUlong(Register, Data) \
    WRITE_REGISTER_ULONG((volatile ULONG *)(Register), (Data))

/* ------------------------------------------------------------------ */
/* Port I/O (macros over READ_PORT_* / WRITE_PORT_* in the kit).        */
/* ------------------------------------------------------------------ */
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortUchar(_In_ ULONG_PTR Port, _Out_ PUCHAR Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortUshort(_In_ ULONG_PTR Port, _Out_ PUSHORT Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortUlong(_In_ ULONG_PTR Port, _Out_ PULONG Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortUchar(_In_ ULONG_PTR Port, _In_ UCHAR Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortUshort(_In_ ULONG_PTR Port, _In_ USHORT Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortUlong(_In_ ULONG_PTR Port, _In_ ULONG Data);
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortBufferUchar(_In_ ULONG_PTR Port,
                                                      _Out_ PUCHAR Buffer,
                                                      _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortBufferUshort(_In_ ULONG_PTR Port,
                                                       _Out_ PUSHORT Buffer,
                                                       _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisRawReadPortBufferUlong(_In_ ULONG_PTR Port,
                                                      _Out_ PULONG Buffer,
                                                      _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortBufferUchar(_In_ ULONG_PTR Port,
                                                       _In_ PUCHAR Buffer,
                                                       _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortBufferUshort(_In_ ULONG_PTR Port,
                                                        _In_ PUSHORT Buffer,
                                                        _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisRawWritePortBufferUlong(_In_ ULONG_PTR Port,
                                                       _In_ PULONG Buffer,
                                                       _In_ ULONG Length);

/* ------------------------------------------------------------------ */
/* NDIS 5 miniport and protocol drivers: the callback types, the       */
/* characteristics structures and the registration and data-path DDIs, */
/* from the NDIS 5.1 reference (NdisMRegisterMiniport,                 */
/* NdisIMRegisterLayeredMiniport and NdisRegisterProtocol list the     */
/* members). Declared for NDIS 5 builds (NDIS40, NDIS50, NDIS51,       */
/* NDIS50_MINIPORT, NDIS51_MINIPORT, or no version macro at all).      */
/* The NDIS 5 callback types are pointer types, so a callback gets its */
/* role (W_HALT_HANDLER, PROTOCOL_BIND_ADAPTER, ...) from the          */
/* characteristics field it is stored into.                            */
/* ------------------------------------------------------------------ */
/* Native 802.11 miniport attributes (media-specific attributes). */
typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    ULONG OpModeCapability;
    ULONG NumOfTXBuffers;
    ULONG NumOfRXBuffers;
    BOOLEAN MultiDomainCapabilityImplemented;
    ULONG NumSupportedPhys;
    PVOID SupportedPhyAttributes;
    PVOID ExtSTAAttributes;
    PVOID VWiFiAttributes;
    PVOID ExtAPAttributes;
    PVOID WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES,
    *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

/* ------------------------------------------------------------------ */
/* Hyper-V extensible switch extensions (NDIS 6.30): the forwarding   */
/* context of a NET_BUFFER_LIST and the handlers NDIS gives a filter   */
/* bound to the switch (NdisFGetOptionalSwitchHandlers).               */
/* ------------------------------------------------------------------ */
typedef PVOID NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;

typedef struct _NDIS_SWITCH_PORT_DESTINATION {
    NDIS_SWITCH_PORT_ID PortId;
    NDIS_SWITCH_NIC_INDEX NicIndex;
    USHORT IsExcluded : 1;
    UINT32 PreserveVLAN : 1;
    UINT32 PreservePriority : 1;
    UINT32 Reserved : 29;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;

typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY {
    NDIS_OBJECT_HEADER Header;
    UINT32 Flags;
    UINT32 NumElements;
    UINT32 NumDestinations;
    UINT32 ElementSize;
    UINT32 FirstElementOffset;
} NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;
#define NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 1
#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(_DestArray_, _Index_)                  \
    ((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(_DestArray_) + (_DestArray_)->FirstElementOffset + \
                                     (_DestArray_)->ElementSize * (_Index_)))

typedef union _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
    UINT64 AsUINT64;
    struct {
        UINT32 NumAvailableDestinations : 16;
        UINT32 SourcePortId : 16;
        UINT32 SourceNicIndex : 8;
        UINT32 NativeForwardingRequired : 1;
        UINT32 Reserved1 : 1;
        UINT32 IsPacketDataSafe : 1;
        UINT32 SafePacketDataSize : 12;
        UINT32 IsPacketDataUncached : 1;
        UINT32 IsSafePacketDataUncached : 1;
        UINT32 Reserved2 : 7;
    };
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO,
    *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;
#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(_NBL)          \
    ((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&NET_BUFFER_LIST_INFO( \
        (_NBL), SwitchForwardingDetail))

typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_SWITCH_PORT_ID SourcePortId;
    NDIS_SWITCH_NIC_INDEX SourceNicIndex;
    NDIS_SWITCH_PORT_ID DestinationPortId;
    NDIS_SWITCH_NIC_INDEX DestinationNicIndex;
    PNDIS_STATUS_INDICATION StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;
#define NDIS_SWITCH_NIC_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_NIC_STATUS_INDICATION, StatusIndication)

#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0x40020036L)
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0x40020037L)

#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_DESTINATIONS 0x00000001
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x00000001

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT
    (*NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList);
typedef NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT
    (*NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ NDIS_SWITCH_PORT_ID PortId, _In_ NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE (*NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION
    (*NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations,
    _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS
    (*NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _Out_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS
    (*NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST NetBufferList,
    _In_ UINT32 NumberOfNewDestinations,
    _In_ PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS
    (*NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _Inout_ PNET_BUFFER_LIST DestNetBufferList,
    _In_ PNET_BUFFER_LIST SrcNetBufferList, _In_ UINT32 Flags);
typedef NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO (*NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_REFERENCE_SWITCH_NIC)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
                                               _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
                                               _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_REFERENCE_SWITCH_NIC (*NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_DEREFERENCE_SWITCH_NIC)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
                                                 _In_ NDIS_SWITCH_PORT_ID SwitchPortId,
                                                 _In_ NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_NIC (*NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_REFERENCE_SWITCH_PORT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
                                                _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_REFERENCE_SWITCH_PORT (*NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_STATUS (NDIS_SWITCH_DEREFERENCE_SWITCH_PORT)(_In_ NDIS_SWITCH_CONTEXT NdisSwitchContext,
                                                  _In_ NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_PORT (*NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
VOID (NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS)(
    _In_ NDIS_SWITCH_CONTEXT NdisSwitchContext, _In_ PCUNICODE_STRING ExtensionGuid,
    _In_ PCUNICODE_STRING ExtensionFriendlyName, _In_ NDIS_SWITCH_PORT_ID PortId,
    _In_ UINT32 Flags, _In_ UINT32 NumberOfNetBufferLists, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_opt_ PCUNICODE_STRING FilterReason);
typedef NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS
    (*NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER);

/* The members after ReportFilteredNetBufferLists (switch contexts of
   later NDIS versions) are not modelled. */
typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER
        AllocateNetBufferListForwardingContext;
    NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER FreeNetBufferListForwardingContext;
    NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER SetNetBufferListSource;
    NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER AddNetBufferListDestination;
    NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER GrowNetBufferListDestinations;
    NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER GetNetBufferListDestinations;
    NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER UpdateNetBufferListDestinations;
    NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER CopyNetBufferListInfo;
    NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER ReferenceSwitchNic;
    NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER DereferenceSwitchNic;
    NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER ReferenceSwitchPort;
    NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER DereferenceSwitchPort;
    NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER ReportFilteredNetBufferLists;
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, ReportFilteredNetBufferLists)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisFGetOptionalSwitchHandlers(
    _In_ NDIS_HANDLE NdisFilterHandle, _Out_ NDIS_SWITCH_CONTEXT *NdisSwitchContext,
    _Inout_ PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);

#if NDIS_LEGACY_DRIVER

/* Connection-oriented call parameters and address families: opaque here. */
typedef struct _CO_CALL_PARAMETERS CO_CALL_PARAMETERS, *PCO_CALL_PARAMETERS;
typedef struct _CO_ADDRESS_FAMILY CO_ADDRESS_FAMILY, *PCO_ADDRESS_FAMILY;

/* Miniport callbacks. */
typedef BOOLEAN (*W_CHECK_FOR_HANG_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_DISABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_ENABLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HALT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HANDLE_INTERRUPT_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_INITIALIZE_HANDLER)(
    _Out_ PNDIS_STATUS OpenErrorStatus, _Out_ PUINT SelectedMediumIndex,
    _In_ PNDIS_MEDIUM MediumArray, _In_ UINT MediumArraySize,
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef VOID (*W_ISR_HANDLER)(_Out_ PBOOLEAN InterruptRecognized,
                              _Out_ PBOOLEAN QueueMiniportHandleInterrupt,
                              _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_QUERY_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer, _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesWritten, _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_RECONFIGURE_HANDLER)(_Out_ PNDIS_STATUS OpenErrorStatus,
                                             _In_ NDIS_HANDLE MiniportAdapterContext,
                                             _In_ NDIS_HANDLE WrapperConfigurationContext);
typedef NDIS_STATUS (*W_RESET_HANDLER)(_Out_ PBOOLEAN AddressingReset,
                                       _In_ NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_SEND_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                      _In_ PNDIS_PACKET Packet, _In_ UINT Flags);
typedef NDIS_STATUS (*W_SET_INFORMATION_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_OID Oid,
    _In_ PVOID InformationBuffer, _In_ ULONG InformationBufferLength,
    _Out_ PULONG BytesRead, _Out_ PULONG BytesNeeded);
typedef NDIS_STATUS (*W_TRANSFER_DATA_HANDLER)(
    _Out_ PNDIS_PACKET Packet, _Out_ PUINT BytesTransferred,
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_HANDLE MiniportReceiveContext,
    _In_ UINT ByteOffset, _In_ UINT BytesToTransfer);
typedef VOID (*W_RETURN_PACKET_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                        _In_ PNDIS_PACKET Packet);
typedef VOID (*W_SEND_PACKETS_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                       _In_ PPNDIS_PACKET PacketArray,
                                       _In_ UINT NumberOfPackets);
typedef VOID (*W_ALLOCATE_COMPLETE_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ PVOID VirtualAddress,
    _In_ PNDIS_PHYSICAL_ADDRESS PhysicalAddress, _In_ ULONG Length, _In_ PVOID Context);
typedef NDIS_STATUS (*W_CO_CREATE_VC_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                              _In_ NDIS_HANDLE NdisVcHandle,
                                              _Out_ PNDIS_HANDLE MiniportVcContext);
typedef NDIS_STATUS (*W_CO_DELETE_VC_HANDLER)(_In_ NDIS_HANDLE MiniportVcContext);
typedef NDIS_STATUS (*W_CO_ACTIVATE_VC_HANDLER)(_In_ NDIS_HANDLE MiniportVcContext,
                                                _Inout_ PCO_CALL_PARAMETERS CallParameters);
typedef NDIS_STATUS (*W_CO_DEACTIVATE_VC_HANDLER)(_In_ NDIS_HANDLE MiniportVcContext);
typedef VOID (*W_CO_SEND_PACKETS_HANDLER)(_In_ NDIS_HANDLE MiniportVcContext,
                                          _In_ PPNDIS_PACKET PacketArray,
                                          _In_ UINT NumberOfPackets);
typedef NDIS_STATUS (*W_CO_REQUEST_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                            _In_opt_ NDIS_HANDLE MiniportVcContext,
                                            _Inout_ PNDIS_REQUEST NdisRequest);
typedef VOID (*W_CANCEL_SEND_PACKETS_HANDLER)(_In_ NDIS_HANDLE MiniportAdapterContext,
                                              _In_ PVOID CancelId);
typedef VOID (*W_MINIPORT_PNPEVENTNOTIFY_HANDLER)(
    _In_ NDIS_HANDLE MiniportAdapterContext, _In_ NDIS_DEVICE_PNP_EVENT PnPEvent,
    _In_ PVOID InformationBuffer, _In_ ULONG InformationBufferLength);
typedef VOID (*W_MINIPORT_SHUTDOWN_HANDLER)(_In_ NDIS_HANDLE ShutdownContext);

/* The members of each version, in order; each version adds to the last. */
#define NDIS_TIDY_MINIPORT_CHARACTERISTICS_40_ \
    UCHAR MajorNdisVersion; \
    UCHAR MinorNdisVersion; \
    UINT Reserved; \
    W_CHECK_FOR_HANG_HANDLER CheckForHangHandler; \
    W_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler; \
    W_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler; \
    W_HALT_HANDLER HaltHandler; \
    W_HANDLE_INTERRUPT_HANDLER HandleInterruptHandler; \
    W_INITIALIZE_HANDLER InitializeHandler; \
    W_ISR_HANDLER ISRHandler; \
    W_QUERY_INFORMATION_HANDLER QueryInformationHandler; \
    W_RECONFIGURE_HANDLER ReconfigureHandler; \
    W_RESET_HANDLER ResetHandler; \
    W_SEND_HANDLER SendHandler; \
    W_SET_INFORMATION_HANDLER SetInformationHandler; \
    W_TRANSFER_DATA_HANDLER TransferDataHandler; \
    W_RETURN_PACKET_HANDLER ReturnPacketHandler; \
    W_SEND_PACKETS_HANDLER SendPacketsHandler; \
    W_ALLOCATE_COMPLETE_HANDLER AllocateCompleteHandler;
#define NDIS_TIDY_MINIPORT_CHARACTERISTICS_50_ \
    NDIS_TIDY_MINIPORT_CHARACTERISTICS_40_ \
    W_CO_CREATE_VC_HANDLER CoCreateVcHandler; \
    W_CO_DELETE_VC_HANDLER CoDeleteVcHandler; \
    W_CO_ACTIVATE_VC_HANDLER CoActivateVcHandler; \
    W_CO_DEACTIVATE_VC_HANDLER CoDeactivateVcHandler; \
    W_CO_SEND_PACKETS_HANDLER CoSendPacketsHandler; \
    W_CO_REQUEST_HANDLER CoRequestHandler;

typedef struct _NDIS40_MINIPORT_CHARACTERISTICS {
    NDIS_TIDY_MINIPORT_CHARACTERISTICS_40_
} NDIS40_MINIPORT_CHARACTERISTICS, *PNDIS40_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS50_MINIPORT_CHARACTERISTICS {
    NDIS_TIDY_MINIPORT_CHARACTERISTICS_50_
} NDIS50_MINIPORT_CHARACTERISTICS, *PNDIS50_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS51_MINIPORT_CHARACTERISTICS {
    NDIS_TIDY_MINIPORT_CHARACTERISTICS_50_
    W_CANCEL_SEND_PACKETS_HANDLER CancelSendPacketsHandler;
    W_MINIPORT_PNPEVENTNOTIFY_HANDLER PnPEventNotifyHandler;
    W_MINIPORT_SHUTDOWN_HANDLER AdapterShutdownHandler;
    PVOID Reserved1;
    PVOID Reserved2;
    PVOID Reserved3;
    PVOID Reserved4;
} NDIS51_MINIPORT_CHARACTERISTICS, *PNDIS51_MINIPORT_CHARACTERISTICS;

#if defined(NDIS51_MINIPORT) || !defined(NDIS50_MINIPORT)
typedef NDIS51_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS;
#else
typedef NDIS50_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS;
#endif
typedef NDIS_MINIPORT_CHARACTERISTICS *PNDIS_MINIPORT_CHARACTERISTICS;

/* What NdisMRegisterInterrupt fills in; drivers keep it in their adapter. */
typedef enum _NDIS_INTERRUPT_MODE {
    NdisInterruptLevelSensitive,
    NdisInterruptLatched
} NDIS_INTERRUPT_MODE, *PNDIS_INTERRUPT_MODE;

typedef struct _NDIS_MINIPORT_INTERRUPT {
    PKINTERRUPT InterruptObject;
    KSPIN_LOCK DpcCountLock;
    PVOID Reserved;
    W_ISR_HANDLER MiniportIsr;
    W_HANDLE_INTERRUPT_HANDLER MiniportDpc;
    KDPC InterruptDpc;
    PVOID Miniport;
    UCHAR DpcCount;
    BOOLEAN Filler1;
    KEVENT DpcsCompletedEvent;
    BOOLEAN SharedInterrupt;
    BOOLEAN IsrRequested;
} NDIS_MINIPORT_INTERRUPT, *PNDIS_MINIPORT_INTERRUPT;

/* Protocol callbacks. */
typedef VOID (*OPEN_ADAPTER_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                              _In_ NDIS_STATUS Status,
                                              _In_ NDIS_STATUS OpenErrorStatus);
typedef VOID (*CLOSE_ADAPTER_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                               _In_ NDIS_STATUS Status);
typedef VOID (*SEND_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                      _In_ PNDIS_PACKET Packet, _In_ NDIS_STATUS Status);
typedef VOID (*TRANSFER_DATA_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                               _In_ PNDIS_PACKET Packet,
                                               _In_ NDIS_STATUS Status,
                                               _In_ UINT BytesTransferred);
typedef VOID (*RESET_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                       _In_ NDIS_STATUS Status);
typedef VOID (*REQUEST_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                         _In_ PNDIS_REQUEST NdisRequest,
                                         _In_ NDIS_STATUS Status);
typedef NDIS_STATUS (*RECEIVE_HANDLER)(
    _In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_HANDLE MacReceiveContext,
    _In_ PVOID HeaderBuffer, _In_ UINT HeaderBufferSize, _In_ PVOID LookAheadBuffer,
    _In_ UINT LookaheadBufferSize, _In_ UINT PacketSize);
typedef VOID (*RECEIVE_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef VOID (*STATUS_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                               _In_ NDIS_STATUS GeneralStatus, _In_ PVOID StatusBuffer,
                               _In_ UINT StatusBufferSize);
typedef VOID (*STATUS_COMPLETE_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef INT (*RECEIVE_PACKET_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                      _In_ PNDIS_PACKET Packet);
typedef VOID (*BIND_HANDLER)(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE BindContext,
                             _In_ PNDIS_STRING DeviceName, _In_ PVOID SystemSpecific1,
                             _In_ PVOID SystemSpecific2);
typedef VOID (*UNBIND_HANDLER)(_Out_ PNDIS_STATUS Status,
                               _In_ NDIS_HANDLE ProtocolBindingContext,
                               _In_ NDIS_HANDLE UnbindContext);
typedef NDIS_STATUS (*PNP_EVENT_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                         _In_ PNET_PNP_EVENT NetPnPEvent);
typedef VOID (*UNLOAD_PROTOCOL_HANDLER)(VOID);
typedef VOID (*CO_SEND_COMPLETE_HANDLER)(_In_ NDIS_STATUS Status,
                                         _In_ NDIS_HANDLE ProtocolVcContext,
                                         _In_ PNDIS_PACKET Packet);
typedef VOID (*CO_STATUS_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                  _In_opt_ NDIS_HANDLE ProtocolVcContext,
                                  _In_ NDIS_STATUS GeneralStatus, _In_ PVOID StatusBuffer,
                                  _In_ UINT StatusBufferSize);
typedef UINT (*CO_RECEIVE_PACKET_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                          _In_ NDIS_HANDLE ProtocolVcContext,
                                          _In_ PNDIS_PACKET Packet);
typedef VOID (*CO_AF_REGISTER_NOTIFY_HANDLER)(_In_ NDIS_HANDLE ProtocolBindingContext,
                                              _In_ PCO_ADDRESS_FAMILY AddressFamily);

#define NDIS_TIDY_PROTOCOL_CHARACTERISTICS_40_ \
    UCHAR MajorNdisVersion; \
    UCHAR MinorNdisVersion; \
    UINT Reserved; \
    OPEN_ADAPTER_COMPLETE_HANDLER OpenAdapterCompleteHandler; \
    CLOSE_ADAPTER_COMPLETE_HANDLER CloseAdapterCompleteHandler; \
    SEND_COMPLETE_HANDLER SendCompleteHandler; \
    TRANSFER_DATA_COMPLETE_HANDLER TransferDataCompleteHandler; \
    RESET_COMPLETE_HANDLER ResetCompleteHandler; \
    REQUEST_COMPLETE_HANDLER RequestCompleteHandler; \
    RECEIVE_HANDLER ReceiveHandler; \
    RECEIVE_COMPLETE_HANDLER ReceiveCompleteHandler; \
    STATUS_HANDLER StatusHandler; \
    STATUS_COMPLETE_HANDLER StatusCompleteHandler; \
    NDIS_STRING Name; \
    RECEIVE_PACKET_HANDLER ReceivePacketHandler; \
    BIND_HANDLER BindAdapterHandler; \
    UNBIND_HANDLER UnbindAdapterHandler; \
    PNP_EVENT_HANDLER PnPEventHandler; \
    UNLOAD_PROTOCOL_HANDLER UnloadHandler;

typedef struct _NDIS40_PROTOCOL_CHARACTERISTICS {
    NDIS_TIDY_PROTOCOL_CHARACTERISTICS_40_
} NDIS40_PROTOCOL_CHARACTERISTICS, *PNDIS40_PROTOCOL_CHARACTERISTICS;

typedef struct _NDIS50_PROTOCOL_CHARACTERISTICS {
    NDIS_TIDY_PROTOCOL_CHARACTERISTICS_40_
    CO_SEND_COMPLETE_HANDLER CoSendCompleteHandler;
    CO_STATUS_HANDLER CoStatusHandler;
    CO_RECEIVE_PACKET_HANDLER CoReceivePacketHandler;
    CO_AF_REGISTER_NOTIFY_HANDLER CoAfRegisterNotifyHandler;
} NDIS50_PROTOCOL_CHARACTERISTICS, *PNDIS50_PROTOCOL_CHARACTERISTICS;

#if defined(NDIS40) && !defined(NDIS50) && !defined(NDIS51)
typedef NDIS40_PROTOCOL_CHARACTERISTICS NDIS_PROTOCOL_CHARACTERISTICS;
#else
typedef NDIS50_PROTOCOL_CHARACTERISTICS NDIS_PROTOCOL_CHARACTERISTICS;
#endif
typedef NDIS_PROTOCOL_CHARACTERISTICS *PNDIS_PROTOCOL_CHARACTERISTICS;

/* Registration and binding. */
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMInitializeWrapper(_Out_ PNDIS_HANDLE NdisWrapperHandle,
                                                  _In_ PVOID SystemSpecific1,
                                                  _In_ PVOID SystemSpecific2,
                                                  _In_ PVOID SystemSpecific3);

NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterMiniport(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    _In_ UINT CharacteristicsLength);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisIMRegisterLayeredMiniport(
    _In_ NDIS_HANDLE NdisWrapperHandle,
    _In_ PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    _In_ UINT CharacteristicsLength, _Out_ PNDIS_HANDLE DriverHandle);

NDIS_EXPORTED_ROUTINE VOID NdisMRegisterUnloadHandler(_In_ NDIS_HANDLE NdisWrapperHandle,
                                                      _In_ PDRIVER_UNLOAD UnloadHandler);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisTerminateWrapper(_In_ NDIS_HANDLE NdisWrapperHandle,
                                                _In_opt_ PVOID SystemSpecific);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisMSetAttributesEx(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportAdapterContext,
    _In_opt_ UINT CheckForHangTimeInSeconds, _In_ ULONG AttributeFlags,
    _In_ NDIS_INTERFACE_TYPE AdapterType);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisRegisterProtocol(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE NdisProtocolHandle,
    _In_ PNDIS_PROTOCOL_CHARACTERISTICS ProtocolCharacteristics,
    _In_ UINT CharacteristicsLength);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisDeregisterProtocol(_Out_ PNDIS_STATUS Status,
                                                  _In_ NDIS_HANDLE NdisProtocolHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisOpenAdapter(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_STATUS OpenErrorStatus,
    _Out_ PNDIS_HANDLE NdisBindingHandle, _Out_ PUINT SelectedMediumIndex,
    _In_ PNDIS_MEDIUM MediumArray, _In_ UINT MediumArraySize,
    _In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_STRING AdapterName, _In_ UINT OpenOptions,
    _In_opt_ PSTRING AddressingInformation);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisCloseAdapter(_Out_ PNDIS_STATUS Status,
                                            _In_ NDIS_HANDLE NdisBindingHandle);

NDIS_EXPORTED_ROUTINE VOID NdisCompleteBindAdapter(_In_ NDIS_HANDLE BindAdapterContext,
                                                   _In_ NDIS_STATUS Status,
                                                   _In_ NDIS_STATUS OpenStatus);

NDIS_EXPORTED_ROUTINE VOID NdisCompleteUnbindAdapter(_In_ NDIS_HANDLE UnbindAdapterContext,
                                                     _In_ NDIS_STATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisRequest(_Out_ PNDIS_STATUS Status,
                                       _In_ NDIS_HANDLE NdisBindingHandle,
                                       _Inout_ PNDIS_REQUEST NdisRequest);

/* Interrupts. */
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMRegisterInterrupt(
    _Out_ PNDIS_MINIPORT_INTERRUPT Interrupt, _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ UINT InterruptVector, _In_ UINT InterruptLevel, _In_ BOOLEAN RequestIsr,
    _In_ BOOLEAN SharedInterrupt, _In_ NDIS_INTERRUPT_MODE InterruptMode);

NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterInterrupt(_In_ PNDIS_MINIPORT_INTERRUPT Interrupt);

NDIS_EXPORTED_ROUTINE BOOLEAN NdisMSynchronizeWithInterrupt(
    _In_ PNDIS_MINIPORT_INTERRUPT Interrupt, _In_ PVOID SynchronizeFunction,
    _In_ PVOID SynchronizeContext);

/* Data path and completions. */
NDIS_EXPORTED_ROUTINE VOID NdisTransferData(
    _Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE NdisBindingHandle,
    _In_ NDIS_HANDLE MacReceiveContext, _In_ UINT ByteOffset, _In_ UINT BytesToTransfer,
    _Inout_ PNDIS_PACKET Packet, _Out_ PUINT BytesTransferred);

NDIS_EXPORTED_ROUTINE VOID NdisReturnPackets(_In_ PPNDIS_PACKET PacketsToReturn,
                                             _In_ UINT NumberOfPackets);

NDIS_EXPORTED_ROUTINE VOID NdisMSendComplete(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                             _In_ PNDIS_PACKET Packet,
                                             _In_ NDIS_STATUS Status);

NDIS_EXPORTED_ROUTINE VOID NdisMSendResourcesAvailable(_In_ NDIS_HANDLE MiniportAdapterHandle);

NDIS_EXPORTED_ROUTINE VOID NdisMTransferDataComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ PNDIS_PACKET Packet,
    _In_ NDIS_STATUS Status, _In_ UINT BytesTransferred);

NDIS_EXPORTED_ROUTINE VOID NdisMIndicateStatus(_In_ NDIS_HANDLE MiniportHandle,
                                               _In_ NDIS_STATUS GeneralStatus,
                                               _In_ PVOID StatusBuffer,
                                               _In_ UINT StatusBufferSize);

NDIS_EXPORTED_ROUTINE VOID NdisMIndicateStatusComplete(_In_ NDIS_HANDLE MiniportHandle);

NDIS_EXPORTED_ROUTINE VOID NdisMQueryInformationComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);

NDIS_EXPORTED_ROUTINE VOID NdisMSetInformationComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_STATUS Status);

/* Packets and their buffers (macros in the kit; NdisQueryBufferSafe and
   NdisGetNextBuffer are the MDL macros above). */
NDIS_EXPORTED_ROUTINE VOID NdisQueryPacket(_In_ PNDIS_PACKET Packet,
                                           _Out_opt_ PUINT PhysicalBufferCount,
                                           _Out_opt_ PUINT BufferCount,
                                           _Out_opt_ PNDIS_BUFFER *FirstBuffer,
                                           _Out_opt_ PUINT TotalPacketLength);
NDIS_EXPORTED_ROUTINE VOID NdisQueryBuffer(_In_ PNDIS_BUFFER Buffer,
                                           _Out_opt_ PVOID *VirtualAddress,
                                           _Out_ PUINT Length);
NDIS_EXPORTED_ROUTINE VOID NdisGetFirstBufferFromPacket(
    _In_ PNDIS_PACKET Packet, _Out_ PNDIS_BUFFER *FirstBuffer,
    _Out_ PVOID *FirstBufferVA, _Out_ PUINT FirstBufferLength,
    _Out_ PUINT TotalBufferLength);
NDIS_EXPORTED_ROUTINE VOID NdisChainBufferAtFront(_Inout_ PNDIS_PACKET Packet,
                                                  _Inout_ PNDIS_BUFFER Buffer);
NDIS_EXPORTED_ROUTINE VOID NdisChainBufferAtBack(_Inout_ PNDIS_PACKET Packet,
                                                 _Inout_ PNDIS_BUFFER Buffer);
NDIS_EXPORTED_ROUTINE VOID NdisUnchainBufferAtFront(_Inout_ PNDIS_PACKET Packet,
                                                    _Out_ PNDIS_BUFFER *Buffer);
NDIS_EXPORTED_ROUTINE VOID NdisUnchainBufferAtBack(_Inout_ PNDIS_PACKET Packet,
                                                   _Out_ PNDIS_BUFFER *Buffer);
NDIS_EXPORTED_ROUTINE VOID NdisReinitializePacket(_Inout_ PNDIS_PACKET Packet);

NDIS_EXPORTED_ROUTINE VOID NdisGetFirstBufferFromPacketSafe(
    _In_ PNDIS_PACKET Packet, _Out_ PNDIS_BUFFER *FirstBuffer,
    _Out_ PVOID *FirstBufferVA, _Out_ PUINT FirstBufferLength,
    _Out_ PUINT TotalBufferLength, _In_ MM_PAGE_PRIORITY Priority);

/* Per-packet information (NDIS_PER_PACKET_INFO_FROM_PACKET, an lvalue).
   Where the kit keeps it in the packet is private: here a routine of the
   model's own returns the array. */
typedef enum _NDIS_PER_PACKET_INFO {
    TcpIpChecksumPacketInfo,
    IpSecPacketInfo,
    TcpLargeSendPacketInfo,
    ClassificationHandlePacketInfo,
    NdisReserved,
    ScatterGatherListPacketInfo,
    Ieee8021QInfo,
    OriginalPacketInfo,
    PacketCancelId,
    OriginalNetBufferList,
    CachedNetBufferList,
    ShortPacketPaddingInfo,
    MaxPerPacketInfo
} NDIS_PER_PACKET_INFO, *PNDIS_PER_PACKET_INFO;

typedef struct _NDIS_PACKET_EXTENSION {
    PVOID NdisPacketInfo[MaxPerPacketInfo];
} NDIS_PACKET_EXTENSION, *PNDIS_PACKET_EXTENSION;

PNDIS_PACKET_EXTENSION NdisTidyPacketExtension(_In_ PNDIS_PACKET Packet);
#define NDIS_PACKET_EXTENSION_FROM_PACKET(_Packet) NdisTidyPacketExtension(_Packet)
#define NDIS_PER_PACKET_INFO_FROM_PACKET(_Packet, _Id) \
    (NdisTidyPacketExtension(_Packet)->NdisPacketInfo[(_Id)])

NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMInitializeScatterGatherDma(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ BOOLEAN Dma64BitAddresses,
    _In_ ULONG MaximumPhysicalMapping);

/* The ProtocolReserved area of an NDIS_PACKET a protocol allocates. */
#define PROTOCOL_RESERVED_SIZE_IN_PACKET (4 * sizeof(PVOID))

/* NdisCopyLookaheadData(Destination, Source, Length, ReceiveFlags): a copy
   from a lookahead buffer (a macro in the kit). */
#define NdisCopyLookaheadData(_Destination, _Source, _Length, _ReceiveFlags) \
    NdisMoveMemory((_Destination), (_Source), (_Length))

/* Ethernet receive indications of an NDIS 5 miniport. */
NDIS_EXPORTED_ROUTINE VOID NdisMEthIndicateReceive(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ NDIS_HANDLE MiniportReceiveContext,
    _In_ PVOID HeaderBuffer, _In_ UINT HeaderBufferSize, _In_ PVOID LookaheadBuffer,
    _In_ UINT LookaheadBufferSize, _In_ UINT PacketSize);
NDIS_EXPORTED_ROUTINE VOID NdisMEthIndicateReceiveComplete(
    _In_ NDIS_HANDLE MiniportAdapterHandle);

/* NdisMSetAttributesEx's AttributeFlags. */
#define NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT 0x00000001
#define NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT 0x00000002
#define NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS 0x00000004
#define NDIS_ATTRIBUTE_BUS_MASTER 0x00000008
#define NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER 0x00000010
#define NDIS_ATTRIBUTE_DESERIALIZE 0x00000020
#define NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND 0x00000040
#define NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK 0x00000080
#define NDIS_ATTRIBUTE_NOT_CO_NDIS 0x00000100
#define NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS 0x00000200

/* NdisMAllocateMapRegisters' DmaSize. */
#define NDIS_DMA_24BITS ((UCHAR)0)
#define NDIS_DMA_32BITS ((UCHAR)1)
#define NDIS_DMA_64BITS ((UCHAR)2)

/* Hardware resources, configuration and shutdown of an NDIS 5 miniport. */
NDIS_EXPORTED_ROUTINE ULONG NdisReadPciSlotInformation(_In_ NDIS_HANDLE NdisAdapterHandle,
                                                       _In_ ULONG SlotNumber,
                                                       _In_ ULONG Offset,
                                                       _Out_ PVOID Buffer,
                                                       _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE ULONG NdisWritePciSlotInformation(_In_ NDIS_HANDLE NdisAdapterHandle,
                                                        _In_ ULONG SlotNumber,
                                                        _In_ ULONG Offset,
                                                        _In_ PVOID Buffer,
                                                        _In_ ULONG Length);
NDIS_EXPORTED_ROUTINE VOID NdisMQueryAdapterResources(
    _Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE WrapperConfigurationContext,
    _Out_ PNDIS_RESOURCE_LIST ResourceList, _Inout_ PUINT BufferSize);
NDIS_EXPORTED_ROUTINE NDIS_STATUS NdisMAllocateMapRegisters(
    _In_ NDIS_HANDLE MiniportAdapterHandle, _In_ UINT DmaChannel, _In_ UCHAR DmaSize,
    _In_ ULONG BaseMapRegistersNeeded, _In_ ULONG MaximumPhysicalMapping);
NDIS_EXPORTED_ROUTINE VOID NdisMFreeMapRegisters(_In_ NDIS_HANDLE MiniportAdapterHandle);
NDIS_EXPORTED_ROUTINE VOID NdisMSetAttributes(_In_ NDIS_HANDLE MiniportAdapterHandle,
                                              _In_ NDIS_HANDLE MiniportAdapterContext,
                                              _In_ BOOLEAN BusMaster,
                                              _In_ NDIS_INTERFACE_TYPE AdapterType);

typedef VOID (*ADAPTER_SHUTDOWN_HANDLER)(_In_ PVOID ShutdownContext);
NDIS_EXPORTED_ROUTINE VOID NdisMRegisterAdapterShutdownHandler(
    _In_ NDIS_HANDLE MiniportHandle, _In_ PVOID ShutdownContext,
    _In_ ADAPTER_SHUTDOWN_HANDLER ShutdownHandler);
NDIS_EXPORTED_ROUTINE VOID NdisMDeregisterAdapterShutdownHandler(
    _In_ NDIS_HANDLE MiniportHandle);

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_EXPORTED_ROUTINE VOID NdisOpenProtocolConfiguration(
    _Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING ProtocolSection);

#endif /* NDIS_LEGACY_DRIVER */

#endif /* NDIS_TIDY_MODEL_NDIS_H */
