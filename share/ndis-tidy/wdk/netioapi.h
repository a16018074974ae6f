/*
 * netioapi.h - ndis-tidy's model of the kernel-mode network interface
 * helper functions (interface LUID/index/GUID conversions).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes and structures on learn.microsoft.com: the
 * conversion helpers, and the interface, address, route, neighbour and
 * path rows with the routines that read them and report their changes.
 * It is not the WDK header. The MIB routines carry no IRQL annotation:
 * the pages we wrote them from give none for kernel mode.
 */
#ifndef NDIS_TIDY_MODEL_NETIOAPI_H
#define NDIS_TIDY_MODEL_NETIOAPI_H

#include "wdm.h"
#include "ifdef.h"
#include "ntddndis.h"
#include "ws2def.h"
#include "ws2ipdef.h"

typedef NTSTATUS NETIO_STATUS;
#define NETIOAPI_API NETIO_STATUS NTAPI
#define NDIS_IF_MAX_STRING_SIZE IF_MAX_STRING_SIZE

_IRQL_requires_max_(DISPATCH_LEVEL)
NETIOAPI_API ConvertInterfaceLuidToIndex(_In_ const NET_LUID *InterfaceLuid,
                                         _Out_ PNET_IFINDEX InterfaceIndex);
_IRQL_requires_max_(DISPATCH_LEVEL)
NETIOAPI_API ConvertInterfaceIndexToLuid(_In_ NET_IFINDEX InterfaceIndex,
                                         _Out_ PNET_LUID InterfaceLuid);
_IRQL_requires_max_(DISPATCH_LEVEL)
NETIOAPI_API ConvertInterfaceLuidToGuid(_In_ const NET_LUID *InterfaceLuid,
                                        _Out_ GUID *InterfaceGuid);
_IRQL_requires_max_(DISPATCH_LEVEL)
NETIOAPI_API ConvertInterfaceGuidToLuid(_In_ const GUID *InterfaceGuid,
                                        _Out_ PNET_LUID InterfaceLuid);
_IRQL_requires_max_(PASSIVE_LEVEL)
NETIOAPI_API ConvertInterfaceLuidToAlias(_In_ const NET_LUID *InterfaceLuid,
                                         _Out_writes_(Length) PWSTR InterfaceAlias,
                                         _In_ SIZE_T Length);
_IRQL_requires_max_(PASSIVE_LEVEL)
NETIOAPI_API ConvertInterfaceAliasToLuid(_In_ const WCHAR *InterfaceAlias,
                                         _Out_ PNET_LUID InterfaceLuid);

#define IF_NAMESIZE NDIS_IF_MAX_STRING_SIZE

/* Network-layer enumerations the rows carry (nldef.h in the kit). */
typedef enum {
    IpPrefixOriginOther = 0,
    IpPrefixOriginManual,
    IpPrefixOriginWellKnown,
    IpPrefixOriginDhcp,
    IpPrefixOriginRouterAdvertisement,
    IpPrefixOriginUnchanged = 1 << 4
} NL_PREFIX_ORIGIN;

typedef enum {
    IpSuffixOriginOther = 0,
    IpSuffixOriginManual,
    IpSuffixOriginWellKnown,
    IpSuffixOriginDhcp,
    IpSuffixOriginLinkLayerAddress,
    IpSuffixOriginRandom,
    IpSuffixOriginUnchanged = 1 << 4
} NL_SUFFIX_ORIGIN;

typedef enum {
    IpDadStateInvalid = 0,
    IpDadStateTentative,
    IpDadStateDuplicate,
    IpDadStateDeprecated,
    IpDadStatePreferred
} NL_DAD_STATE;

typedef enum {
    RouteProtocolOther = 1,
    RouteProtocolLocal = 2,
    RouteProtocolNetMgmt = 3,
    RouteProtocolIcmp = 4,
    RouteProtocolEgp = 5,
    RouteProtocolGgp = 6,
    RouteProtocolHello = 7,
    RouteProtocolRip = 8,
    RouteProtocolIsIs = 9,
    RouteProtocolEsIs = 10,
    RouteProtocolCisco = 11,
    RouteProtocolBbn = 12,
    RouteProtocolOspf = 13,
    RouteProtocolBgp = 14,
    MIB_IPPROTO_OTHER = 1,
    MIB_IPPROTO_LOCAL = 2,
    MIB_IPPROTO_NETMGMT = 3
} NL_ROUTE_PROTOCOL, *PNL_ROUTE_PROTOCOL;

typedef enum {
    NlroManual,
    NlroWellKnown,
    NlroDHCP,
    NlroRouterAdvertisement,
    Nlro6to4
} NL_ROUTE_ORIGIN, *PNL_ROUTE_ORIGIN;

