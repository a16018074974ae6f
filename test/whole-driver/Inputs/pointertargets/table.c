/* Stores two of work.c's routines in a table: a call through the table's
   pointers may reach either. Quiet enters no critical region, Guarded
   enters one: once this file has read work.c's summary, its own lists
   only Guarded among the targets of that type (a caller counts the
   regions past the others). */
#include "ndis.h"

typedef VOID (*WORKER)(PVOID Context);

VOID Quiet(PVOID Context);
VOID Guarded(PVOID Context);

WORKER Workers[2];

VOID SetUpWorkers(VOID) {
  Workers[0] = Quiet;
  Workers[1] = Guarded;
}
