/* A miniport in five files. driver.c registers the callbacks that
   adapter.c and datapath.c define; adapter.c allocates the pools that
   datapath.c takes items from and halt.c frees. With CORRECT defined (the
   clean test) it is correct, and every fact that makes it so is in another
   file. */
#define NDIS620_MINIPORT 1
#define NDIS620 1
#include "ndis.h"

typedef struct _MP_ADAPTER {
  NDIS_HANDLE AdapterHandle;
  NDIS_HANDLE NblPool;    /* NET_BUFFER_LIST pool: adapter.c */
  NDIS_HANDLE NbPool;     /* NET_BUFFER pool: adapter.c */
#ifndef CORRECT
  NDIS_HANDLE HeaderPool; /* never freed anywhere */
#else /* CORRECT */
  NDIS_HANDLE HeaderPool; /* freed in halt.c */
  LONG DpcCount;
#endif /* CORRECT */
  PNET_BUFFER_LIST KeptNbl;
  NDIS_HANDLE RingMemory; /* shared memory: adapter.c */
  NDIS_EVENT SendsDone;
  KDPC Dpc;
} MP_ADAPTER, *PMP_ADAPTER;

extern NDIS_HANDLE DriverHandle;

/* adapter.c */
NDIS_STATUS MPInitializeEx(NDIS_HANDLE MiniportAdapterHandle,
                           NDIS_HANDLE MiniportDriverContext,
                           PNDIS_MINIPORT_INIT_PARAMETERS InitParameters);
/* halt.c */
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);
VOID MPWaitForSends(PMP_ADAPTER Adapter);
/* datapath.c */
VOID MPSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext,
                          PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                          ULONG SendFlags);
VOID MPDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2);
VOID MPLogState(PMP_ADAPTER Adapter);
#ifdef CORRECT
VOID MPFreeKeptNbls(PMP_ADAPTER Adapter);
/* halt.c: safe at DISPATCH_LEVEL */
VOID MPCountDpc(PMP_ADAPTER Adapter);
#endif /* CORRECT */
