//===--- CfgOrder.h - What both flows need from a function's CFG ----------===//

#ifndef NDIS_TIDY_ENGINE_CFGORDER_H
#define NDIS_TIDY_ENGINE_CFGORDER_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ndis {

/// A function's CFG, its reachable blocks in reverse post-order (so a
/// worklist converges quickly, and an acyclic CFG needs one pass), and the
/// statements the CFG lists itself (a walk of an element skips those: they
/// are visited in their own place).
struct CfgOrder {
  std::unique_ptr<clang::CFG> Cfg;
  std::vector<const clang::CFGBlock *> Order;
  std::vector<unsigned> Rank; ///< by block ID; ~0u for unreachable blocks
  llvm::DenseSet<const clang::Stmt *> Elements;
  bool Acyclic = true;
  /// Successors that a constant branch condition rules out, by block ID
  /// (bit I: the I-th successor): `while (1)`, `do { } while (0)`,
  /// `if (DEBUG_ON && ...)`. clang's CFG builder can find these itself, but
  /// it evaluates every condition to do so (some 40 % of the build); here
  /// only the conditions that can be constant are evaluated.
  std::vector<uint8_t> Ruled;

  /// The I-th successor of B; null when it cannot be reached.
  const clang::CFGBlock *succ(const clang::CFGBlock &B, unsigned I) const {
    if (I < 8 && (Ruled[B.getBlockID()] >> I & 1))
      return nullptr;
    return B.succ_begin()[I].getReachableBlock();
  }

  /// Null Cfg when the CFG cannot be built (code it does not model).
  static CfgOrder build(const clang::FunctionDecl *Fn, clang::ASTContext &Ctx);
};

/// Can a flow follow this body along its syntax, in one pass in source
/// order, and get what one pass over its CFG would? It can when the only
/// control flow is blocks, if/else (with `&&`, `||` and `!` in the
/// condition), return and forward goto: no loop, switch, `?:`, comma,
/// statement expression, short-circuit outside a condition, and no call
/// that does not return. Such a body needs no CFG. (The syntax walk
/// recurses into nested statements, so nesting deeper than 48 ifs, or 256
/// ifs, blocks and labels, takes the CFG too.)
bool followsSyntax(const clang::Stmt *Body);

/// Takes an if's condition apart at `&&`, `||` and `!` (through
/// parentheses and implicit casts), as a flow following the syntax
/// branches on them itself, and calls Leaf with each other part. Returns
/// the number of `&&` and `||` taken apart, or -1 when the parts waiting
/// pile up past 16 (the flows recurse into them).
template <typename LeafFn>
int takeConditionApart(const clang::Expr *Cond, LeafFn Leaf) {
  int Logical = 0;
  llvm::SmallVector<const clang::Expr *, 4> Parts{Cond};
  while (!Parts.empty()) {
    const clang::Expr *E = Parts.pop_back_val()->IgnoreParenImpCasts();
    if (const auto *U = llvm::dyn_cast<clang::UnaryOperator>(E);
        U && U->getOpcode() == clang::UO_LNot) {
      Parts.push_back(U->getSubExpr());
    } else if (const auto *B = llvm::dyn_cast<clang::BinaryOperator>(E);
               B && B->isLogicalOp()) {
      if (Parts.size() > 16)
        return -1;
      ++Logical;
      Parts.push_back(B->getLHS());
      Parts.push_back(B->getRHS());
    } else {
      Leaf(E);
    }
  }
  return Logical;
}

