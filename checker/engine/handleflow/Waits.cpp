//===--- Waits.cpp - Waits that may drain, and waits under a test ---------===//
//
// Waits (HandleFlow.h, "Waited"): a call that waits in a way that may drain
// the outstanding items (DrainEvidence.h), directly or through a helper; a
// helper that waits only under a test of a parameter
// (FunctionSummary::WaitsIfParam, recordConditionalWait); and the branches
// that skip a wait because nothing is outstanding (findDrainSkips).
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../CfgOrder.h"
#include "../summary/DriverIndex.h"

using namespace clang;

namespace ndis {
namespace handleflow {

void FunctionFlow::waited(State &St, ChainedSite Site) {
  for (auto &[K, V] : St.Items)
    if (V.Bits & IHanded)
      V.Bits = (V.Bits & ~IHanded) | IGone;
  St.Waited = true;
  if (Reporting && Sum.WaitSite.Calls.empty())
    Sum.WaitSite = std::move(Site);
}

bool FunctionFlow::drainingWait(const CallExpr *C) {
  if (const DdiRule *R = F.ruleOf(C))
    return R->find(EffectKind::Wait) && Drains.mayDrain(C, F);
  if (const FunctionDecl *Callee = calleeWithBody(C)) {
    auto It = Summaries.find(Callee);
    return It != Summaries.end() &&
           (It->second.Waits || waitsByArgument(C, It->second));
  }
  if (const UnitSummary::Function *Other = importedCallee(C, Imports))
    return Other->Pools.Waits || waitsByArgument(C, Other->Pools);
  return false;
}

bool FunctionFlow::waitsByArgument(const CallExpr *C,
                                   const FunctionSummary &CS) const {
  if (CS.WaitsIfParam < 0 || unsigned(CS.WaitsIfParam) >= C->getNumArgs())
    return false;
  std::optional<int64_t> Passed =
      integerConstant(C->getArg(CS.WaitsIfParam), Ctx);
  if (!Passed)
    return false;
  bool Holds = CS.WaitsIfValue ? *Passed == *CS.WaitsIfValue : *Passed != 0;
  return Holds == CS.WaitsIfSet;
}

/// A test of a parameter: it holds where the parameter is nonzero (no
/// Value) or equals Value, when Set; where that is false, when not.
struct ParameterTest {
  const ParmVarDecl *Param;
  bool Set;
  std::optional<int64_t> Value;
};

/// `P`, `!P`, `P != 0`, `P == 0`, `P == Halting`, `Halting != P`, ... for
/// a parameter P and a constant.
static std::optional<ParameterTest> parameterTest(const Expr *Cond,
                                                  ASTContext &Ctx) {
  Cond = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  bool Set = true;
  while (const auto *U = dyn_cast_or_null<UnaryOperator>(Cond)) {
    if (U->getOpcode() != UO_LNot)
      break;
    Set = !Set;
    Cond = U->getSubExpr()->IgnoreParenImpCasts();
  }
  std::optional<int64_t> Value;
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(Cond);
      B && (B->getOpcode() == BO_EQ || B->getOpcode() == BO_NE)) {
    const Expr *L = B->getLHS()->IgnoreParenImpCasts();
    const Expr *R = B->getRHS()->IgnoreParenImpCasts();
    std::optional<int64_t> C = integerConstant(R, Ctx);
    if (!C) { // the constant on the left: `Halting == State`
      C = integerConstant(L, Ctx);
      L = R;
    }
    if (!C)
      return std::nullopt;
    // P == 0 holds where P is zero, P != 0 where it is not; against any
    // other constant the test is of that value (P == TRUE is P == 1).
    if (*C == 0)
      Set = B->getOpcode() == BO_EQ ? !Set : Set;
    else {
      Value = *C;
      Set = B->getOpcode() == BO_EQ ? Set : !Set;
    }
    Cond = L;
  }
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Cond);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P)
    return std::nullopt;
  return ParameterTest{P, Set, Value};
}

/// Is any node under S (S included) one Pred accepts?
template <typename Pred> static bool anyNode(const Stmt *S, Pred &&P) {
  llvm::SmallVector<const Stmt *, 16> Stack{S};
  while (!Stack.empty()) {
    const Stmt *X = Stack.pop_back_val();
    if (!X)
      continue;
    if (P(X))
      return true;
    for (const Stmt *Child : X->children())
      Stack.push_back(Child);
  }
  return false;
}

