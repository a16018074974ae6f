/*
 * in6addr.h - ndis-tidy's model of the IPv6 address structure (IN6_ADDR).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented structure on learn.microsoft.com; it is not the SDK
 * header.
 */
#ifndef NDIS_TIDY_MODEL_IN6ADDR_H
#define NDIS_TIDY_MODEL_IN6ADDR_H

#include "ntdef.h"

typedef struct in6_addr {
    union {
        UCHAR Byte[16];
        USHORT Word[8];
    } u;
} IN6_ADDR, *PIN6_ADDR, *LPIN6_ADDR;

#define in_addr6 in6_addr
#define _S6_un u
#define _S6_u8 Byte
#define s6_addr _S6_un._S6_u8
#define s6_bytes u.Byte
#define s6_words u.Word

#endif /* NDIS_TIDY_MODEL_IN6ADDR_H */
