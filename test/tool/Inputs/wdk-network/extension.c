/* Uses the network headers of the WDK model as a Hyper-V extensible switch
   extension, a WFP callout and a packet-capture filter do: it must parse
   with no error, and the checks must stay silent on it. */
#include <ndis.h>
#include <netiodef.h>
#include <intsafe.h>
#include <ntintsafe.h>
#include <ntstrsafe.h>
#include <ip2string.h>
#include <netioapi.h>
#include <fwpsk.h>
#include <fwpmk.h>
#include <ws2ipdef.h>
#include <intrin.h>
#include <in6addr.h>
#include <minwindef.h>

/* Shared user/kernel headers test the kit's include guards. */
#ifndef _NTDDK_
#include <winsock2.h>
#endif

typedef struct _EXT_CONTEXT {
    NDIS_HANDLE FilterHandle;
    NDIS_SWITCH_CONTEXT SwitchContext;
    NDIS_SWITCH_OPTIONAL_HANDLERS SwitchHandlers;
    NDIS_RW_LOCK_EX *Lock;
    HANDLE Injection;
    HANDLE Engine;
    UINT32 CalloutId;
} EXT_CONTEXT, *PEXT_CONTEXT;

static NDIS_STATUS ExtGetHandlers(PEXT_CONTEXT Ext)
{
    Ext->SwitchHandlers.Header.Type = NDIS_OBJECT_TYPE_SWITCH_OPTIONAL_HANDLERS;
    Ext->SwitchHandlers.Header.Revision = NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1;
    Ext->SwitchHandlers.Header.Size = NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1;
    return NdisFGetOptionalSwitchHandlers(Ext->FilterHandle, &Ext->SwitchContext,
                                          &Ext->SwitchHandlers);
}

static ULONG ExtCountExternalPorts(PNDIS_SWITCH_PORT_ARRAY Ports)
{
    ULONG i, n = 0;
    for (i = 0; i < Ports->NumElements; ++i) {
        PNDIS_SWITCH_PORT_PARAMETERS Port = NDIS_SWITCH_PORT_AT_ARRAY_INDEX(Ports, i);
        if (Port->PortType == NdisSwitchPortTypeExternal && Port->PortState == NdisSwitchPortStateCreated)
            ++n;
    }
    return n;
}

static VOID ExtForward(PEXT_CONTEXT Ext, PNET_BUFFER_LIST Nbl, NDIS_SWITCH_PORT_ID Port)
{
    LOCK_STATE_EX State;
    NDIS_SWITCH_PORT_DESTINATION Dest = {0};
    PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO Detail =
        NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(Nbl);
    if (Detail->SourcePortId == Port)
        return;
    Dest.PortId = Port;
    Dest.NicIndex = NDIS_SWITCH_DEFAULT_NIC_INDEX;
    NdisAcquireRWLockRead(Ext->Lock, &State, 0);
    Ext->SwitchHandlers.AddNetBufferListDestination(Ext->SwitchContext, Nbl, &Dest);
    NdisReleaseRWLock(Ext->Lock, &State);
}

static BOOLEAN ExtIsTcpOverIpv4(const UCHAR *Frame, ULONG Length)
{
    const ETHERNET_HEADER *Eth = (const ETHERNET_HEADER *)Frame;
    const IPV4_HEADER *Ip;
    if (Length < sizeof(ETHERNET_HEADER) + sizeof(IPV4_HEADER) ||
        Eth->Type != RtlUshortByteSwap(ETHERNET_TYPE_IPV4))
        return FALSE;
    Ip = (const IPV4_HEADER *)(Frame + sizeof(ETHERNET_HEADER));
    return Ip->Version == IPV4_VERSION && Ip->HeaderLength * 4 <= MAX_IPV4_HLEN &&
           Ip->Protocol == IPPROTO_TCP;
}

static void NTAPI ExtClassify(const FWPS_INCOMING_VALUES0 *InFixedValues,
                              const FWPS_INCOMING_METADATA_VALUES0 *InMetaValues,
                              void *LayerData, const void *ClassifyContext,
                              const FWPS_FILTER *Filter, UINT64 FlowContext,
                              FWPS_CLASSIFY_OUT0 *ClassifyOut)
{
    UNREFERENCED_PARAMETER(LayerData);
    UNREFERENCED_PARAMETER(ClassifyContext);
    UNREFERENCED_PARAMETER(Filter);
    UNREFERENCED_PARAMETER(FlowContext);
    if (InFixedValues->layerId == FWPS_LAYER_INBOUND_IPPACKET_V4 &&
        (InFixedValues->incomingValue[FWPS_FIELD_INBOUND_IPPACKET_V4_FLAGS].value.uint32 &
         FWP_CONDITION_FLAG_IS_LOOPBACK) &&
        FWPS_IS_METADATA_FIELD_PRESENT(InMetaValues, FWPS_METADATA_FIELD_IP_HEADER_SIZE) &&
        (ClassifyOut->rights & FWPS_RIGHT_ACTION_WRITE))
        ClassifyOut->actionType = FWP_ACTION_CONTINUE;
}

static NTSTATUS NTAPI ExtNotify(FWPS_CALLOUT_NOTIFY_TYPE Type, const GUID *FilterKey,
                                FWPS_FILTER *Filter)
{
    UNREFERENCED_PARAMETER(Type);
    UNREFERENCED_PARAMETER(FilterKey);
    UNREFERENCED_PARAMETER(Filter);
    return STATUS_SUCCESS;
}

