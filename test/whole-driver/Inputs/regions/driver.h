/* A driver's system thread in three files: thread.c takes an ERESOURCE
   after calling a logging function of log.c and the region wrappers of
   region.c. With CORRECT defined (the clean test), the thread enters a
   critical region, through the wrapper, before it acquires. */
#include "ndis.h"

typedef struct _WORKER {
  ERESOURCE Resource;
  LONG Count;
} WORKER, *PWORKER;

/* log.c: LogEvent enters no region; LogFlush and LogDrain enter one,
   through its helpers and region.c's wrapper. */
VOID LogEvent(_In_ ULONG Code);
VOID LogFlush(VOID);
VOID LogDrain(VOID);
/* region.c: enters and leaves a critical region. */
VOID EnterRegion(VOID);
VOID LeaveRegion(VOID);
/* thread.c */
NTSTATUS StartWorker(_In_ PWORKER Worker);
