/* A miniport in three files whose lock wrappers are declared here with
   SAL lock annotations, defined in lock.c; plus a raise-and-restore pair
   defined in no file of the driver (a library's). */
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_SPIN_LOCK Lock;
  NDIS_HANDLE PacketPool;
  NDIS_EVENT Event;
} ADAPTER, *PADAPTER;

/* lock.c */
_Acquires_lock_(Adapter->Lock) _IRQL_raises_(DISPATCH_LEVEL)
VOID AdapterLock(_In_ PADAPTER Adapter);
_Releases_lock_(Adapter->Lock) _IRQL_requires_(DISPATCH_LEVEL)
VOID AdapterUnlock(_In_ PADAPTER Adapter);

/* No file of the driver: a library's. */
_IRQL_raises_(DISPATCH_LEVEL)
VOID LibRaise(_Out_ _IRQL_saves_ PKIRQL OldIrql);
VOID LibLower(_In_ _IRQL_restores_ KIRQL OldIrql);
