/* A miniport whose halt frees its pool through two helpers, each in its
   own file: halt.c -> free.c -> nbl.c. send.c keeps an NBL of that pool. */
#define NDIS60_MINIPORT 1
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE NblPool;
  PNET_BUFFER_LIST Kept;
} ADAPTER, *PADAPTER;

MINIPORT_HALT MPHalt;
MINIPORT_SEND_NET_BUFFER_LISTS MPSend;
VOID FreeAll(PADAPTER Adapter);     /* free.c */
VOID FreeNblPool(PADAPTER Adapter); /* nbl.c */
