//===--- Walk.cpp - A pass over one function's body -------------------------===//
//
// Along the syntax (structured code) or over the CFG; each statement
// visited, the exits noted (locks still held, the IRQL still raised).
//
//===----------------------------------------------------------------------===//

#include "FunctionPass.h"

using namespace clang;

namespace ndis {
namespace lockflow {

void FunctionPass::visit(const Stmt *St, LState &L) {
  if (const auto *C = dyn_cast<CallExpr>(St)) {
    withCurrentIrql(C, L, [&] { handleCall(C, L); });
    return;
  }
  // A local written other than by `=` (`Mode |= X`, `Count++`) or through
  // its address (`NdisCloseAdapter(&Status, ...)` stores the status there)
  // no longer holds the constant it was given.
  const auto *Plain = dyn_cast<BinaryOperator>(St);
  if (!L.ParamConst.empty() && !(Plain && Plain->getOpcode() == BO_Assign))
    if (const VarDecl *V = writtenVariable(St); V && V->isLocalVarDeclOrParm()) {
      AccessPath P;
      P.Root = V->getCanonicalDecl();
      L.ParamConst.erase(P.key());
      return;
    }
  const Expr *LHS = nullptr, *RHS = nullptr;
  std::optional<AccessPath> Target;
  if (const auto *B = dyn_cast<BinaryOperator>(St)) {
    if (B->getOpcode() != BO_Assign)
      return;
    LHS = B->getLHS();
    RHS = B->getRHS();
    Target = accessPathOf(LHS);
  } else if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (V->getInit()) {
          RHS = V->getInit();
          AccessPath P;
          P.Root = V->getCanonicalDecl();
          Target = P;
        }
  }
  if (!RHS || !Target)
    return;
  llvm::SmallString<64> Key = Target->key();
  L.Saved.erase(Key);
  L.CurrentIrqlVars.erase(Key);
  L.LockAlias.erase(Key);
  L.RefCountVars.erase(Key);
  L.ParamConst.erase(Key);
  if (Target->isLocal() && Target->Fields.empty()) {
    if (auto Pointee = pointeePathOf(RHS))
      L.LockAlias[Key] = intern(Pointee->key());
    // `BOOLEAN bFalse = FALSE;` then FILTER_ACQUIRE_LOCK(&Lock, bFalse):
    // a local holding a constant prunes branches like a constant argument.
    if (RHS->getType()->isIntegerType())
      if (std::optional<int64_t> Value = integerConstant(RHS, S.Ctx))
        L.ParamConst[Key] = *Value;
  }
  const auto *Call = dyn_cast<CallExpr>(stripCasts(RHS));
  if (!Call)
    return;
  // `Old = KfRaiseIrql(X);`, `*(Old) = KeAcquireSpinLockRaiseToDpc(L)`.
  if (auto It = BeforeCall.find(Call); It != BeforeCall.end())
    L.Saved[Key] = It->second;
  if (const DdiRule *R = F.ruleOf(Call))
    if (R->find(EffectKind::CurrentIrql))
      L.CurrentIrqlVars[Key] = 1;
  if (isRefCountValue(Call, L))
    L.RefCountVars[Key] = 1;
}

void FunctionPass::walk(const Stmt *St, LState &L) {
  auto Visit = [&](const Stmt *At, const Stmt *) { visit(At, L); };
  walkElement(St, Elements, Visit);
}

LState FunctionPass::runAlongSyntax(const Stmt *Body, const LState &Entry) {
  LState L = Entry;
  L.Reached = true;
  EntryState = &Entry;
  exec(Body, L, /*Tail=*/true);
  noteTailExit(L);
  AtExit.join(L); // falling off the end
  return std::move(AtExit);
}

void FunctionPass::exec(const Stmt *St, LState &L, bool Tail) {
  if (!St)
    return;
  switch (St->getStmtClass()) {
  case Stmt::CompoundStmtClass: {
    const auto *CS = cast<CompoundStmt>(St);
    for (const Stmt *Child : CS->body())
      exec(Child, L, Tail && Child == CS->body_back());
    return;
  }
  case Stmt::IfStmtClass: {
    // Unreached code is still entered: a label inside may be a goto's.
    const auto *If = cast<IfStmt>(St);
    LState Else;
    execCondition(If->getCond(), L, Else);
    exec(If->getThen(), L, Tail);
    exec(If->getElse(), Else, Tail);
    if (Tail) {
      // Each branch leaves the function on its own edge: what one of
      // them still holds is not lost in the join.
      noteTailExit(L);
      noteTailExit(Else);
    }
    // The else branch first, as the CFG's reverse post-order meets them:
    // where both branches hold a lock, the note shows the else's acquire.
    Else.join(L);
    L = std::move(Else);
    return;
  }
  case Stmt::ReturnStmtClass:
    if (L.Reached)
      walk(St, L);
    if (Reporting)
      noteExit(L, St->getBeginLoc(), *EntryState);
    AtExit.join(L);
    L.Reached = false;
    return;
  case Stmt::GotoStmtClass:
    Pending[cast<GotoStmt>(St)->getLabel()].join(L);
    L.Reached = false;
    return;
  case Stmt::LabelStmtClass: {
    const auto *Label = cast<LabelStmt>(St);
    if (auto It = Pending.find(Label->getDecl()); It != Pending.end())
      L.join(It->second);
    exec(Label->getSubStmt(), L, Tail);
    return;
  }
  default:
    if (L.Reached)
      walk(St, L);
  }
}

void FunctionPass::execCondition(const Expr *Cond, LState &L,
                                 LState &False) {
  auto Test = [this](const Expr *Plain, LState &True, LState &False) {
    execTest(Plain, True, False);
  };
  splitCondition(Cond, L, False, Test);
}

void FunctionPass::execTest(const Expr *Cond, LState &L, LState &False) {
  // A plain test: evaluate it, then split the state as its CFG block's two
  // edges would (a constant rules one out).
  if (L.Reached)
    walk(Cond, L);
  False = L;
  if (std::optional<bool> Constant = constantCondition(Cond, S.Ctx)) {
    (*Constant ? False : L).Reached = false;
    return;
  }
  if (L.Reached)
    refine(L, Cond, true);
  if (False.Reached)
    refine(False, Cond, false);
}

LState FunctionPass::run(const LState &Entry, bool &Ok) {
  Ok = false;
  if (F.structured()) {
    Ok = true;
    return runAlongSyntax(Fn->getBody(), Entry);
  }
  CfgOrder CO = CfgOrder::build(Fn, S.Ctx);
  if (!CO.Cfg)
    return LState(); // code the CFG cannot model: say nothing about it
  Elements = std::move(CO.Elements);
  std::unique_ptr<CFG> &Cfg = CO.Cfg;
  const std::vector<const CFGBlock *> &Order = CO.Order;

  std::vector<LState> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()] = Entry;
  In[Cfg->getEntry().getBlockID()].Reached = true;

