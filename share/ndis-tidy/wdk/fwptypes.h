/*
 * fwptypes.h - ndis-tidy's model of the Windows Filtering Platform base
 * types shared by the management (fwpmk.h) and callout (fwpsk.h) APIs:
 * FWP_VALUE0, FWP_CONDITION_VALUE0, match and action types.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented structures and enumerations on learn.microsoft.com; it is
 * not the SDK/WDK header. Only what callout drivers commonly use is here.
 */
#ifndef NDIS_TIDY_MODEL_FWPTYPES_H
#define NDIS_TIDY_MODEL_FWPTYPES_H

#include "ntdef.h"
#include "guiddef.h"
#include "stddef.h"

typedef enum FWP_DIRECTION_ {
    FWP_DIRECTION_OUTBOUND,
    FWP_DIRECTION_INBOUND,
    FWP_DIRECTION_MAX
} FWP_DIRECTION;

typedef enum FWP_IP_VERSION_ {
    FWP_IP_VERSION_V4,
    FWP_IP_VERSION_V6,
    FWP_IP_VERSION_NONE,
    FWP_IP_VERSION_MAX
} FWP_IP_VERSION;

typedef enum FWP_DATA_TYPE_ {
    FWP_EMPTY,
    FWP_UINT8,
    FWP_UINT16,
    FWP_UINT32,
    FWP_UINT64,
    FWP_INT8,
    FWP_INT16,
    FWP_INT32,
    FWP_INT64,
    FWP_FLOAT,
    FWP_DOUBLE,
    FWP_BYTE_ARRAY16_TYPE,
    FWP_BYTE_BLOB_TYPE,
    FWP_SID,
    FWP_SECURITY_DESCRIPTOR_TYPE,
    FWP_TOKEN_INFORMATION_TYPE,
    FWP_TOKEN_ACCESS_INFORMATION_TYPE,
    FWP_UNICODE_STRING_TYPE,
    FWP_BYTE_ARRAY6_TYPE,
    FWP_SINGLE_DATA_TYPE_MAX = 0xff,
    FWP_V4_ADDR_MASK,
    FWP_V6_ADDR_MASK,
    FWP_RANGE_TYPE,
    FWP_DATA_TYPE_MAX
} FWP_DATA_TYPE;

typedef struct FWP_BYTE_ARRAY16_ {
    UINT8 byteArray16[16];
} FWP_BYTE_ARRAY16;

typedef struct FWP_BYTE_ARRAY6_ {
    UINT8 byteArray6[6];
} FWP_BYTE_ARRAY6;

typedef struct FWP_BYTE_BLOB_ {
    UINT32 size;
    UINT8 *data;
} FWP_BYTE_BLOB;

typedef struct FWP_V4_ADDR_AND_MASK_ {
    UINT32 addr;
    UINT32 mask;
} FWP_V4_ADDR_AND_MASK;

typedef struct FWP_V6_ADDR_AND_MASK_ {
    UINT8 addr[16];
    UINT8 prefixLength;
} FWP_V6_ADDR_AND_MASK;

struct FWP_TOKEN_INFORMATION_;
struct _SID;

typedef struct FWP_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64 *uint64;
        INT8 int8;
        INT16 int16;
        INT32 int32;
        INT64 *int64;
        float float32;
        double *double64;
        FWP_BYTE_ARRAY16 *byteArray16;
        FWP_BYTE_BLOB *byteBlob;
        struct _SID *sid;
        FWP_BYTE_BLOB *sd;
        struct FWP_TOKEN_INFORMATION_ *tokenInformation;
        FWP_BYTE_BLOB *tokenAccessInformation;
        LPWSTR unicodeString;
        FWP_BYTE_ARRAY6 *byteArray6;
    };
} FWP_VALUE0;

typedef struct FWP_RANGE0_ {
    FWP_VALUE0 valueLow;
    FWP_VALUE0 valueHigh;
} FWP_RANGE0;