/// followsSyntax's answer, gathered by a walk that visits every node of a
/// C body anyway (DriverModel's), in the order RecursiveASTVisitor would
/// (statements in source order, as followsSyntax takes them), where that
/// walk can be sure of it; the rest ask followsSyntax. Sure of it means:
/// every node the walk met is one whose children are what followsSyntax
/// walks (the walk says unsure() of the others: written types with
/// statements in them, initializer lists, which followsSyntax sees in
/// their other form), and too few blocks, ifs, labels and `&&`/`||` to
/// reach followsSyntax's limits. Then followsSyntax would reach every node
/// the walk met: a body with a node it refuses is not followed along its
/// syntax, and one with none is.
class SyntaxShape {
public:
  void unsure() { Unsure = true; }
  void refuse() { Refused = true; }
  void block() { ++Nesters; }
  /// A C if (no init statement or condition variable); leaveIf() when the
  /// walk is done with its branches (followsSyntax's if depth).
  void ifStmt(const clang::IfStmt *If);
  void leaveIf() { --IfDepth; }
  /// Inline: the walk meets a binary operator at every other node.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void binary(const clang::BinaryOperator *B) {
    Logical += B->isLogicalOp();
    Refused |= B->isCommaOp();
  }
  /// A call; CalleeNoReturn: its direct callee is declared noreturn.
  void call(const clang::CallExpr *C, bool CalleeNoReturn) {
    if (!Unsure && !Refused && (CalleeNoReturn || !calleeTypeReturns(C)))
      Refused = true;
  }
  /// Any other node the walk stops at (labels, gotos, `break`...), but
  /// those it passes through (casts, parentheses, names, literals...).
  void other(const clang::Stmt *S);
  /// 1: followsSyntax(Body) is true; 0: it is false; -1: ask it.
  signed char verdict() const;

  /// Does a call through C's callee expression return (not a noreturn
  /// function type)? (followsSyntax asks the direct callee's declaration
  /// too.)
  static bool calleeTypeReturns(const clang::CallExpr *C);

private:
  bool Unsure = false, Refused = false;
  unsigned Nesters = 0; ///< blocks, ifs and labels
  unsigned IfDepth = 0; ///< the ifs whose branches the walk is in
  llvm::SmallPtrSet<const clang::LabelDecl *, 8> Labels; ///< passed
  unsigned Logical = 0;     ///< `&&` and `||` anywhere
  unsigned CondLogical = 0; ///< those an if's condition is taken apart at
};

/// Could E be a constant? Not if it reads a variable that is not const, a
/// field, memory, or calls anything: then it needs no evaluation.
bool mayBeConstant(const clang::Expr *E);

/// Is E a constant zero or null (`0`, `NULL`, `(PVOID)0`), as a test
/// compares against? Only what can be constant is evaluated.
bool isNullConstant(const clang::Expr *E, clang::ASTContext &Ctx);

/// The variable a node writes (`X = ...`, `X |= ...`, `X++`) or lets be
/// written through its address (`&X`); none for any other node.
const clang::VarDecl *writtenVariable(const clang::Stmt *S);

/// E's value when it is an integer constant that fits in 64 bits (`2`,
/// `PT_WHY_UNBIND`, `sizeof(X)`); none for any other. Only what can be
/// constant is evaluated.
std::optional<int64_t> integerConstant(const clang::Expr *E,
                                       clang::ASTContext &Ctx);

/// The value of a branch condition that is a constant (`1`, `FALSE`,
/// `sizeof(X) == 8`); none for any other. Only conditions that can be
/// constant are evaluated.
std::optional<bool> constantCondition(const clang::Expr *Cond,
                                      clang::ASTContext &Ctx);

/// Is S a variable, a field path over one (`Adapter->Stats.Pending`) or a
/// literal, through casts and parentheses? Such a subtree holds nothing a
/// flow acts on (no call, assignment, declaration, return or address-of),
/// and conditions and counters are mostly made of them.
inline bool isInertPath(const clang::Stmt *S) {
  for (int Depth = 0; S && Depth < 32; ++Depth) {
    switch (S->getStmtClass()) {
    case clang::Stmt::DeclRefExprClass:
    case clang::Stmt::IntegerLiteralClass:
    case clang::Stmt::CharacterLiteralClass:
    case clang::Stmt::StringLiteralClass:
    case clang::Stmt::FloatingLiteralClass:
      return true;
    case clang::Stmt::ImplicitCastExprClass:
    case clang::Stmt::CStyleCastExprClass:
      S = llvm::cast<clang::CastExpr>(S)->getSubExpr();
      continue;
    case clang::Stmt::ParenExprClass:
      S = llvm::cast<clang::ParenExpr>(S)->getSubExpr();
      continue;
    case clang::Stmt::MemberExprClass:
      S = llvm::cast<clang::MemberExpr>(S)->getBase();
      continue;
    default:
      return false;
    }
  }
  return false;
}

