//===--- PoolLeakCheck.cpp ------------------------------------------------===//
//
// Three forms:
//  - a field or global pool no function of the translation unit frees;
//  - a pool a setup callback allocates (MINIPORT_INITIALIZE,
//    PROTOCOL_BIND_ADAPTER_EX, FILTER_ATTACH, DriverEntry) that the
//    teardown callbacks undoing it (rules: undone-by) do not free;
//  - a pool lost at a return: a local at any return, a field at an error
//    return of a setup callback (NDIS calls no teardown after a failed
//    setup).
//
//===----------------------------------------------------------------------===//

#include "PoolLeakCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void PoolLeakCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);

  for (const LeakFinding &L : A.Leaks) {
    const PoolSite &P = *L.Pool;
    if (L.NeverFreed) {
      // With the other files' summaries, "never" is decided driver-wide.
      diag(P.Call->getBeginLoc(),
           "%0 pool '%1' allocated here is never freed: no function in "
           "%select{this translation unit|the driver's files}2 frees it")
          << objKindCName(P.Kind) << P.display(Ctx)
          << (A.Imports && !A.Imports->units().empty() ? 1 : 0);
      continue;
    }
    const RoleEvidence *SetupRole = L.Setup->firstRole();
    const RoleEvidence *TeardownRole = L.Teardown->firstRole();
    diag(P.Call->getBeginLoc(),
         "%0 pool '%1' allocated during '%2' (%3) is not freed by '%4' (%5)")
        << objKindCName(P.Kind) << P.display(Ctx) << L.Setup->Fn->getName()
        << (SetupRole ? SetupRole->Role->Name : "")
        << L.Teardown->Fn->getName()
        << (TeardownRole ? TeardownRole->Role->Name : "");
    chainNotes(L.SetupChain, Ctx);
    diag(L.Teardown->Fn->getLocation(),
         "'%0' is the teardown callback that undoes '%1'; it should free "
         "'%2'",
         DiagnosticIDs::Note)
        << L.Teardown->Fn->getName() << L.Setup->Fn->getName() << P.display(Ctx);
  }

  for (const FlowEvent &E : A.Events) {
    if (E.K != FlowEvent::ReturnLeak || !E.Related.ddi())
      continue;
    const CallExpr *Alloc = E.Related.ddi();
    diag(Alloc->getBeginLoc(),
         "pool '%0' allocated here leaks when '%1' returns without freeing it")
        << E.Display << E.Fn->getName();
    diag(E.ReturnLoc,
         "'%0' returns %select{here|an error here}1 with '%2' still allocated",
         DiagnosticIDs::Note)
        << E.Fn->getName() << (E.ErrorReturn ? 1 : 0) << E.Display;
  }
}

} // namespace ndis
