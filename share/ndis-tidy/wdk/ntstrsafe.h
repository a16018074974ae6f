/*
 * ntstrsafe.h - ndis-tidy's model of the kernel-mode safe string
 * functions (RtlStringCch..., RtlStringCb..., RtlUnicodeString...).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; it is not the WDK
 * header. The kit defines these as inline functions; here they are
 * prototypes with the documented parameters.
 */
#ifndef NDIS_TIDY_MODEL_NTSTRSAFE_H
#define NDIS_TIDY_MODEL_NTSTRSAFE_H

#include "wdm.h"
#include "stdarg.h"

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef WCHAR *NTSTRSAFE_PWSTR;
typedef const WCHAR *NTSTRSAFE_PCWSTR;
typedef const WCHAR *NTSTRSAFE_PCUWSTR;

#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_MAX_LENGTH (NTSTRSAFE_MAX_CCH - 1)
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(WCHAR))

#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STRSAFE_FILL_BYTE(x) ((ULONG)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x) ((ULONG)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_ZERO_LENGTH_ON_FAILURE 0x00000800
#define STRSAFE_IGNORE_NULL_UNICODE_STRINGS 0x00010000
#define STRSAFE_UNICODE_STRING_DEST_NULL_TERMINATED 0x00020000

NTSTATUS RtlStringCchCopyA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS RtlStringCbCopyA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS RtlStringCchCopyExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCbCopyExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCchCopyNA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_reads_or_z_(cchToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cchToCopy);
NTSTATUS RtlStringCbCopyNA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTATUS RtlStringCchCatA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS RtlStringCbCatA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTATUS RtlStringCchCatExA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCbCatExA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCchCatNA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_reads_or_z_(cchToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cchToAppend);
NTSTATUS RtlStringCbCatNA(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTATUS RtlStringCchPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS RtlStringCbPrintfA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS RtlStringCchPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS RtlStringCbPrintfExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTATUS RtlStringCchVPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCbVPrintfA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCchVPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCbVPrintfExA(_Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCchLengthA(_In_reads_or_z_(cchMax) NTSTRSAFE_PCSTR psz, _In_ SIZE_T cchMax, _Out_opt_ SIZE_T *pcchLength);
NTSTATUS RtlStringCbLengthA(_In_reads_or_z_(cbMax) NTSTRSAFE_PCSTR psz, _In_ SIZE_T cbMax, _Out_opt_ SIZE_T *pcbLength);
NTSTATUS RtlStringCchCopyW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlStringCbCopyW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlStringCchCopyExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCbCopyExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCchCopyNW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_reads_or_z_(cchToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cchToCopy);
NTSTATUS RtlStringCbCopyNW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTATUS RtlStringCchCatW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlStringCbCatW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlStringCchCatExW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCbCatExW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTATUS RtlStringCchCatNW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_reads_or_z_(cchToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cchToAppend);
NTSTATUS RtlStringCbCatNW(_Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTATUS RtlStringCchPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlStringCbPrintfW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlStringCchPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlStringCbPrintfExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlStringCchVPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCbVPrintfW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCchVPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcchRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCbVPrintfExW(_Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTATUS RtlStringCchLengthW(_In_reads_or_z_(cchMax) NTSTRSAFE_PCWSTR psz, _In_ SIZE_T cchMax, _Out_opt_ SIZE_T *pcchLength);
NTSTATUS RtlStringCbLengthW(_In_reads_or_z_(cbMax) NTSTRSAFE_PCWSTR psz, _In_ SIZE_T cbMax, _Out_opt_ SIZE_T *pcbLength);
NTSTATUS RtlUnicodeStringInit(_Out_ PUNICODE_STRING DestinationString, _In_opt_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlUnicodeStringInitEx(_Out_ PUNICODE_STRING DestinationString, _In_opt_ NTSTRSAFE_PCWSTR pszSrc, _In_ ULONG dwFlags);
NTSTATUS RtlUnicodeStringValidate(_In_opt_ PCUNICODE_STRING SourceString);
NTSTATUS RtlUnicodeStringCopy(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
NTSTATUS RtlUnicodeStringCopyString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlUnicodeStringCat(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
NTSTATUS RtlUnicodeStringCatString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTATUS RtlUnicodeStringPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlUnicodeStringPrintfEx(_Inout_ PUNICODE_STRING DestinationString, _Out_opt_ PUNICODE_STRING RemainingString, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTATUS RtlUnicodeStringVPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);

#endif /* NDIS_TIDY_MODEL_NTSTRSAFE_H */
