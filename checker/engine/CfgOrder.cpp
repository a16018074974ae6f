//===--- CfgOrder.cpp - What both flows need from a function's CFG --------===//

#include "CfgOrder.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ndis {

/// Is S a node that mayBeConstant() rules out on sight?
static bool namesState(const Stmt *S) {
  if (isa<CallExpr, MemberExpr, ArraySubscriptExpr, StmtExpr>(S))
    return true;
  if (const auto *D = dyn_cast<DeclRefExpr>(S))
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
      return !V->getType().isConstQualified();
  return false;
}

bool mayBeConstant(const Expr *E) {
  // Most conditions and operands name a variable or a field straight
  // away, or on one side of a comparison: a look there answers most
  // questions without the walk.
  const Expr *Top = E->IgnoreParenImpCasts();
  if (namesState(Top))
    return false;
  if (const auto *U = dyn_cast<UnaryOperator>(Top))
    Top = U->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<BinaryOperator>(Top))
    if (namesState(B->getLHS()->IgnoreParenImpCasts()) ||
        namesState(B->getRHS()->IgnoreParenImpCasts()))
      return false;
  llvm::SmallVector<const Stmt *, 16> Stack{E};
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

bool isNullConstant(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreParenCasts();
  // What cannot be a constant needs no evaluation (conditions compare
  // fields and variables far more often than constants).
  if (!mayBeConstant(E))
    return false;
  if (const auto *L = dyn_cast<IntegerLiteral>(E))
    return L->getValue() == 0;
  return E->isNullPointerConstant(
             Ctx, Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull;
}

bool SyntaxShape::calleeTypeReturns(const CallExpr *C) {
  QualType T = C->getCallee()->getType();
  if (const auto *P = T->getAs<PointerType>())
    T = P->getPointeeType();
  if (const auto *FT = T->getAs<FunctionType>())
    return !FT->getNoReturnAttr();
  return true;
}

static bool returns(const CallExpr *C) {
  if (const FunctionDecl *FD = C->getDirectCallee())
    if (FD->isNoReturn())
      return false;
  return SyntaxShape::calleeTypeReturns(C);
}

/// Is S a node followsSyntax refuses wherever it meets it (asked of all
/// but those it takes apart itself: blocks, ifs, labels, gotos, returns,
/// declarations, `;` and binary operators)? Loops, switches and the other
/// statements it does not follow, and expressions that branch.
static bool refusedNode(const Stmt *S) {
  switch (S->getStmtClass()) {
  case Stmt::ConditionalOperatorClass:
  case Stmt::BinaryConditionalOperatorClass:
  case Stmt::StmtExprClass:
  case Stmt::GenericSelectionExprClass:
  case Stmt::ChooseExprClass:
  case Stmt::BlockExprClass:
  case Stmt::OpaqueValueExprClass:
  case Stmt::LambdaExprClass:
  case Stmt::CXXThrowExprClass:
    return true;
  default:
    return !isa<Expr>(S); // loops, switch, break, asm, __try, C++ try...
  }
}

bool followsSyntax(const Stmt *Body) {
  // Statements are taken in source order, so that a goto to a label
  // already passed (a loop) is seen as one; inside an expression only what
  // is there matters, not its order.
  // The flow recurses into nested ifs (an `else if` chain nests too), and
  // into nested blocks and labels (`L1: L2: ... x;` nests as deep as it is
  // long), so deep nesting takes the CFG, which does not.
  constexpr unsigned MaxIfDepth = 48;
  constexpr unsigned MaxNesting = 256;
  struct Pending {
    const Stmt *S;
    unsigned Depth;   ///< ifs around S
    unsigned Nesting; ///< ifs, blocks and labels around S
  };
  llvm::SmallPtrSet<const LabelDecl *, 8> Labels;
  llvm::SmallVector<Pending, 32> Stack;
  if (Body)
    Stack.push_back({Body, 0, 0});
  while (!Stack.empty()) {
    auto [S, Depth, Nesting] = Stack.pop_back_val();
    if (Nesting >= MaxNesting)
      return false;
    switch (S->getStmtClass()) {
    case Stmt::CompoundStmtClass: {
      const auto *CS = cast<CompoundStmt>(S);
      for (auto It = CS->body_rbegin(); It != CS->body_rend(); ++It)
        Stack.push_back({*It, Depth, Nesting + 1});
      continue;
    }
    case Stmt::IfStmtClass: {
      const auto *If = cast<IfStmt>(S);
      if (If->getInit() || If->getConditionVariable() || If->isConsteval() ||
          Depth >= MaxIfDepth)
        return false;
      if (If->getElse())
        Stack.push_back({If->getElse(), Depth + 1, Nesting + 1});
      Stack.push_back({If->getThen(), Depth + 1, Nesting + 1});
      // `&&`, `||` and `!` of a condition are branches the flow follows
      // itself (HandleFlow's execCondition); their operands are checked as
      // any other.
      if (takeConditionApart(If->getCond(), [&](const Expr *E) {
            Stack.push_back({E, Depth, Nesting});
          }) < 0)
        return false;
      continue;
    }
    case Stmt::LabelStmtClass:
      Labels.insert(cast<LabelStmt>(S)->getDecl());
      Stack.push_back({cast<LabelStmt>(S)->getSubStmt(), Depth, Nesting + 1});
      continue;
    case Stmt::GotoStmtClass: // a label already passed: a loop
      if (Labels.count(cast<GotoStmt>(S)->getLabel()))
        return false;
      continue;
    case Stmt::ReturnStmtClass:
    case Stmt::DeclStmtClass:
    case Stmt::NullStmtClass:
      break;
    case Stmt::BinaryOperatorClass: {
      const auto *B = cast<BinaryOperator>(S);
      if (B->isLogicalOp() || B->isCommaOp())
        return false;
      break;
    }
    default:
      if (refusedNode(S))
        return false;
      if (const auto *C = dyn_cast<CallExpr>(S); C && !returns(C))
        return false;
    }
    for (const Stmt *Child : S->children())
      if (Child && !isInertPath(Child))
        Stack.push_back({Child, Depth, Nesting});
  }
  return true;
}

void SyntaxShape::ifStmt(const IfStmt *If) {
  if (IfDepth++ >= 48) // followsSyntax's MaxIfDepth
    Refused = true;
  ++Nesters;
  int Parts = takeConditionApart(If->getCond(), [](const Expr *) {});
  if (Parts < 0)
    Refused = true;
  else
    CondLogical += Parts;
}

void SyntaxShape::other(const Stmt *S) {
  switch (S->getStmtClass()) {
  case Stmt::DeclStmtClass:
  case Stmt::ReturnStmtClass:
  case Stmt::NullStmtClass:
    return;
  case Stmt::LabelStmtClass:
    Labels.insert(cast<LabelStmt>(S)->getDecl());
    ++Nesters;
    return;
  case Stmt::GotoStmtClass: // to a label already passed: a loop
    if (Labels.count(cast<GotoStmt>(S)->getLabel()))
      Refused = true;
    return;
  case Stmt::IfStmtClass: // with an init statement or a variable (C++)
  case Stmt::InitListExprClass:
    Unsure = true;
    return;
  default:
    Refused |= refusedNode(S);
  }
}

signed char SyntaxShape::verdict() const {
  // followsSyntax's limits (the depth of ifs is followed exactly): a node
  // nests in fewer blocks, ifs and labels than the body has, and the parts
  // of a condition waiting to be taken apart are at most its `&&`s and
  // `||`s.
  if (Unsure || Nesters >= 256 || Logical >= 16)
    return -1;
  // A `&&` or `||` outside an if's condition is a branch it refuses.
  return !Refused && Logical == CondLogical;
}

const VarDecl *writtenVariable(const Stmt *S) {
  const Expr *Target = nullptr;
  if (const auto *B = dyn_cast<BinaryOperator>(S); B && B->isAssignmentOp())
    Target = B->getLHS();
  else if (const auto *U = dyn_cast<UnaryOperator>(S);
           U && (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf))
    Target = U->getSubExpr();
  const auto *D = dyn_cast_or_null<DeclRefExpr>(
      Target ? Target->IgnoreParenImpCasts() : nullptr);
  return D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
}

/// The value of an integer literal through integral casts and parentheses
/// (`(NDIS_STATUS)((NTSTATUS)0xC000009AL)`: what status macros expand to),
/// as clang's evaluator works it out (HandleIntToIntCast: each integral
/// cast extends or truncates to its type and takes its signedness; a
/// no-op cast keeps the value), without its cost; none for anything else.
static std::optional<llvm::APSInt> castLiteral(const Expr *E,
                                               const ASTContext &Ctx) {
  llvm::SmallVector<QualType, 4> Casts; // outermost first
  for (;;) {
    if (const auto *P = dyn_cast<ParenExpr>(E)) {
      E = P->getSubExpr();
    } else if (const auto *C = dyn_cast<CastExpr>(E)) {
      // (A cast to the same type, `(NDIS_STATUS)STATUS_SUCCESS`, changes
      // nothing.)
      if (C->getCastKind() == CK_IntegralCast)
        Casts.push_back(C->getType());
      else if (C->getCastKind() != CK_NoOp || !C->getType()->isIntegerType())
        return std::nullopt;
      E = C->getSubExpr();
    } else {
      break;
    }
  }
  const auto *L = dyn_cast<IntegerLiteral>(E);
  if (!L)
    return std::nullopt;
  llvm::APSInt V(L->getValue(),
                 L->getType()->isUnsignedIntegerOrEnumerationType());
  for (QualType T : llvm::reverse(Casts)) {
    if (T->isBooleanType())
      return std::nullopt; // (a truth value, not a truncation)
    V = V.extOrTrunc(Ctx.getIntWidth(T));
    V.setIsUnsigned(T->isUnsignedIntegerOrEnumerationType());
  }
  return V;
}

std::optional<int64_t> integerConstant(const Expr *E, ASTContext &Ctx) {
  if (!E)
    return std::nullopt;
  // Most constants a flow asks about are status and flag macros.
  if (std::optional<llvm::APSInt> V = castLiteral(E, Ctx))
    return V->getSignificantBits() > 64 ? std::nullopt
                                         : std::optional(V->getExtValue());
  Expr::EvalResult R;
  if (E->isValueDependent() || !mayBeConstant(E) ||
      !E->EvaluateAsInt(R, Ctx) || R.Val.getInt().getSignificantBits() > 64)
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

std::optional<bool> constantCondition(const Expr *Cond, ASTContext &Ctx) {
  bool Value;
  if (Cond && !Cond->isValueDependent() && mayBeConstant(Cond) &&
      Cond->EvaluateAsBooleanCondition(Value, Ctx))
    return Value;
  return std::nullopt;
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
    const Expr *Cond = branchCondition(*B);
    if (!Cond)
      continue;
    if (auto Value = constantCondition(Cond, Ctx))
      O.Ruled[B->getBlockID()] = *Value ? 2 : 1; // the false or true edge
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
