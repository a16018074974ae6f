/* The worker's threads: each calls through one of the worker's pointers,
   then updates the worker under its ERESOURCE. */
#include "driver.h"

/* Runs the step through its pointer: only work.c's CountStep has its
   type, and it enters no region. */
static VOID RunStep(PWORKER Worker) {
  if (Worker->Step)
    Worker->Step(Worker);
}

/* A step through a helper, then the update: reported. */
static VOID StepThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  RunStep(Worker);
#ifdef CORRECT
  KeEnterCriticalRegion();
#endif /* CORRECT */
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
#ifdef CORRECT
  KeLeaveCriticalRegion();
#endif /* CORRECT */
  PsTerminateSystemThread(STATUS_SUCCESS);
}

/* A completion through a pointer no function of the driver can be behind,
   then the update: reported. */
static VOID CompleteThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  if (Worker->Complete)
    Worker->Complete(Worker, STATUS_SUCCESS, NULL);
#ifdef CORRECT
  KeEnterCriticalRegion();
#endif /* CORRECT */
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
#ifdef CORRECT
  KeLeaveCriticalRegion();
#endif /* CORRECT */
  PsTerminateSystemThread(STATUS_SUCCESS);
}

/* Enters the region through the pointer (work.c's EnterWork), then
   acquires: a target that changes the count loses it, and nothing is
   reported. */
static VOID EnterThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  Worker->Enter(Worker, 1);
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
  KeLeaveCriticalRegion();
  PsTerminateSystemThread(STATUS_SUCCESS);
}

/* Notifies through a pointer that may or may not enter a region: which
   one is not known, and nothing is reported. */
static VOID NotifyThread(PVOID Context) {
  PWORKER Worker = (PWORKER)Context;
  Worker->Notify(1, Worker);
  ExAcquireResourceExclusiveLite(&Worker->Resource, TRUE);
  Worker->Count++;
  ExReleaseResourceLite(&Worker->Resource);
  PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS StartWorkers(PWORKER Worker) {
  HANDLE Thread;
  NTSTATUS Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL,
                                         NULL, NULL, StepThread, Worker);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                CompleteThread, Worker);
  if (!NT_SUCCESS(Status))
    return Status;
  Status = PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                EnterThread, Worker);
  if (!NT_SUCCESS(Status))
    return Status;
  return PsCreateSystemThread(&Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                              NotifyThread, Worker);
}