  auto Transfer = [&](const CFGBlock &B, LState &L) {
    for (const CFGElement &E : B)
      if (auto St = E.getAs<CFGStmt>())
        walk(St->getStmt(), L);
  };
  auto Refine = [&](LState &L, const Expr *Cond, bool Branch) {
    refine(L, Cond, Branch);
  };

  bool Report = Reporting;
  Reporting = false;
  if (!fixedPoint(CO, In, Transfer, Refine))
    return LState();
  Reporting = Report;
  if (Reporting)
    for (const CFGBlock *B : Order) {
      if (!In[B->getBlockID()].Reached)
        continue;
      LState Out = In[B->getBlockID()];
      Transfer(*B, Out);
      noteExits(CO, *B, Out, Entry);
    }
  Ok = true;
  return In[Cfg->getExit().getBlockID()];
}

/// Records what is still in force on B's edges into the exit: the locks
/// this function took (itself or through a helper), and an IRQL it raised,
/// on every path to that edge, above the level it was entered at.
void FunctionPass::noteExits(const CfgOrder &CO, const CFGBlock &B,
                             const LState &Out, const LState &Entry) {
  if (B.hasNoReturnElement())
    return; // KeBugCheckEx: the function does not return there
  SourceLocation Loc;
  if (!B.empty())
    if (auto Last = B.back().getAs<CFGStmt>())
      if (isa<ReturnStmt>(Last->getStmt()))
        Loc = Last->getStmt()->getBeginLoc();
  if (Loc.isInvalid())
    if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Fn->getBody()))
      Loc = Body->getRBracLoc();
  auto Refine = [&](LState &L, const Expr *Cond, bool Branch) {
    refine(L, Cond, Branch);
  };
  AnyBranchDecides Decides;
  const Expr *Cond = branchCondition(B);
  for (unsigned I = 0; I < B.succ_size(); ++I) {
    if (CO.succ(B, I) != &CO.Cfg->getExit())
      continue;
    LState Scratch;
    const LState &Edge = alongEdge(Out, Cond, I == 0, Refine, Decides, Scratch);
    noteExit(Edge, Loc, Entry);
  }
}

void FunctionPass::noteExit(const LState &Edge, SourceLocation Loc,
                            const LState &Entry) {
  if (!Edge.Reached)
    return;
  for (const auto &[Key, V] : Edge.Held) {
    if (V.Lock->Fn != Fn || isEntryLockSite(V.Lock->Acquire))
      continue;
    // Released and taken again: a lock its callers hold when they call it
    // (_Requires_lock_held_) is theirs, whoever took it last.
    if (llvm::is_contained(requiredLockKeys(S, Fn), Key.str()))
      continue;
    Effects.Exits.push_back({&F, Loc, V.Lock, nullptr});
  }
  const IrqlSource *Src = Edge.Src;
  if (Edge.Known && Src && Src->K == IrqlSource::Raise && Src->Fn == Fn &&
      Edge.Irql.Min == Src->Level && Edge.Irql.Max == Src->Level &&
      !(Entry.Known && Entry.Irql.Min >= Src->Level))
    Effects.Exits.push_back({&F, Loc, nullptr, Src});
}

} // namespace lockflow
} // namespace ndis
