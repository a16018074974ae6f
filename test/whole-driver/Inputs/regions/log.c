/* A logging function: nothing of regions, locks or the IRQL. And helpers
   that call each other, one of them entering the driver's region
   (region.c): this file counts no regions, so its callers in other files
   cannot count past LogFlush or LogDrain, however the helpers' cycle is
   met. */
#include "driver.h"

static LONG EventCount;

VOID LogEvent(ULONG Code) {
  UNREFERENCED_PARAMETER(Code);
  InterlockedIncrement(&EventCount);
}

static VOID LogReset(ULONG Depth);
static VOID FlushDepth(ULONG Depth) { LogReset(Depth); }
static VOID FlushEnter(VOID) { EnterRegion(); }

VOID LogFlush(VOID) { LogReset(1); }

static VOID LogReset(ULONG Depth) {
  if (Depth)
    FlushDepth(Depth - 1);
  FlushEnter();
}

VOID LogDrain(VOID) { FlushDepth(1); }
