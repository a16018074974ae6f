//===--- Branches.cpp - What a branch condition tells the lock flow ---------===//
//
// `if (KeGetCurrentIrql() == PASSIVE_LEVEL)`, `if (!InterlockedDecrement
// (&Ref))`, `if (Release)` on a tested parameter, `if (ExTryToAcquire...)`:
// the state narrowed on each edge.
//
//===----------------------------------------------------------------------===//

#include "FunctionPass.h"

using namespace clang;

namespace ndis {
namespace lockflow {

/// Is E a call whose rule has the effect K, or a local of Vars (which
/// holds such a call's result)?
bool FunctionPass::callOrHolder(const Expr *E, EffectKind K,
                                const FlatMap<char> &Vars) const {
  E = stripCasts(E);
  if (const auto *C = dyn_cast_or_null<CallExpr>(E)) {
    const DdiRule *R = F.ruleOf(C);
    return R && R->find(K);
  }
  if (Vars.empty())
    return false; // most functions keep none: no path key to build
  if (auto P = accessPathOf(E))
    return Vars.count(P->key()) != 0;
  return false;
}

bool FunctionPass::isCurrentIrql(const Expr *E, const LState &L) {
  return callOrHolder(E, EffectKind::CurrentIrql, L.CurrentIrqlVars);
}

void FunctionPass::refine(LState &L, const Expr *Cond, bool Branch) {
  auto Leaf = [&](const Expr *Part, bool PartBranch) {
    refinePart(L, Part, PartBranch);
  };
  forEachDecidedPart(Cond, Branch, Leaf);
}

bool FunctionPass::isRefCountValue(const Expr *E, const LState &L) const {
  return callOrHolder(E, EffectKind::DecrementReference, L.RefCountVars);
}

bool FunctionPass::dropsLastReference(const Expr *Cond, bool Branch,
                                      const LState &L) const {
  // `!Count`, `Count == 0`, `0 == Count` taken, or `Count != 0` not taken.
  const Expr *Value = Cond;
  bool Zero = !Branch;
  const auto *B = dyn_cast<BinaryOperator>(Cond);
  if (B && B->getOpcode() != BO_EQ && B->getOpcode() != BO_NE)
    B = nullptr;
  // With no local holding a count, only a decrement's own result is one:
  // a test of anything else (`Nbl != NULL`) needs no constant evaluated.
  if (L.RefCountVars.empty() &&
      !(B ? isa<CallExpr>(stripCasts(B->getLHS())) ||
                isa<CallExpr>(stripCasts(B->getRHS()))
          : isa<CallExpr>(stripCasts(Cond))))
    return false;
  if (B) {
    const Expr *X = B->getLHS(), *K = B->getRHS();
    if (!isNullConstant(K, S.Ctx))
      std::swap(X, K);
    if (!isNullConstant(K, S.Ctx))
      return false;
    Value = X;
    Zero = (B->getOpcode() == BO_EQ) == Branch;
  }
  return Zero && isRefCountValue(Value, L);
}

void FunctionPass::refinePart(LState &L, const Expr *Cond, bool Branch) {
  if (dropsLastReference(Cond, Branch, L))
    L.LastRef = true;
  // `if (ExTryToAcquireFastMutex(&M))`: acquired where it returned TRUE.
  if (const auto *Call = dyn_cast<CallExpr>(Cond); Call && Branch)
    if (const DdiRule *R = F.ruleOf(Call))
      if (llvm::any_of(R->Effects, [](const Effect &E) { return E.IfTrue; })) {
        llvm::SmallVector<Effect, 2> Taken;
        for (const Effect &E : R->Effects)
          if (E.IfTrue) {
            Taken.push_back(E);
            Taken.back().IfTrue = false;
          }
        applyEffects(Call, Taken, L);
        return;
      }
  // A parameter every caller passes the same constant for, or a local
  // holding a constant.
  if (const auto *D = dyn_cast<DeclRefExpr>(Cond))
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl());
        V && V->isLocalVarDeclOrParm()) {
      if (const auto *Parm = dyn_cast<ParmVarDecl>(V))
        noteTested(Parm->getFunctionScopeIndex(), std::nullopt);
      if (L.ParamConst.empty())
        return;
      AccessPath P;
      P.Root = V->getCanonicalDecl();
      if (auto It = L.ParamConst.find(P.key()); It != L.ParamConst.end())
        if ((It->second != 0) != Branch)
          L.Reached = false;
      return;
    }
  const auto *B = dyn_cast<BinaryOperator>(Cond);
  if (!B || !B->isComparisonOp())
    return;
  // `Mode == MODE_DROP`, `MODE_DROP != Mode`: a parameter or local
  // against a constant. (Falls through: Mode may be a saved IRQL too.)
  if (B->getOpcode() == BO_EQ || B->getOpcode() == BO_NE) {
    const Expr *X = B->getLHS()->IgnoreParenImpCasts();
    const Expr *K = B->getRHS();
    if (!isa<DeclRefExpr>(X)) {
      X = B->getRHS()->IgnoreParenImpCasts();
      K = B->getLHS();
    }
    const auto *D = dyn_cast<DeclRefExpr>(X);
    const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
    if (V && V->isLocalVarDeclOrParm() && V->getType()->isIntegerType())
      if (std::optional<int64_t> Value = integerConstant(K, S.Ctx)) {
        if (const auto *Parm = dyn_cast<ParmVarDecl>(V))
          noteTested(Parm->getFunctionScopeIndex(), *Value);
        AccessPath P;
        P.Root = V->getCanonicalDecl();
        if (!L.ParamConst.empty())
          if (auto It = L.ParamConst.find(P.key());
              It != L.ParamConst.end()) {
            bool Equal = It->second == *Value;
            if ((B->getOpcode() == BO_EQ) == Equal ? !Branch : Branch)
              L.Reached = false;
          }
      }
  }
  // `if (OldIrql != DISPATCH_LEVEL)` (NDIS_LOWER_IRQL): when the saved
  // IRQL is one known level, one side of the test cannot happen. (None is
  // kept in most functions: then no path, key or constant is worked out.)
  if (!L.Saved.empty()) {
    const Expr *X = B->getLHS(), *K = B->getRHS();
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(X, K)) {
      auto P = accessPathOf(X);
      auto Saved = P ? L.Saved.find(P->key()) : L.Saved.end();
      auto Level = levelValue(K, S.Ctx);
      if (Saved == L.Saved.end() || !Level || !Saved->second.Known ||
          Saved->second.Range.Min != Saved->second.Range.Max)
        continue;
      bool Equal = Saved->second.Range.Min == *Level;
      if (B->getOpcode() == BO_EQ && Equal != Branch)
        L.Reached = false;
      if (B->getOpcode() == BO_NE && Equal == Branch)
        L.Reached = false;
      return;
    }
  }
  BinaryOperatorKind Op = B->getOpcode();
  const Expr *X = B->getLHS(), *K = B->getRHS();
  if (!isCurrentIrql(X, L)) {
    std::swap(X, K);
    Op = BinaryOperator::reverseComparisonOp(Op);
    if (!isCurrentIrql(X, L))
      return;
  }
  auto Level = levelValue(K, S.Ctx);
  if (!Level)
    return;
  if (!Branch)
    Op = BinaryOperator::negateComparisonOp(Op);
  IrqlRange R = L.Known ? L.Irql : IrqlRange{Irql::Passive, Irql::Dirql};
  auto Lower = [](Irql I) { return I == Irql::Passive ? I : Irql(int(I) - 1); };
  auto Upper = [](Irql I) { return I == Irql::Dirql ? I : Irql(int(I) + 1); };
  switch (Op) {
  case BO_EQ:
    R = IrqlRange{*Level, *Level};
    break;
  case BO_LT:
    R.Max = std::min(R.Max, Lower(*Level));
    break;
  case BO_LE:
    R.Max = std::min(R.Max, *Level);
    break;
  case BO_GT:
    R.Min = std::max(R.Min, Upper(*Level));
    break;
  case BO_GE:
    R.Min = std::max(R.Min, *Level);
    break;
  default:
    return; // != says little about an interval
  }
  if (R.Min > R.Max) {
    // A branch no path takes, when a source explains the IRQL (a caller's
    // context holding a lock: `if (KeGetCurrentIrql() < DISPATCH_LEVEL)`
    // under it); else leave it be.
    if (L.Known && L.Src)
      L.Reached = false;
    return;
  }
  // A source explains the highest level it raised to; a test that rules
  // that level out leaves a range no source explains (an interval joins
  // PASSIVE and DISPATCH callers into one that holds APC_LEVEL too, which no
  // caller is at): nothing here is then reported as too high.
  if (L.Known && L.Src && R.Max < L.Irql.Max && R.Max < L.Src->Level)
    L.Src = nullptr;
  L.Irql = R;
  L.Pristine = false;
  if (!L.Known) {
    // Known from the test itself; nothing to blame if it is wrong.
    L.Known = true;
    L.Src = nullptr;
  }
}

} // namespace lockflow
} // namespace ndis
