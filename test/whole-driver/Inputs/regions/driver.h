/* A driver's system thread in three files: thread.c takes an ERESOURCE
   after calling a logging function of log.c and the region wrappers of
   region.c. With CORRECT defined (the clean test), the thread enters a
   critical region, through the wrapper, before it acquires. */
#include "ndis.h"

typedef struct _WORKER {
  ERESOURCE Resource;
  LONG Count;
} WORKER, *PWORKER;

/* log.c: enters no region. */
VOID LogEvent(_In_ ULONG Code);
/* region.c: enters and leaves a critical region. */
VOID EnterRegion(VOID);
VOID LeaveRegion(VOID);
/* thread.c */
NTSTATUS StartWorker(_In_ PWORKER Worker);
