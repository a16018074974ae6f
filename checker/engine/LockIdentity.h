//===--- LockIdentity.h - Is this the very lock that is held? -------------===//
//
// The lock set (LockIrqlFlow.h) keys a lock by where it is stored:
// `&A->Lock` and `&B->Lock` are both ADAPTER::Lock. That is right for "a
// spin lock is held", wrong for "this lock is taken twice": a function
// that locks two adapters in turn takes two locks. ndis-spinlock-reacquired
// reports only a lock named by the same address, computed from the same
// variable that cannot have changed between:
//
//   address   := root [ "/" field ]...
//   root      := the address of a variable (a global or local lock,
//                `&Global`, `&Local.Lock`)                  Loaded = false
//              | the pointer a variable holds (`SpinLock`,
//                `&Adapter->Lock`, `&Adapter->Queue.Lock`)  Loaded = true
//
// Anything else (a pointer read from a field, `Adapter->pLock`; an array
// element; a call) has no address here, and nothing is reported for it.
// A Loaded root must be stable in its function: a parameter never
// assigned, or a local written once, at the top level of the body, and
// neither with its address taken. A global's value is never stable.
//
// Across calls, an address rooted at a callee's (stable) parameter is the
// caller's argument's address with the rest appended:
//
//   caller:  NdisAcquireSpinLock(&A->Lock); Helper(A);    A:/Lock
//   Helper(PADAPTER X) { NdisAcquireSpinLock(&X->Lock); } X:/Lock -> A:/Lock
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LOCKIDENTITY_H
#define NDIS_TIDY_ENGINE_LOCKIDENTITY_H

#include "Summaries.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <string>

namespace ndis {

class DriverModel;

struct LockAddr {
  const clang::VarDecl *Root = nullptr;
  bool Loaded = false;
  std::string Rest; ///< "/Queue#.../Lock#..." (fieldStep)
  bool operator==(const LockAddr &O) const {
    return Root == O.Root && Loaded == O.Loaded && Rest == O.Rest;
  }
};

/// The address a pointer expression computes (`&Adapter->Lock`,
/// `SpinLock`, `&GlobalLock`), if it has one (see above).
std::optional<LockAddr> lockAddress(const clang::Expr *Pointer);

/// One field in LockAddr::Rest: its name and its declaration.
std::string fieldStep(const clang::FieldDecl *F);

/// Which variables each function may change: the test of a stable root.
class StableRoots {
public:
  /// Is A's root stable in Fn (the function whose code computes A)?
  bool stable(const LockAddr &A, const clang::FunctionDecl *Fn);

  /// A, an address in the terms of the function call C calls, in the terms
  /// of the function making the call; none when its root is a local of the
  /// callee or a parameter not stable there.
  std::optional<LockAddr> throughCall(const LockAddr &A,
                                      const clang::CallExpr *C,
                                      const clang::FunctionDecl *Callee,
                                      const clang::FunctionDecl *Caller);

  /// Is Now (an address in Fn's terms) the lock Held (in HeldFn's terms),
  /// given Calls, the calls from HeldFn down to Fn? Every root on the way
  /// stable, every call in this translation unit.
  bool same(const LockAddr &Held, const clang::FunctionDecl *HeldFn,
            LockAddr Now, const clang::FunctionDecl *Fn, const Chain &Calls,
            const DriverModel &Model);

private:
  struct Writes {
    llvm::DenseSet<const clang::VarDecl *> Unstable;     ///< parameters
    llvm::DenseSet<const clang::VarDecl *> StableLocals; ///< written once
  };
  const Writes &writesOf(const clang::FunctionDecl *Fn);
  llvm::DenseMap<const clang::FunctionDecl *, Writes> Cache;
};

} // namespace ndis

#endif
