/* A logging function: nothing of regions, locks or the IRQL. */
#include "driver.h"

static LONG EventCount;

VOID LogEvent(ULONG Code) {
  UNREFERENCED_PARAMETER(Code);
  InterlockedIncrement(&EventCount);
}
