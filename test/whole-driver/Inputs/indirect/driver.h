/* A driver's system threads, in two files: thread.c calls through the
   pointers a worker holds, then takes the worker's ERESOURCE; work.c
   fills the pointers. A call through a pointer can only reach a function
   of its type whose address the driver takes. With CORRECT defined (the
   clean test), every thread enters a critical region before it
   acquires. */
#include "ndis.h"

typedef struct _WORKER WORKER, *PWORKER;

/* A step of the work: work.c's CountStep, which enters no region. */
typedef VOID (*WORK_STEP)(PWORKER Worker);
/* Entering the worker's region: work.c's EnterWork, which enters one. */
typedef VOID (*WORK_ENTER)(PWORKER Worker, ULONG Depth);
/* A notification: one of work.c's two routines, one entering a region
   and one not. */
typedef VOID (*WORK_NOTIFY)(ULONG Code, PVOID Context);
/* A completion routine of a type no function of the driver has: the
   system's, if any. */
typedef VOID (*WORK_COMPLETE)(PWORKER Worker, NTSTATUS Status, PVOID Data);

struct _WORKER {
  ERESOURCE Resource;
  LONG Count;
  WORK_STEP Step;
  WORK_ENTER Enter;
  WORK_NOTIFY Notify;
  WORK_COMPLETE Complete;
};

/* work.c */
VOID SetupWorker(_In_ PWORKER Worker);
/* thread.c */
NTSTATUS StartWorkers(_In_ PWORKER Worker);
