/*
 * stdarg.h - ndis-tidy's model of <stdarg.h> over the compiler builtins,
 * here so that the model does not depend on a compiler resource directory.
 * Not any vendor's text.
 */
#ifndef NDIS_TIDY_MODEL_STDARG_H
#define NDIS_TIDY_MODEL_STDARG_H

typedef __builtin_va_list va_list;
#define va_start(ap, param) __builtin_va_start(ap, param)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)

#endif /* NDIS_TIDY_MODEL_STDARG_H */
