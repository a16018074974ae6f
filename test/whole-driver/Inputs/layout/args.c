/* Calls into another file with a handle, a port, a length and a cookie:
   the summary keys only the arguments that may hold a pointer (a callee's
   "%N" keys stand for pools, items and locks, which a number narrower
   than a pointer cannot be). */
#include "ndis.h"

typedef struct _PORT {
  NDIS_HANDLE Pool;
  USHORT Port;
  ULONG Length;
  ULONG_PTR Cookie;
} PORT, *PPORT;

VOID SendOn(NDIS_HANDLE Pool, USHORT Port, ULONG Length, ULONG_PTR Cookie);

VOID Send(PPORT P, ULONG Flags) {
  SendOn(P->Pool, P->Port, P->Length, P->Cookie);
  SendOn(P->Pool, (USHORT)Flags, Flags, 0);
}
