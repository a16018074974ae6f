// When only ndis-* checks run, ndis-tidy ends clang-tidy's AST-matcher walk
// after the translation unit (nothing else needs it). Any other check
// enabled beside them must still see the whole AST and report; the ndis-*
// checks report the same either way.
//
// RUN: %ndis_tidy -checks='-*,ndis-pool-use-after-free,bugprone-assignment-in-if-condition' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,OTHER
// RUN: %clang_tidy_plugin -checks='-*,ndis-pool-use-after-free,bugprone-assignment-in-if-condition' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,OTHER
// RUN: %ndis_tidy -checks='-*,ndis-*,bugprone-*' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,OTHER
// RUN: %ndis_tidy --config="{Checks: '-*,ndis-*', CheckOptions: {}}" -checks='bugprone-assignment-in-if-condition' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,OTHER
// RUN: %ndis_tidy -checks='-*,ndis-*' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,NOOTHER
// RUN: %clang_tidy_plugin -checks='-*,ndis-*' %s -- -I%inputs 2>&1 | FileCheck %s --check-prefixes=NDIS,NOOTHER

#define NDIS60_MINIPORT 1
#include "ndis.h"

static int Counter;

VOID FreeTwice(NDIS_HANDLE Pool) {
  NdisFreeNetBufferListPool(Pool);
  NdisFreeNetBufferListPool(Pool);
  // NDIS: :[[@LINE-1]]:3: warning: NdisFreeNetBufferListPool frees pool handle 'Pool' after it was freed
}

int Assigns(int X) {
  if (Counter = X)
    // OTHER: :[[@LINE-1]]:15: warning: an assignment within an 'if' condition
    // NOOTHER-NOT: assignment within
    return 1;
  return 0;
}
