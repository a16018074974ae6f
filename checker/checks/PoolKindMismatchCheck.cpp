//===--- PoolKindMismatchCheck.cpp ----------------------------------------===//
//
// From PoolFacts: every allocation of a pool path says what kind of pool it
// is. An item allocated from it, or a free of it, that expects another kind
// is reported; a path allocated as two kinds is left alone.
//
//===----------------------------------------------------------------------===//

#include "PoolKindMismatchCheck.h"
#include "../engine/DdiCalls.h"
#include <map>

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

/// The one kind the pool sites agree on, or None.
static ObjKind agreedKind(const std::vector<const PoolSite *> &Sites) {
  ObjKind K = ObjKind::None;
  for (const PoolSite *S : Sites) {
    if (K != ObjKind::None && S->Kind != K)
      return ObjKind::None;
    K = S->Kind;
  }
  return K;
}

void PoolKindMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  const PoolFacts &Facts = A.Facts;

  // Item allocations by where they are stored, for the frees.
  std::map<std::string, std::vector<const ItemSite *>> ItemsAt;
  for (const ItemSite &I : Facts.Items)
    if (I.Item)
      ItemsAt[I.Item->key().str().str()].push_back(&I);

  for (const ItemSite &I : Facts.Items) {
    if (!I.Pool)
      continue;
    auto Sites = Facts.poolsAt(*I.Pool, A.Aliases);
    ObjKind K = agreedKind(Sites);
    if (K == ObjKind::None || K == I.Kind)
      continue;
    diag(I.Call->getBeginLoc(),
         "%0 allocates a %1 from '%2', which is a %3 pool")
        << callName(I.Call, *rules(), Ctx) << objKindCName(I.Kind)
        << sourceText(I.PoolArg, Ctx) << objKindCName(K);
    diag(locOf(Sites.front()->at(), Ctx),
         "'%0' is allocated as a %1 pool here by %2", DiagnosticIDs::Note)
        << Sites.front()->display(Ctx) << objKindCName(K)
        << callName(Sites.front()->at(), *rules(), Ctx);
  }

  for (const FreeSite &F : Facts.Frees) {
    if (!F.Item) {
      auto Sites = Facts.poolsAt(F.Path, A.Aliases);
      ObjKind K = agreedKind(Sites);
      if (K == ObjKind::None || K == F.Kind)
        continue;
      std::string Right = rules()->ddiFor(EffectKind::FreePool, K);
      diag(F.Call->getBeginLoc(),
           "%0 frees '%1' as a %2 pool, but it is a %3 pool%select{|; free "
           "it with %5}4")
          << F.Rule->Name << sourceText(F.Arg, Ctx) << objKindCName(F.Kind)
          << objKindCName(K) << (Right.empty() ? 0 : 1) << Right;
      diag(locOf(Sites.front()->at(), Ctx),
           "'%0' is allocated as a %1 pool here by %2", DiagnosticIDs::Note)
          << Sites.front()->display(Ctx) << objKindCName(K)
          << callName(Sites.front()->at(), *rules(), Ctx);
      continue;
    }
    // An item freed as another kind.
    // Exact item identity (see PoolDataSizeMismatchCheck for why not
    // aliases).
    const ItemSite *Match = nullptr;
    bool Unsure = false;
    auto At = ItemsAt.find(F.Path.key().str().str());
    if (At == ItemsAt.end())
      continue;
    for (const ItemSite *I : At->second) {
      if (Match && Match->Kind != I->Kind)
        Unsure = true;
      Match = I;
    }
    if (!Match || Unsure || Match->Kind == F.Kind)
      continue;
    std::string Right = rules()->ddiFor(EffectKind::FreeItem, Match->Kind);
    diag(F.Call->getBeginLoc(),
         "%0 frees '%1' as a %2, but it is a %3%select{|; free it with %5}4")
        << F.Rule->Name << sourceText(F.Arg, Ctx) << objKindCName(F.Kind)
        << objKindCName(Match->Kind) << (Right.empty() ? 0 : 1) << Right;
    diag(Match->Call->getBeginLoc(), "'%0' is allocated as a %1 here by %2",
         DiagnosticIDs::Note)
        << sourceText(F.Arg, Ctx) << objKindCName(Match->Kind)
        << callName(Match->Call, *rules(), Ctx);
  }
}

} // namespace ndis
