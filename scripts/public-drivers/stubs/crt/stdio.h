/* Stub of the C runtime's stdio.h for kernel-mode sources analysed with
   ndis-tidy's header model (which has none): declarations only. */
#pragma once
#include <stdarg.h>
#ifndef NDIS_TIDY_MODEL_SIZE_T
#define NDIS_TIDY_MODEL_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
typedef struct _iobuf FILE;
#define EOF (-1)
int printf(const char *Format, ...);
int sprintf(char *Buffer, const char *Format, ...);
int _snprintf(char *Buffer, size_t Count, const char *Format, ...);
int snprintf(char *Buffer, size_t Count, const char *Format, ...);
int vsprintf(char *Buffer, const char *Format, va_list Args);
int _vsnprintf(char *Buffer, size_t Count, const char *Format, va_list Args);
int vsnprintf(char *Buffer, size_t Count, const char *Format, va_list Args);
int _snwprintf(unsigned short *Buffer, size_t Count, const unsigned short *Format, ...);
int sscanf(const char *Buffer, const char *Format, ...);
int swprintf(__WCHAR_TYPE__ *Buffer, const __WCHAR_TYPE__ *Format, ...);
