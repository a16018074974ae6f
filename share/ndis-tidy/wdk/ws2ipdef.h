/*
 * ws2ipdef.h - ndis-tidy's model of the IPv6 socket address and the
 * address union (SOCKADDR_IN6, SOCKADDR_INET) shared by user and kernel
 * mode.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented structures on learn.microsoft.com; it is not the SDK
 * header.
 */
#ifndef NDIS_TIDY_MODEL_WS2IPDEF_H
#define NDIS_TIDY_MODEL_WS2IPDEF_H

#include "ws2def.h"
#include "in6addr.h"

typedef struct sockaddr_in6 {
    ADDRESS_FAMILY sin6_family;
    USHORT sin6_port;
    ULONG sin6_flowinfo;
    IN6_ADDR sin6_addr;
    union {
        ULONG sin6_scope_id;
        SCOPE_ID sin6_scope_struct;
    };
} SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH;
typedef SOCKADDR_IN6_LH SOCKADDR_IN6, *PSOCKADDR_IN6;

typedef union _SOCKADDR_INET {
    SOCKADDR_IN Ipv4;
    SOCKADDR_IN6 Ipv6;
    ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;

#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65

#endif /* NDIS_TIDY_MODEL_WS2IPDEF_H */