typedef enum {
    NlnsUnreachable,
    NlnsIncomplete,
    NlnsProbe,
    NlnsDelay,
    NlnsStale,
    NlnsReachable,
    NlnsPermanent,
    NlnsMaximum
} NL_NEIGHBOR_STATE, *PNL_NEIGHBOR_STATE;

typedef enum _NL_ROUTER_DISCOVERY_BEHAVIOR {
    RouterDiscoveryDisabled = 0,
    RouterDiscoveryEnabled,
    RouterDiscoveryDhcp,
    RouterDiscoveryUnchanged = -1
} NL_ROUTER_DISCOVERY_BEHAVIOR;

typedef enum _NL_LINK_LOCAL_ADDRESS_BEHAVIOR {
    LinkLocalAlwaysOff = 0,
    LinkLocalDelayed,
    LinkLocalAlwaysOn,
    LinkLocalUnchanged = -1
} NL_LINK_LOCAL_ADDRESS_BEHAVIOR;

typedef struct _NL_INTERFACE_OFFLOAD_ROD {
    BOOLEAN NlChecksumSupported : 1;
    BOOLEAN NlOptionsSupported : 1;
    BOOLEAN TlDatagramChecksumSupported : 1;
    BOOLEAN TlStreamChecksumSupported : 1;
    BOOLEAN TlStreamOptionsSupported : 1;
    BOOLEAN FastPathCompatible : 1;
    BOOLEAN TlLargeSendOffloadSupported : 1;
    BOOLEAN TlGiantSendOffloadSupported : 1;
} NL_INTERFACE_OFFLOAD_ROD, *PNL_INTERFACE_OFFLOAD_ROD;

typedef enum _MIB_NOTIFICATION_TYPE {
    MibParameterNotification,
    MibAddInstance,
    MibDeleteInstance,
    MibInitialNotification
} MIB_NOTIFICATION_TYPE, *PMIB_NOTIFICATION_TYPE;

typedef enum _MIB_IF_TABLE_LEVEL {
    MibIfTableNormal,
    MibIfTableRaw,
    MibIfTableNormalWithoutStatistics
} MIB_IF_TABLE_LEVEL, *PMIB_IF_TABLE_LEVEL;

typedef struct _IP_ADDRESS_PREFIX {
    SOCKADDR_INET Prefix;
    UINT8 PrefixLength;
} IP_ADDRESS_PREFIX, *PIP_ADDRESS_PREFIX;

/* Interfaces. */
typedef struct _MIB_IF_ROW2 {
    NET_LUID InterfaceLuid;
    NET_IFINDEX InterfaceIndex;
    GUID InterfaceGuid;
    WCHAR Alias[IF_MAX_STRING_SIZE + 1];
    WCHAR Description[IF_MAX_STRING_SIZE + 1];
    ULONG PhysicalAddressLength;
    UCHAR PhysicalAddress[IF_MAX_PHYS_ADDRESS_LENGTH];
    UCHAR PermanentPhysicalAddress[IF_MAX_PHYS_ADDRESS_LENGTH];
    ULONG Mtu;
    IFTYPE Type;
    TUNNEL_TYPE TunnelType;
    NDIS_MEDIUM MediaType;
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    struct {
        BOOLEAN HardwareInterface : 1;
        BOOLEAN FilterInterface : 1;
        BOOLEAN ConnectorPresent : 1;
        BOOLEAN NotAuthenticated : 1;
        BOOLEAN NotMediaConnected : 1;
        BOOLEAN Paused : 1;
        BOOLEAN LowPower : 1;
        BOOLEAN EndPointInterface : 1;
    } InterfaceAndOperStatusFlags;
    IF_OPER_STATUS OperStatus;
    NET_IF_ADMIN_STATUS AdminStatus;
    NET_IF_MEDIA_CONNECT_STATE MediaConnectState;
    NET_IF_NETWORK_GUID NetworkGuid;
    NET_IF_CONNECTION_TYPE ConnectionType;
    ULONG64 TransmitLinkSpeed;
    ULONG64 ReceiveLinkSpeed;
    ULONG64 InOctets;
    ULONG64 InUcastPkts;
    ULONG64 InNUcastPkts;
    ULONG64 InDiscards;
    ULONG64 InErrors;
    ULONG64 InUnknownProtos;
    ULONG64 InUcastOctets;
    ULONG64 InMulticastOctets;
    ULONG64 InBroadcastOctets;
    ULONG64 OutOctets;
    ULONG64 OutUcastPkts;
    ULONG64 OutNUcastPkts;
    ULONG64 OutDiscards;
    ULONG64 OutErrors;
    ULONG64 OutUcastOctets;
    ULONG64 OutMulticastOctets;
    ULONG64 OutBroadcastOctets;
    ULONG64 OutQLen;
} MIB_IF_ROW2, *PMIB_IF_ROW2;

