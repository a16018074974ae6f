/*
 * ntintsafe.h - ndis-tidy's model of the kernel-mode integer overflow
 * helpers (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong, ...).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented behaviour (STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW
 * with the result set to the type's error value) over the compiler's
 * overflow builtins; it is not the WDK header.
 */
#ifndef NDIS_TIDY_MODEL_NTINTSAFE_H
#define NDIS_TIDY_MODEL_NTINTSAFE_H

#include "wdm.h"

#define USHORT_ERROR (0xffff)
#define ULONG_ERROR (0xffffffffUL)
#define ULONGLONG_ERROR (0xffffffffffffffffULL)
#define SIZET_ERROR ((SIZE_T)-1)
#define ULONG_PTR_ERROR ((ULONG_PTR)-1)
#define UINT_ERROR (0xffffffffU)
#define LONG_ERROR (-1L)
#define INT_ERROR (-1)

static __inline__ NTSTATUS RtlUShortAdd(_In_ USHORT a, _In_ USHORT b, _Out_ USHORT *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUShortSub(_In_ USHORT a, _In_ USHORT b, _Out_ USHORT *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUShortMult(_In_ USHORT a, _In_ USHORT b, _Out_ USHORT *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongAdd(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongSub(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongMult(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongAdd(_In_ ULONGLONG a, _In_ ULONGLONG b, _Out_ ULONGLONG *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongSub(_In_ ULONGLONG a, _In_ ULONGLONG b, _Out_ ULONGLONG *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongMult(_In_ ULONGLONG a, _In_ ULONGLONG b, _Out_ ULONGLONG *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTAdd(_In_ SIZE_T a, _In_ SIZE_T b, _Out_ SIZE_T *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTSub(_In_ SIZE_T a, _In_ SIZE_T b, _Out_ SIZE_T *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTMult(_In_ SIZE_T a, _In_ SIZE_T b, _Out_ SIZE_T *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongPtrAdd(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongPtrSub(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongPtrMult(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntAdd(_In_ UINT a, _In_ UINT b, _Out_ UINT *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntSub(_In_ UINT a, _In_ UINT b, _Out_ UINT *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntMult(_In_ UINT a, _In_ UINT b, _Out_ UINT *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongAdd(_In_ LONG a, _In_ LONG b, _Out_ LONG *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongSub(_In_ LONG a, _In_ LONG b, _Out_ LONG *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongMult(_In_ LONG a, _In_ LONG b, _Out_ LONG *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongAdd(_In_ LONGLONG a, _In_ LONGLONG b, _Out_ LONGLONG *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ((LONGLONG)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongSub(_In_ LONGLONG a, _In_ LONGLONG b, _Out_ LONGLONG *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ((LONGLONG)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongMult(_In_ LONGLONG a, _In_ LONGLONG b, _Out_ LONGLONG *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ((LONGLONG)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlIntAdd(_In_ INT a, _In_ INT b, _Out_ INT *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlIntSub(_In_ INT a, _In_ INT b, _Out_ INT *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlIntMult(_In_ INT a, _In_ INT b, _Out_ INT *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUInt8Add(_In_ UINT8 a, _In_ UINT8 b, _Out_ UINT8 *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ((UINT8)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUInt8Sub(_In_ UINT8 a, _In_ UINT8 b, _Out_ UINT8 *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ((UINT8)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUInt8Mult(_In_ UINT8 a, _In_ UINT8 b, _Out_ UINT8 *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ((UINT8)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlByteAdd(_In_ BYTE a, _In_ BYTE b, _Out_ BYTE *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ((BYTE)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlByteSub(_In_ BYTE a, _In_ BYTE b, _Out_ BYTE *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ((BYTE)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlByteMult(_In_ BYTE a, _In_ BYTE b, _Out_ BYTE *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ((BYTE)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordAdd(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordSub(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordMult(_In_ ULONG a, _In_ ULONG b, _Out_ ULONG *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordPtrAdd(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordPtrSub(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlDWordPtrMult(_In_ ULONG_PTR a, _In_ ULONG_PTR b, _Out_ ULONG_PTR *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongPtrAdd(_In_ LONG_PTR a, _In_ LONG_PTR b, _Out_ LONG_PTR *r)
{
    if (__builtin_add_overflow(a, b, r)) {
        *r = ((LONG_PTR)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongPtrSub(_In_ LONG_PTR a, _In_ LONG_PTR b, _Out_ LONG_PTR *r)
{
    if (__builtin_sub_overflow(a, b, r)) {
        *r = ((LONG_PTR)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongPtrMult(_In_ LONG_PTR a, _In_ LONG_PTR b, _Out_ LONG_PTR *r)
{
    if (__builtin_mul_overflow(a, b, r)) {
        *r = ((LONG_PTR)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongToULong(_In_ ULONGLONG v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((ULONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongToUShort(_In_ ULONGLONG v, _Out_ USHORT *r)
{
    USHORT t = (USHORT)v;
    if ((ULONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongToSizeT(_In_ ULONGLONG v, _Out_ SIZE_T *r)
{
    SIZE_T t = (SIZE_T)v;
    if ((ULONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongToUInt(_In_ ULONGLONG v, _Out_ UINT *r)
{
    UINT t = (UINT)v;
    if ((ULONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongToUShort(_In_ ULONG v, _Out_ USHORT *r)
{
    USHORT t = (USHORT)v;
    if ((ULONG)t != v || ((v < 0) != (t < 0))) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongToUChar(_In_ ULONG v, _Out_ UCHAR *r)
{
    UCHAR t = (UCHAR)v;
    if ((ULONG)t != v || ((v < 0) != (t < 0))) {
        *r = ((UCHAR)0xff);
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongToLong(_In_ ULONG v, _Out_ LONG *r)
{
    LONG t = (LONG)v;
    if ((ULONG)t != v || ((v < 0) != (t < 0))) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongToInt(_In_ ULONG v, _Out_ INT *r)
{
    INT t = (INT)v;
    if ((ULONG)t != v || ((v < 0) != (t < 0))) {
        *r = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTToULong(_In_ SIZE_T v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((SIZE_T)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTToUInt(_In_ SIZE_T v, _Out_ UINT *r)
{
    UINT t = (UINT)v;
    if ((SIZE_T)t != v || ((v < 0) != (t < 0))) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTToUShort(_In_ SIZE_T v, _Out_ USHORT *r)
{
    USHORT t = (USHORT)v;
    if ((SIZE_T)t != v || ((v < 0) != (t < 0))) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlSizeTToLong(_In_ SIZE_T v, _Out_ LONG *r)
{
    LONG t = (LONG)v;
    if ((SIZE_T)t != v || ((v < 0) != (t < 0))) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongPtrToULong(_In_ ULONG_PTR v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((ULONG_PTR)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongPtrToUInt(_In_ ULONG_PTR v, _Out_ UINT *r)
{
    UINT t = (UINT)v;
    if ((ULONG_PTR)t != v || ((v < 0) != (t < 0))) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongToULong(_In_ LONG v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((LONG)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongToUShort(_In_ LONG v, _Out_ USHORT *r)
{
    USHORT t = (USHORT)v;
    if ((LONG)t != v || ((v < 0) != (t < 0))) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongToSizeT(_In_ LONG v, _Out_ SIZE_T *r)
{
    SIZE_T t = (SIZE_T)v;
    if ((LONG)t != v || ((v < 0) != (t < 0))) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlIntToUInt(_In_ INT v, _Out_ UINT *r)
{
    UINT t = (UINT)v;
    if ((INT)t != v || ((v < 0) != (t < 0))) {
        *r = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlIntToULong(_In_ INT v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((INT)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntToUShort(_In_ UINT v, _Out_ USHORT *r)
{
    USHORT t = (USHORT)v;
    if ((UINT)t != v || ((v < 0) != (t < 0))) {
        *r = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntToLong(_In_ UINT v, _Out_ LONG *r)
{
    LONG t = (LONG)v;
    if ((UINT)t != v || ((v < 0) != (t < 0))) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlUIntToInt(_In_ UINT v, _Out_ INT *r)
{
    INT t = (INT)v;
    if ((UINT)t != v || ((v < 0) != (t < 0))) {
        *r = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongToLong(_In_ LONGLONG v, _Out_ LONG *r)
{
    LONG t = (LONG)v;
    if ((LONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongToULong(_In_ LONGLONG v, _Out_ ULONG *r)
{
    ULONG t = (ULONG)v;
    if ((LONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlLongLongToSizeT(_In_ LONGLONG v, _Out_ SIZE_T *r)
{
    SIZE_T t = (SIZE_T)v;
    if ((LONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

static __inline__ NTSTATUS RtlULongLongToLongLong(_In_ ULONGLONG v, _Out_ LONGLONG *r)
{
    LONGLONG t = (LONGLONG)v;
    if ((ULONGLONG)t != v || ((v < 0) != (t < 0))) {
        *r = ((LONGLONG)-1);
        return STATUS_INTEGER_OVERFLOW;
    }
    *r = t;
    return STATUS_SUCCESS;
}

#endif /* NDIS_TIDY_MODEL_NTINTSAFE_H */
