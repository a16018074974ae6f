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

llvm::StringRef ValueAliases::find(llvm::StringRef Key) const {
  auto It = Nodes.find(Key);
  if (It == Nodes.end())
    return Key; // never joined: its own class
  llvm::StringRef Root = It->getKey();
  while (!Nodes.find(Root)->second.Parent.empty())
    Root = Nodes.find(Root)->second.Parent;
  // Point everything on the way straight at the root.
  for (llvm::StringRef Cur = It->getKey(); Cur != Root;) {
    Node &N = Nodes.find(Cur)->second;
    Cur = N.Parent;
    N.Parent = Root;
  }
  return Root;
}

void ValueAliases::join(const AccessPath &A, const AccessPath &B) {
  if (A.Kind == AccessPath::Constant || B.Kind == AccessPath::Constant)
    return;
  llvm::SmallString<64> KA = A.key(), KB = B.key();
  // Both as nodes, so that the links point at the map's own keys.
  llvm::StringRef RA = find(Nodes.try_emplace(KA).first->getKey());
  llvm::StringRef RB = find(Nodes.try_emplace(KB).first->getKey());
  if (RA == RB)
    return;
  Node &NA = Nodes.find(RA)->second, &NB = Nodes.find(RB)->second;
  if (NA.Size < NB.Size) {
    NA.Parent = RB;
    NB.Size += NA.Size;
  } else {
    NB.Parent = RA;
    NA.Size += NB.Size;
  }
}

bool ValueAliases::mayBeEqual(llvm::StringRef A, llvm::StringRef B) const {
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
  llvm::SmallString<64> KA = A.key(), KB = B.key();
  return find(KA) == find(KB);
}

} // namespace ndis