typedef struct _MIB_IF_TABLE2 {
    ULONG NumEntries;
    MIB_IF_ROW2 Table[ANYSIZE_ARRAY];
} MIB_IF_TABLE2, *PMIB_IF_TABLE2;

typedef struct _MIB_IPINTERFACE_ROW {
    ADDRESS_FAMILY Family;
    NET_LUID InterfaceLuid;
    NET_IFINDEX InterfaceIndex;
    ULONG MaxReassemblySize;
    ULONG64 InterfaceIdentifier;
    ULONG MinRouterAdvertisementInterval;
    ULONG MaxRouterAdvertisementInterval;
    BOOLEAN AdvertisingEnabled;
    BOOLEAN ForwardingEnabled;
    BOOLEAN WeakHostSend;
    BOOLEAN WeakHostReceive;
    BOOLEAN UseAutomaticMetric;
    BOOLEAN UseNeighborUnreachabilityDetection;
    BOOLEAN ManagedAddressConfigurationSupported;
    BOOLEAN OtherStatefulConfigurationSupported;
    BOOLEAN AdvertiseDefaultRoute;
    NL_ROUTER_DISCOVERY_BEHAVIOR RouterDiscoveryBehavior;
    ULONG DadTransmits;
    ULONG BaseReachableTime;
    ULONG RetransmitTime;
    ULONG PathMtuDiscoveryTimeout;
    NL_LINK_LOCAL_ADDRESS_BEHAVIOR LinkLocalAddressBehavior;
    ULONG LinkLocalAddressTimeout;
    ULONG ZoneIndices[ScopeLevelCount];
    ULONG SitePrefixLength;
    ULONG Metric;
    ULONG NlMtu;
    BOOLEAN Connected;
    BOOLEAN SupportsWakeUpPatterns;
    BOOLEAN SupportsNeighborDiscovery;
    BOOLEAN SupportsRouterDiscovery;
    ULONG ReachableTime;
    NL_INTERFACE_OFFLOAD_ROD TransmitOffload;
    NL_INTERFACE_OFFLOAD_ROD ReceiveOffload;
    BOOLEAN DisableDefaultRoutes;
} MIB_IPINTERFACE_ROW, *PMIB_IPINTERFACE_ROW;

/* Unicast addresses. */
typedef struct _MIB_UNICASTIPADDRESS_ROW {
    SOCKADDR_INET Address;
    NET_LUID InterfaceLuid;
    NET_IFINDEX InterfaceIndex;
    NL_PREFIX_ORIGIN PrefixOrigin;
    NL_SUFFIX_ORIGIN SuffixOrigin;
    ULONG ValidLifetime;
    ULONG PreferredLifetime;
    UINT8 OnLinkPrefixLength;
    BOOLEAN SkipAsSource;
    NL_DAD_STATE DadState;
    SCOPE_ID ScopeId;
    LARGE_INTEGER CreationTimeStamp;
} MIB_UNICASTIPADDRESS_ROW, *PMIB_UNICASTIPADDRESS_ROW;

typedef struct _MIB_UNICASTIPADDRESS_TABLE {
    ULONG NumEntries;
    MIB_UNICASTIPADDRESS_ROW Table[ANYSIZE_ARRAY];
} MIB_UNICASTIPADDRESS_TABLE, *PMIB_UNICASTIPADDRESS_TABLE;

/* Routes, neighbours, paths. */
typedef struct _MIB_IPFORWARD_ROW2 {
    NET_LUID InterfaceLuid;
    NET_IFINDEX InterfaceIndex;
    IP_ADDRESS_PREFIX DestinationPrefix;
    SOCKADDR_INET NextHop;
    UCHAR SitePrefixLength;
    ULONG ValidLifetime;
    ULONG PreferredLifetime;
    ULONG Metric;
    NL_ROUTE_PROTOCOL Protocol;
    BOOLEAN Loopback;
    BOOLEAN AutoconfigureAddress;
    BOOLEAN Publish;
    BOOLEAN Immortal;
    ULONG Age;
    NL_ROUTE_ORIGIN Origin;
} MIB_IPFORWARD_ROW2, *PMIB_IPFORWARD_ROW2;

typedef struct _MIB_IPNET_ROW2 {
    SOCKADDR_INET Address;
    NET_IFINDEX InterfaceIndex;
    NET_LUID InterfaceLuid;
    UCHAR PhysicalAddress[IF_MAX_PHYS_ADDRESS_LENGTH];
    ULONG PhysicalAddressLength;
    NL_NEIGHBOR_STATE State;
    union {
        struct {
            BOOLEAN IsRouter : 1;
            BOOLEAN IsUnreachable : 1;
        };
        UCHAR Flags;
    };
    union {
        ULONG LastReachable;
        ULONG LastUnreachable;
    } ReachabilityTime;
} MIB_IPNET_ROW2, *PMIB_IPNET_ROW2;

