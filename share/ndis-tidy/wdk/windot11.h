/*
 * windot11.h - ndis-tidy's model of the native 802.11 definitions that
 * NDIS drivers handling Wi-Fi media use: operation modes, PHY types,
 * the receive context of a raw 802.11 frame, the data-rate mapping table
 * and the OIDs that carry them.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented structures, enumerations and values on
 * learn.microsoft.com; it is not the WDK header. Native 802.11 and WDI
 * miniports are not modelled beyond this.
 */
#ifndef NDIS_TIDY_MODEL_WINDOT11_H
#define NDIS_TIDY_MODEL_WINDOT11_H

#include "ntddndis.h"

typedef UCHAR DOT11_MAC_ADDRESS[6];
typedef DOT11_MAC_ADDRESS *PDOT11_MAC_ADDRESS;

typedef enum _DOT11_PHY_TYPE {
    dot11_phy_type_unknown = 0,
    dot11_phy_type_any = dot11_phy_type_unknown,
    dot11_phy_type_fhss = 1,
    dot11_phy_type_dsss = 2,
    dot11_phy_type_irbaseband = 3,
    dot11_phy_type_ofdm = 4,
    dot11_phy_type_hrdsss = 5,
    dot11_phy_type_erp = 6,
    dot11_phy_type_ht = 7,
    dot11_phy_type_vht = 8,
    dot11_phy_type_dmg = 9,
    dot11_phy_type_he = 10,
    dot11_phy_type_eht = 11,
    dot11_phy_type_IHV_start = 0x80000000,
    dot11_phy_type_IHV_end = 0xffffffff
} DOT11_PHY_TYPE, *PDOT11_PHY_TYPE;

/* Operation modes (DOT11_CURRENT_OPERATION_MODE, OpModeCapability). */
#define DOT11_OPERATION_MODE_UNKNOWN 0x00000000
#define DOT11_OPERATION_MODE_STATION 0x00000001
#define DOT11_OPERATION_MODE_AP 0x00000002
#define DOT11_OPERATION_MODE_EXTENSIBLE_STATION 0x00000004
#define DOT11_OPERATION_MODE_EXTENSIBLE_AP 0x00000008
#define DOT11_OPERATION_MODE_WFD_DEVICE 0x00000010
#define DOT11_OPERATION_MODE_WFD_GROUP_OWNER 0x00000020
#define DOT11_OPERATION_MODE_WFD_CLIENT 0x00000040
#define DOT11_OPERATION_MODE_MANUFACTURING 0x40000000
#define DOT11_OPERATION_MODE_NETWORK_MONITOR 0x80000000

typedef struct _DOT11_CURRENT_OPERATION_MODE {
    ULONG uReserved;
    ULONG uCurrentOpMode;
} DOT11_CURRENT_OPERATION_MODE, *PDOT11_CURRENT_OPERATION_MODE;

/* Receive filters of a native 802.11 miniport. */
#define NDIS_PACKET_TYPE_802_11_RAW_DATA 0x00010000
#define NDIS_PACKET_TYPE_802_11_DIRECTED_MGMT 0x00020000
#define NDIS_PACKET_TYPE_802_11_BROADCAST_MGMT 0x00040000
#define NDIS_PACKET_TYPE_802_11_MULTICAST_MGMT 0x00080000
#define NDIS_PACKET_TYPE_802_11_ALL_MULTICAST_MGMT 0x00100000
#define NDIS_PACKET_TYPE_802_11_PROMISCUOUS_MGMT 0x00200000
#define NDIS_PACKET_TYPE_802_11_RAW_MGMT 0x00400000
#define NDIS_PACKET_TYPE_802_11_DIRECTED_CTRL 0x00800000
#define NDIS_PACKET_TYPE_802_11_BROADCAST_CTRL 0x01000000
#define NDIS_PACKET_TYPE_802_11_PROMISCUOUS_CTRL 0x02000000