/// walkElement's walk of a subtree nested too deep to recurse into: the
/// same order, with a stack of pending nodes (each visited after its
/// children) instead of the call stack.
template <typename VisitFn>
void walkElementDeep(const clang::Stmt *S,
                     const llvm::DenseSet<const clang::Stmt *> &Elements,
                     VisitFn &Visit, const clang::Stmt *Parent) {
  struct Pending {
    const clang::Stmt *S;
    const clang::Stmt *Parent;
    bool ChildrenQueued;
  };
  llvm::SmallVector<Pending, 64> Stack;
  Stack.push_back({S, Parent, false});
  while (!Stack.empty()) {
    Pending &Top = Stack.back();
    const clang::Stmt *At = Top.S, *AtParent = Top.Parent;
    if (Top.ChildrenQueued) {
      Stack.pop_back();
      Visit(At, AtParent);
      continue;
    }
    Top.ChildrenQueued = true; // (Top dangles once the stack grows)
    const clang::Stmt *Through =
        llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr,
                  clang::CStyleCastExpr>(At)
            ? AtParent
            : At;
    size_t First = Stack.size();
    if (const auto *DS = llvm::dyn_cast<clang::DeclStmt>(At)) {
      for (const clang::Decl *D : DS->decls())
        if (const auto *V = llvm::dyn_cast<clang::VarDecl>(D))
          if (const clang::Expr *Init = V->getInit())
            if (!Elements.count(Init))
              Stack.push_back({Init, Through, false});
    } else {
      for (const clang::Stmt *Child : At->children())
        if (Child && !isInertPath(Child) && !Elements.count(Child))
          Stack.push_back({Child, Through, false});
    }
    // The first child on top: children are walked in their order.
    std::reverse(Stack.begin() + First, Stack.end());
  }
}

/// Walks one CFG element in evaluation order: its sub-statements first
/// (those the CFG lists as elements of their own are visited in their own
/// place), a declaration's initializers, then the statement itself.
/// Visit(Stmt, Parent) gets the nearest enclosing statement that is not a
/// cast or parentheses, so `(PVOID)&Nbl` as an argument is still the call's.
/// Inert paths inside (isInertPath) are not visited.
/// It recurses (the cheapest walk) down to MaxRecursion levels, and walks
/// anything deeper with walkElementDeep: `X = X + G() + ... + G()` with
/// 25,000 terms nests 25,000 deep, and clang accepts it.
template <typename VisitFn>
void walkElement(const clang::Stmt *S,
                 const llvm::DenseSet<const clang::Stmt *> &Elements,
                 VisitFn &Visit, const clang::Stmt *Parent = nullptr,
                 unsigned Depth = 0) {
  constexpr unsigned MaxRecursion = 256;
  if (!S)
    return;
  if (Depth >= MaxRecursion) {
    walkElementDeep(S, Elements, Visit, Parent);
    return;
  }
  const clang::Stmt *Through =
      llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr,
                clang::CStyleCastExpr>(S)
          ? Parent
          : S;
  if (const auto *DS = llvm::dyn_cast<clang::DeclStmt>(S)) {
    for (const clang::Decl *D : DS->decls())
      if (const auto *V = llvm::dyn_cast<clang::VarDecl>(D))
        if (const clang::Expr *Init = V->getInit())
          if (!Elements.count(Init))
            walkElement(Init, Elements, Visit, Through, Depth + 1);
  } else {
    for (const clang::Stmt *Child : S->children())
      if (Child && !isInertPath(Child) && !Elements.count(Child))
        walkElement(Child, Elements, Visit, Through, Depth + 1);
  }
  Visit(S, Parent);
}

