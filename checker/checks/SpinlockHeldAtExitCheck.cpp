//===--- SpinlockHeldAtExitCheck.cpp --------------------------------------===//
//
// From LockIrqlFlow: the locks held and the IRQL on each edge into a
// function's exit, kept when nothing undoes them after the return (see the
// tree in LockIrqlFlow.h). The warning is at the return, or at the closing
// brace when the function falls off its end; the notes show where the lock
// was taken (through each call, when a lock helper took it) or the IRQL
// raised.
//
//===----------------------------------------------------------------------===//

#include "SpinlockHeldAtExitCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void SpinlockHeldAtExitCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const LockIrqlEvent &E : A.LockEvents) {
    if (E.K != LockIrqlEvent::HeldAtExit && E.K != LockIrqlEvent::RaisedAtExit)
      continue;
    const FunctionInfo *F = A.Model.info(E.Fn);
    const RoleEvidence *Role = F ? F->firstRole() : nullptr;
    StringRef RoleName = Role ? StringRef(Role->Role->Name) : StringRef();
    if (E.K == LockIrqlEvent::HeldAtExit) {
      diag(E.Exit, "'%0' returns with spin lock '%1' still held; "
                   "%select{NDIS calls it as %3 and does not release the "
                   "lock|none of its callers releases the lock}2")
          << E.Fn->getName() << E.Lock.Display << (Role ? 0 : 1) << RoleName;
      acquisitionNotes(E.Lock, Ctx);
      continue;
    }
    const IrqlSource &S = E.Source;
    diag(E.Exit, "'%0' returns with the IRQL still raised to %1 by %2; "
                 "%select{NDIS calls it as %4 and does not lower the "
                 "IRQL|none of its callers lowers the IRQL}3")
        << E.Fn->getName() << irqlName(S.Level) << S.Text << (Role ? 0 : 1)
        << RoleName;
    if (S.Inner.size() > 1)
      chainNotes(ChainedSite{S.Inner}, Ctx);
    CallRef Raise = S.Inner.empty() ? CallRef() : S.Inner.back();
    diag(Raise ? locOf(Raise, Ctx) : S.Loc,
         "the IRQL is raised to %0 here by %1", DiagnosticIDs::Note)
        << irqlName(S.Level) << S.Text;
  }
}

} // namespace ndis
