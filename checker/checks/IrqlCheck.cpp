//===--- IrqlCheck.cpp ----------------------------------------------------===//
//
// From LockIrqlFlow: at each DDI with a documented IRQL range, the IRQL
// interval that reaches it. Reported when some path reaches it above the
// range (a callback documented "<= DISPATCH_LEVEL" counts as DISPATCH for a
// PASSIVE_LEVEL DDI), or when it is certainly below. Silent where the IRQL
// is unknown: no role, no annotation, no caller in the translation unit.
//
//===----------------------------------------------------------------------===//

#include "IrqlCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void IrqlCheck::sourceNotes(const IrqlSource &S, const CallExpr *At,
                            ASTContext &Ctx) {
  StringRef Fn = S.Fn              ? S.Fn->getName()
                 : !S.FnName.empty() ? StringRef(S.FnName)
                                     : StringRef("?");
  switch (S.K) {
  case IrqlSource::Role: {
    const RoleEvidence &R = S.RoleEv;
    std::string Range = R.Role->Irql.str();
    switch (R.Kind) {
    case RoleEvidence::Typedef:
      diag(R.Loc, "'%0' is declared as %1, which runs at %2",
           DiagnosticIDs::Note)
          << Fn << R.Role->Name << Range;
      break;
    case RoleEvidence::Field:
      diag(R.Loc, "'%0' is registered here as %1 (%2), which runs at %3",
           DiagnosticIDs::Note)
          << Fn << R.Detail << R.Role->Name << Range;
      break;
    case RoleEvidence::Registration:
      diag(R.Loc, "'%0' is registered here with %1 as %2, which runs at %3",
           DiagnosticIDs::Note)
          << Fn << R.Detail << R.Role->Name << Range;
      break;
    case RoleEvidence::Option:
      diag(R.Loc, "'%0' has the role %1 (option Roles), which runs at %2",
           DiagnosticIDs::Note)
          << Fn << R.Role->Name << Range;
      break;
    }
    break;
  }
  case IrqlSource::Sal:
    if (StringRef(S.Text).starts_with("_Requires_"))
      diag(S.Loc, "'%0' is annotated %1 here: the spin lock is held, and the "
                  "IRQL is DISPATCH_LEVEL, on entry",
           DiagnosticIDs::Note)
          << Fn << S.Text;
    else
      diag(S.Loc, "'%0' is annotated %1 here", DiagnosticIDs::Note)
          << Fn << S.Text;
    break;
  case IrqlSource::Lock:
  case IrqlSource::Required:
  case IrqlSource::Raise: {
    if (S.Inner.size() > 1) {
      ChainedSite Inner{S.Inner};
      chainNotes(Inner, Ctx);
    }
    CallRef Ddi = S.Inner.empty() ? CallRef() : S.Inner.back();
    SourceLocation Loc = Ddi ? locOf(Ddi, Ctx) : S.Loc;
    if (S.K == IrqlSource::Lock)
      diag(Loc, "spin lock '%0' is acquired here, raising the IRQL to "
                "DISPATCH_LEVEL",
           DiagnosticIDs::Note)
          << S.Text;
    else if (S.K == IrqlSource::Required)
      diag(Loc, "%0 here requires DISPATCH_LEVEL, so the IRQL is "
                "DISPATCH_LEVEL",
           DiagnosticIDs::Note)
          << S.Text;
    else
      diag(Loc, "the IRQL is raised to %0 here by %1", DiagnosticIDs::Note)
          << irqlName(S.Level) << S.Text;
    break;
  }
  case IrqlSource::None:
    break;
  }
  if (!S.Calls.empty()) {
    ChainedSite Calls{S.Calls};
    Calls.Calls.push_back(At);
    chainNotes(Calls, Ctx);
  }
}

void IrqlCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  for (const LockIrqlEvent &E : A.LockEvents) {
    if (E.K == LockIrqlEvent::ApcsEnabled) {
      diag(E.At->getBeginLoc(),
           "%0 must be called with normal kernel APCs disabled (in a critical "
           "or guarded region, or at APC_LEVEL), but here they are enabled")
          << callName(E.At, *rules(), Ctx);
      if (E.ApcsLeft)
        diag(E.ApcsLeft->getBeginLoc(),
             "normal kernel APCs are enabled again here by %0",
             DiagnosticIDs::Note)
            << callName(E.ApcsLeft, *rules(), Ctx);
      sourceNotes(E.Source, E.At, Ctx);
      continue;
    }
    if (E.K != LockIrqlEvent::IrqlTooHigh && E.K != LockIrqlEvent::IrqlTooLow)
      continue;
    // Certain: the whole interval is outside the range; otherwise some
    // path (or the callback's documented range) reaches it too high.
    bool Certain = E.Current.Min > E.Allowed.Max ||
                   E.Current.Max < E.Allowed.Min;
    diag(E.At->getBeginLoc(),
         "%0 must be called at %1, but %select{here the IRQL may be %2|it is "
         "called here at %3}4")
        << callName(E.At, *rules(), Ctx) << E.Allowed.str()
        << irqlName(E.Current.Max) << E.Current.str() << (Certain ? 1 : 0);
    sourceNotes(E.Source, E.At, Ctx);
  }
}

} // namespace ndis