typedef struct FWP_CONDITION_VALUE0_ {
    FWP_DATA_TYPE type;
    union {
        UINT8 uint8;
        UINT16 uint16;
        UINT32 uint32;
        UINT64 *uint64;
        INT8 int8;
        INT16 int16;
        INT32 int32;
        INT64 *int64;
        float float32;
        double *double64;
        FWP_BYTE_ARRAY16 *byteArray16;
        FWP_BYTE_BLOB *byteBlob;
        struct _SID *sid;
        FWP_BYTE_BLOB *sd;
        struct FWP_TOKEN_INFORMATION_ *tokenInformation;
        FWP_BYTE_BLOB *tokenAccessInformation;
        LPWSTR unicodeString;
        FWP_BYTE_ARRAY6 *byteArray6;
        FWP_V4_ADDR_AND_MASK *v4AddrMask;
        FWP_V6_ADDR_AND_MASK *v6AddrMask;
        FWP_RANGE0 *rangeValue;
    };
} FWP_CONDITION_VALUE0;

typedef enum FWP_MATCH_TYPE_ {
    FWP_MATCH_EQUAL,
    FWP_MATCH_GREATER,
    FWP_MATCH_LESS,
    FWP_MATCH_GREATER_OR_EQUAL,
    FWP_MATCH_LESS_OR_EQUAL,
    FWP_MATCH_RANGE,
    FWP_MATCH_FLAGS_ALL_SET,
    FWP_MATCH_FLAGS_ANY_SET,
    FWP_MATCH_FLAGS_NONE_SET,
    FWP_MATCH_EQUAL_CASE_INSENSITIVE,
    FWP_MATCH_NOT_EQUAL,
    FWP_MATCH_PREFIX,
    FWP_MATCH_NOT_PREFIX,
    FWP_MATCH_TYPE_MAX
} FWP_MATCH_TYPE;

typedef UINT32 FWP_ACTION_TYPE;
#define FWP_ACTION_FLAG_TERMINATING (0x00001000)
#define FWP_ACTION_FLAG_NON_TERMINATING (0x00002000)
#define FWP_ACTION_FLAG_CALLOUT (0x00004000)
#define FWP_ACTION_BLOCK (0x00000001 | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_PERMIT (0x00000002 | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_CALLOUT_TERMINATING \
    (0x00000003 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_TERMINATING)
#define FWP_ACTION_CALLOUT_INSPECTION \
    (0x00000004 | FWP_ACTION_FLAG_CALLOUT | FWP_ACTION_FLAG_NON_TERMINATING)
#define FWP_ACTION_CALLOUT_UNKNOWN (0x00000005 | FWP_ACTION_FLAG_CALLOUT)
#define FWP_ACTION_CONTINUE (0x00000006 | FWP_ACTION_FLAG_NON_TERMINATING)
#define FWP_ACTION_NONE (0x00000007)
#define FWP_ACTION_NONE_NO_MATCH (0x00000008)

typedef enum FWP_FILTER_ENUM_TYPE_ {
    FWP_FILTER_ENUM_FULLY_CONTAINED,
    FWP_FILTER_ENUM_OVERLAPPING,
    FWP_FILTER_ENUM_TYPE_MAX
} FWP_FILTER_ENUM_TYPE;

/* Flags a filter condition on FWPM_CONDITION_FLAGS tests. */
#define FWP_CONDITION_FLAG_IS_LOOPBACK (0x00000001)
#define FWP_CONDITION_FLAG_IS_IPSEC_SECURED (0x00000002)
#define FWP_CONDITION_FLAG_IS_REAUTHORIZE (0x00000004)
#define FWP_CONDITION_FLAG_IS_WILDCARD_BIND (0x00000008)
#define FWP_CONDITION_FLAG_IS_RAW_ENDPOINT (0x00000010)
#define FWP_CONDITION_FLAG_IS_FRAGMENT (0x00000020)
#define FWP_CONDITION_FLAG_IS_FRAGMENT_GROUP (0x00000040)
#define FWP_CONDITION_FLAG_IS_IPSEC_NATT_RECLASSIFY (0x00000080)
#define FWP_CONDITION_FLAG_REQUIRES_ALE_CLASSIFY (0x00000100)
#define FWP_CONDITION_FLAG_IS_IMPLICIT_BIND (0x00000200)
#define FWP_CONDITION_FLAG_IS_REASSEMBLED (0x00000400)

#endif /* NDIS_TIDY_MODEL_FWPTYPES_H */
