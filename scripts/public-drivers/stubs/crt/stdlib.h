/* Stub of the C runtime's stdlib.h for kernel-mode sources analysed with
   ndis-tidy's header model (which has none): declarations only. */
#pragma once
#ifndef NDIS_TIDY_MODEL_SIZE_T
#define NDIS_TIDY_MODEL_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
int abs(int Value);
long labs(long Value);
int atoi(const char *String);
long atol(const char *String);
long strtol(const char *String, char **End, int Base);
unsigned long strtoul(const char *String, char **End, int Base);
void qsort(void *Base, size_t Count, size_t Size, int (*Compare)(const void *, const void *));
#ifndef _countof
#define _countof(Array) (sizeof(Array) / sizeof((Array)[0]))
#endif
#define __min(a, b) (((a) < (b)) ? (a) : (b))
#define __max(a, b) (((a) > (b)) ? (a) : (b))