/* The per-frame receive context (MediaSpecificInformation). */
typedef struct DOT11_EXTSTA_RECV_CONTEXT {
    NDIS_OBJECT_HEADER Header;
    ULONG uReceiveFlags;
    ULONG uPhyId;
    ULONG uChCenterFrequency;
    USHORT usNumberOfMPDUsReceived;
    LONG lRSSI;
    UCHAR ucDataRate;
    ULONG uSizeMediaSpecificInfo;
    PVOID pvMediaSpecificInfo;
    ULONGLONG ullTimestamp;
} DOT11_EXTSTA_RECV_CONTEXT, *PDOT11_EXTSTA_RECV_CONTEXT;
#define DOT11_EXTSTA_RECV_CONTEXT_REVISION_1 1
#define DOT11_RECV_FLAG_RAW_PACKET 0x00000001
#define DOT11_RECV_FLAG_RAW_PACKET_FCS_FAILURE 0x00000002
#define DOT11_RECV_FLAG_RAW_PACKET_TIMESTAMP 0x00000004

#define DOT11_RATE_SET_MAX_LENGTH 126
typedef struct DOT11_DATA_RATE_MAPPING_ENTRY {
    UCHAR ucDataRateIndex;
    UCHAR ucDataRateFlag;
    USHORT usDataRateValue;
} DOT11_DATA_RATE_MAPPING_ENTRY, *PDOT11_DATA_RATE_MAPPING_ENTRY;
#define DOT11_DATA_RATE_NON_STANDARD 0x01
#define DOT11_DATA_RATE_INDEX_MASK 0x0000007f

typedef struct _DOT11_DATA_RATE_MAPPING_TABLE {
    NDIS_OBJECT_HEADER Header;
    ULONG uDataRateMappingLength;
    DOT11_DATA_RATE_MAPPING_ENTRY DataRateMappingEntries[DOT11_RATE_SET_MAX_LENGTH];
} DOT11_DATA_RATE_MAPPING_TABLE, *PDOT11_DATA_RATE_MAPPING_TABLE;
#define DOT11_DATA_RATE_MAPPING_TABLE_REVISION_1 1

/* OIDs: the NDIS range and the native Wi-Fi (NWF) range. */
#define OID_DOT11_NDIS_START 0x0D010300
#define OID_DOT11_OPERATION_MODE_CAPABILITY (OID_DOT11_NDIS_START + 7)
#define OID_DOT11_CURRENT_OPERATION_MODE (OID_DOT11_NDIS_START + 8)
#define OID_DOT11_CURRENT_PACKET_FILTER (OID_DOT11_NDIS_START + 9)
#define OID_DOT11_CURRENT_PHY_TYPE (OID_DOT11_NDIS_START + 12)
#define OID_DOT11_RESET_REQUEST (OID_DOT11_NDIS_START + 16)
#define OID_DOT11_MAC_ADDRESS (OID_DOT11_NDIS_START + 30)
#define OID_DOT11_SUPPORTED_PHY_TYPES (OID_DOT11_NDIS_START + 38)
#define OID_DOT11_CURRENT_CHANNEL_NUMBER (OID_DOT11_NDIS_START + 47)
#define OID_DOT11_CURRENT_CHANNEL (OID_DOT11_NDIS_START + 53)
#define OID_DOT11_CURRENT_FREQUENCY (OID_DOT11_NDIS_START + 66)

#define NWF_MANDATORY_OID (0x01U)
#define NWF_OPTIONAL_OID (0x02U)
#define NWF_OPERATIONAL_OID (0x01U)
#define NWF_STATISTICS_OID (0x02U)
#define NWF_DEFINE_OID(Seq, o, m) ((0x0E000000U) | ((o) << 16) | ((m) << 8) | (Seq))
#define OID_DOT11_DATA_RATE_MAPPING_TABLE \
    NWF_DEFINE_OID(151, NWF_OPERATIONAL_OID, NWF_MANDATORY_OID)

#endif /* NDIS_TIDY_MODEL_WINDOT11_H */
