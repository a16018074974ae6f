//===--- PoolFreeUnderSpinlockCheck.cpp -----------------------------------===//
//
// From LockIrqlFlow: the must-held lock set at the call. A lock taken in a
// caller reaches a helper through the callers' common lock set, so the
// warning is at the free in the helper, with notes at the acquisition and
// at each call on the way.
//
//===----------------------------------------------------------------------===//

#include "PoolFreeUnderSpinlockCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void PoolFreeUnderSpinlockCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const LockIrqlEvent &E : A.LockEvents) {
    if (E.K != LockIrqlEvent::FreeUnderLock)
      continue;
    diag(E.At->getBeginLoc(),
         "%0 is called while spin lock '%1' is held; the driver must release "
         "every spin lock before freeing the pool")
        << E.Rule->Name << E.Lock.Display;
    heldLockNotes(E.Lock, E.At, Ctx);
  }
}

} // namespace ndis
