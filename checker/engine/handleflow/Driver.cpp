//===--- Driver.cpp - The pool/item flow's run over one function ----------===//
//
// HandleFlow::analyze, and FunctionFlow::run: a structured function is
// followed along its syntax in one pass that also reports (exec); any
// other runs over clang::CFG to a fixed point, then one reporting pass over
// the fixed states (CfgOrder.h). Both ask the same transfer functions
// (Statements.cpp).
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../CfgOrder.h"
#include "../DdiCalls.h"
#include "../summary/DriverIndex.h"

using namespace clang;

namespace ndis {

thread_local Interner *CurrentInterner = nullptr;

namespace handleflow {

void FunctionFlow::exec(const Stmt *S, State &St, State &AtExit) {
  if (!S)
    return;
  switch (S->getStmtClass()) {
  case Stmt::CompoundStmtClass:
    for (const Stmt *Child : cast<CompoundStmt>(S)->body())
      exec(Child, St, AtExit);
    return;
  case Stmt::IfStmtClass: {
    // Unreached code is still entered: a label inside may be a goto's.
    const auto *If = cast<IfStmt>(S);
    State Else;
    execCondition(If->getCond(), St, Else);
    exec(If->getThen(), St, AtExit);
    exec(If->getElse(), Else, AtExit);
    St.join(Else);
    return;
  }
  case Stmt::ReturnStmtClass:
    if (St.Reached)
      walk(S, St);
    AtExit.join(St);
    St.Reached = false;
    return;
  case Stmt::GotoStmtClass:
    Pending[cast<GotoStmt>(S)->getLabel()].join(St);
    St.Reached = false;
    return;
  case Stmt::LabelStmtClass: {
    const auto *L = cast<LabelStmt>(S);
    auto It = Pending.find(L->getDecl());
    if (It != Pending.end())
      St.join(It->second);
    exec(L->getSubStmt(), St, AtExit);
    return;
  }
  default:
    if (St.Reached)
      walk(S, St);
  }
}

void FunctionFlow::execCondition(const Expr *Cond, State &St,
                                 State &False) {
  auto Test = [this](const Expr *Plain, State &True, State &False) {
    execTest(Plain, True, False);
  };
  splitCondition(Cond, St, False, Test);
}

void FunctionFlow::execTest(const Expr *Cond, State &St, State &False) {
  const Expr *E = Cond->IgnoreParenImpCasts();
  // A plain test: evaluate it, then split the state as its CFG block's two
  // edges would (a constant rules one out).
  // (Its `&&`, `||`, `!` and commas are gone, so its false branch tests
  // the same paths as its true branch, negated: one set of tests serves.)
  if (St.Reached)
    walk(Cond, St);
  False = St;
  std::optional<bool> Constant = constantCondition(Cond, Ctx);
  if (Constant) {
    (*Constant ? False : St).Reached = false;
    return;
  }
  if (!St.Reached)
    return;
  markSkip(St, Cond, true);
  markSkip(False, Cond, false);
  const auto *Nested = dyn_cast<BinaryOperator>(E);
  if (Nested && (Nested->isLogicalOp() || Nested->isCommaOp())) {
    // Nested too deep to split: each branch decides on its own.
    if (decides(St, Cond, true))
      refine(St, Cond, true);
    if (decides(False, Cond, false))
      refine(False, Cond, false);
    return;
  }
  // (Along the syntax each condition is met once: nothing to cache.)
  llvm::SmallVector<BranchTest, 2> Tests;
  collectTests(Cond, true, 0, Tests);
  bool TestsFailure = llvm::any_of(
      Tests, [](const BranchTest &T) { return T.Failure; });
  if (!TestsFailure && (St.tracksNothing() || !tracksAny(St, Tests)))
    return;
  applyTests(St, Tests, false);
  applyTests(False, Tests, true);
}

void FunctionFlow::transferBlock(const CFGBlock &B, State &St) {
  for (const CFGElement &E : B)
    if (auto S = E.getAs<CFGStmt>())
      walk(S->getStmt(), St);
}

/// Does the function do anything the flow follows: a pool, item or wait
/// DDI, or a call to a function whose summary says it does?
static bool worthAnalysing(const FunctionInfo &F, const SummaryMap &Sums,
                           const DriverIndex *Imports) {
  for (const CallExpr *C : F.OtherFileCalls)
    if (const UnitSummary::Function *Other = importedCallee(C, Imports))
      if (!Other->Pools.empty())
        return true;
  for (const DdiCall &C : F.Ddis)
    for (const Effect &E : C.Rule->Effects)
      switch (E.Kind) {
      case EffectKind::AllocatePool:
      case EffectKind::FreePool:
      case EffectKind::AllocateItem:
      case EffectKind::FreeItem:
      case EffectKind::HandToNdis:
      case EffectKind::Wait:
        return true;
      default:
        break;
      }
  for (const CallSite &C : F.Calls) {
    auto It = Sums.find(C.Callee);
    if (It == Sums.end())
      continue;
    if (!It->second.empty())
      return true;
  }
  return false;
}

// Each FunctionFlow runs once, so its summary moves out.
FunctionSummary FunctionFlow::run() {
  InternerScope Scope(Strings);
  findDrainSkips();
  if (!F.Branches || F.structured()) {
    // Blocks, if/else, returns and forward gotos (most setup and cleanup
    // code): one pass along the syntax, reporting as we go, is the CFG's
    // one pass without the CFG.
    Reporting = true;
    State St, AtExit;
    St.Reached = true;
    exec(Fn->getBody(), St, AtExit);
    if (St.Reached) // falling off the end
      checkLeaksAtExit(St, Fn->getBody()->getEndLoc(), false);
    AtExit.join(St);
    recordMustFree(AtExit);
    return std::move(Sum);
  }
  CfgOrder CO = CfgOrder::build(Fn, Ctx);
  if (!CO.Cfg)
    return std::move(Sum); // code the CFG cannot model: say nothing about it
  Elements = std::move(CO.Elements);
  std::unique_ptr<CFG> &Cfg = CO.Cfg;
  const std::vector<const CFGBlock *> &Order = CO.Order;

  std::vector<State> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()].Reached = true;

