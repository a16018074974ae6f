/*
 * fwpmk.h - ndis-tidy's model of the kernel-mode Windows Filtering
 * Platform management functions (engine sessions, transactions,
 * providers, sublayers, callouts, filters, base filtering engine state).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; it is not the WDK
 * header. The IRQL annotations are the ones the kernel-mode reference
 * documents; functions whose page gives none carry none.
 */
#ifndef NDIS_TIDY_MODEL_FWPMK_H
#define NDIS_TIDY_MODEL_FWPMK_H

#include "wdm.h"
#include "fwpmtypes.h"

#define RPC_C_AUTHN_NONE 0
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL

struct _SEC_WINNT_AUTH_IDENTITY_W;
struct FWPM_FILTER_ENUM_TEMPLATE0_;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmEngineOpen0(_In_opt_ const wchar_t *serverName, _In_ UINT32 authnService,
                         _In_opt_ struct _SEC_WINNT_AUTH_IDENTITY_W *authIdentity,
                         _In_opt_ const FWPM_SESSION0 *session, _Out_ HANDLE *engineHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmEngineClose0(_Inout_ HANDLE engineHandle);

NTSTATUS FwpmTransactionBegin0(_In_ HANDLE engineHandle, _In_ UINT32 flags);
NTSTATUS FwpmTransactionCommit0(_In_ HANDLE engineHandle);
NTSTATUS FwpmTransactionAbort0(_In_ HANDLE engineHandle);

NTSTATUS FwpmProviderAdd0(_In_ HANDLE engineHandle, _In_ const FWPM_PROVIDER0 *provider,
                          _In_opt_ PSECURITY_DESCRIPTOR sd);
NTSTATUS FwpmProviderDeleteByKey0(_In_ HANDLE engineHandle, _In_ const GUID *key);

NTSTATUS FwpmSubLayerAdd0(_In_ HANDLE engineHandle, _In_ const FWPM_SUBLAYER0 *subLayer,
                          _In_opt_ PSECURITY_DESCRIPTOR sd);
NTSTATUS FwpmSubLayerDeleteByKey0(_In_ HANDLE engineHandle, _In_ const GUID *key);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmCalloutAdd0(_In_ HANDLE engineHandle, _In_ const FWPM_CALLOUT0 *callout,
                         _In_opt_ PSECURITY_DESCRIPTOR sd, _Out_opt_ UINT32 *id);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmCalloutDeleteByKey0(_In_ HANDLE engineHandle, _In_ const GUID *key);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmCalloutDeleteById0(_In_ HANDLE engineHandle, _In_ UINT32 id);

NTSTATUS FwpmFilterAdd0(_In_ HANDLE engineHandle, _In_ const FWPM_FILTER0 *filter,
                        _In_opt_ PSECURITY_DESCRIPTOR sd, _Out_opt_ UINT64 *id);
NTSTATUS FwpmFilterDeleteById0(_In_ HANDLE engineHandle, _In_ UINT64 id);
NTSTATUS FwpmFilterDeleteByKey0(_In_ HANDLE engineHandle, _In_ const GUID *key);
NTSTATUS FwpmFilterCreateEnumHandle0(_In_ HANDLE engineHandle,
                                     _In_opt_ const FWPM_FILTER_ENUM_TEMPLATE0 *enumTemplate,
                                     _Out_ HANDLE *enumHandle);
NTSTATUS FwpmFilterEnum0(_In_ HANDLE engineHandle, _In_ HANDLE enumHandle,
                         _In_ UINT32 numEntriesRequested, _Outptr_ FWPM_FILTER0 ***entries,
                         _Out_ UINT32 *numEntriesReturned);
NTSTATUS FwpmFilterDestroyEnumHandle0(_In_ HANDLE engineHandle, _Inout_ HANDLE enumHandle);

void FwpmFreeMemory0(_Inout_ void **p);

typedef void(NTAPI *FWPM_SERVICE_STATE_CHANGE_CALLBACK0)(_Inout_ void *context,
                                                         _In_ FWPM_SERVICE_STATE newState);

_IRQL_requires_max_(DISPATCH_LEVEL)
FWPM_SERVICE_STATE FwpmBfeStateGet0(void);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmBfeStateSubscribeChanges0(_Inout_ void *deviceObject,
                                       _In_ FWPM_SERVICE_STATE_CHANGE_CALLBACK0 callback,
                                       _In_opt_ void *context, _Out_ HANDLE *changeHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS FwpmBfeStateUnsubscribeChanges0(_Inout_ HANDLE changeHandle);

/* Version-independent names. */
#define FwpmEngineOpen FwpmEngineOpen0
#define FwpmEngineClose FwpmEngineClose0
#define FwpmTransactionBegin FwpmTransactionBegin0
#define FwpmTransactionCommit FwpmTransactionCommit0
#define FwpmTransactionAbort FwpmTransactionAbort0
#define FwpmProviderAdd FwpmProviderAdd0
#define FwpmProviderDeleteByKey FwpmProviderDeleteByKey0
#define FwpmSubLayerAdd FwpmSubLayerAdd0
#define FwpmSubLayerDeleteByKey FwpmSubLayerDeleteByKey0
#define FwpmCalloutAdd FwpmCalloutAdd0
#define FwpmCalloutDeleteByKey FwpmCalloutDeleteByKey0
#define FwpmCalloutDeleteById FwpmCalloutDeleteById0
#define FwpmFilterAdd FwpmFilterAdd0
#define FwpmFilterDeleteById FwpmFilterDeleteById0
#define FwpmFilterDeleteByKey FwpmFilterDeleteByKey0
#define FwpmFilterCreateEnumHandle FwpmFilterCreateEnumHandle0
#define FwpmFilterEnum FwpmFilterEnum0
#define FwpmFilterDestroyEnumHandle FwpmFilterDestroyEnumHandle0
#define FwpmFreeMemory FwpmFreeMemory0
#define FwpmBfeStateGet FwpmBfeStateGet0
#define FwpmBfeStateSubscribeChanges FwpmBfeStateSubscribeChanges0
#define FwpmBfeStateUnsubscribeChanges FwpmBfeStateUnsubscribeChanges0
#define FWPM_SERVICE_STATE_CHANGE_CALLBACK FWPM_SERVICE_STATE_CHANGE_CALLBACK0

#endif /* NDIS_TIDY_MODEL_FWPMK_H */
