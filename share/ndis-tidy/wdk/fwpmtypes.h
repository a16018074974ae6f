/*
 * fwpmtypes.h - ndis-tidy's model of the Windows Filtering Platform
 * management structures (sessions, providers, sublayers, callouts,
 * filters) used through fwpmk.h.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented structures on learn.microsoft.com; it is not the SDK/WDK
 * header. The layer, sublayer and condition GUIDs are declared, not
 * defined: their values do not matter to the analysis.
 */
#ifndef NDIS_TIDY_MODEL_FWPMTYPES_H
#define NDIS_TIDY_MODEL_FWPMTYPES_H

#include "fwptypes.h"

typedef struct FWPM_DISPLAY_DATA0_ {
    wchar_t *name;
    wchar_t *description;
} FWPM_DISPLAY_DATA0;

typedef struct FWPM_SESSION0_ {
    GUID sessionKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    UINT32 txnWaitTimeoutInMSec;
    ULONG processId;
    struct _SID *sid;
    wchar_t *username;
    BOOL kernelMode;
} FWPM_SESSION0;
#define FWPM_SESSION_FLAG_DYNAMIC (0x00000001)

typedef struct FWPM_PROVIDER0_ {
    GUID providerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    FWP_BYTE_BLOB providerData;
    wchar_t *serviceName;
} FWPM_PROVIDER0;
#define FWPM_PROVIDER_FLAG_PERSISTENT (0x00000001)

typedef struct FWPM_SUBLAYER0_ {
    GUID subLayerKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    UINT16 weight;
} FWPM_SUBLAYER0;
#define FWPM_SUBLAYER_FLAG_PERSISTENT (0x00000001)

typedef struct FWPM_CALLOUT0_ {
    GUID calloutKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID applicableLayer;
    UINT32 calloutId;
} FWPM_CALLOUT0;
#define FWPM_CALLOUT_FLAG_PERSISTENT (0x00010000)

typedef struct FWPM_ACTION0_ {
    FWP_ACTION_TYPE type;
    union {
        GUID filterType;
        GUID calloutKey;
    };
} FWPM_ACTION0;

typedef struct FWPM_FILTER_CONDITION0_ {
    GUID fieldKey;
    FWP_MATCH_TYPE matchType;
    FWP_CONDITION_VALUE0 conditionValue;
} FWPM_FILTER_CONDITION0;

typedef struct FWPM_FILTER0_ {
    GUID filterKey;
    FWPM_DISPLAY_DATA0 displayData;
    UINT32 flags;
    GUID *providerKey;
    FWP_BYTE_BLOB providerData;
    GUID layerKey;
    GUID subLayerKey;
    FWP_VALUE0 weight;
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0 *filterCondition;
    FWPM_ACTION0 action;
    union {
        UINT64 rawContext;
        GUID providerContextKey;
    };
    GUID *reserved;
    UINT64 filterId;
    FWP_VALUE0 effectiveWeight;
} FWPM_FILTER0;
#define FWPM_FILTER_FLAG_NONE (0x00000000)
#define FWPM_FILTER_FLAG_PERSISTENT (0x00000001)
#define FWPM_FILTER_FLAG_BOOTTIME (0x00000002)

struct FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0_;

typedef struct FWPM_FILTER_ENUM_TEMPLATE0_ {
    GUID *providerKey;
    GUID layerKey;
    FWP_FILTER_ENUM_TYPE enumType;
    UINT32 flags;
    struct FWPM_PROVIDER_CONTEXT_ENUM_TEMPLATE0_ *providerContextTemplate;
    UINT32 numFilterConditions;
    FWPM_FILTER_CONDITION0 *filterCondition;
    UINT32 actionMask;
    GUID *calloutKey;
} FWPM_FILTER_ENUM_TEMPLATE0;

typedef enum FWPM_SERVICE_STATE_ {
    FWPM_SERVICE_STOPPED,
    FWPM_SERVICE_START_PENDING,
    FWPM_SERVICE_STOP_PENDING,
    FWPM_SERVICE_RUNNING,
    FWPM_SERVICE_STATE_MAX
} FWPM_SERVICE_STATE;

/* Version-independent names. */
#define FWPM_DISPLAY_DATA FWPM_DISPLAY_DATA0
#define FWPM_SESSION FWPM_SESSION0
#define FWPM_PROVIDER FWPM_PROVIDER0
#define FWPM_SUBLAYER FWPM_SUBLAYER0
#define FWPM_CALLOUT FWPM_CALLOUT0
#define FWPM_ACTION FWPM_ACTION0
#define FWPM_FILTER_CONDITION FWPM_FILTER_CONDITION0
#define FWPM_FILTER FWPM_FILTER0
#define FWPM_FILTER_ENUM_TEMPLATE FWPM_FILTER_ENUM_TEMPLATE0
#define FWP_VALUE FWP_VALUE0
#define FWP_CONDITION_VALUE FWP_CONDITION_VALUE0

/* Filtering layers, sublayers and condition fields. */
extern const GUID FWPM_LAYER_INBOUND_IPPACKET_V4;
extern const GUID FWPM_LAYER_INBOUND_IPPACKET_V6;
extern const GUID FWPM_LAYER_OUTBOUND_IPPACKET_V4;
extern const GUID FWPM_LAYER_OUTBOUND_IPPACKET_V6;
extern const GUID FWPM_LAYER_INBOUND_TRANSPORT_V4;
extern const GUID FWPM_LAYER_INBOUND_TRANSPORT_V6;
extern const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V4;
extern const GUID FWPM_LAYER_OUTBOUND_TRANSPORT_V6;
extern const GUID FWPM_LAYER_DATAGRAM_DATA_V4;
extern const GUID FWPM_LAYER_DATAGRAM_DATA_V6;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_CONNECT_V6;
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4;
extern const GUID FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V6;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V4;
extern const GUID FWPM_LAYER_ALE_FLOW_ESTABLISHED_V6;
extern const GUID FWPM_LAYER_STREAM_V4;
extern const GUID FWPM_LAYER_STREAM_V6;
extern const GUID FWPM_SUBLAYER_UNIVERSAL;
extern const GUID FWPM_CONDITION_FLAGS;
extern const GUID FWPM_CONDITION_DIRECTION;
extern const GUID FWPM_CONDITION_IP_PROTOCOL;
extern const GUID FWPM_CONDITION_IP_LOCAL_ADDRESS;
extern const GUID FWPM_CONDITION_IP_REMOTE_ADDRESS;
extern const GUID FWPM_CONDITION_IP_LOCAL_PORT;
extern const GUID FWPM_CONDITION_IP_REMOTE_PORT;
extern const GUID FWPM_CONDITION_INTERFACE_INDEX;

#endif /* NDIS_TIDY_MODEL_FWPMTYPES_H */
