/*
 * string.h - ndis-tidy's model of the kernel-mode C runtime string
 * functions (the WDK's km/crt/string.h): standard C prototypes written from
 * the C standard and the CRT documentation; not the kit's header.
 *
 * It is here so that driver sources that include <string.h> parse without
 * a C library; it shadows the host's string.h while the model is on the
 * include path.
 */
#ifndef NDIS_TIDY_MODEL_STRING_H
#define NDIS_TIDY_MODEL_STRING_H

#ifndef NDIS_TIDY_MODEL_SIZE_T
#define NDIS_TIDY_MODEL_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef NDIS_TIDY_MODEL_WCHAR_T
#define NDIS_TIDY_MODEL_WCHAR_T
#if !defined(__cplusplus)
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif

void *memset(void *Destination, int Value, size_t Length);
void *memcpy(void *Destination, const void *Source, size_t Length);
void *memmove(void *Destination, const void *Source, size_t Length);
int memcmp(const void *Left, const void *Right, size_t Length);
void *memchr(const void *Buffer, int Character, size_t Length);
size_t strlen(const char *String);
size_t strnlen(const char *String, size_t MaxCount);
char *strcpy(char *Destination, const char *Source);
char *strncpy(char *Destination, const char *Source, size_t Count);
char *strcat(char *Destination, const char *Source);
char *strncat(char *Destination, const char *Source, size_t Count);
int strcmp(const char *Left, const char *Right);
int strncmp(const char *Left, const char *Right, size_t Count);
int _stricmp(const char *Left, const char *Right);
int _strnicmp(const char *Left, const char *Right, size_t Count);
char *strchr(const char *String, int Character);
char *strrchr(const char *String, int Character);
char *strstr(const char *String, const char *Substring);
size_t wcslen(const wchar_t *String);
size_t wcsnlen(const wchar_t *String, size_t MaxCount);
wchar_t *wcscpy(wchar_t *Destination, const wchar_t *Source);
wchar_t *wcsncpy(wchar_t *Destination, const wchar_t *Source, size_t Count);
wchar_t *wcscat(wchar_t *Destination, const wchar_t *Source);
int wcscmp(const wchar_t *Left, const wchar_t *Right);
int wcsncmp(const wchar_t *Left, const wchar_t *Right, size_t Count);
int _wcsicmp(const wchar_t *Left, const wchar_t *Right);
int _wcsnicmp(const wchar_t *Left, const wchar_t *Right, size_t Count);
wchar_t *wcschr(const wchar_t *String, wchar_t Character);
wchar_t *wcsrchr(const wchar_t *String, wchar_t Character);
wchar_t *wcsstr(const wchar_t *String, const wchar_t *Substring);

#endif /* NDIS_TIDY_MODEL_STRING_H */
