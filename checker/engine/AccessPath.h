//===--- AccessPath.h - Canonical names for handles -----------------------===//
//
// A handle is named by where it is stored, not by how the code spells the
// way there: `Adapter->NblPool`, `pAdapter->NblPool` and
// `((PMP_ADAPTER)Ctx)->NblPool` all name MP_ADAPTER::NblPool. Roots are a
// local, a parameter, a global, the record type a field path starts from,
// or a constant (NULL, 0).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_ACCESSPATH_H
#define NDIS_TIDY_ENGINE_ACCESSPATH_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace ndis {

struct AccessPath {
  enum RootKind { Variable, Record, Constant };
  RootKind Kind = Variable;
  /// The variable (Variable) or record declaration (Record).
  const clang::NamedDecl *Root = nullptr;
  /// The constant's value (Constant).
  int64_t Value = 0;
  /// Field names from the root; "[N]" is element N, "[]" any element.
  /// (Names are the AST's identifiers or literals: nothing to allocate.)
  llvm::SmallVector<llvm::StringRef, 4> Fields;

  /// A key that is equal for equal paths: "MP_ADAPTER::NblPool". Built on
  /// the stack: paths are keyed at every call and assignment the flows see.
  llvm::SmallString<64> key() const;
  bool operator==(const AccessPath &O) const {
    return key().str() == O.key().str();
  }
  bool operator!=(const AccessPath &O) const { return !(*this == O); }
  /// Does this path start at a local variable or parameter?
  bool isLocal() const;
};

/// A function summary's key for P: "%N" for the function's parameter N
/// itself, "%N*" for what it points to (handlePathOf), P's key for a field
/// or a global; none for a local or a constant (it dies with the function).
std::optional<std::string> summaryKeyOf(const AccessPath &P);

/// Is Key a path every translation unit names the same way (a field or a
/// global: not a parameter "%N", a constant "#N", a local "name@...", or a
/// path with no root "?")? Such keys go into whole-driver summaries.
bool isSharedKey(llvm::StringRef Key);

/// Where the driver keeps an item stored at E, when E is a field, an array
/// element or a ring slot that outlives the function: the record that
/// declares the last field, the field, then its subscripts ("[N]" for a
/// constant index, "[]" for any other):
///   Adapter->RxNbls[i]     -> "MP_ADAPTER::RxNbls.[]"
///   Adapter->Rcb[i].Nbl    -> "MP_RCB::Nbl"  (so is Rcb->Nbl: one field
///   Rcb->Nbl               -> "MP_RCB::Nbl"   however it is reached)
///   g_Nbls[3]              -> "::g_Nbls.[3]"
/// None for a local, a constant, no path, or a field of an item itself
/// (`NET_BUFFER_NEXT_NB(Nb)`: what is stored there is inside that item).
std::optional<std::string> slotKeyOf(const clang::Expr *E);

/// Does freeing the items at slot Release free the one kept at slot Kept?
/// The same slot does; a non-constant index (a loop over the collection)
/// frees every element; one constant index frees its own element only (a
/// weak update: `Adapter->RxNbls[0]` says nothing of the other slots).
bool releasesSlot(llvm::StringRef Release, llvm::StringRef Kept);

/// Does the key (a path or slot key) hold a non-constant index: does it
/// name every element of a collection rather than one?
bool namesCollection(llvm::StringRef Key);

/// The path an lvalue or rvalue expression reads, looking through parens,
/// casts, `*&`; none for anything else (calls, arithmetic).
std::optional<AccessPath> accessPathOf(const clang::Expr *E);

/// For an out-parameter argument `&X`: the path of X.
std::optional<AccessPath> pointeePathOf(const clang::Expr *E);

/// The path of a pool handle: accessPathOf's, and for `*Out`, where Out is
/// a parameter through which a helper hands its caller a handle
/// (`*PoolOut = NdisAllocateNetBufferListPool(...)`), the caller's handle:
/// Out's path with the step "*" (isOutParamPath; summary key "%N*").
/// Only handles (`void *`): items and locks reached through a parameter
/// are not the caller's to track by it.
std::optional<AccessPath> handlePathOf(const clang::Expr *E);

/// For a DDI's out-parameter argument: `&X`'s X (pointeePathOf), or, for
/// Out, a parameter of the function through which it hands its caller a
/// handle (`NdisAllocatePacketPool(&Status, PoolOut, ...)`), `*Out`.
std::optional<AccessPath> outArgPathOf(const clang::Expr *E);

/// `*Parm`'s path, as handlePathOf makes it.
AccessPath pointeeOfParam(const clang::ParmVarDecl *Parm);

/// Is P one of handlePathOf's `*Out` paths?
bool isOutParamPath(const AccessPath &P);

/// Is the key one of handlePathOf's `*Out` paths ("Out@...*"): a
/// parameter's pointee, which outlives the function in its caller?
bool isOutParamKey(llvm::StringRef Key);

/// The expression with parens and casts stripped.
const clang::Expr *stripCasts(const clang::Expr *E);

/// Is R one of NDIS's items (NET_BUFFER, NET_BUFFER_LIST, NDIS_PACKET, an
/// MDL, which NDIS_BUFFER is), by its tag?
bool isItemRecord(const clang::RecordDecl *R);

} // namespace ndis

#endif
