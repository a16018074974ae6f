/*
 * fwpsk.h - ndis-tidy's model of the Windows Filtering Platform callout
 * API (callout registration, classify and notify functions, packet
 * injection, NET_BUFFER_LIST allocation for injection).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes, structures and IRQLs on learn.microsoft.com;
 * it is not the WDK header. Versions 0, 1 and 2 of the callout structures
 * are modelled; the version-independent names follow NTDDI_VERSION as in
 * the kit (version 2 from Windows 8, 1 from Windows 7).
 */
#ifndef NDIS_TIDY_MODEL_FWPSK_H
#define NDIS_TIDY_MODEL_FWPSK_H

#include "ndis.h"
#include "fwpmtypes.h"
#include "netiodef.h"
#include "netioapi.h"

/* ------------------------------------------------------------------ */
/* Run-time filtering layers and their fields.                         */
/* ------------------------------------------------------------------ */
typedef enum FWPS_BUILTIN_LAYERS_ {
    FWPS_LAYER_INBOUND_IPPACKET_V4,
    FWPS_LAYER_INBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_INBOUND_IPPACKET_V6,
    FWPS_LAYER_INBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4,
    FWPS_LAYER_OUTBOUND_IPPACKET_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6,
    FWPS_LAYER_OUTBOUND_IPPACKET_V6_DISCARD,
    FWPS_LAYER_IPFORWARD_V4,
    FWPS_LAYER_IPFORWARD_V4_DISCARD,
    FWPS_LAYER_IPFORWARD_V6,
    FWPS_LAYER_IPFORWARD_V6_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V4,
    FWPS_LAYER_INBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_INBOUND_TRANSPORT_V6,
    FWPS_LAYER_INBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V4_DISCARD,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6,
    FWPS_LAYER_OUTBOUND_TRANSPORT_V6_DISCARD,
    FWPS_LAYER_STREAM_V4,
    FWPS_LAYER_STREAM_V4_DISCARD,
    FWPS_LAYER_STREAM_V6,
    FWPS_LAYER_STREAM_V6_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V4,
    FWPS_LAYER_DATAGRAM_DATA_V4_DISCARD,
    FWPS_LAYER_DATAGRAM_DATA_V6,
    FWPS_LAYER_DATAGRAM_DATA_V6_DISCARD,
    FWPS_BUILTIN_LAYER_MAX_MODELLED
} FWPS_BUILTIN_LAYERS;

typedef enum FWPS_FIELDS_INBOUND_IPPACKET_V4_ {
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V4_FLAGS,
    FWPS_FIELD_INBOUND_IPPACKET_V4_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V4_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_IPPACKET_V4_MAX
} FWPS_FIELDS_INBOUND_IPPACKET_V4;