/// Does S hold a return, a goto, a break or a continue?
static bool leaves(const Stmt *S) {
  return anyNode(S, [](const Stmt *X) {
    return isa<ReturnStmt, GotoStmt, BreakStmt, ContinueStmt,
               IndirectGotoStmt>(X);
  });
}

/// Does S write Param, or take its address?
static bool writes(const Stmt *S, const ParmVarDecl *Param) {
  return anyNode(S, [&](const Stmt *X) { return writtenVariable(X) == Param; });
}

void FunctionFlow::recordConditionalWait() {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Fn->getBody());
  if (!Body)
    return;
  for (const Stmt *Top : Body->body()) {
    const auto *If = dyn_cast<IfStmt>(Top);
    auto Test = If && !If->getInit() && !If->getConditionVariable()
                    ? parameterTest(If->getCond(), Ctx)
                    : std::nullopt;
    if (!Test || writes(Body, Test->Param)) {
      // (A parameter written anywhere has no known value at the test.)
      if (leaves(Top))
        return; // some paths may not reach what follows
      continue;
    }
    // The wait must be on every path through the branch the test takes:
    // a statement of the branch itself, with nothing before it that leaves.
    for (bool Then : {true, false}) {
      const Stmt *Branch = Then ? If->getThen() : If->getElse();
      if (!Branch)
        continue;
      llvm::ArrayRef<Stmt *> Stmts;
      Stmt *Single = const_cast<Stmt *>(Branch);
      if (const auto *Block = dyn_cast<CompoundStmt>(Branch))
        Stmts = llvm::ArrayRef(Block->body_begin(), Block->body_end());
      else
        Stmts = llvm::ArrayRef(&Single, 1);
      for (const Stmt *S : Stmts) {
        const auto *Call = dyn_cast<CallExpr>(S);
        if (Call && drainingWait(Call)) {
          Sum.WaitsIfParam = Test->Param->getFunctionScopeIndex();
          Sum.WaitsIfSet = Then ? Test->Set : !Test->Set;
          Sum.WaitsIfValue = Test->Value;
          Sum.WaitsIfSite = ChainedSite{{Call}};
          return;
        }
        if (leaves(S))
          break;
      }
    }
    return; // one test at the top: nothing smarter
  }
}

void FunctionFlow::findDrainSkips() {
  // Only a function that waits has a wait to skip.
  bool Any = false;
  for (const DdiCall &D : F.Ddis)
    Any |= D.Rule->find(EffectKind::Wait) != nullptr;
  for (const CallSite &C : F.Calls)
    if (auto It = Summaries.find(C.Callee); It != Summaries.end())
      Any |= It->second.Waits;
  Any |= !F.OtherFileCalls.empty();
  if (!Any)
    return;
  auto HasWait = [&](const Stmt *S) {
    llvm::SmallVector<const Stmt *, 16> Stack{S};
    while (!Stack.empty()) {
      const Stmt *At = Stack.pop_back_val();
      if (!At)
        continue;
      if (const auto *C = dyn_cast<CallExpr>(At); C && drainingWait(C))
        return true;
      for (const Stmt *Child : At->children())
        Stack.push_back(Child);
    }
    return false;
  };
  auto Skip = [&](const Expr *Cond, bool Branch) {
    if (!Cond)
      return;
    DrainSkips[Cond] = Branch;
    DrainSkips[Cond->IgnoreParenImpCasts()] = Branch;
  };
  llvm::SmallVector<const Stmt *, 32> Stack{Fn->getBody()};
  while (!Stack.empty()) {
    const Stmt *S = Stack.pop_back_val();
    if (!S)
      continue;
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      bool Then = HasWait(If->getThen()), Else = HasWait(If->getElse());
      if (Then != Else && Drains.testsCounter(If->getCond()))
        Skip(If->getCond(), Else);
    } else if (const auto *W = dyn_cast<WhileStmt>(S)) {
      if (HasWait(W->getBody()))
        Skip(W->getCond(), false);
    } else if (const auto *D = dyn_cast<DoStmt>(S)) {
      if (HasWait(D->getBody()))
        Skip(D->getCond(), false);
    } else if (const auto *For = dyn_cast<ForStmt>(S)) {
      if (HasWait(For->getBody()))
        Skip(For->getCond(), false);
    }
    for (const Stmt *Child : S->children())
      Stack.push_back(Child);
  }
}

} // namespace handleflow
} // namespace ndis
