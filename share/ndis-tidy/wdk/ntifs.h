/*
 * ntifs.h - ndis-tidy's model of the kernel declarations ntifs.h adds to
 * ntddk.h that network drivers use (process attachment, object lookups,
 * tokens).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; it is not the WDK
 * header. Undocumented routines (ZwQuerySystemInformation,
 * ZwYieldExecution, ...) are left to the drivers that declare them.
 */
#ifndef NDIS_TIDY_MODEL_NTIFS_H
#define NDIS_TIDY_MODEL_NTIFS_H
/* The kit's own include guard, which drivers test ("#ifndef _NTIFS_"). */
#define _NTIFS_ 1

#include "ntddk.h"

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID KeStackAttachProcess(_Inout_ PRKPROCESS PROCESS,
                                      _Out_ PRKAPC_STATE ApcState);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI VOID KeUnstackDetachProcess(_In_ PRKAPC_STATE ApcState);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS PsLookupProcessByProcessId(_In_ HANDLE ProcessId,
                                                _Outptr_ PEPROCESS *Process);

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS PsLookupThreadByThreadId(_In_ HANDLE ThreadId,
                                              _Outptr_ PETHREAD *Thread);

NTKERNELAPI PEPROCESS PsGetThreadProcess(_In_ PETHREAD Thread);
NTKERNELAPI HANDLE PsGetProcessInheritedFromUniqueProcessId(_In_ PEPROCESS Process);
NTKERNELAPI KPROCESSOR_MODE KeGetPreviousMode(VOID);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID SeCaptureSubjectContext(_Out_ PSECURITY_SUBJECT_CONTEXT SubjectContext);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID SeReleaseSubjectContext(_Inout_ PSECURITY_SUBJECT_CONTEXT SubjectContext);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID SeLockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID SeUnlockSubjectContext(_In_ PSECURITY_SUBJECT_CONTEXT SubjectContext);

typedef PVOID PACCESS_TOKEN;

_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI PACCESS_TOKEN PsReferencePrimaryToken(_Inout_ PEPROCESS Process);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI VOID PsDereferencePrimaryToken(_In_ PACCESS_TOKEN PrimaryToken);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI BOOLEAN SeTokenIsAdmin(_In_ PACCESS_TOKEN Token);

#define SECURITY_DESCRIPTOR_REVISION 1
#define SECURITY_DESCRIPTOR_MIN_LENGTH 20

_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlCreateSecurityDescriptor(_Out_ PSECURITY_DESCRIPTOR SecurityDescriptor,
                                                    _In_ ULONG Revision);

_IRQL_requires_max_(APC_LEVEL)
NTSYSAPI NTSTATUS NTAPI RtlSetDaclSecurityDescriptor(_Inout_ PSECURITY_DESCRIPTOR SecurityDescriptor,
                                                     _In_ BOOLEAN DaclPresent,
                                                     _In_opt_ PACL Dacl,
                                                     _In_ BOOLEAN DaclDefaulted);

NTSYSAPI ULONG NTAPI RtlLengthSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryInformationFile(_In_ HANDLE FileHandle,
                                               _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                                               _Out_writes_bytes_(Length) PVOID FileInformation,
                                               _In_ ULONG Length,
                                               _In_ FILE_INFORMATION_CLASS FileInformationClass);

#endif /* NDIS_TIDY_MODEL_NTIFS_H */
