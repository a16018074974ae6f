//===--- CfgOrder.cpp - What both flows need from a function's CFG --------===//

#include "CfgOrder.h"
#include "clang/AST/Decl.h"

using namespace clang;

namespace ndis {

/// Could E be a constant? Not if it reads a variable that is not const, a
/// field, memory, or calls anything: then it needs no evaluation.
static bool mayBeConstant(const Expr *E) {
  std::vector<const Stmt *> Stack{E};
  while (!Stack.empty()) {
    const Stmt *S = Stack.back();
    Stack.pop_back();
    if (isa<CallExpr, MemberExpr, ArraySubscriptExpr, StmtExpr>(S))
      return false;
    if (const auto *D = dyn_cast<DeclRefExpr>(S))
      if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
        if (!V->getType().isConstQualified())
          return false;
    if (const auto *U = dyn_cast<UnaryOperator>(S))
      if (U->getOpcode() == UO_Deref || U->isIncrementDecrementOp())
        return false;
    if (const auto *B = dyn_cast<BinaryOperator>(S))
      if (B->isAssignmentOp())
        return false;
    for (const Stmt *Child : S->children())
      if (Child)
        Stack.push_back(Child);
  }
  return true;
}

CfgOrder CfgOrder::build(const FunctionDecl *Fn, ASTContext &Ctx) {
  CfgOrder O;
  CFG::BuildOptions Options;
  Options.PruneTriviallyFalseEdges = false; // see Ruled
  O.Cfg = CFG::buildCFG(Fn, Fn->getBody(), &Ctx, Options);
  if (!O.Cfg)
    return O;
  O.Ruled.assign(O.Cfg->getNumBlockIDs(), 0);
  for (const CFGBlock *B : *O.Cfg) {
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>())
        O.Elements.insert(S->getStmt());
    if (B->succ_size() != 2 ||
        isa_and_nonnull<SwitchStmt>(B->getTerminatorStmt()))
      continue;
    const auto *Cond =
        dyn_cast_or_null<Expr>(B->getTerminatorCondition(/*StripParens=*/true));
    bool Value;
    if (Cond && !Cond->isValueDependent() && mayBeConstant(Cond) &&
        Cond->EvaluateAsBooleanCondition(Value, Ctx))
      O.Ruled[B->getBlockID()] = Value ? 2 : 1; // the false or true edge
  }

  // Iterative depth-first post-order from the entry, reversed.
  std::vector<char> Seen(O.Cfg->getNumBlockIDs(), 0);
  std::vector<std::pair<const CFGBlock *, unsigned>> Stack;
  const CFGBlock *Entry = &O.Cfg->getEntry();
  Seen[Entry->getBlockID()] = 1;
  Stack.push_back({Entry, 0});
  while (!Stack.empty()) {
    auto &[Block, Next] = Stack.back();
    if (Next == Block->succ_size()) {
      O.Order.push_back(Block);
      Stack.pop_back();
      continue;
    }
    const CFGBlock *Succ = O.succ(*Block, Next++);
    if (Succ && !Seen[Succ->getBlockID()]) {
      Seen[Succ->getBlockID()] = 1;
      Stack.push_back({Succ, 0});
    }
  }
  std::reverse(O.Order.begin(), O.Order.end());
  O.Rank.assign(O.Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < O.Order.size(); ++I)
    O.Rank[O.Order[I]->getBlockID()] = I;
  for (const CFGBlock *B : O.Order)
    for (unsigned I = 0; I < B->succ_size(); ++I)
      if (const CFGBlock *SB = O.succ(*B, I))
        if (O.Rank[SB->getBlockID()] <= O.Rank[B->getBlockID()])
          O.Acyclic = false;
  return O;
}

} // namespace ndis
