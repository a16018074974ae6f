/* A miniport whose receive pool is allocated two files away from the
   callback that asks for it: MPInitializeEx (init.c) passes
   &Adapter->RecvPool to SetupRecv (setup.c), which passes its
   out-parameter on to AllocRecv (alloc.c), which allocates the pool into
   it and keeps an NBL from it in each receive block; AllocSpare
   (alloc.c) hands back a NET_BUFFER_LIST pool the same way. MPHaltEx
   (halt.c) frees the pools; with CORRECT defined it frees the kept NBLs
   first, and the spare pool as the kind it is. */
#include "ndis.h"

#define MP_RCBS 8

typedef struct _MP_RCB {
  LIST_ENTRY Link;
  PNET_BUFFER_LIST Nbl;
} MP_RCB, *PMP_RCB;

typedef struct _MP_ADAPTER {
  NDIS_HANDLE Handle;
  NDIS_HANDLE RecvPool;
  NDIS_HANDLE SparePool;
  MP_RCB Rcbs[MP_RCBS];
} MP_ADAPTER, *PMP_ADAPTER;

/* alloc.c */
NDIS_STATUS AllocRecv(_In_ PMP_ADAPTER A, _Out_ PNDIS_HANDLE PoolOut);
NDIS_STATUS AllocSpare(_In_ NDIS_HANDLE Owner, _Out_ PNDIS_HANDLE PoolOut);
/* setup.c */
NDIS_STATUS SetupRecv(_In_ PMP_ADAPTER A, _Out_ PNDIS_HANDLE PoolOut);
