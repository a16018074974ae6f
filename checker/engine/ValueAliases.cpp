//===--- ValueAliases.cpp - Which access paths hold the same value --------===//

#include "ValueAliases.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ndis {

namespace {
class AssignmentVisitor : public RecursiveASTVisitor<AssignmentVisitor> {
public:
  explicit AssignmentVisitor(ValueAliases &A) : Aliases(A) {}

  // Every handle the checks follow is a pointer (NDIS_HANDLE is PVOID);
  // integer arithmetic never joins two handles.
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign && B->getType()->isPointerType())
      joinExprs(B->getLHS(), B->getRHS());
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (!V->getType()->isPointerType())
      return true;
    if (const Expr *Init = V->getInit())
      if (auto R = accessPathOf(Init)) {
        AccessPath L;
        L.Root = V->getCanonicalDecl();
        Aliases.join(L, *R);
      }
    return true;
  }

private:
  void joinExprs(const Expr *L, const Expr *R) {
    auto LP = accessPathOf(L), RP = accessPathOf(R);
    if (LP && RP)
      Aliases.join(*LP, *RP);
  }
  ValueAliases &Aliases;
};
} // namespace

void ValueAliases::addAssignmentsIn(const Stmt *S) {
  if (S)
    AssignmentVisitor(*this).TraverseStmt(const_cast<Stmt *>(S));
}

std::string ValueAliases::find(const std::string &Key) const {
  std::string Cur = Key;
  for (int Guard = 0; Guard < 10000; ++Guard) {
    auto It = Parent.find(Cur);
    if (It == Parent.end() || It->second == Cur)
      break;
    Cur = It->second;
  }
  if (Cur != Key)
    Parent[Key] = Cur; // path halving, enough for our sizes
  return Cur;
}

void ValueAliases::join(const AccessPath &A, const AccessPath &B) {
  if (A.Kind == AccessPath::Constant || B.Kind == AccessPath::Constant)
    return;
  std::string RA = find(A.key()), RB = find(B.key());
  if (RA != RB)
    Parent[RA] = RB;
}

bool ValueAliases::mayBeEqual(const std::string &A,
                              const std::string &B) const {
  if (A == B)
    return true;
  if ((!A.empty() && A[0] == '#') || (!B.empty() && B[0] == '#'))
    return false;
  return find(A) == find(B);
}

void ValueAliases::addCallBindings(const CallExpr *Call,
                                   const FunctionDecl *Callee) {
  unsigned N = std::min<unsigned>(Call->getNumArgs(), Callee->getNumParams());
  for (unsigned I = 0; I < N; ++I)
    if (Callee->getParamDecl(I)->getType()->isPointerType())
    if (auto Arg = accessPathOf(Call->getArg(I))) {
      AccessPath Param;
      Param.Root = Callee->getParamDecl(I)->getCanonicalDecl();
      join(Param, *Arg);
    }
}

bool ValueAliases::mayBeEqual(const AccessPath &A, const AccessPath &B) const {
  if (A == B)
    return true;
  if (A.Kind == AccessPath::Constant || B.Kind == AccessPath::Constant)
    return false;
  return find(A.key()) == find(B.key());
}

} // namespace ndis
