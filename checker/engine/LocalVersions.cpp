//===--- LocalVersions.cpp - A local handle reused for several values -----===//

#include "LocalVersions.h"
#include "AccessPath.h"
#include "BodyParents.h"
#include "DriverModel.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include <algorithm>

using namespace clang;

namespace ndis {

/// A handle local: a `void *` with automatic storage, not a parameter (a
/// parameter's first value is its callers').
static const VarDecl *handleLocal(const VarDecl *V) {
  if (!V || isa<ParmVarDecl>(V) || !V->hasLocalStorage() ||
      !V->getType()->isVoidPointerType())
    return nullptr;
  return V->getCanonicalDecl();
}

/// The handle local E names, if it names one.
static const VarDecl *handleLocalOf(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? stripCasts(E) : nullptr);
  return Ref ? handleLocal(dyn_cast<VarDecl>(Ref->getDecl())) : nullptr;
}

LocalVersions::LocalVersions(const FunctionInfo &F, const ASTContext &Ctx)
    : Ctx(Ctx) {
  // Every write of a handle local, and whether it writes a value.
  llvm::SmallVector<std::pair<Write, bool>, 8> All;
  for (const Assignment &A : F.PointerAssigns) {
    const VarDecl *V = A.Var ? handleLocal(A.Var) : handleLocalOf(A.LHS);
    if (!V)
      continue;
    auto R = accessPathOf(A.RHS);
    bool Value = !(R && R->Kind == AccessPath::Constant) &&
                 !A.RHS->isNullPointerConstant(
                     const_cast<ASTContext &>(Ctx),
                     Expr::NPC_ValueDependentIsNotNull);
    Write W{V, A.Var ? nullptr : (const Stmt *)A.LHS,
            A.Var ? (const void *)A.Var : (const void *)A.LHS,
            A.RHS->getEndLoc(), ""};
    All.push_back({std::move(W), Value});
  }
  llvm::DenseSet<const Stmt *> OutArgs;
  for (const DdiCall &C : F.Ddis)
    for (const Effect &E : C.Rule->Effects) {
      const Expr *Arg = E.Kind == EffectKind::AllocatePool && E.Out >= 0
                            ? argOf(C.Call, E.Out)
                            : nullptr;
      const auto *U = dyn_cast_or_null<UnaryOperator>(Arg ? stripCasts(Arg)
                                                          : nullptr);
      if (!U || U->getOpcode() != UO_AddrOf)
        continue;
      if (const VarDecl *V = handleLocalOf(U->getSubExpr())) {
        All.push_back({Write{V, C.Call, U, C.Call->getEndLoc(), ""}, true});
        OutArgs.insert(U);
      }
    }
  // Reused: two writes with a value.
  llvm::DenseMap<const VarDecl *, unsigned> Values;
  for (const auto &[W, Value] : All)
    Values[W.Var] += Value;
  llvm::DenseSet<const VarDecl *> Reused;
  for (const auto &[V, N] : Values)
    if (N >= 2)
      Reused.insert(V);
  if (Reused.empty())
    return;

  Parents = std::make_unique<BodyParents>(F.Fn->getBody());
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::DenseSet<const VarDecl *> Escaped;
  Parents->forEach([&](const Stmt *S) {
    if (const auto *U = dyn_cast<UnaryOperator>(S)) {
      // `&V` passed to a function writes V there, with a value we cannot
      // see; any other `&V` may write it anywhere.
      const VarDecl *V = U->getOpcode() == UO_AddrOf && !OutArgs.count(U)
                             ? handleLocalOf(U->getSubExpr())
                             : nullptr;
      if (!V || !Reused.count(V))
        return;
      const Stmt *P = Parents->parent(U);
      while (P && isa<ParenExpr, CastExpr>(P))
        P = Parents->parent(P);
      if (const auto *C = dyn_cast_or_null<CallExpr>(P))
        All.push_back({Write{V, C, U, C->getEndLoc(), ""}, true});
      else
        Escaped.insert(V);
    } else if (const auto *G = dyn_cast<GotoStmt>(S)) {
      JumpsBack |= SM.isBeforeInTranslationUnit(
          SM.getExpansionLoc(G->getLabel()->getLocation()),
          SM.getExpansionLoc(G->getBeginLoc()));
    } else if (isa<IndirectGotoStmt>(S)) {
      JumpsBack = true;
    }
  });
  for (const VarDecl *V : Escaped)
    Reused.erase(V);
  for (auto &[W, Value] : All)
    if (Reused.count(W.Var)) {
      if (!W.At)
        W.At = Parents->declaration(W.Var);
      W.Done = SM.getExpansionLoc(W.Done);
      Writes.push_back(std::move(W));
    }
  std::stable_sort(Writes.begin(), Writes.end(),
                   [&](const Write &A, const Write &B) {
                     if (A.Var != B.Var)
                       return A.Var < B.Var;
                     return SM.isBeforeInTranslationUnit(A.Done, B.Done);
                   });
  unsigned N = 0;
  for (size_t I = 0; I < Writes.size(); ++I) {
    if (I && Writes[I - 1].Var != Writes[I].Var)
      N = 0;
    AccessPath P;
    P.Root = Writes[I].Var;
    Writes[I].Key = (P.key() + "#" + llvm::Twine(N++)).str();
    KeyOf[Writes[I].Id] = Writes[I].Key;
  }
}

