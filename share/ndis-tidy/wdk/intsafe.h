/*
 * intsafe.h - ndis-tidy's model of the integer-limit and HRESULT part of
 * intsafe.h that kernel drivers include next to ntintsafe.h.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk); it is not
 * the SDK header. The overflow-checked routines drivers call in kernel
 * mode are the Rtl forms of ntintsafe.h; the HRESULT forms (ULongAdd, ...)
 * are not modelled.
 */
#ifndef NDIS_TIDY_MODEL_INTSAFE_H
#define NDIS_TIDY_MODEL_INTSAFE_H

#include "ntdef.h"
#include "stdint.h"
#include "limits.h"

#ifndef _HRESULT_DEFINED
#define _HRESULT_DEFINED
typedef LONG HRESULT;
#endif
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#endif

#ifndef INTSAFE_E_ARITHMETIC_OVERFLOW
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#endif
#define SIZE_T_MAX ((SIZE_T)-1)
#define SSIZE_T_MAX ((SSIZE_T)(SIZE_T_MAX >> 1))
#define DWORD_MAX 0xffffffffUL
#define BYTE_MAX 0xff
#define WORD_MAX 0xffff
#define ULONGLONG_MAX 0xffffffffffffffffULL

#endif /* NDIS_TIDY_MODEL_INTSAFE_H */