/// The parts of a branch condition that the branch decides: through `!`,
/// and through `&&` (on the true branch) and `||` (on the false branch).
/// Leaf(Part, Branch) gets every other part, with parentheses and implicit
/// casts stripped; other unary operators decide nothing.
template <typename LeafFn>
void forEachDecidedPart(const clang::Expr *Cond, bool Branch, LeafFn &Leaf,
                        int Depth = 0) {
  if (!Cond || Depth > 16)
    return;
  Cond = Cond->IgnoreParenImpCasts();
  if (const auto *U = llvm::dyn_cast<clang::UnaryOperator>(Cond)) {
    if (U->getOpcode() == clang::UO_LNot)
      forEachDecidedPart(U->getSubExpr(), !Branch, Leaf, Depth + 1);
    // (`*Out`, a handle read through a parameter, is tested as any value.)
    if (U->getOpcode() != clang::UO_Deref)
      return;
  }
  if (const auto *B = llvm::dyn_cast<clang::BinaryOperator>(Cond)) {
    if (B->getOpcode() == clang::BO_LAnd) {
      if (Branch) {
        forEachDecidedPart(B->getLHS(), true, Leaf, Depth + 1);
        forEachDecidedPart(B->getRHS(), true, Leaf, Depth + 1);
      }
      return;
    }
    if (B->getOpcode() == clang::BO_LOr) {
      if (!Branch) {
        forEachDecidedPart(B->getLHS(), false, Leaf, Depth + 1);
        forEachDecidedPart(B->getRHS(), false, Leaf, Depth + 1);
      }
      return;
    }
  }
  Leaf(Cond, Branch);
}

/// Follows a branch condition along its syntax as the CFG's blocks for it
/// would: `X && Y` runs Y where X was true and is false where either was;
/// `X || Y` runs Y where X was false and is true where either was; `!X`
/// swaps the two. True holds the state before the condition and, on
/// return, where it is true; False where it is false. Test(Part, True,
/// False) does the same for a plain test (no `&&`, `||` or `!` at its top,
/// or nested deeper than 32). Both flows' syntax paths use it.
template <typename StateT, typename TestFn>
void splitCondition(const clang::Expr *Cond, StateT &True, StateT &False,
                    TestFn &Test, int Depth = 0) {
  const clang::Expr *E = Cond->IgnoreParenImpCasts();
  if (const auto *B = llvm::dyn_cast<clang::BinaryOperator>(E);
      B && B->isLogicalOp() && Depth < 32) {
    StateT XFalse, YFalse;
    splitCondition(B->getLHS(), True, XFalse, Test, Depth + 1);
    if (B->getOpcode() == clang::BO_LAnd) {
      splitCondition(B->getRHS(), True, YFalse, Test, Depth + 1);
      False = std::move(XFalse);
      False.join(YFalse);
    } else {
      StateT XTrue = std::move(True);
      splitCondition(B->getRHS(), XFalse, YFalse, Test, Depth + 1);
      True = std::move(XTrue);
      True.join(XFalse); // XFalse now holds where Y was true
      False = std::move(YFalse);
    }
    return;
  }
  if (const auto *U = llvm::dyn_cast<clang::UnaryOperator>(E);
      U && U->getOpcode() == clang::UO_LNot && Depth < 32) {
    splitCondition(U->getSubExpr(), True, False, Test, Depth + 1);
    std::swap(True, False);
    return;
  }
  Test(Cond, True, False);
}

