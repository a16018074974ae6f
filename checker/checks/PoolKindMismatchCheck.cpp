//===--- PoolKindMismatchCheck.cpp ----------------------------------------===//
//
// From PoolFacts: every allocation of a pool path says what kind of pool it
// is. An item allocated from it, or a free of it, that expects another kind
// is reported; a path allocated as two kinds is left alone.
//
// A field or global whose allocation is out of view still says what it
// is through its uses: each item allocation or pool free needs one kind
// of pool. Two uses of the same field that need different kinds
// contradict each other (reportContradictoryUses).
//
//===----------------------------------------------------------------------===//

#include "PoolKindMismatchCheck.h"
#include "../engine/BodyParents.h"
#include "../engine/DdiCalls.h"
#include "clang/Basic/SourceManager.h"
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

namespace {
/// A call that needs its pool argument to be one kind of pool.
struct PoolUse {
  const CallExpr *Call;
  const Expr *Arg;
  ObjKind Kind;
  SourceLocation Order; ///< the call's expansion location
};
} // namespace

/// Are A and B in two branches of one choice (if/else, switch, `?:`) in
/// one function? Then the code itself says the field holds either kind.
static bool exclusiveBranches(const CallExpr *A, const CallExpr *B,
                              const DriverModel &Model) {
  const FunctionInfo *FA = Model.callerOf(A), *FB = Model.callerOf(B);
  if (!FA || FA != FB)
    return false;
  BodyParents Parents(FA->Fn->getBody());
  for (const Stmt *S = Parents.parent(A); S; S = Parents.parent(S)) {
    if (!Parents.within(B, S))
      continue;
    // S is the innermost statement holding both.
    if (isa<SwitchStmt>(S))
      return true;
    if (const auto *If = dyn_cast<IfStmt>(S))
      return If->getElse() && Parents.within(A, If->getThen()) !=
                                  Parents.within(B, If->getThen());
    if (const auto *C = dyn_cast<AbstractConditionalOperator>(S))
      return Parents.within(A, C->getTrueExpr()) !=
             Parents.within(B, C->getTrueExpr());
    return false;
  }
  return false;
}

void PoolKindMismatchCheck::reportContradictoryUses(const TUAnalysis &A,
                                                    ASTContext &Ctx) {
  const PoolFacts &Facts = A.Facts;
  const SourceManager &SM = Ctx.getSourceManager();
  // The uses of each field or global (exact paths: two fields are two
  // pools, whatever the aliases join).
  struct Field {
    AccessPath Path;
    std::vector<PoolUse> Uses;
  };
  std::map<std::string, Field> UsesOf;
  auto Add = [&](const AccessPath &P, const CallExpr *C, const Expr *Arg,
                 ObjKind K) {
    if (P.isLocal() || P.Kind == AccessPath::Constant || K == ObjKind::None)
      return;
    Field &F = UsesOf[P.key().str().str()];
    F.Path = P;
    F.Uses.push_back({C, Arg, K, SM.getExpansionLoc(C->getBeginLoc())});
  };
  for (const ItemSite &I : Facts.Items)
    if (I.Pool)
      Add(*I.Pool, I.Call, I.PoolArg, I.Kind);
  for (const FreeSite &F : Facts.Frees)
    if (!F.Item)
      Add(F.Path, F.Call, F.Arg, F.Kind);
  for (auto &[Key, F] : UsesOf) {
    // Silent when the allocation is in view (check() compares with it),
    // and when the uses need more than two kinds between them.
    std::vector<PoolUse> &Uses = F.Uses;
    if (Uses.size() < 2 || !Facts.poolsAt(F.Path, A.Aliases).empty())
      continue;
    std::stable_sort(Uses.begin(), Uses.end(),
                     [&](const PoolUse &X, const PoolUse &Y) {
                       return SM.isBeforeInTranslationUnit(X.Order, Y.Order);
                     });
    const PoolUse &First = Uses.front();
    // Unsure: a third kind, or two kinds in two branches of one choice
    // (the code says the field holds either kind).
    bool Either = false;
    for (const PoolUse &U : Uses)
      Either |= U.Kind != First.Kind && U.Kind != Uses.back().Kind;
    for (size_t I = 0; I < Uses.size() && !Either; ++I)
      for (size_t J = I + 1; J < Uses.size() && !Either; ++J)
        Either = Uses[I].Kind != Uses[J].Kind &&
                 exclusiveBranches(Uses[I].Call, Uses[J].Call, A.Model);
    if (Either)
      continue;
    for (const PoolUse &U : Uses) {
      if (U.Kind == First.Kind)
        continue;
      diag(U.Call->getBeginLoc(),
           "%0 uses '%1' as a %2 pool, but %3 uses it as a %4 pool")
          << callName(U.Call, *rules(), Ctx) << sourceText(U.Arg, Ctx)
          << objKindCName(U.Kind) << callName(First.Call, *rules(), Ctx)
          << objKindCName(First.Kind);
      diag(First.Call->getBeginLoc(), "'%0' is used as a %1 pool here by %2",
           DiagnosticIDs::Note)
          << sourceText(First.Arg, Ctx) << objKindCName(First.Kind)
          << callName(First.Call, *rules(), Ctx);
    }
  }
}

void PoolKindMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  const PoolFacts &Facts = A.Facts;
  reportContradictoryUses(A, Ctx);

  // Item allocations by where they are stored, for the frees.
  std::map<std::string, std::vector<const ItemSite *>> ItemsAt;
  for (const ItemSite &I : Facts.Items)
    if (I.Item)
      ItemsAt[I.Item->key().str().str()].push_back(&I);

  for (const ItemSite &I : Facts.Items) {
    if (!I.Pool)
      continue;
    auto Sites = Facts.poolsAt(I.PoolKey, A.Aliases);
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
      auto Sites = Facts.poolsAt(F.Key, A.Aliases);
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