LocalVersions::~LocalVersions() = default;

bool LocalVersions::bothBranches(const Stmt *A, const Stmt *B,
                                 const Stmt *Use) const {
  const IfStmt *If = nullptr;
  for (const Stmt *S = Parents->parent(A); S && !If; S = Parents->parent(S))
    if (Parents->within(B, S))
      If = dyn_cast<IfStmt>(S);
  if (!If || !If->getElse() || Parents->within(Use, If) ||
      Parents->conditionalTo(If, Use))
    return false;
  const Stmt *Then = If->getThen(), *Else = If->getElse();
  if (Parents->within(A, Then) == Parents->within(B, Then))
    return false;
  // Each runs whenever its branch does.
  return !Parents->conditionalTo(A, Parents->within(A, Then) ? Then : Else) &&
         !Parents->conditionalTo(B, Parents->within(B, Then) ? Then : Else);
}

llvm::SmallVector<llvm::StringRef, 2>
LocalVersions::readKeys(const Expr *E) const {
  llvm::SmallVector<llvm::StringRef, 2> Out;
  const VarDecl *V = Writes.empty() ? nullptr : handleLocalOf(E);
  if (!V)
    return Out;
  auto Less = [](const Write &W, const VarDecl *X) { return W.Var < X; };
  auto First = std::lower_bound(Writes.begin(), Writes.end(), V, Less);
  auto End = First;
  while (End != Writes.end() && End->Var == V)
    ++End;
  if (First == End)
    return Out;
  if (JumpsBack) {
    for (auto It = End; It != First; --It)
      Out.push_back(std::prev(It)->Key);
    return Out;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Read = SM.getExpansionLoc(E->getBeginLoc());
  auto After = First; // the first write after the read
  while (After != End && SM.isBeforeInTranslationUnit(After->Done, Read))
    ++After;
  const Stmt *Use = stripCasts(E);
  // The latest write before, and the ones before it while it may not run.
  for (auto It = After; It != First;) {
    --It;
    Out.push_back(It->Key);
    if (!It->At || !Parents->conditionalTo(It->At, Use))
      break;
    if (std::next(It) != After && std::next(It)->At &&
        bothBranches(It->At, std::next(It)->At, Use))
      break;
  }
  // In a loop, the next turn reads the writes after the read in it.
  for (const Stmt *S = Parents->parent(Use); S; S = Parents->parent(S))
    if (isa<WhileStmt, DoStmt, ForStmt>(S))
      for (auto It = After; It != End; ++It)
        if (It->At && Parents->within(It->At, S) &&
            std::find(Out.begin(), Out.end(), It->Key) == Out.end())
          Out.push_back(It->Key);
  return Out;
}

} // namespace ndis
