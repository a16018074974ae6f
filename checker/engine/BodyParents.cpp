//===--- BodyParents.cpp - Parent statements within one function body -----===//

#include "BodyParents.h"
#include "clang/AST/Expr.h"
#include <vector>

using namespace clang;

namespace ndis {

BodyParents::BodyParents(const Stmt *Body) {
  // Iterative, so that a deeply nested body cannot exhaust the stack.
  std::vector<const Stmt *> Stack;
  if (Body)
    Stack.push_back(Body);
  while (!Stack.empty()) {
    const Stmt *S = Stack.back();
    Stack.pop_back();
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D))
          DeclaredBy.try_emplace(V, DS);
    for (const Stmt *Child : S->children())
      if (Child && Parent.try_emplace(Child, S).second)
        Stack.push_back(Child);
  }
}

bool BodyParents::within(const Stmt *S, const Stmt *Outer) const {
  for (int Depth = 0; S && Depth < 4096; ++Depth, S = parent(S))
    if (S == Outer)
      return true;
  return false;
}

bool BodyParents::conditionalTo(const Stmt *At, const Stmt *Use) const {
  for (const Stmt *S = parent(At); S; S = parent(S)) {
    bool Branches = isa<IfStmt, SwitchStmt, WhileStmt, DoStmt, ForStmt,
                        AbstractConditionalOperator>(S);
    if (const auto *B = dyn_cast<BinaryOperator>(S))
      Branches = B->isLogicalOp();
    if (Branches && !within(Use, S))
      return true;
  }
  return false;
}

} // namespace ndis
