/* A miniport whose pools come from a helper in another file that returns
   them: create.c allocates, init.c stores, send.c and halt.c use. */
#define NDIS620_MINIPORT 1
#include "ndis.h"

typedef struct _ADAPTER {
  NDIS_HANDLE NblPool;
  NDIS_HANDLE Forgotten;
  PMDL Mdl;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE MPInitialize;
MINIPORT_HALT MPHalt;
NDIS_HANDLE CreateNblPool(NDIS_HANDLE Handle); /* create.c */
