/*
 * guiddef.h - ndis-tidy's model of the GUID type and its macros.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented GUID structure and DEFINE_GUID behaviour; it is not the
 * SDK header. DEFINE_GUID declares the GUID, or defines it when initguid.h
 * was included first, as documented.
 */
#ifndef NDIS_TIDY_MODEL_GUIDDEF_H
#define NDIS_TIDY_MODEL_GUIDDEF_H

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned int Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID;
#endif

typedef GUID *PGUID, *LPGUID, IID, *LPIID, CLSID, *LPCLSID, FMTID;
typedef const GUID *PCGUID, *LPCGUID;
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const CLSID *

#endif /* NDIS_TIDY_MODEL_GUIDDEF_H */

/* DEFINE_GUID depends on INITGUID at each inclusion, as in the SDK. */
#undef DEFINE_GUID
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    const GUID name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern const GUID name
#endif

#ifndef NDIS_TIDY_MODEL_GUIDDEF_FUNCS
#define NDIS_TIDY_MODEL_GUIDDEF_FUNCS
#define IsEqualGUID(a, b) (!__builtin_memcmp((a), (b), sizeof(GUID)))
#define InlineIsEqualGUID(a, b) IsEqualGUID((a), (b))
#define IsEqualIID(a, b) IsEqualGUID((a), (b))
#endif
