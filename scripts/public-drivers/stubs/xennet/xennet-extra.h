/* Kernel declarations win-xennet uses that ndis-tidy's model lacks
   (declarations and macros only, from the documented prototypes). */
#pragma once
#include <stdarg.h>
typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);
typedef struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;
ULONG vDbgPrintExWithPrefix(PCCH Prefix, ULONG ComponentId, ULONG Level, PCCH Format, va_list arglist);
#define MM_ALLOCATE_FULLY_REQUIRED 0x00000004
PMDL MmAllocatePagesForMdlEx(PHYSICAL_ADDRESS LowAddress, PHYSICAL_ADDRESS HighAddress,
                             PHYSICAL_ADDRESS SkipBytes, SIZE_T TotalBytes,
                             MEMORY_CACHING_TYPE CacheType, ULONG Flags);
VOID MmFreePagesFromMdl(PMDL MemoryDescriptorList);
int isdigit(int Character);
int isalnum(int Character);
VOID WdmlibProcgrpInitialize(VOID);
#ifdef _NDIS_
/* NDIS offload and RSS revisions past the model's (ntddndis.h) */
#ifndef NDIS_OFFLOAD_REVISION_3
#define NDIS_OFFLOAD_REVISION_3 3
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_3 sizeof(NDIS_OFFLOAD)
#endif
#ifndef NDIS_OFFLOAD_REVISION_4
#define NDIS_OFFLOAD_REVISION_4 4
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_4 sizeof(NDIS_OFFLOAD)
#endif
#ifndef NDIS_OFFLOAD_REVISION_6
#define NDIS_OFFLOAD_REVISION_6 6
#define NDIS_SIZEOF_NDIS_OFFLOAD_REVISION_6 sizeof(NDIS_OFFLOAD)
#endif
#ifndef NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_REVISION_3
#define NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_REVISION_3 sizeof(NDIS_RECEIVE_SCALE_PARAMETERS)
#endif
typedef struct _NDIS_RECEIVE_HASH_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG HashInformation;
    USHORT HashSecretKeySize;
    ULONG HashSecretKeyOffset;
} NDIS_RECEIVE_HASH_PARAMETERS, *PNDIS_RECEIVE_HASH_PARAMETERS;
#define NDIS_RECEIVE_HASH_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_HASH_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_HASH_PARAMETERS, HashSecretKeyOffset)
#define NDIS_RECEIVE_HASH_FLAG_ENABLE_HASH 0x00000001
#define NDIS_RECEIVE_HASH_FLAG_HASH_INFO_UNCHANGED 0x00000002
#define NDIS_RECEIVE_HASH_FLAG_HASH_KEY_UNCHANGED 0x00000004
#endif
