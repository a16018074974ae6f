//===--- ValueAliases.cpp - Which access paths hold the same value --------===//

#include "ValueAliases.h"
#include <algorithm>
#include <map>
#include "DriverModel.h"
#include "LocalVersions.h"

using namespace clang;

namespace ndis {

void ValueAliases::addFunction(const FunctionInfo &F, const LocalVersions &V) {
  addAssignments(F, V);
  for (const CallSite &C : F.Calls)
    addCallBindings(C.Call, C.Callee, V);
  if (V.empty())
    return;
  // A DDI's argument reached by several versions of a reused local may be
  // any of them: PoolFacts looks it up by the first.
  for (const DdiCall &C : F.Ddis)
    for (const Expr *Arg : C.Call->arguments()) {
      auto Keys = V.readKeys(Arg);
      for (size_t I = 1; I < Keys.size(); ++I)
        joinKeys(Keys[0], Keys[I]);
    }
}

void ValueAliases::joinRead(llvm::StringRef Key, const Expr *E,
                            const LocalVersions &V) {
  auto Keys = V.readKeys(E);
  for (llvm::StringRef K : Keys)
    joinKeys(Key, K);
  if (Keys.empty())
    if (auto R = accessPathOf(E))
      joinKeys(Key, R->key());
}

void ValueAliases::addAssignments(const FunctionInfo &F,
                                  const LocalVersions &V) {
  for (const Assignment &A : F.PointerAssigns) {
    llvm::SmallString<64> L =
        V.writeKey(A.Var ? (const void *)A.Var : (const void *)A.LHS);
    if (L.empty()) {
      std::optional<AccessPath> P;
      if (A.Var) {
        P = AccessPath();
        P->Root = A.Var->getCanonicalDecl();
      } else {
        P = accessPathOf(A.LHS);
      }
      if (!P || P->Kind == AccessPath::Constant)
        continue;
      L = P->key();
    }
    joinRead(L, A.RHS, V);
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

/// Can a parameter of type T be a pool or shared-memory handle, a buffer,
/// an item, or point to one of these? Not when it points to a structure
/// other than an item: a driver's context (PMP_ADAPTER), a lock, an IRP.
/// What such a parameter aliases is reached through its fields, which are
/// named by their type (AccessPath.h), never through the parameter itself;
/// binding it to each argument cost a hash-map entry per call.
static bool mayHoldTrackedValue(QualType T) {
  const auto *Ptr = T->getAs<PointerType>();
  if (!Ptr)
    return false;
  // (No record: void *, a buffer, a pointer to a handle.)
  const RecordType *Rec = Ptr->getPointeeType()->getAs<RecordType>();
  return !Rec || isItemRecord(Rec->getDecl());
}

bool ValueAliases::paramMayHoldTracked(QualType T) {
  auto [It, New] = HoldsTracked.try_emplace(T.getTypePtr(), false);
  if (New) // (qualifiers do not change the answer)
    It->second = mayHoldTrackedValue(T);
  return It->second;
}

void ValueAliases::addCallBindings(const CallExpr *Call,
                                   const FunctionDecl *Callee,
                                   const LocalVersions &V) {
  unsigned N = std::min<unsigned>(Call->getNumArgs(), Callee->getNumParams());
  for (unsigned I = 0; I < N; ++I)
    if (paramMayHoldTracked(Callee->getParamDecl(I)->getType())) {
      AccessPath Param;
      Param.Root = Callee->getParamDecl(I)->getCanonicalDecl();
      joinRead(Param.key(), Call->getArg(I), V);
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