_IRQL_requires_(PASSIVE_LEVEL)
static NTSTATUS ExtRegister(PEXT_CONTEXT Ext, PDEVICE_OBJECT Device)
{
    FWPS_CALLOUT Callout = {0};
    FWPM_SESSION Session = {0};
    NTSTATUS Status;
    Callout.classifyFn = ExtClassify;
    Callout.notifyFn = ExtNotify;
    Status = FwpsInjectionHandleCreate(AF_INET, FWPS_INJECTION_TYPE_NETWORK, &Ext->Injection);
    if (!NT_SUCCESS(Status))
        return Status;
    Status = FwpsCalloutRegister(Device, &Callout, &Ext->CalloutId);
    if (!NT_SUCCESS(Status)) {
        FwpsInjectionHandleDestroy(Ext->Injection);
        return Status;
    }
    Session.flags = FWPM_SESSION_FLAG_DYNAMIC;
    Status = FwpmEngineOpen(NULL, RPC_C_AUTHN_WINNT, NULL, &Session, &Ext->Engine);
    if (NT_SUCCESS(Status) && FwpmBfeStateGet() == FWPM_SERVICE_RUNNING) {
        FwpmTransactionBegin(Ext->Engine, 0);
        FwpmTransactionCommit(Ext->Engine);
    }
    return Status;
}

_IRQL_requires_(PASSIVE_LEVEL)
static NTSTATUS ExtDescribeRoute(const SOCKADDR_INET *Destination, PSTR Text)
{
    MIB_IPFORWARD_ROW2 Route;
    SOCKADDR_INET Source;
    NTSTATUS Status = GetBestRoute2(NULL, 0, NULL, Destination, 0, &Route, &Source);
    if (NT_SUCCESS(Status) && Source.si_family == AF_INET6)
        RtlIpv6AddressToStringA(&Source.Ipv6.sin6_addr, Text);
    return Status;
}

// Intrinsics (the model's intrin.h) and an IPv6 address with its scope.
ULONG ExtLowestSetBit(ULONG Mask, const IN6_ADDR *Address, PSTR Text,
                      PULONG TextLength) {
  ULONG Index = 0;
  int Info[4];
  if (!_BitScanForward(&Index, Mask))
    return 32;
  _mm_pause();
  __cpuid(Info, 0);
  (void)RtlIpv6AddressToStringExA(Address, 0, 0, Text, TextLength);
  return Index + (ULONG)(__rdtsc() & 0) + __popcnt(Mask & 0);
}

// Nameless members spelled with the kit's DUMMYUNIONNAME/DUMMYSTRUCTNAME
// (empty: the members are reached directly), a pointer-sized PFN_NUMBER,
// and the NDIS 6 statistics and offload structures.
typedef struct _EXT_BUFFER_ADDRESS {
    union {
        struct {
            UINT64 BaseAddress : 48;
            UINT64 Offset : 16;
        } DUMMYSTRUCTNAME;
        UINT64 AddressAndOffset;
    } DUMMYUNIONNAME;
} EXT_BUFFER_ADDRESS;
C_ASSERT(sizeof(PFN_NUMBER) == sizeof(PVOID));
C_ASSERT(sizeof(NDIS_STATISTICS_INFO) > sizeof(NDIS_OBJECT_HEADER));
C_ASSERT(sizeof(NDIS_OFFLOAD_PARAMETERS) > sizeof(NDIS_OBJECT_HEADER));

static UINT64 ExtBase(const EXT_BUFFER_ADDRESS *Address)
{
    return Address->BaseAddress + Address->Offset;
}

// The classify metadata past packetDirection, an Ethernet address
// comparison used as a statement with no ";", push locks and EX_TIMERs.
static UINT64 ExtParentEndpoint(const FWPS_INCOMING_METADATA_VALUES0 *InMetaValues,
                                const UCHAR *A, const UCHAR *B)
{
    ULONG Different;
    ETH_COMPARE_NETWORK_ADDRESSES_EQ(A, B, &Different)
    return Different ? InMetaValues->parentEndpointHandle : InMetaValues->frameLength;
}

static EX_PUSH_LOCK ExtPushLock;
static ULONG ExtTicks;

static VOID ExtTimerCallback(PEX_TIMER Timer, PVOID Context)
{
    UNREFERENCED_PARAMETER(Timer);
    UNREFERENCED_PARAMETER(Context);
    ExtTicks++;
}

_IRQL_requires_(PASSIVE_LEVEL)
static NTSTATUS ExtStartTimer(VOID)
{
    EXT_SET_PARAMETERS Set;
    EXT_DELETE_PARAMETERS Delete;
    PEX_TIMER Timer = ExAllocateTimer(ExtTimerCallback, NULL, EX_TIMER_HIGH_RESOLUTION);
    if (Timer == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExInitializePushLock(&ExtPushLock);
    KeEnterCriticalRegion();
    ExAcquirePushLockExclusive(&ExtPushLock);
    ExtTicks = 0;
    ExReleasePushLockExclusive(&ExtPushLock);
    ExAcquirePushLockShared(&ExtPushLock);
    ExReleasePushLockShared(&ExtPushLock);
    KeLeaveCriticalRegion();
    ExInitializeSetTimerParameters(&Set);
    ExSetTimer(Timer, -10000, 0, &Set);
    ExCancelTimer(Timer, NULL);
    ExInitializeDeleteTimerParameters(&Delete);
    ExDeleteTimer(Timer, TRUE, TRUE, &Delete);
    return STATUS_SUCCESS;
}
