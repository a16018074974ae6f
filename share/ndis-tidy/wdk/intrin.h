/*
 * intrin.h - ndis-tidy's model of the compiler intrinsics drivers call
 * (_BitScanForward, _mm_pause, __rdtsc, __cpuid, ...).
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented prototypes of the Microsoft C compiler's intrinsics on
 * learn.microsoft.com; it is not the compiler's header. clang knows these
 * functions as built-ins when they are declared as here; without a
 * declaration, a driver that includes <intrin.h> would get clang's own
 * intrin.h, which needs headers this model does not have.
 */
#ifndef NDIS_TIDY_MODEL_INTRIN_H
#define NDIS_TIDY_MODEL_INTRIN_H

#include "ntdef.h" /* ULONG and LONG: 32 bits, as the intrinsics take them */

#ifdef __cplusplus
extern "C" {
#endif

unsigned char _BitScanForward(ULONG *Index, ULONG Mask);
unsigned char _BitScanReverse(ULONG *Index, ULONG Mask);
unsigned char _BitScanForward64(ULONG *Index, ULONG64 Mask);
unsigned char _BitScanReverse64(ULONG *Index, ULONG64 Mask);
unsigned char _bittest(LONG const *a, LONG b);
unsigned char _bittestandset(LONG *a, LONG b);
unsigned char _bittestandreset(LONG *a, LONG b);
unsigned char _bittestandcomplement(LONG *a, LONG b);
/* __int64 as clang's built-ins spell it: int64_t, `long` on an LP64 host */
unsigned char _bittest64(__INT64_TYPE__ const *a, __INT64_TYPE__ b);
unsigned char _bittestandset64(__INT64_TYPE__ *a, __INT64_TYPE__ b);
unsigned char _bittestandreset64(__INT64_TYPE__ *a, __INT64_TYPE__ b);

unsigned int _rotl(unsigned int Value, int Shift);
unsigned int _rotr(unsigned int Value, int Shift);
__UINT64_TYPE__ _rotl64(__UINT64_TYPE__ Value, int Shift);
__UINT64_TYPE__ _rotr64(__UINT64_TYPE__ Value, int Shift);

/* As the model's wdm.h declares them. */
unsigned short __cdecl _byteswap_ushort(unsigned short Value);
unsigned long __cdecl _byteswap_ulong(unsigned long Value);
unsigned long long __cdecl _byteswap_uint64(unsigned long long Value);

unsigned short __popcnt16(unsigned short Value);
unsigned int __popcnt(unsigned int Value);
__UINT64_TYPE__ __popcnt64(__UINT64_TYPE__ Value);
unsigned short __lzcnt16(unsigned short Value);
unsigned int __lzcnt(unsigned int Value);
__UINT64_TYPE__ __lzcnt64(__UINT64_TYPE__ Value);

void __debugbreak(void);
void __nop(void);
void __halt(void);
void __fastfail(unsigned int Code);
void _mm_pause(void);
#ifndef _ReadWriteBarrier /* the model's wdm.h makes it a no-op macro */
void _ReadWriteBarrier(void);
#endif
void _ReadBarrier(void);
void _WriteBarrier(void);
void *_ReturnAddress(void);
void *_AddressOfReturnAddress(void);

ULONG64 __rdtsc(void);
ULONG64 __rdtscp(unsigned int *AUX);
void __cpuid(int CpuInfo[4], int FunctionId);
void __cpuidex(int CpuInfo[4], int FunctionId, int SubfunctionId);
__UINT64_TYPE__ _xgetbv(unsigned int Xcr);
ULONG64 __readmsr(ULONG Register);
void __writemsr(ULONG Register, ULONG64 Value);

void __stosb(unsigned char *Destination, unsigned char Data, SIZE_T Count);
void __movsb(unsigned char *Destination, unsigned char const *Source, SIZE_T Count);

#ifdef __cplusplus
}
#endif

#endif /* NDIS_TIDY_MODEL_INTRIN_H */