typedef enum FWPS_FIELDS_INBOUND_IPPACKET_V6_ {
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_INBOUND_IPPACKET_V6_FLAGS,
    FWPS_FIELD_INBOUND_IPPACKET_V6_INTERFACE_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_TUNNEL_TYPE,
    FWPS_FIELD_INBOUND_IPPACKET_V6_COMPARTMENT_ID,
    FWPS_FIELD_INBOUND_IPPACKET_V6_MAX
} FWPS_FIELDS_INBOUND_IPPACKET_V6;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V4_ {
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_PROTOCOL,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V4_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V4_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V4_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V4_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V4_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V4_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V4;

typedef enum FWPS_FIELDS_DATAGRAM_DATA_V6_ {
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_PROTOCOL,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_ADDRESS,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_ADDRESS_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_REMOTE_PORT,
    FWPS_FIELD_DATAGRAM_DATA_V6_IP_LOCAL_INTERFACE,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_SUB_INTERFACE_INDEX,
    FWPS_FIELD_DATAGRAM_DATA_V6_DIRECTION,
    FWPS_FIELD_DATAGRAM_DATA_V6_FLAGS,
    FWPS_FIELD_DATAGRAM_DATA_V6_INTERFACE_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_TUNNEL_TYPE,
    FWPS_FIELD_DATAGRAM_DATA_V6_COMPARTMENT_ID,
    FWPS_FIELD_DATAGRAM_DATA_V6_MAX
} FWPS_FIELDS_DATAGRAM_DATA_V6;

/* ------------------------------------------------------------------ */
/* What a classify function receives and returns.                      */
/* ------------------------------------------------------------------ */
typedef struct FWPS_INCOMING_VALUE0_ {
    FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
    UINT16 layerId;
    UINT32 valueCount;
    FWPS_INCOMING_VALUE0 *incomingValue;
} FWPS_INCOMING_VALUES0;

typedef enum FWPS_DISCARD_MODULE0_ {
    FWPS_DISCARD_MODULE_NETWORK,
    FWPS_DISCARD_MODULE_TRANSPORT,
    FWPS_DISCARD_MODULE_GENERAL,
    FWPS_DISCARD_MODULE_MAX
} FWPS_DISCARD_MODULE0;

typedef struct FWPS_DISCARD_METADATA0_ {
    FWPS_DISCARD_MODULE0 discardModule;
    UINT32 discardReason;
    UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
    UINT32 fragmentIdentification;
    UINT16 fragmentOffset;
    ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;


typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
    UINT32 currentMetadataValues;
    UINT32 flags;
    UINT64 reserved;
    FWPS_DISCARD_METADATA0 discardMetadata;
    UINT64 flowHandle;
    UINT32 ipHeaderSize;
    UINT32 transportHeaderSize;
    FWP_BYTE_BLOB *processPath;
    UINT64 token;
    UINT64 processId;
    UINT32 sourceInterfaceIndex;
    UINT32 destinationInterfaceIndex;
    ULONG compartmentId;
    FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
    ULONG pathMtu;
    HANDLE completionHandle;
    UINT64 transportEndpointHandle;
    SCOPE_ID remoteScopeId;
    void *controlData;
    ULONG controlDataLength;
    FWP_DIRECTION packetDirection;
    PVOID headerIncludeHeader;
    ULONG headerIncludeHeaderLength;
    IP_ADDRESS_PREFIX destinationPrefix;
    UINT16 frameLength;
    UINT64 parentEndpointHandle;
    UINT32 icmpIdAndSequence;
    DWORD localRedirectTargetPID;
    SOCKADDR *originalDestination;
    HANDLE redirectRecords;
    UINT32 currentL2MetadataValues;
    UINT32 l2Flags;
    UINT32 ethernetMacHeaderSize;
    UINT32 wiFiOperationMode;
    NDIS_SWITCH_PORT_ID vSwitchSourcePortId;
    NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex;
    NDIS_SWITCH_PORT_ID vSwitchDestinationPortId;
    UINT32 padding0;
    USHORT padding1;
    UINT32 padding2;
    HANDLE vSwitchPacketContext;
    PVOID subProcessTag;
    UINT64 reserved1;
} FWPS_INCOMING_METADATA_VALUES0;

#define FWPS_METADATA_FIELD_DISCARD_REASON 0x00000001
#define FWPS_METADATA_FIELD_FLOW_HANDLE 0x00000002
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE 0x00000004
#define FWPS_METADATA_FIELD_PROCESS_PATH 0x00000008
#define FWPS_METADATA_FIELD_TOKEN 0x00000010
#define FWPS_METADATA_FIELD_PROCESS_ID 0x00000020
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS 0x00000040
#define FWPS_METADATA_FIELD_RESERVED 0x00000080
#define FWPS_METADATA_FIELD_SOURCE_INTERFACE_INDEX 0x00000100
#define FWPS_METADATA_FIELD_DESTINATION_INTERFACE_INDEX 0x00000200
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE 0x00000400
#define FWPS_METADATA_FIELD_COMPARTMENT_ID 0x00000800
#define FWPS_METADATA_FIELD_FRAGMENT_DATA 0x00001000
#define FWPS_METADATA_FIELD_PATH_MTU 0x00002000
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE 0x00004000
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE 0x00008000
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA 0x00010000
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID 0x00020000
#define FWPS_METADATA_FIELD_PACKET_DIRECTION 0x00040000
#define FWPS_IS_METADATA_FIELD_PRESENT(_MetadataValues_, _MetadataField_) \
    (((_MetadataValues_)->currentMetadataValues & (_MetadataField_)) == (_MetadataField_))

typedef struct FWPS_CLASSIFY_OUT0_ {
    FWP_ACTION_TYPE actionType;
    UINT64 outContext;
    UINT64 filterId;
    UINT32 rights;
    UINT32 flags;
    UINT32 reserved;
} FWPS_CLASSIFY_OUT0;
#define FWPS_RIGHT_ACTION_WRITE 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED 0x00000002
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA 0x00000004
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_CHECK 0x00000008

typedef struct FWPS_ACTION0_ {
    FWP_ACTION_TYPE type;
    UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
    UINT16 fieldId;
    UINT16 reserved;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

struct FWPM_PROVIDER_CONTEXT0_;

typedef struct FWPS_FILTER0_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    struct FWPM_PROVIDER_CONTEXT0_ *providerContext;
} FWPS_FILTER0;

typedef struct FWPS_FILTER1_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    struct FWPM_PROVIDER_CONTEXT0_ *providerContext;
} FWPS_FILTER1;

