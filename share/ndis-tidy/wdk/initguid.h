/*
 * initguid.h - ndis-tidy's model: include before a header that uses
 * DEFINE_GUID to define the GUIDs instead of declaring them (documented
 * behaviour of the SDK header of that name; this is not its text).
 */
#define INITGUID
#include "guiddef.h"
