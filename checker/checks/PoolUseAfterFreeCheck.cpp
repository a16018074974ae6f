//===--- PoolUseAfterFreeCheck.cpp ----------------------------------------===//
//
// From HandleFlow: a free-pool or allocate-item on a handle whose state is
// exactly {Freed} (freed on every path here, and not reassigned).
// From Lifecycle (findDanglingFrees): a teardown's free of a handle that a
// setup callback's helper freed on its error path without clearing it,
// the failure ignored.
//
//===----------------------------------------------------------------------===//

#include "PoolUseAfterFreeCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void PoolUseAfterFreeCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const FlowEvent &E : A.Events) {
    if (E.K == FlowEvent::DanglingFree && E.At.first().local() &&
        E.Related.last()) {
      reportDangling(E, Ctx);
      continue;
    }
    if (E.K != FlowEvent::UseAfterFree || !E.At.first().local() ||
        !E.Related.last())
      continue;
    const CallExpr *At = E.At.first().local();
    const DdiRule *R = ruleOf(E.At.last(), Ctx);
    bool Frees = R && R->find(EffectKind::FreePool);
    diag(At->getBeginLoc(),
         "%0 %select{allocates from|frees}1 pool handle '%2' after it was "
         "freed; the handle is invalid after the free")
        << callName(At, *rules(), Ctx) << (Frees ? 1 : 0) << E.Display;
    chainNotes(E.At, Ctx);
    CallRef Prior = E.Related.first();
    diag(locOf(Prior, Ctx), "'%0' is freed here by %1", DiagnosticIDs::Note)
        << E.Display << callName(Prior, *rules(), Ctx);
    chainNotes(E.Related, Ctx, 1);
  }
}

void PoolUseAfterFreeCheck::reportDangling(const FlowEvent &E,
                                           ASTContext &Ctx) {
  const CallExpr *At = E.At.first().local();
  diag(At->getBeginLoc(),
       "%0 frees pool handle '%1', which may already be freed: '%2' ignores "
       "the failure of a call that frees it without clearing it")
      << callName(At, *rules(), Ctx) << E.Display
      << (E.Setup ? E.Setup->getName() : llvm::StringRef(E.SetupName));
  chainNotes(E.At, Ctx);
  // From the setup callback down to the first free.
  chainNotes(E.Related, Ctx);
  CallRef First = E.Related.last();
  diag(locOf(First, Ctx),
       "'%0' is freed here by %1 on an error path, and the handle is not "
       "set to NULL",
       DiagnosticIDs::Note)
      << E.Display << callName(First, *rules(), Ctx);
}

} // namespace ndis
