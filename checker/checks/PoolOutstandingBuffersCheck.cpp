//===--- PoolOutstandingBuffersCheck.cpp ----------------------------------===//
//
// Two forms, both from the engine:
//  - in one function (HandleFlow): the pool is freed while an item from it
//    is owned on some path or was handed to NDIS and not waited for;
//  - across callbacks (Lifecycle): a teardown callback frees a context
//    pool while other callbacks let its items go to NDIS or into storage,
//    and nothing on the teardown path frees or waits for them; items the
//    driver keeps in a slot (a field, an array, a ring) must be freed from
//    that slot before the pool.
//
//===----------------------------------------------------------------------===//

#include "PoolOutstandingBuffersCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void PoolOutstandingBuffersCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);

  for (const FlowEvent &E : A.Events) {
    if (E.K != FlowEvent::OutstandingAtFree || !E.At.first().local() ||
        !E.Related.last())
      continue;
    const CallExpr *At = E.At.first().local();
    diag(At->getBeginLoc(),
         "%0 frees pool '%1' while the %2 '%3' allocated from it may still "
         "be outstanding")
        << callName(At, *rules(), Ctx) << E.Display << objKindCName(E.Kind)
        << E.ItemDisplay;
    chainNotes(E.At, Ctx);
    if (E.At.Calls.size() > 1)
      diag(locOf(E.At.last(), Ctx), "the pool is freed here by %0",
           DiagnosticIDs::Note)
          << callName(E.At.last(), *rules(), Ctx);
    diag(locOf(E.Related.last(), Ctx),
         "'%0' is allocated from the pool here by %1", DiagnosticIDs::Note)
        << E.ItemDisplay << callName(E.Related.last(), *rules(), Ctx);
    if (E.Handed)
      diag(E.Handed->getBeginLoc(),
           "'%0' is handed to NDIS here by %1 and may not have been returned "
           "when the pool is freed",
           DiagnosticIDs::Note)
          << E.ItemDisplay << E.HandedBy;
    else if (E.Stored && E.Stored == E.Related.last().local())
      diag(At->getBeginLoc(),
           "the driver keeps '%0' there, and nothing frees the items kept "
           "there before the pool is freed",
           DiagnosticIDs::Note)
          << E.ItemDisplay;
    else if (E.Stored)
      diag(E.Stored->getBeginLoc(),
           "'%0' is %1 here, and nothing frees the items kept there before "
           "the pool is freed",
           DiagnosticIDs::Note)
          << E.ItemDisplay << E.StoredHow;
    else
      diag(At->getBeginLoc(),
           "on some path to this free, '%0' is neither freed nor handed on",
           DiagnosticIDs::Note)
          << E.ItemDisplay;
  }

  for (const TeardownFinding &F : A.Teardown) {
    CallRef Free = F.Free.last();
    const RoleEvidence *Role = F.Teardown->firstRole();
    diag(locOf(Free, Ctx),
         "%0 frees pool '%1' during teardown while %2s allocated from it by "
         "other callbacks may still be outstanding")
        << callName(Free, *rules(), Ctx) << F.PoolDisplay
        << objKindCName(F.Item.Kind);
    if (Role)
      diag(Role->Loc, "'%0' is a teardown callback (%1)", DiagnosticIDs::Note)
          << F.Teardown->Fn->getName() << Role->Role->Name;
    chainNotes(F.Free, Ctx);
    chainNotes(F.Item.Alloc, Ctx); // (through the helpers that allocate it)
    diag(locOf(F.Item.Alloc.last(), Ctx),
         "a %0 is allocated from the pool here by %1, in '%2'",
         DiagnosticIDs::Note)
        << objKindCName(F.Item.Kind)
        << callName(F.Item.Alloc.last(), *rules(), Ctx) << F.ItemFnName;
    if (F.Item.EscapeSite)
      diag(F.Item.EscapeSite->getBeginLoc(), "and %0 here",
           DiagnosticIDs::Note)
          << F.Item.EscapeHow;
    else if (F.Item.EscapeElsewhere)
      diag(locOf(F.Item.EscapeElsewhere, Ctx), "and %0 here",
           DiagnosticIDs::Note)
          << F.Item.EscapeHow;
    diag(F.Teardown->Fn->getLocation(),
         "nothing on the teardown path of '%0' frees such %1s or waits for "
         "them before the pool is freed",
         DiagnosticIDs::Note)
        << F.Teardown->Fn->getName() << objKindCName(F.Item.Kind);
    if (F.FreedAfter.last())
      diag(locOf(F.FreedAfter.last(), Ctx),
           "the %0s kept there are freed here, after the pool",
           DiagnosticIDs::Note)
          << objKindCName(F.Item.Kind);
    if (F.UndrainedPause) {
      const RoleEvidence *Pause = F.UndrainedPause->firstRole();
      diag(F.UndrainedPause->Fn->getLocation(),
           "the Pause handler '%0' (%1) returns without waiting for them, "
           "freeing them or pending the pause, so NDIS does not drain "
           "them before '%2'",
           DiagnosticIDs::Note)
          << F.UndrainedPause->Fn->getName()
          << (Pause ? Pause->Role->Name : std::string("pause"))
          << F.Teardown->Fn->getName();
    }
  }
}

} // namespace ndis
