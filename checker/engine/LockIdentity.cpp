//===--- LockIdentity.cpp - Is this the very lock that is held? -----------===//
//
// See LockIdentity.h.
//
//===----------------------------------------------------------------------===//

#include "LockIdentity.h"
#include "DriverModel.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace ndis {
namespace {

const VarDecl *varOf(const Expr *E) {
  if (const auto *D = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()))
    return dyn_cast<VarDecl>(D->getDecl());
  return nullptr;
}

std::optional<LockAddr> pointerAddress(const Expr *Pointer, unsigned Depth);

/// The address of an lvalue: `Adapter->Lock`, `Global`, `S.F`, `*P`.
/// (Depth bounds the recursion on a hostile chain of fields.)
std::optional<LockAddr> objectAddress(const Expr *E, unsigned Depth) {
  if (Depth > 32)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (const VarDecl *V = varOf(E))
    return LockAddr{V, false, ""};
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl());
    if (!F)
      return std::nullopt;
    std::optional<LockAddr> Base =
        M->isArrow() ? pointerAddress(M->getBase(), Depth + 1)
                     : objectAddress(M->getBase(), Depth + 1);
    if (Base)
      Base->Rest += fieldStep(F);
    return Base;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    return pointerAddress(U->getSubExpr(), Depth + 1);
  return std::nullopt;
}

/// The address a pointer expression computes.
std::optional<LockAddr> pointerAddress(const Expr *Pointer, unsigned Depth) {
  if (!Pointer || Depth > 32)
    return std::nullopt;
  // Casts change no address: ((PADAPTER)Context)->Lock.
  const Expr *E = Pointer->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    return objectAddress(U->getSubExpr(), Depth + 1);
  if (const VarDecl *V = varOf(E);
      V && V->getType()->isPointerType())
    return LockAddr{V, true, ""};
  return std::nullopt;
}

} // namespace

std::optional<LockAddr> lockAddress(const Expr *Pointer) {
  return pointerAddress(Pointer, 0);
}

std::string fieldStep(const FieldDecl *F) {
  // The declaration itself: two record types' fields of one name (through
  // a cast) are two places.
  return "/" + F->getName().str() + "#" +
         llvm::utohexstr(reinterpret_cast<uintptr_t>(F->getCanonicalDecl()));
}

const StableRoots::Writes &StableRoots::writesOf(const FunctionDecl *Fn) {
  auto [It, New] = Cache.try_emplace(Fn);
  if (!New || !Fn->getBody())
    return It->second;
  // Writes per variable, and those at the top level of the body.
  llvm::DenseMap<const VarDecl *, std::pair<unsigned, unsigned>> Count;
  llvm::DenseSet<const Stmt *> TopLevel;
  if (const auto *Body = dyn_cast<CompoundStmt>(Fn->getBody()))
    for (const Stmt *S : Body->body())
      TopLevel.insert(S);
  llvm::SmallVector<const Stmt *, 32> Work{Fn->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    bool Top = TopLevel.count(S) != 0;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *V = dyn_cast<VarDecl>(D); V && V->hasInit()) {
          auto &C = Count[V];
          ++C.first;
          C.second += Top;
        }
    } else if (const auto *B = dyn_cast<BinaryOperator>(S)) {
      if (B->isAssignmentOp())
        if (const VarDecl *V = varOf(B->getLHS())) {
          auto &C = Count[V];
          ++C.first;
          C.second += Top && B->getOpcode() == BO_Assign;
        }
    } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
      if (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)
        if (const VarDecl *V = varOf(U->getSubExpr()))
          Count[V].first += 2; // changed, or changeable through a pointer
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  // Stable: a parameter never written; a local written once, at the top.
  for (const ParmVarDecl *P : Fn->parameters())
    if (Count.lookup(P).first != 0)
      It->second.Unstable.insert(P);
  for (const auto &[V, C] : Count)
    if (!isa<ParmVarDecl>(V) && C.first == 1 && C.second == 1)
      It->second.StableLocals.insert(V);
  return It->second;
}

bool StableRoots::stable(const LockAddr &A, const FunctionDecl *Fn) {
  if (!A.Root)
    return false;
  if (!A.Loaded)
    return true; // a variable's own address
  if (A.Root->hasGlobalStorage())
    return false; // a global (or static) pointer may change under us
  const auto *Owner = dyn_cast<FunctionDecl>(A.Root->getDeclContext());
  if (!Owner || !Fn || Owner != Fn)
    return false;
  const Writes &W = writesOf(Fn);
  return isa<ParmVarDecl>(A.Root) ? !W.Unstable.count(A.Root)
                                  : W.StableLocals.count(A.Root) != 0;
}

std::optional<LockAddr> StableRoots::throughCall(const LockAddr &A,
                                                 const CallExpr *C,
                                                 const FunctionDecl *Callee,
                                                 const FunctionDecl *Caller) {
  if (!stable(A, Callee))
    return std::nullopt;
  if (!A.Loaded && A.Root->hasGlobalStorage())
    return A; // a global lock is the same in every function
  const auto *P = dyn_cast<ParmVarDecl>(A.Root);
  if (!P || !A.Loaded)
    return std::nullopt; // a local of the callee
  unsigned I = P->getFunctionScopeIndex();
  if (I >= C->getNumArgs())
    return std::nullopt;
  std::optional<LockAddr> Arg = lockAddress(C->getArg(I));
  if (!Arg || !stable(*Arg, Caller))
    return std::nullopt;
  Arg->Rest += A.Rest;
  return Arg;
}

bool StableRoots::same(const LockAddr &Held, const FunctionDecl *HeldFn,
                       LockAddr Now, const FunctionDecl *Fn, const Chain &Calls,
                       const DriverModel &Model) {
  if (!stable(Now, Fn))
    return false;
  const FunctionDecl *Cur = Fn;
  for (size_t I = Calls.size(); I-- > 0;) {
    const CallExpr *C = Calls[I].local();
    const FunctionInfo *In = C ? Model.callerOf(C) : nullptr;
    if (!In)
      return false;
    std::optional<LockAddr> Up = throughCall(Now, C, Cur, In->Fn);
    if (!Up)
      return false;
    Now = std::move(*Up);
    Cur = In->Fn;
  }
  return Cur == HeldFn && stable(Held, HeldFn) && Held == Now;
}

} // namespace ndis
