/*
 * minwindef.h - ndis-tidy's model of the basic Windows types that user
 * and kernel mode share (BOOL, DWORD, LPVOID, MAX_PATH, ...), which the
 * model's ntdef.h already mostly declares.
 *
 * Part of ndis-tidy's compact WDK model (share/ndis-tidy/wdk), written from
 * the documented Windows data types; it is not the SDK header.
 */
#ifndef NDIS_TIDY_MODEL_MINWINDEF_H
#define NDIS_TIDY_MODEL_MINWINDEF_H

#include "ntdef.h"

#ifndef MAX_PATH
#define MAX_PATH 260
#endif
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef DWORD *LPDWORD;
typedef WORD *LPWORD;
typedef BOOL *LPBOOL;

#endif /* NDIS_TIDY_MODEL_MINWINDEF_H */