typedef struct _MIB_IPPATH_ROW {
    SOCKADDR_INET Source;
    SOCKADDR_INET Destination;
    NET_LUID InterfaceLuid;
    NET_IFINDEX InterfaceIndex;
    SOCKADDR_INET CurrentNextHop;
    ULONG PathMtu;
    ULONG RttMean;
    ULONG RttDeviation;
    union {
        ULONG LastReachable;
        ULONG LastUnreachable;
    };
    BOOLEAN IsReachable;
    ULONG64 LinkTransmitSpeed;
    ULONG64 LinkReceiveSpeed;
} MIB_IPPATH_ROW, *PMIB_IPPATH_ROW;

typedef VOID(NTAPI *PIPINTERFACE_CHANGE_CALLBACK)(_In_ PVOID CallerContext,
                                                  _In_opt_ PMIB_IPINTERFACE_ROW Row,
                                                  _In_ MIB_NOTIFICATION_TYPE NotificationType);
typedef VOID(NTAPI *PIPFORWARD_CHANGE_CALLBACK)(_In_ PVOID CallerContext,
                                                _In_opt_ PMIB_IPFORWARD_ROW2 Row,
                                                _In_ MIB_NOTIFICATION_TYPE NotificationType);
typedef VOID(NTAPI *PUNICAST_IPADDRESS_CHANGE_CALLBACK)(
    _In_ PVOID CallerContext, _In_opt_ PMIB_UNICASTIPADDRESS_ROW Row,
    _In_ MIB_NOTIFICATION_TYPE NotificationType);

NETIOAPI_API GetIfEntry2(_Inout_ PMIB_IF_ROW2 Row);
NETIOAPI_API GetIfTable2(_Outptr_ PMIB_IF_TABLE2 *Table);
NETIOAPI_API GetIfTable2Ex(_In_ MIB_IF_TABLE_LEVEL Level, _Outptr_ PMIB_IF_TABLE2 *Table);
NETIOAPI_API GetIpInterfaceEntry(_Inout_ PMIB_IPINTERFACE_ROW Row);
VOID NTAPI InitializeIpInterfaceEntry(_Inout_ PMIB_IPINTERFACE_ROW Row);
NETIOAPI_API GetUnicastIpAddressTable(_In_ ADDRESS_FAMILY Family,
                                      _Outptr_ PMIB_UNICASTIPADDRESS_TABLE *Table);
NETIOAPI_API GetUnicastIpAddressEntry(_Inout_ PMIB_UNICASTIPADDRESS_ROW Row);
NETIOAPI_API GetBestRoute2(_In_opt_ NET_LUID *InterfaceLuid, _In_ NET_IFINDEX InterfaceIndex,
                           _In_opt_ const SOCKADDR_INET *SourceAddress,
                           _In_ const SOCKADDR_INET *DestinationAddress,
                           _In_ ULONG AddressSortOptions, _Out_ PMIB_IPFORWARD_ROW2 BestRoute,
                           _Out_ SOCKADDR_INET *BestSourceAddress);
NETIOAPI_API GetIpNetEntry2(_Inout_ PMIB_IPNET_ROW2 Row);
NETIOAPI_API ResolveIpNetEntry2(_Inout_ PMIB_IPNET_ROW2 Row,
                                _In_opt_ const SOCKADDR_INET *SourceAddress);
NETIOAPI_API GetIpPathEntry(_Inout_ PMIB_IPPATH_ROW Row);
NETIOAPI_API NotifyIpInterfaceChange(_In_ ADDRESS_FAMILY Family,
                                     _In_ PIPINTERFACE_CHANGE_CALLBACK Callback,
                                     _In_opt_ PVOID CallerContext,
                                     _In_ BOOLEAN InitialNotification,
                                     _Inout_ HANDLE *NotificationHandle);
NETIOAPI_API NotifyRouteChange2(_In_ ADDRESS_FAMILY AddressFamily,
                                _In_ PIPFORWARD_CHANGE_CALLBACK Callback,
                                _In_ PVOID CallerContext, _In_ BOOLEAN InitialNotification,
                                _Inout_ HANDLE *NotificationHandle);
NETIOAPI_API NotifyUnicastIpAddressChange(_In_ ADDRESS_FAMILY Family,
                                          _In_ PUNICAST_IPADDRESS_CHANGE_CALLBACK Callback,
                                          _In_opt_ PVOID CallerContext,
                                          _In_ BOOLEAN InitialNotification,
                                          _Inout_ HANDLE *NotificationHandle);
NETIOAPI_API CancelMibChangeNotify2(_In_ HANDLE NotificationHandle);
VOID NTAPI FreeMibTable(_In_ PVOID Memory);

#endif /* NDIS_TIDY_MODEL_NETIOAPI_H */
