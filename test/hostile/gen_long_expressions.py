#!/usr/bin/env python3
"""Writes functions that each hold one very long expression: `X = X + G()
+ ... + G()` with TERMS terms, the same with `&&`, `||` and `,`, as an `if`
condition and as an initializer; then a chain of labels, one of `else if`
and one of `->Next` as long as clang's own parser takes (it recurses on
those). clang accepts every one; walks that recursed into each operand
overflowed the stack.

Each expression is in two functions: one holding a spin lock around it,
with a wait after it under the lock (ndis-irql reports the wait), and one
that frees a pool twice around it (ndis-pool-use-after-free reports the
second free). So the test sees both flows get through, and the one
warning per function says each was analysed to its end.

    gen_long_expressions.py TERMS > file.c
"""
import sys

terms = int(sys.argv[1])
# Statements clang's parser recurses on (labels, else-if, nested member
# accesses) overflow clang itself well before TERMS; these stay under it.
chain = 2000


def many(op, first="X"):
    return first + (" %s G()" % op) * terms


EXPRESSIONS = {
    "Plus": "X = %s;" % many("+"),
    "And": "X = %s;" % many("&&"),
    "Or": "X = %s;" % many("||"),
    "Comma": "X = (%s);" % many(","),
    "IfPlus": "if (%s) X = 1;" % many("+"),
    "IfComma": "if ((%s)) X = 1;" % many(","),
    "Init": "{ LONG Y = %s; X = Y; }" % many("+"),
    "Labels": "".join("L%d: " % i for i in range(chain)) + "X = G();",
    "ElseIf": " else ".join("if (G() == %d) X = G();" % i for i in range(chain)),
    "Next": "X = Head%s->Value;" % ("->Next" * chain),
}

out = ['#include "ndis.h"',
       "typedef struct _NODE { struct _NODE *Next; LONG Value; } NODE;",
       "NDIS_SPIN_LOCK GLock;",
       "NDIS_EVENT GEvent;",
       "NODE *Head;",
       "LONG G(void);"]
for name, expr in EXPRESSIONS.items():
    out.append("""
VOID Locked%s(VOID) {
  LONG X = 0;
  NdisAcquireSpinLock(&GLock);
  %s
  NdisWaitEvent(&GEvent, (ULONG)X);
  NdisReleaseSpinLock(&GLock);
}
VOID Pool%s(NDIS_HANDLE H) {
  LONG X = 0;
  NDIS_HANDLE Pool = NdisAllocateNetBufferListPool(H, 0);
  if (!Pool)
    return;
  NdisFreeNetBufferListPool(Pool);
  %s
  if (X)
    NdisFreeNetBufferListPool(Pool);
}""" % (name, expr, name, expr))
out.append("""
MINIPORT_HALT MPHaltEx;
VOID MPHaltEx(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION Action) {""")
for name in EXPRESSIONS:
    out.append("  Locked%s();\n  Pool%s(MiniportAdapterContext);" % (name, name))
out.append("}")
print("\n".join(out))
