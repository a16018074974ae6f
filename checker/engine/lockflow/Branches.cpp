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

/// Narrows R to the levels where `R Op Level` holds (R.Min > R.Max: none);
/// false if Op says nothing of an interval (!= inside it, not a comparison).
static bool narrowIrql(IrqlRange &R, BinaryOperatorKind Op, Irql Level) {
  auto Lower = [](Irql I) { return I == Irql::Passive ? I : Irql(int(I) - 1); };
  auto Upper = [](Irql I) { return I == Irql::Dirql ? I : Irql(int(I) + 1); };
  const IrqlRange None{Irql::Dirql, Irql::Passive};
  switch (Op) {
  case BO_EQ:
    R = Level < R.Min || Level > R.Max ? None : IrqlRange{Level, Level};
    return true;
  case BO_NE:
    // (DIRQL stands for every device level: only the others are one.)
    if (Level < R.Min || Level > R.Max)
      return true;
    if (Level == Irql::Dirql || (Level != R.Min && Level != R.Max))
      return false;
    if (R.Min == R.Max)
      R = None;
    else if (Level == R.Min) {
      R.Min = Upper(Level);
    } else {
      R.Max = Lower(Level);
    }
    return true;
  case BO_LT:
    R.Max = std::min(R.Max, Lower(Level));
    return true;
  case BO_LE:
    R.Max = std::min(R.Max, Level);
    return true;
  case BO_GT:
    R.Min = std::max(R.Min, Upper(Level));
    return true;
  case BO_GE:
    R.Min = std::max(R.Min, Level);
    return true;
  default:
    return false;
  }
}

void FunctionPass::refineSaved(LState &L, const SavedIrql &Saved,
                               BinaryOperatorKind Op, Irql Level) {
  IrqlRange R = Saved.Known ? Saved.Range : IrqlRange{Irql::Passive, Irql::Dirql};
  if (!narrowIrql(R, Op, Level))
    return;
  if (R.Min > R.Max) {
    // A side no path takes: the saved IRQL is one known level, or a range
    // a source explains (as for the current IRQL below).
    if (Saved.Known && (Saved.Range.Min == Saved.Range.Max || Saved.Src))
      L.Reached = false;
    return;
  }
  // (The saved value itself is left as it was: narrowed here, it would
  // differ from the other side's at the join, and be lost for a lower
  // after it.)
  // Saved at or above the level the raise after it went to: the raise
  // raised nothing (KeRaiseIrqlToDpcLevel at DISPATCH_LEVEL), and the
  // IRQL here is the saved one, explained as it was (`if (OldIrql !=
  // DISPATCH_LEVEL) KeLowerIrql(OldIrql);` leaves nothing raised on the
  // other side). Only while the IRQL is still the one that raise set, on
  // every path here, and no lock it took is held: under a spin lock the
  // lock explains DISPATCH_LEVEL, whatever the entry's.
  const IrqlSource *Src = L.Src;
  if (!Saved.At || !L.Known || !Src || Src->Fn != Fn ||
      (Src->K != IrqlSource::Raise && Src->K != IrqlSource::Lock) ||
      Src->Loc != Saved.At->getBeginLoc() || R.Min < Src->Level ||
      L.Irql.Min != Src->Level || L.Irql.Max != Src->Level)
    return;
  for (const auto &KV : L.Held)
    if (KV.second.Lock->Acquire.local() == Saved.At)
      return;
  L.Irql = R;
  L.Src = Saved.Known ? Saved.Src : nullptr; // (else known from the test)
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
        withCurrentIrql(Call, L, [&] { applyEffects(Call, Taken, L); });
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
  // `if (OldIrql != DISPATCH_LEVEL)` (NDIS_LOWER_IRQL): what the test says
  // of the saved IRQL (refineSaved). (None is kept in most functions: then
  // no path, key or constant is worked out.)
  if (!L.Saved.empty()) {
    BinaryOperatorKind Op = B->getOpcode();
    const Expr *X = B->getLHS(), *K = B->getRHS();
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(X, K),
             Op = BinaryOperator::reverseComparisonOp(Op)) {
      auto P = accessPathOf(X);
      auto Saved = P ? L.Saved.find(P->key()) : L.Saved.end();
      if (Saved == L.Saved.end())
        continue;
      auto Level = levelValue(K, S.Ctx);
      if (!Level)
        continue;
      refineSaved(L, Saved->second,
                  Branch ? Op : BinaryOperator::negateComparisonOp(Op), *Level);
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
  if (Op == BO_NE)
    return; // != says little about an interval
  IrqlRange R = L.Known ? L.Irql : IrqlRange{Irql::Passive, Irql::Dirql};
  if (Op == BO_EQ)
    R = IrqlRange{*Level, *Level}; // (the test is trusted over the state)
  else if (!narrowIrql(R, Op, *Level))
    return;
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
