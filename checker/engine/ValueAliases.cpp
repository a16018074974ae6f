//===--- ValueAliases.cpp - Which access paths hold the same value --------===//

#include "ValueAliases.h"
#include "DriverModel.h"

using namespace clang;

namespace ndis {

void ValueAliases::addAssignments(const FunctionInfo &F) {
  for (const Assignment &A : F.PointerAssigns) {
    std::optional<AccessPath> L;
    if (A.Var) {
      L = AccessPath();
      L->Root = A.Var->getCanonicalDecl();
    } else {
      L = accessPathOf(A.LHS);
    }
    if (!L)
      continue;
    if (auto R = accessPathOf(A.RHS))
      join(*L, *R);
  }
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
