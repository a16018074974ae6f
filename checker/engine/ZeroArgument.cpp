//===--- ZeroArgument.cpp - An IRQL range that depends on an argument -----===//
//
// See ZeroArgument.h for the rule. One walk of the calling function's body
// per call that needs it: only calls of DDIs with an irql-if-zero effect,
// which are few.
//
//===----------------------------------------------------------------------===//

#include "ZeroArgument.h"
#include "DdiCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ndis {
namespace {

bool isZeroConstant(const Expr *E, ASTContext &Ctx) {
  if (!E)
    return false;
  E = E->IgnoreParenImpCasts();
  if (isa<ImplicitValueInitExpr>(E))
    return true;
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : IL->inits())
      if (!isZeroConstant(Init, Ctx))
        return false;
    return true;
  }
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return false;
  return R.Val.getInt() == 0;
}

/// X itself or a field of it reached with '.': X, X.QuadPart, X.u.LowPart.
const VarDecl *baseVar(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->isArrow())
      return nullptr;
    E = ME->getBase()->IgnoreParenImpCasts();
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

/// &X (or &X.field), through casts: (PLARGE_INTEGER)&X.
const VarDecl *addressOf(const Expr *E) {
  if (const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenCasts()))
    if (UO->getOpcode() == UO_AddrOf)
      return baseVar(UO->getSubExpr());
  return nullptr;
}

/// Walks the body once: is every write to X a zero, and is &X used only
/// where a DDI reads it as a timeout or zeroes it?
class ZeroWrites : public RecursiveASTVisitor<ZeroWrites> {
public:
  ZeroWrites(const VarDecl *X, const RuleSet &Rules, ASTContext &Ctx)
      : X(X), Rules(Rules), Ctx(Ctx) {}

  bool VisitCallExpr(CallExpr *C) {
    const DdiRule *R = ddiRuleFor(C, Rules, Ctx);
    for (unsigned I = 0; I < C->getNumArgs(); ++I) {
      if (addressOf(C->getArg(I)) != X)
        continue;
      ++AddressesSeen;
      if (R && readsAsTimeout(*R, I))
        ++AddressesAllowed;
      else if (R && zeroes(*R, C, I))
        ++AddressesAllowed, ++ZeroWritesSeen;
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() == UO_AddrOf && baseVar(UO->getSubExpr()) == X)
      ++AddressesTaken;
    else if (UO->isIncrementDecrementOp() && baseVar(UO->getSubExpr()) == X)
      Bad = true;
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (!BO->isAssignmentOp() || baseVar(BO->getLHS()) != X)
      return true;
    if (BO->getOpcode() == BO_Assign && isZeroConstant(BO->getRHS(), Ctx))
      ++ZeroWritesSeen;
    else
      Bad = true;
    return true;
  }

  bool zero() const {
    // Every &X is a call argument the rules account for.
    return !Bad && AddressesTaken == AddressesSeen &&
           AddressesSeen == AddressesAllowed && ZeroWritesSeen > 0;
  }
  void initialised() { ++ZeroWritesSeen; }
  void badInit() { Bad = true; }

private:
  static bool readsAsTimeout(const DdiRule &R, unsigned I) {
    for (const Effect &E : R.Effects)
      if (E.Kind == EffectKind::IrqlIfZero && E.Arg == static_cast<int>(I))
        return true;
    return false;
  }
  bool zeroes(const DdiRule &R, const CallExpr *C, unsigned I) const {
    const Effect *E = R.find(EffectKind::ZeroMemory);
    if (!E || E->Arg != static_cast<int>(I))
      return false;
    return E->Fill < 0 || isZeroConstant(argOf(C, E->Fill), Ctx);
  }

  const VarDecl *X;
  const RuleSet &Rules;
  ASTContext &Ctx;
  bool Bad = false;
  unsigned AddressesTaken = 0, AddressesSeen = 0, AddressesAllowed = 0;
  unsigned ZeroWritesSeen = 0;
};

bool pointsToZero(const Expr *Arg, const FunctionDecl *Fn,
                  const RuleSet &Rules, ASTContext &Ctx) {
  const VarDecl *X = Arg ? addressOf(Arg) : nullptr;
  if (!X || !Fn || !Fn->hasBody() || !X->hasLocalStorage() ||
      isa<ParmVarDecl>(X) || X->getType().isVolatileQualified() ||
      X->getDeclContext() != Fn)
    return false;
  ZeroWrites W(X, Rules, Ctx);
  if (const Expr *Init = X->getInit()) {
    if (isZeroConstant(Init, Ctx))
      W.initialised();
    else
      W.badInit();
  }
  W.TraverseStmt(Fn->getBody());
  return W.zero();
}

} // namespace

IrqlRange allowedIrql(const DdiRule &R, const CallExpr *Call,
                      const FunctionDecl *Fn, const RuleSet &Rules,
                      ASTContext &Ctx) {
  IrqlRange Allowed = R.Irql.value_or(IrqlRange{});
  for (const Effect &E : R.Effects)
    if (E.Kind == EffectKind::IrqlIfZero && E.To && *E.To > Allowed.Max &&
        pointsToZero(argOf(Call, E.Arg), Fn, Rules, Ctx))
      Allowed.Max = *E.To;
  return Allowed;
}

} // namespace ndis
