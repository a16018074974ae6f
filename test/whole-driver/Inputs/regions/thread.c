/* The worker thread: it logs, then updates the worker under its
   ERESOURCE. */
#include "driver.h"

static VOID WorkerThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  LogEvent(1);
#ifdef CORRECT
  EnterRegion();
#endif /* CORRECT */
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
#ifdef CORRECT
  LeaveRegion();
#endif /* CORRECT */
  PsTerminateSystemThread(STATUS_SUCCESS);
}

/* Its twin enters the region first, through the wrapper: never reported. */
static VOID RegionThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  EnterRegion();
  LogEvent(2);
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
  LeaveRegion();
  PsTerminateSystemThread(STATUS_SUCCESS);
}

/* It enters the region through log.c's helpers, which call each other:
   never reported (leaving it is not counted either). */
static VOID FlushThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  LogDrain();
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
  PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS StartWorker(PWORKER Worker) {
  HANDLE Thread;
  NTSTATUS Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL,
                                         NULL, NULL, WorkerThread, Worker);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                RegionThread, Worker);
  if (!NT_SUCCESS(Status))
    return Status;
  return PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                              FlushThread, Worker);
}
