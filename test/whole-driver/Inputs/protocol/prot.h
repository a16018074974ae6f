/* An NDIS 6 protocol in seven files: driver.c registers the callbacks,
   bind.c allocates the pools, send.c and recv.c use them, unbind.c frees
   them, and log.c is reached from the receive path through parse.c. With
   CORRECT defined (the clean test) it is correct, and every fact that makes
   it so is in another file. */
#define NDIS60 1
#include "ndis.h"

typedef struct _OPEN {
  NDIS_HANDLE BindingHandle;
  NDIS_HANDLE NblPool;    /* bind.c */
  NDIS_HANDLE HeaderPool; /* NET_BUFFER pool with a DataSize: bind.c */
  NDIS_EVENT SendsDone;
  LONG PendingSends;
} OPEN, *POPEN;

extern NDIS_HANDLE ProtocolHandle;

/* bind.c */
NDIS_STATUS ProtBindAdapter(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
                            PNDIS_BIND_PARAMETERS BindParameters);
/* unbind.c */
NDIS_STATUS ProtUnbindAdapter(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext);
/* recv.c */
VOID ProtReceive(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
                 NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists,
                 ULONG ReceiveFlags);
/* send.c */
VOID ProtSendFrame(POPEN Open);
VOID ProtWaitForSends(POPEN Open);
/* parse.c */
VOID ProtParseFrame(POPEN Open, PNET_BUFFER_LIST Nbl);
/* log.c */
VOID ProtLogFrame(POPEN Open);
