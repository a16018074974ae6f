/*
 * ip2string.h - ndis-tidy's model of the kernel-mode IP address string
 * conversions (RtlIpv4AddressToString, RtlIpv6StringToAddress, ...).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes on learn.microsoft.com; it is not the WDK
 * header. The A forms take and return ANSI strings, the W forms wide ones.
 */
#ifndef NDIS_TIDY_MODEL_IP2STRING_H
#define NDIS_TIDY_MODEL_IP2STRING_H

#include "ntdef.h"
#include "inaddr.h"
#include "in6addr.h"

NTSYSAPI PSTR NTAPI RtlIpv4AddressToStringA(_In_ const struct in_addr *Addr,
                                            _Out_writes_(16) PSTR S);
NTSYSAPI PWSTR NTAPI RtlIpv4AddressToStringW(_In_ const struct in_addr *Addr,
                                             _Out_writes_(16) PWSTR S);
NTSYSAPI NTSTATUS NTAPI RtlIpv4AddressToStringExA(_In_ const struct in_addr *Address,
                                                  _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressA(_In_ PCSTR S, _In_ BOOLEAN Strict,
                                                _Out_ PCSTR *Terminator,
                                                _Out_ struct in_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv4StringToAddressW(_In_ PCWSTR S, _In_ BOOLEAN Strict,
                                                _Out_ LPCWSTR *Terminator,
                                                _Out_ struct in_addr *Addr);
NTSYSAPI PSTR NTAPI RtlIpv6AddressToStringA(_In_ const struct in6_addr *Addr,
                                            _Out_writes_(46) PSTR S);
NTSYSAPI PWSTR NTAPI RtlIpv6AddressToStringW(_In_ const struct in6_addr *Addr,
                                             _Out_writes_(46) PWSTR S);
NTSYSAPI NTSTATUS NTAPI RtlIpv6AddressToStringExA(_In_ const struct in6_addr *Address,
                                                  _In_ ULONG ScopeId, _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI NTSTATUS NTAPI RtlIpv6AddressToStringExW(_In_ const struct in6_addr *Address,
                                                  _In_ ULONG ScopeId, _In_ USHORT Port,
                                                  _Out_writes_to_(*AddressStringLength, *AddressStringLength) PWSTR AddressString,
                                                  _Inout_ PULONG AddressStringLength);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressA(_In_ PCSTR S, _Out_ PCSTR *Terminator,
                                                _Out_ struct in6_addr *Addr);
NTSYSAPI NTSTATUS NTAPI RtlIpv6StringToAddressW(_In_ PCWSTR S, _Out_ PCWSTR *Terminator,
                                                _Out_ struct in6_addr *Addr);

#endif /* NDIS_TIDY_MODEL_IP2STRING_H */
