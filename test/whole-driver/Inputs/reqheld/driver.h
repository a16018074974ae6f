/* A miniport in two files: DrainLocked, declared here with
   _Requires_lock_held_ on the adapter's lock and defined in drain.c, calls
   FreePools, defined in pools.c. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
} ADAPTER, *PADAPTER;

/* drain.c */
_Requires_lock_held_(Adapter->Lock)
VOID DrainLocked(_In_ PADAPTER Adapter);

/* pools.c */
VOID FreePools(_In_ PADAPTER Adapter);
