/* The worker's routines, stored into its pointers. */
#include "driver.h"

static VOID CountStep(PWORKER Worker) {
  InterlockedIncrement(&Worker->Count);
}

static VOID EnterWork(PWORKER Worker, ULONG Depth) {
  UNREFERENCED_PARAMETER(Worker);
  UNREFERENCED_PARAMETER(Depth);
  KeEnterCriticalRegion();
}

static VOID NotifyQuietly(ULONG Code, PVOID Context) {
  UNREFERENCED_PARAMETER(Code);
  UNREFERENCED_PARAMETER(Context);
}

static VOID NotifyInRegion(ULONG Code, PVOID Context) {
  UNREFERENCED_PARAMETER(Code);
  UNREFERENCED_PARAMETER(Context);
  KeEnterCriticalRegion();
}

VOID SetupWorker(PWORKER Worker) {
  Worker->Step = CountStep;
  Worker->Enter = EnterWork;
  Worker->Notify = (Worker->Count & 1) ? NotifyInRegion : NotifyQuietly;
  Worker->Complete = NULL;
}
