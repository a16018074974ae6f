/*
 * ntddk.h - ndis-tidy's model of the kernel declarations ntddk.h adds to
 * wdm.h.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; it is not the WDK
 * header.
 */
#ifndef NDIS_TIDY_MODEL_NTDDK_H
#define NDIS_TIDY_MODEL_NTDDK_H
/* The kit's own include guard, which drivers test ("#ifndef _NTDDK_"). */
#define _NTDDK_ 1

#include "wdm.h"

/* Process and thread notifications. */
typedef VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE)(_In_ HANDLE ParentId, _In_ HANDLE ProcessId,
                                               _In_ BOOLEAN Create);

typedef struct _PS_CREATE_NOTIFY_INFO {
    SIZE_T Size;
    union {
        ULONG Flags;
        struct {
            ULONG FileOpenNameAvailable : 1;
            ULONG IsSubsystemProcess : 1;
            ULONG Reserved : 30;
        };
    };
    HANDLE ParentProcessId;
    CLIENT_ID CreatingThreadId;
    struct _FILE_OBJECT *FileObject;
    PCUNICODE_STRING ImageFileName;
    PCUNICODE_STRING CommandLine;
    NTSTATUS CreationStatus;
} PS_CREATE_NOTIFY_INFO, *PPS_CREATE_NOTIFY_INFO;

typedef VOID (*PCREATE_PROCESS_NOTIFY_ROUTINE_EX)(_Inout_ PEPROCESS Process,
                                                  _In_ HANDLE ProcessId,
                                                  _Inout_opt_ PPS_CREATE_NOTIFY_INFO CreateInfo);

typedef VOID (*PCREATE_THREAD_NOTIFY_ROUTINE)(_In_ HANDLE ProcessId, _In_ HANDLE ThreadId,
                                              _In_ BOOLEAN Create);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS PsSetCreateProcessNotifyRoutine(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine, _In_ BOOLEAN Remove);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS PsSetCreateProcessNotifyRoutineEx(
    _In_ PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine, _In_ BOOLEAN Remove);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS PsSetCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS PsRemoveCreateThreadNotifyRoutine(
    _In_ PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine);

/* Driver Verifier. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS MmIsVerifierEnabled(_Out_ PULONG VerifierFlags);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI LOGICAL MmIsDriverVerifying(_In_ struct _DRIVER_OBJECT *DriverObject);

/* Floating point state. */
typedef struct _KFLOATING_SAVE {
    ULONG Dummy;
} KFLOATING_SAVE, *PKFLOATING_SAVE;

_Must_inspect_result_ _IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS KeSaveFloatingPointState(_Out_ PKFLOATING_SAVE FloatSave);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTKERNELAPI NTSTATUS KeRestoreFloatingPointState(_In_ PKFLOATING_SAVE FloatSave);

/* UUIDs. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS ExUuidCreate(_Out_ GUID *Uuid);

/* Device interfaces. */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS IoGetDeviceInterfaces(_In_ const GUID *InterfaceClassGuid,
                                           _In_opt_ PDEVICE_OBJECT PhysicalDeviceObject,
                                           _In_ ULONG Flags,
                                           _Outptr_result_nullonfailure_ PZZWSTR *SymbolicLinkList);

/* System time zone bias and tick count helpers. */
NTKERNELAPI ULONG NTAPI KeGetRecommendedSharedDataAlignment(VOID);

#endif /* NDIS_TIDY_MODEL_NTDDK_H */
