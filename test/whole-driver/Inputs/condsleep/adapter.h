/* A helper that sleeps only when asked to (ReactOS dc21x4's
   MediaSelectMiiPort and its ResetPhy), called from a timer at
   DISPATCH_LEVEL in another file. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_MINIPORT_TIMER Timer;
  ULONG Port;
} ADAPTER, *PADAPTER;

VOID SelectPort(PADAPTER Adapter, BOOLEAN Reset);
VOID SelectPortVia(PADAPTER Adapter, BOOLEAN Reset);