typedef struct FWPS_FILTER2_ {
    UINT64 filterId;
    FWP_VALUE0 weight;
    UINT16 subLayerWeight;
    UINT16 flags;
    UINT32 numFilterConditions;
    FWPS_FILTER_CONDITION0 *filterCondition;
    FWPS_ACTION0 action;
    UINT64 context;
    struct FWPM_PROVIDER_CONTEXT0_ *providerContext;
} FWPS_FILTER2;

typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
    FWPS_CALLOUT_NOTIFY_ADD_FILTER,
    FWPS_CALLOUT_NOTIFY_DELETE_FILTER,
    FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
    FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

/* ------------------------------------------------------------------ */
/* Callout functions and registration.                                 */
/* ------------------------------------------------------------------ */
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN0)(_In_ const FWPS_INCOMING_VALUES0 *inFixedValues,
                                      _In_ const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
                                      _Inout_opt_ void *layerData,
                                      _In_ const FWPS_FILTER0 *filter,
                                      _In_ UINT64 flowContext,
                                      _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN1)(_In_ const FWPS_INCOMING_VALUES0 *inFixedValues,
                                      _In_ const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
                                      _Inout_opt_ void *layerData,
                                      _In_opt_ const void *classifyContext,
                                      _In_ const FWPS_FILTER1 *filter,
                                      _In_ UINT64 flowContext,
                                      _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
void(NTAPI *FWPS_CALLOUT_CLASSIFY_FN2)(_In_ const FWPS_INCOMING_VALUES0 *inFixedValues,
                                      _In_ const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,
                                      _Inout_opt_ void *layerData,
                                      _In_opt_ const void *classifyContext,
                                      _In_ const FWPS_FILTER2 *filter,
                                      _In_ UINT64 flowContext,
                                      _Inout_ FWPS_CLASSIFY_OUT0 *classifyOut);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN0)(_In_ FWPS_CALLOUT_NOTIFY_TYPE notifyType,
                                        _In_ const GUID *filterKey,
                                        _Inout_ const FWPS_FILTER0 *filter);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN1)(_In_ FWPS_CALLOUT_NOTIFY_TYPE notifyType,
                                        _In_ const GUID *filterKey,
                                        _Inout_ FWPS_FILTER1 *filter);
