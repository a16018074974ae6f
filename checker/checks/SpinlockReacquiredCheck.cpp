//===--- SpinlockReacquiredCheck.cpp --------------------------------------===//
//
// From LockIrqlFlow: a call that acquires a spin lock (or is declared
// _Requires_lock_not_held_ on it) where that very lock is held on every
// path: the same address from the same unchanged variable, through the
// calls from where it was taken (LockIdentity.h). The warning is at the
// call; the notes show where the lock was taken, or the annotation that
// says it is held on entry, and each call on the way.
//
//===----------------------------------------------------------------------===//

#include "SpinlockReacquiredCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void SpinlockReacquiredCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const LockIrqlEvent &E : A.LockEvents) {
    if (E.K != LockIrqlEvent::Reacquired)
      continue;
    std::string Callee = callName(E.At, *rules(), Ctx);
    if (E.NotHeld.empty())
      diag(E.At->getBeginLoc(),
           "%0 acquires spin lock '%1', which is already held here; spin "
           "locks are not recursive, so the processor deadlocks")
          << Callee << E.Lock.Display;
    else
      diag(E.At->getBeginLoc(),
           "'%0' is called while spin lock '%1' is held, but it is declared "
           "%2; spin locks are not recursive, so the processor deadlocks")
          << Callee << E.Lock.Display << E.NotHeld;
    heldLockNotes(E.Lock, E.At, Ctx);
  }
}

} // namespace ndis
