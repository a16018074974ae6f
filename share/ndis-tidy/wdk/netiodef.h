/*
 * netiodef.h - ndis-tidy's model of the network-layer definitions kernel
 * network drivers share: link-layer (EUI-48, Ethernet) and IPv4, IPv6,
 * ICMP, TCP and UDP header layouts, and the address types they carry.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented type names and the protocol specifications (RFC 791,
 * 8200, 792, 4443, 9293, 768, IEEE 802.3); it is not the WDK header. The
 * bit-fields follow the wire order on a little-endian machine, as the
 * kit's do. Only what network drivers commonly touch is modelled.
 */
#ifndef NDIS_TIDY_MODEL_NETIODEF_H
#define NDIS_TIDY_MODEL_NETIODEF_H

#include "ntdef.h"
#include "ws2def.h"
#include "ws2ipdef.h"

/* ------------------------------------------------------------------ */
/* Link layer.                                                         */
/* ------------------------------------------------------------------ */
typedef union _DL_OUI {
    UINT8 Byte[3];
    struct {
        UINT8 Group : 1;
        UINT8 Local : 1;
    };
} DL_OUI, *PDL_OUI;

typedef union _DL_EI48 {
    UINT8 Byte[3];
} DL_EI48, *PDL_EI48;

typedef union _DL_EUI48 {
    UINT8 Byte[6];
    struct {
        DL_OUI Oui;
        DL_EI48 Ei48;
    };
} DL_EUI48, *PDL_EUI48;

#define DL_EUI48_LENGTH 6

typedef struct _ETHERNET_HEADER {
    DL_EUI48 Destination;
    DL_EUI48 Source;
    union {
        USHORT Type;
        USHORT Length;
    };
} ETHERNET_HEADER, *PETHERNET_HEADER;

#define ETH_LENGTH_OF_HEADER 14
#define ETH_LENGTH_OF_VLAN_HEADER 4
#define ETH_LENGTH_OF_SNAP_HEADER 8
#define ETHERNET_TYPE_MINIMUM 0x0600
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#define ETHERNET_TYPE_802_1AD 0x88a8

typedef struct _VLAN_TAG {
    union {
        USHORT Tag;
        struct {
            USHORT VID : 12;
            USHORT CFI : 1;
            USHORT User_Priority : 3;
        };
    };
    USHORT Type;
} VLAN_TAG, *PVLAN_TAG;

/* ------------------------------------------------------------------ */
/* IPv4 (RFC 791).                                                     */
/* ------------------------------------------------------------------ */
typedef struct _IPV4_HEADER {
    union {
        UINT8 VersionAndHeaderLength;
        struct {
            UINT8 HeaderLength : 4;
            UINT8 Version : 4;
        };
    };
    union {
        UINT8 TypeOfServiceAndEcnField;
        struct {
            UINT8 EcnField : 2;
            UINT8 TypeOfService : 6;
        };
    };
    USHORT TotalLength;
    USHORT Identification;
    union {
        USHORT FlagsAndOffset;
        struct {
            USHORT DontUse1 : 5;
            USHORT MoreFragments : 1;
            USHORT DontFragment : 1;
            USHORT Reserved : 1;
            USHORT DontUse2 : 8;
        };
    };
    UINT8 TimeToLive;
    UINT8 Protocol;
    USHORT HeaderChecksum;
    IN_ADDR SourceAddress;
    IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;

#define IPV4_VERSION 4
#define IP_VER_MASK 0xF0
#define IP4_OFF_MASK 0xff1f
#define MAX_IPV4_PACKET 65535
#define MAX_IPV4_HLEN 60
#define IPV4_MINIMUM_MTU 576

typedef struct _IPV4_OPTION_HEADER {
    union {
        UINT8 OptionType;
        struct {
            UINT8 OptionNumber : 5;
            UINT8 OptionClass : 2;
            UINT8 CopiedFlag : 1;
        };
    };
    UINT8 OptionLength;
} IPV4_OPTION_HEADER, *PIPV4_OPTION_HEADER;

/* ------------------------------------------------------------------ */
/* IPv6 (RFC 8200).                                                    */
/* ------------------------------------------------------------------ */
typedef struct _IPV6_HEADER {
    union {
        UINT32 VersionClassFlow;
        struct {
            UINT32 : 4;
            UINT32 Version : 4;
            UINT32 : 24;
        };
    };
    USHORT PayloadLength;
    UINT8 NextHeader;
    UINT8 HopLimit;
    IN6_ADDR SourceAddress;
    IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

#define IPV6_VERSION 0x60
#define IPV6_MINIMUM_MTU 1280

typedef struct _IPV6_EXTENSION_HEADER {
    UINT8 NextHeader;
    UINT8 Length;
} IPV6_EXTENSION_HEADER, *PIPV6_EXTENSION_HEADER;

typedef struct _IPV6_FRAGMENT_HEADER {
    UINT8 NextHeader;
    UINT8 Reserved;
    union {
        struct {
            USHORT DontUse1 : 8;
            USHORT MoreFragments : 1;
            USHORT ReservedBits : 2;
            USHORT DontUse2 : 5;
        };
        USHORT OffsetAndFlags;
    };
    ULONG Id;
} IPV6_FRAGMENT_HEADER, *PIPV6_FRAGMENT_HEADER;

/* ------------------------------------------------------------------ */
/* ICMP (RFC 792, 4443), TCP (RFC 9293), UDP (RFC 768).                */
/* ------------------------------------------------------------------ */
typedef struct _ICMP_HEADER {
    UINT8 Type;
    UINT8 Code;
    USHORT Checksum;
} ICMP_HEADER, *PICMP_HEADER;
typedef ICMP_HEADER ICMPV4_HEADER, *PICMPV4_HEADER;
typedef ICMP_HEADER ICMPV6_HEADER, *PICMPV6_HEADER;

typedef struct _ICMP_MESSAGE {
    ICMP_HEADER Header;
    union {
        UINT32 Data32[1];
        UINT16 Data16[2];
        UINT8 Data8[4];
    } Data;
} ICMP_MESSAGE, *PICMP_MESSAGE;

typedef ULONG SEQ_NUM, *PSEQ_NUM;

typedef struct tcp_hdr {
    USHORT th_sport;
    USHORT th_dport;
    SEQ_NUM th_seq;
    SEQ_NUM th_ack;
    UINT8 th_x2 : 4;
    UINT8 th_len : 4;
    UINT8 th_flags;
    USHORT th_win;
    USHORT th_sum;
    USHORT th_urp;
} TCP_HDR, *PTCP_HDR;

#define TH_FIN 0x01
#define TH_SYN 0x02
#define TH_RST 0x04
#define TH_PSH 0x08
#define TH_ACK 0x10
#define TH_URG 0x20
#define TH_ECE 0x40
#define TH_CWR 0x80

typedef struct _UDP_HDR {
    USHORT uh_sport;
    USHORT uh_dport;
    USHORT uh_ulen;
    USHORT uh_sum;
} UDP_HDR, *PUDP_HDR;

#endif /* NDIS_TIDY_MODEL_NETIODEF_H */
