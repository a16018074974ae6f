/*
 * stddef.h - ndis-tidy's model of <stddef.h> (C standard definitions),
 * here so that the model does not depend on a compiler resource directory
 * (a standalone ndis-tidy binary may not find clang's). Not any vendor's
 * text.
 */
#ifndef NDIS_TIDY_MODEL_STDDEF_H
#define NDIS_TIDY_MODEL_STDDEF_H

#ifndef NDIS_TIDY_MODEL_SIZE_T
#define NDIS_TIDY_MODEL_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#ifndef NDIS_TIDY_MODEL_WCHAR_T
#define NDIS_TIDY_MODEL_WCHAR_T
#if !defined(__cplusplus)
typedef __WCHAR_TYPE__ wchar_t;
#endif
#endif
typedef long double max_align_t;
#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif

#endif /* NDIS_TIDY_MODEL_STDDEF_H */
