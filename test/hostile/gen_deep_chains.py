#!/usr/bin/env python3
"""Writes call chains DEPTH deep, each ending at a DDI its caller's state
forbids:

- Sleep*: a callback takes a spin lock and calls Sleep<DEPTH>, which calls
  NdisMSleep (PASSIVE_LEVEL only) and then Sleep<DEPTH-1>, down to Sleep0;
- FreePkt*: the same with NdisFreePacketPool (no spin lock may be held),
  each level freeing a pool of its own;
- Lock*: a lock helper DEPTH calls deep takes the lock; the callback then
  waits under it;
- Free*: a pool freed twice, each time through a helper DEPTH calls deep.

Each chain is one finding, reported once at its deepest DDI call, and its
notes are capped however deep it goes.

    gen_deep_chains.py DEPTH > file.c
"""
import sys

depth = int(sys.argv[1])
out = ['#include "ndis.h"',
       "NDIS_SPIN_LOCK GLock;",
       "NDIS_HANDLE GPool;",
       "NDIS_EVENT GEvent;"]


def chain(name, bottom, each="", params="VOID", args=""):
    out.append("static VOID %s0(%s) { %s }" % (name, params, bottom.replace("%d", "0")))
    for i in range(1, depth + 1):
        out.append("static VOID %s%d(%s) { %s%s%d(%s); }"
                   % (name, i, params, each.replace("%d", str(i)), name, i - 1, args))


out.append("NDIS_HANDLE GPktPools[%d];" % (depth + 1))
chain("Sleep", "NdisMSleep(1);", each="NdisMSleep(1); ")
chain("FreePkt", "NdisFreePacketPool(GPktPools[%d]);",
      each="NdisFreePacketPool(GPktPools[%d]); ")
chain("Lock", "NdisAcquireSpinLock(&GLock);")
chain("Free", "NdisFreeNetBufferListPool(P);", params="NDIS_HANDLE P", args="P")
out.append("""
MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {
  NDIS_HANDLE Pool = NdisAllocateNetBufferListPool(MiniportAdapterContext, 0);
  NdisAcquireSpinLock(&GLock);
  Sleep%(d)d();
  FreePkt%(d)d();
  NdisReleaseSpinLock(&GLock);
  Lock%(d)d();
  NdisWaitEvent(&GEvent, 0);
  NdisReleaseSpinLock(&GLock);
  if (!Pool)
    return;
  Free%(d)d(Pool);
  Free%(d)d(Pool);
}""" % {"d": depth})
print("\n".join(out))
