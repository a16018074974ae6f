/* The routines table.c stores: one enters a critical region and leaves
   it entered, one does nothing of the kind. */
#include "ndis.h"

LONG Count;

VOID Quiet(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  Count++;
}

VOID Guarded(PVOID Context) {
  UNREFERENCED_PARAMETER(Context);
  KeEnterCriticalRegion();
}
