/* A miniport in four files: its context, and the routines one file
   defines for the others. */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  NDIS_HANDLE NblPool;
  NDIS_HANDLE AdapterHandle;
} ADAPTER, *PADAPTER;

/* lock.c */
VOID AdapterLock(PADAPTER Adapter);
VOID AdapterUnlock(PADAPTER Adapter);
/* config.c */
NDIS_STATUS ReadConfiguration(PADAPTER Adapter);
/* send.c */
VOID SendComplete(PADAPTER Adapter);
/* pools.c */
VOID FreePools(PADAPTER Adapter);
