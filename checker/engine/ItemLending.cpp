//===--- ItemLending.cpp - Helpers an item is only lent to ----------------===//
//
// See ItemLending.h for the rule.
//
//===----------------------------------------------------------------------===//

#include "ItemLending.h"
#include "BodyParents.h"
#include "DdiCalls.h"
#include "DriverModel.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ndis {

namespace {
constexpr int MaxDepth = 8;
} // namespace

bool ItemLending::lends(const FunctionDecl *Fn, unsigned Index, int Depth) {
  if (!Fn || !Fn->hasBody() || Index >= Fn->getNumParams() || Depth > MaxDepth)
    return false;
  auto Key = std::make_pair(Fn, Index);
  if (auto It = Known.find(Key); It != Known.end())
    return It->second;
  Known[Key] = false; // while it is worked out: recursion escapes
  const ParmVarDecl *Param = Fn->getParamDecl(Index);
  const Stmt *Body = Fn->getBody();
  BodyParents Parents(Body);
  bool Lent = true;
  llvm::SmallVector<const Stmt *, 32> Stack{Body};
  while (Lent && !Stack.empty()) {
    const Stmt *S = Stack.pop_back_val();
    if (!S)
      continue;
    for (const Stmt *Child : S->children())
      Stack.push_back(Child);
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    if (!Ref || Ref->getDecl() != Param)
      continue;
    // The use, past the casts and parentheses around the parameter.
    const Stmt *Use = Ref, *Up = Parents.parent(Ref);
    while (Up && (isa<ImplicitCastExpr>(Up) || isa<ParenExpr>(Up) ||
                  isa<CStyleCastExpr>(Up))) {
      Use = Up;
      Up = Parents.parent(Up);
    }
    if (!Up) {
      Lent = false;
    } else if (const auto *M = dyn_cast<MemberExpr>(Up)) {
      Lent = M->getBase() == Use;
    } else if (const auto *A = dyn_cast<ArraySubscriptExpr>(Up)) {
      Lent = A->getBase() == Use;
    } else if (const auto *U = dyn_cast<UnaryOperator>(Up)) {
      Lent = U->getOpcode() == UO_Deref || U->getOpcode() == UO_LNot;
    } else if (const auto *B = dyn_cast<BinaryOperator>(Up)) {
      Lent = B->isComparisonOp() || B->isLogicalOp();
    } else if (isa<IfStmt>(Up) || isa<WhileStmt>(Up) || isa<DoStmt>(Up) ||
               isa<ForStmt>(Up)) {
      Lent = true; // a test of the pointer
    } else if (const auto *C = dyn_cast<CallExpr>(Up)) {
      if (C->getCallee()->IgnoreParenImpCasts() == Use) {
        Lent = false;
      } else if (ddiRuleFor(C, Rules, Ctx)) {
        Lent = true;
      } else {
        const FunctionDecl *Callee = calleeWithBody(C);
        Lent = false;
        for (unsigned I = 0; Callee && I < C->getNumArgs(); ++I)
          if (C->getArg(I) == Use)
            Lent = lends(Callee, I, Depth + 1);
      }
    } else {
      Lent = false; // stored, returned, its address taken ...
    }
  }
  Known[Key] = Lent;
  return Lent;
}

} // namespace ndis
