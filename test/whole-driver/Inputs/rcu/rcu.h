/* A read side entered by raising the IRQL, with an abstract lock the
   annotations name and no body shows (as wireguard-nt's RCU read lock). */
#include "ndis.h"

extern int ReadSideToken;

typedef struct _ITEM {
  BOOLEAN Closed;
  LONG Flag;
} ITEM, *PITEM;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(ReadSideToken)
KIRQL EnterReadSide(VOID);

_IRQL_requires_max_(DISPATCH_LEVEL)
_Releases_lock_(ReadSideToken)
VOID LeaveReadSide(_In_ _IRQL_restores_ KIRQL OldIrql);

LONG LookupFlag(PITEM Item);