/// The condition that picks between a block's two successors (the first
/// taken when it is true); null for other blocks and for a switch.
inline const clang::Expr *branchCondition(const clang::CFGBlock &B) {
  if (B.succ_size() != 2 ||
      llvm::isa_and_nonnull<clang::SwitchStmt>(B.getTerminatorStmt()))
    return nullptr;
  return llvm::dyn_cast_or_null<clang::Expr>(
      B.getTerminatorCondition(/*StripParens=*/true));
}

/// The default for propagate's Decides: every branch may narrow the state.
struct AnyBranchDecides {
  template <typename StateT>
  bool operator()(const StateT &, const clang::Expr *, bool) const {
    return true;
  }
};

/// The state along one edge of a block whose out-state is Out: Out itself
/// where Decides(Out, Cond, TrueBranch) says the branch narrows nothing (or
/// there is no condition), else a copy in Scratch narrowed by
/// Refine(State &, Cond, TrueBranch).
template <typename StateT, typename RefineFn, typename DecidesFn>
const StateT &alongEdge(const StateT &Out, const clang::Expr *Cond,
                        bool TrueBranch, RefineFn &Refine, DecidesFn &Decides,
                        StateT &Scratch) {
  if (!Cond || !Decides(Out, Cond, TrueBranch))
    return Out;
  Scratch = Out;
  Refine(Scratch, Cond, TrueBranch);
  return Scratch;
}

/// Sends a block's out-state along its edges: each edge gets a copy,
/// narrowed by the branch condition (Refine(State &, const Expr *, bool
/// TrueBranch); it may mark the copy unreached when the branch cannot be
/// taken), then joined into the successor's in-state. Where Decides(Out,
/// Cond, TrueBranch) says the branch narrows nothing, the out-state is
/// joined as it is, without a copy. Successors whose state changed are
/// queued in Work, when given.
template <typename StateT, typename RefineFn,
          typename DecidesFn = AnyBranchDecides>
void propagate(const CfgOrder &CO, const clang::CFGBlock &B, const StateT &Out,
               std::vector<StateT> &In, RefineFn Refine,
               std::set<unsigned> *Work, DecidesFn Decides = DecidesFn()) {
  const clang::Expr *Cond = branchCondition(B);
  for (unsigned Index = 0; Index < B.succ_size(); ++Index) {
    const clang::CFGBlock *SB = CO.succ(B, Index);
    bool TrueBranch = Index == 0;
    if (!SB)
      continue;
    StateT Scratch;
    const StateT &Edge =
        alongEdge(Out, Cond, TrueBranch, Refine, Decides, Scratch);
    if (!Edge.Reached)
      continue; // the test cannot go this way
    if (In[SB->getBlockID()].join(Edge) && Work)
      Work->insert(CO.Rank[SB->getBlockID()]);
  }
}

/// Runs Transfer(Block, State &) to a fixed point, visiting blocks in
/// reverse post-order through a worklist. The states are finite lattices,
/// so this ends; the budget guards against pathological input, and when it
/// runs out the answer is false (the caller then says nothing).
template <typename StateT, typename TransferFn, typename RefineFn,
          typename DecidesFn = AnyBranchDecides>
bool fixedPoint(const CfgOrder &CO, std::vector<StateT> &In,
                TransferFn Transfer, RefineFn Refine,
                DecidesFn Decides = DecidesFn()) {
  std::set<unsigned> Work;
  for (unsigned I = 0; I < CO.Order.size(); ++I)
    Work.insert(I);
  size_t Budget = 64 * CO.Order.size() + 1024;
  while (!Work.empty()) {
    if (Budget-- == 0)
      return false;
    unsigned R = *Work.begin();
    Work.erase(Work.begin());
    const clang::CFGBlock &B = *CO.Order[R];
    if (!In[B.getBlockID()].Reached)
      continue;
    StateT Out = In[B.getBlockID()];
    Transfer(B, Out);
    propagate(CO, B, Out, In, Refine, &Work, Decides);
  }
  return true;
}

} // namespace ndis

#endif
