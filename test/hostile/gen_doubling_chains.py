#!/usr/bin/env python3
"""Writes chains of functions in which each level calls the one below it
twice, with something a summary records at the bottom: a spin lock released
(passed in, and a global one), a lock acquired, a pool allocated, an item
stored, an item handed to NDIS, a pool freed. A summary that appended an
entry per call would double at every level (2^DEPTH entries at the top).

    gen_doubling_chains.py DEPTH > file.c
"""
import sys

depth = int(sys.argv[1])

BOTTOMS = {
    "RelParam": ("PNDIS_SPIN_LOCK L", "L", "NdisReleaseSpinLock(L);"),
    "RelGlobal": ("VOID", "", "NdisReleaseSpinLock(&GLock);"),
    "AcqGlobal": ("VOID", "", "NdisAcquireSpinLock(&GLock);"),
    "Alloc": ("NDIS_HANDLE H", "H",
              "GPool = NdisAllocateNetBufferListPool(H, &GParams);"),
    "Store": ("VOID", "",
              "GStored = NdisAllocateNetBufferList(GPool, 0, 0);"),
    "Hand": ("NDIS_HANDLE H", "H",
             "PNET_BUFFER_LIST Nbl = NdisAllocateNetBufferList(GPool, 0, 0);\n"
             "  if (Nbl) NdisMIndicateReceiveNetBufferLists(H, Nbl, 0, 1, 0);"),
    "Free": ("VOID", "", "NdisFreeNetBufferListPool(GPool);"),
}

out = ['#include "ndis.h"',
       "NDIS_SPIN_LOCK GLock;",
       "NDIS_HANDLE GPool;",
       "NET_BUFFER_LIST_POOL_PARAMETERS GParams;",
       "PNET_BUFFER_LIST GStored;"]
for name, (params, args, body) in BOTTOMS.items():
    out.append("static VOID %s0(%s) {\n  %s\n}" % (name, params, body))
    for i in range(1, depth + 1):
        out.append("static VOID %s%d(%s) { %s%d(%s); %s%d(%s); }"
                   % (name, i, params, name, i - 1, args, name, i - 1, args))
calls = []
for name, (params, args, body) in BOTTOMS.items():
    arg = {"L": "&GLock", "H": "MiniportAdapterHandle", "": ""}[args]
    calls.append("  %s%d(%s);" % (name, depth, arg))
out.append("""MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HALT_ACTION Action) {
  NdisAcquireSpinLock(&GLock);
%s
}""" % "\n".join(calls))
print("\n".join(out))