typedef _IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS(NTAPI *FWPS_CALLOUT_NOTIFY_FN2)(_In_ FWPS_CALLOUT_NOTIFY_TYPE notifyType,
                                        _In_ const GUID *filterKey,
                                        _Inout_ FWPS_FILTER2 *filter);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
void(NTAPI *FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(_In_ UINT16 layerId, _In_ UINT32 calloutId,
                                                _In_ UINT64 flowContext);

typedef struct FWPS_CALLOUT0_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN0 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN0 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT0;

typedef struct FWPS_CALLOUT1_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN1 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN1 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT1;

typedef struct FWPS_CALLOUT2_ {
    GUID calloutKey;
    UINT32 flags;
    FWPS_CALLOUT_CLASSIFY_FN2 classifyFn;
    FWPS_CALLOUT_NOTIFY_FN2 notifyFn;
    FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT2;

#define FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW (0x00000001)
#define FWP_CALLOUT_FLAG_ALLOW_OFFLOAD (0x00000002)
#define FWP_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY (0x00000004)
#define FWP_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION (0x00000008)
#define FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY (0x00000010)
#define FWP_CALLOUT_FLAG_RESERVED1 (0x00000020)
#define FWP_CALLOUT_FLAG_ALLOW_RSC (0x00000040)
#define FWP_CALLOUT_FLAG_ALLOW_L2_BATCH_CLASSIFY (0x00000080)
#define FWP_CALLOUT_FLAG_ALLOW_USO (0x00000100)
#define FWP_CALLOUT_FLAG_ALLOW_URO (0x00000200)

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsCalloutRegister0(_Inout_ void *deviceObject, _In_ const FWPS_CALLOUT0 *callout,
                              _Out_opt_ UINT32 *calloutId);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsCalloutRegister1(_Inout_ void *deviceObject, _In_ const FWPS_CALLOUT1 *callout,
                              _Out_opt_ UINT32 *calloutId);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsCalloutRegister2(_Inout_ void *deviceObject, _In_ const FWPS_CALLOUT2 *callout,
                              _Out_opt_ UINT32 *calloutId);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsCalloutUnregisterById0(_In_ const UINT32 calloutId);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsCalloutUnregisterByKey0(_In_ const GUID *calloutKey);

/* ------------------------------------------------------------------ */
/* Packet injection.                                                   */
/* ------------------------------------------------------------------ */
#define FWPS_INJECTION_TYPE_STREAM 0x00000001
#define FWPS_INJECTION_TYPE_TRANSPORT 0x00000002
#define FWPS_INJECTION_TYPE_NETWORK 0x00000004
#define FWPS_INJECTION_TYPE_FORWARD 0x00000008
#define FWPS_INJECTION_TYPE_L2 0x00000010
#define FWPS_INJECTION_TYPE_VSWITCH 0x00000020

typedef enum FWPS_PACKET_INJECTION_STATE_ {
    FWPS_PACKET_NOT_INJECTED,
    FWPS_PACKET_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTED_BY_OTHER,
    FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
    FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE;

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
void(NTAPI *FWPS_INJECT_COMPLETE0)(_In_ void *context,
                                   _Inout_ NET_BUFFER_LIST *netBufferList,
                                   _In_ BOOLEAN dispatchLevel);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsInjectionHandleCreate0(_In_opt_ ADDRESS_FAMILY addressFamily, _In_ UINT32 flags,
                                    _Out_ HANDLE *injectionHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpsInjectionHandleDestroy0(_In_ HANDLE injectionHandle);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS FwpsInjectNetworkSendAsync0(_In_ HANDLE injectionHandle,
                                     _In_opt_ HANDLE injectionContext, _In_ UINT32 flags,
                                     _In_ COMPARTMENT_ID compartmentId,
                                     _Inout_ NET_BUFFER_LIST *netBufferList,
                                     _In_ FWPS_INJECT_COMPLETE0 completionFn,
                                     _In_opt_ HANDLE completionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS FwpsInjectNetworkReceiveAsync0(_In_ HANDLE injectionHandle,
                                        _In_opt_ HANDLE injectionContext, _In_ UINT32 flags,
                                        _In_ COMPARTMENT_ID compartmentId,
                                        _In_ IF_INDEX interfaceIndex,
                                        _In_ IF_INDEX subInterfaceIndex,
                                        _Inout_ NET_BUFFER_LIST *netBufferList,
                                        _In_ FWPS_INJECT_COMPLETE0 completionFn,
                                        _In_opt_ HANDLE completionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
FWPS_PACKET_INJECTION_STATE FwpsQueryPacketInjectionState0(
    _In_ HANDLE injectionHandle, _In_ const NET_BUFFER_LIST *netBufferList,
    _Out_opt_ HANDLE *injectionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS FwpsAllocateNetBufferAndNetBufferList0(_In_ NDIS_HANDLE poolHandle,
                                                _In_ USHORT contextSize,
                                                _In_ USHORT contextBackFill,
                                                _In_opt_ MDL *mdlChain, _In_ ULONG dataOffset,
                                                _In_ SIZE_T dataLength,
                                                _Outptr_ NET_BUFFER_LIST **netBufferList);
_IRQL_requires_max_(DISPATCH_LEVEL)
void FwpsFreeNetBufferList0(_Inout_ NET_BUFFER_LIST *netBufferList);

/* ------------------------------------------------------------------ */
/* Version-independent names.                                          */
/* ------------------------------------------------------------------ */
#define FWPS_INCOMING_VALUE FWPS_INCOMING_VALUE0
#define FWPS_INCOMING_VALUES FWPS_INCOMING_VALUES0
#define FWPS_INCOMING_METADATA_VALUES FWPS_INCOMING_METADATA_VALUES0
#define FWPS_CLASSIFY_OUT FWPS_CLASSIFY_OUT0
#define FWPS_ACTION FWPS_ACTION0
#define FWPS_FILTER_CONDITION FWPS_FILTER_CONDITION0
#define FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0
#define FWPS_INJECT_COMPLETE FWPS_INJECT_COMPLETE0
#define FwpsCalloutUnregisterById FwpsCalloutUnregisterById0
#define FwpsCalloutUnregisterByKey FwpsCalloutUnregisterByKey0
#define FwpsInjectionHandleCreate FwpsInjectionHandleCreate0
#define FwpsInjectionHandleDestroy FwpsInjectionHandleDestroy0
#define FwpsInjectNetworkSendAsync FwpsInjectNetworkSendAsync0
#define FwpsInjectNetworkReceiveAsync FwpsInjectNetworkReceiveAsync0
#define FwpsQueryPacketInjectionState FwpsQueryPacketInjectionState0
#define FwpsAllocateNetBufferAndNetBufferList FwpsAllocateNetBufferAndNetBufferList0
#define FwpsFreeNetBufferList FwpsFreeNetBufferList0
#if NTDDI_VERSION >= NTDDI_WIN8
#define FWPS_FILTER FWPS_FILTER2
#define FWPS_CALLOUT FWPS_CALLOUT2
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN2
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN2
#define FwpsCalloutRegister FwpsCalloutRegister2
#elif NTDDI_VERSION >= NTDDI_WIN7
#define FWPS_FILTER FWPS_FILTER1
#define FWPS_CALLOUT FWPS_CALLOUT1
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN1
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN1
#define FwpsCalloutRegister FwpsCalloutRegister1
#else
#define FWPS_FILTER FWPS_FILTER0
#define FWPS_CALLOUT FWPS_CALLOUT0
#define FWPS_CALLOUT_CLASSIFY_FN FWPS_CALLOUT_CLASSIFY_FN0
#define FWPS_CALLOUT_NOTIFY_FN FWPS_CALLOUT_NOTIFY_FN0
#define FwpsCalloutRegister FwpsCalloutRegister0
#endif

#endif /* NDIS_TIDY_MODEL_FWPSK_H */
