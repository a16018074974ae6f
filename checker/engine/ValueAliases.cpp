//===--- ValueAliases.cpp - Which access paths hold the same value --------===//

#include "ValueAliases.h"
#include <algorithm>
#include <map>
#include "DriverModel.h"

using namespace clang;

namespace ndis {

void ValueAliases::addFunction(const FunctionInfo &F) {
  addAssignments(F);
  for (const CallSite &C : F.Calls)
    addCallBindings(C.Call, C.Callee);
}

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

ValueAliases::Entry *ValueAliases::rootOf(Entry *E) {
  Entry *Root = E;
  while (Root->second.Parent)
    Root = Root->second.Parent;
  // Point everything on the way straight at the root.
  while (E != Root) {
    Entry *Next = E->second.Parent;
    E->second.Parent = Root;
    E = Next;
  }
  return Root;
}

llvm::StringRef ValueAliases::find(llvm::StringRef Key) const {
  auto It = Nodes.find(Key);
  if (It == Nodes.end())
    return Key; // never joined: its own class
  return rootOf(&*It)->getKey();
}

void ValueAliases::join(const AccessPath &A, const AccessPath &B) {
  if (A.Kind == AccessPath::Constant || B.Kind == AccessPath::Constant)
    return;
  joinKeys(A.key(), B.key());
}

void ValueAliases::joinKeys(llvm::StringRef A, llvm::StringRef B) {
  if ((!A.empty() && A[0] == '#') || (!B.empty() && B[0] == '#'))
    return;
  Entry *RA = rootOf(&*Nodes.try_emplace(A).first);
  Entry *RB = rootOf(&*Nodes.try_emplace(B).first);
  if (RA == RB)
    return;
  if (RA->second.Size < RB->second.Size)
    std::swap(RA, RB);
  RB->second.Parent = RA;
  RA->second.Size += RB->second.Size;
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
  // (A constant's key starts with '#': the keys' overload says it all.)
  return mayBeEqual(A.key(), B.key());
}

} // namespace ndis

namespace ndis {

std::vector<std::pair<std::string, std::string>>
ValueAliases::sharedEdges() const {
  // The shared keys (fields and globals: isSharedKey) of each class,
  // each joined to the least of them.
  std::map<const void *, std::vector<std::string>> ByRoot;
  for (auto &E : Nodes) {
    llvm::StringRef K = E.getKey();
    if (!isSharedKey(K))
      continue;
    ByRoot[rootOf(&E)].push_back(K.str());
  }
  std::vector<std::pair<std::string, std::string>> Out;
  for (auto &[Root, Keys] : ByRoot) {
    if (Keys.size() < 2)
      continue;
    std::sort(Keys.begin(), Keys.end());
    for (size_t I = 1; I < Keys.size(); ++I)
      Out.push_back({Keys[I], Keys[0]});
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace ndis
