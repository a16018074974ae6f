/* The driver's own region wrappers. */
#include "driver.h"

VOID EnterRegion(VOID) { KeEnterCriticalRegion(); }

VOID LeaveRegion(VOID) { KeLeaveCriticalRegion(); }
