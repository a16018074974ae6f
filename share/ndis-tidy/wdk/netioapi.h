/*
 * netioapi.h - ndis-tidy's model of the kernel-mode network interface
 * helper functions (interface LUID/index/GUID conversions).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; only the conversion
 * helpers are modelled, not the MIB tables. It is not the WDK header.
 */
#ifndef NDIS_TIDY_MODEL_NETIOAPI_H
#define NDIS_TIDY_MODEL_NETIOAPI_H

#include "wdm.h"
#include "ifdef.h"

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

#endif /* NDIS_TIDY_MODEL_NETIOAPI_H */
