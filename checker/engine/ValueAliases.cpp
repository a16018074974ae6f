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
  llvm::StringRef Cur = Key;
  for (int Guard = 0; Guard < 10000; ++Guard) {
    auto It = Parent.find(Cur);
    if (It == Parent.end() || It->second.empty()) // a root
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
  llvm::SmallString<64> KA = A.key(), KB = B.key();
  llvm::StringRef RA = find(KA), RB = find(KB);
  if (RA == RB)
    return;
  // The link points at Parent's own copy of RB (an empty value: a root).
  llvm::StringRef To = Parent.try_emplace(RB).first->getKey();
  Parent[RA] = To;
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
