//===--- UncheckedPoolAllocationCheck.cpp ---------------------------------===//
//
// From HandleFlow: an allocate-item on a pool handle that may still be the
// NULL the allocation returns on failure: no `if (!Pool)` and no status
// check lies on some path between the allocation and the use.
//
//===----------------------------------------------------------------------===//

#include "UncheckedPoolAllocationCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void UncheckedPoolAllocationCheck::check(
    const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const FlowEvent &E : A.Events) {
    if (E.K != FlowEvent::UncheckedUse || !E.At.first().local() ||
        !E.Related.ddi())
      continue;
    const CallExpr *Alloc = E.Related.ddi();
    const DdiRule *R = ddiRuleFor(Alloc, *rules(), Ctx);
    const Effect *Eff = R ? R->find(EffectKind::AllocatePool) : nullptr;
    if (Eff && Eff->NeverFails)
      continue; // nothing to check: it cannot fail
    bool ByStatus = Eff && Eff->StatusOut >= 0;
    diag(Alloc->getBeginLoc(),
         "%0 can fail, leaving '%1' NULL, but the handle is used without "
         "%select{a NULL check|checking the returned status}2")
        << callName(Alloc, *rules(), Ctx) << E.Display << (ByStatus ? 1 : 0);
    diag(E.At.first().local()->getBeginLoc(),
         "'%0' is used here by %1 before any check", DiagnosticIDs::Note)
        << E.Display << callName(E.At.first(), *rules(), Ctx);
  }
}

} // namespace ndis