  auto Refine = [&](State &St, const Expr *Cond, bool Branch) {
    refine(St, Cond, Branch);
  };
  auto Decides = [&](const State &St, const Expr *Cond, bool Branch) {
    return decides(St, Cond, Branch);
  };
  auto Transfer = [&](const CFGBlock &B, State &St) { transferBlock(B, St); };

  // Without a back edge (no loop: most driver functions, goto-cleanup
  // included) one pass in reverse post-order reaches every block after all
  // its predecessors, so it is both the fixed point and the reporting pass.
  bool Acyclic = CO.Acyclic;

  if (!Acyclic && !fixedPoint(CO, In, Transfer, Refine, Decides))
    return FunctionSummary();

  // Reporting pass over the fixed states (for an acyclic CFG, the only one).
  Reporting = true;
  const CFGBlock &Exit = Cfg->getExit();
  for (const CFGBlock *B : Order) {
    if (!In[B->getBlockID()].Reached)
      continue;
    // An acyclic CFG's blocks are visited once: the in-state can move
    // (but for the exit's, which the summary reads below).
    State Out = Acyclic && B != &Exit ? std::move(In[B->getBlockID()])
                                      : In[B->getBlockID()];
    transferBlock(*B, Out);
    if (Acyclic)
      propagate(CO, *B, Out, In, Refine, nullptr, Decides);
    // Falling off the end of the function.
    bool EndsInReturn = false;
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>())
        EndsInReturn = isa<ReturnStmt>(S->getStmt());
    // (along the edge: `if (Pool != NULL) Free(Pool);` at the end leaves
    // nothing allocated on its false edge)
    const Expr *Cond = branchCondition(*B);
    for (unsigned I = 0; I < B->succ_size(); ++I) {
      if (CO.succ(*B, I) != &Exit || EndsInReturn || B == &Exit)
        continue;
      State Scratch;
      checkLeaksAtExit(alongEdge(Out, Cond, I == 0, Refine, Decides, Scratch),
                       Fn->getBody()->getEndLoc(), false);
    }
  }
  recordMustFree(In[Exit.getBlockID()]);
  return std::move(Sum);
}

} // namespace handleflow

FunctionSummary HandleFlow::analyze(const FunctionInfo &F,
                                    std::vector<FlowEvent> &Events) {
  // Most functions touch no pool: no FunctionFlow (its maps) for them.
  if (!handleflow::worthAnalysing(F, Summaries, Imports))
    return FunctionSummary();
  return handleflow::FunctionFlow(Ctx, Rules, Summaries, Imports, Drains,
                                  Lending, F, Events, Displays, DisplaySaver)
      .run();
}

} // namespace ndis
