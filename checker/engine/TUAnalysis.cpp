//===--- TUAnalysis.cpp - The analysis of one translation unit ------------===//

#include "TUAnalysis.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <map>

using namespace clang;

namespace ndis {

TUAnalysis::TUAnalysis(ASTContext &Ctx, const RuleSet &Rules,
                       const AnalysisOptions &Options)
    : Model(Ctx, Rules, Options.ExtraRoles), Facts(Ctx, Rules, Model) {
  // Which paths may hold the same value: assignments anywhere, and
  // parameters bound to arguments.
  for (const FunctionInfo &F : Model.functions()) {
    Aliases.addAssignmentsIn(F.Fn->getBody());
    for (const CallSite &C : F.Calls)
      Aliases.addCallBindings(C.Call, C.Callee);
  }

  HandleFlow Flow(Ctx, Rules, Model, Summaries, Aliases);
  for (const FunctionInfo *F : Model.bottomUp())
    Summaries[F->Fn] = Flow.analyze(*F, Events);

  Teardown = findTeardownWithOutstanding(Model, Summaries, Aliases, Rules, Ctx);
  Leaks = findPoolLeaks(Model, Summaries, Facts, Aliases);
}

namespace {
struct Cache {
  std::map<const RuleSet *, std::unique_ptr<TUAnalysis>> ByRules;
  const ASTContext *Ctx = nullptr;
};
Cache &cache() {
  static Cache C;
  return C;
}
} // namespace

const TUAnalysis &TUAnalysis::get(ASTContext &Ctx, const RuleSet &Rules,
                                  const AnalysisOptions &Options) {
  Cache &C = cache();
  if (C.Ctx != &Ctx) {
    C.ByRules.clear();
    C.Ctx = &Ctx;
  }
  auto &Slot = C.ByRules[&Rules];
  if (!Slot)
    Slot = std::make_unique<TUAnalysis>(Ctx, Rules, Options);
  return *Slot;
}

void TUAnalysis::reset() {
  cache().ByRules.clear();
  cache().Ctx = nullptr;
}

} // namespace ndis
