//===--- PoolFacts.h - Flow-insensitive facts about pools, TU-wide ---------===//
//
// Every pool allocation (with its kind and DataSize), item allocation, free
// and shared-memory call of the translation unit, each with the access path
// it works on. The kind, DataSize and shared-memory checks need no flow:
// a pool path allocated as a NET_BUFFER_LIST pool is one wherever it is
// used. Where two allocations of one path disagree, the facts say so and
// the checks stay silent.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_POOLFACTS_H
#define NDIS_TIDY_ENGINE_POOLFACTS_H

#include "AccessPath.h"
#include "DriverModel.h"
#include "Summaries.h"
#include "ValueAliases.h"
#include "llvm/ADT/StringMap.h"

namespace ndis {

struct PoolSite {
  AccessPath Path;
  std::string Key; ///< Path.key(), computed once
  /// Where the handle is written (`Adapter->NblPool`), if written.
  const clang::Expr *Written = nullptr;
  /// The pool as written, or its variable's name. (Read from the source
  /// only when a report asks: most pools are never reported.)
  std::string display(const clang::ASTContext &Ctx) const;
  ObjKind Kind = ObjKind::None;
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Fn = nullptr;
  int DataSize = -1; ///< -1 unknown, 0 zero, 1 non-zero
  clang::SourceLocation DataSizeLoc; ///< where it was set, or zeroed
  /// An allocation in another of the driver's files (an imported summary):
  /// Call and Fn are null, Path is empty, Key and the display are its.
  const ExternalCall *Elsewhere = nullptr;
  std::string ElsewhereDisplay;
  /// The allocating call, wherever it is.
  CallRef at() const { return Call ? CallRef(Call) : CallRef(Elsewhere); }
};

struct ItemSite {
  std::optional<AccessPath> Pool;
  /// The key the pool is looked up by: Pool's, or the version of a reused
  /// local handle the argument reads (LocalVersions.h).
  std::string PoolKey;
  std::optional<AccessPath> Item; ///< where the item is stored, if known
  const clang::Expr *PoolArg = nullptr;
  ObjKind Kind = ObjKind::None;
  bool MdlAndData = false;
  const clang::CallExpr *Call = nullptr;
  const DdiRule *Rule = nullptr;
};

struct FreeSite {
  AccessPath Path;
  std::string Key; ///< Path's, or the version it reads (as ItemSite)
  const clang::Expr *Arg = nullptr;
  ObjKind Kind = ObjKind::None;
  bool Item = false; ///< free-item rather than free-pool
  const clang::CallExpr *Call = nullptr;
  const DdiRule *Rule = nullptr;
};

struct MdlFreeSite {
  AccessPath Base; ///< the item whose MDL is freed
  const clang::CallExpr *Call = nullptr;
  const DdiRule *Rule = nullptr;
};

struct SharedMemorySite {
  std::optional<AccessPath> Allocation; ///< the allocation handle's path
  std::optional<AccessPath> Handle;     ///< the NdisHandle's path
  const clang::Expr *HandleExpr = nullptr;
  const clang::Expr *AllocationExpr = nullptr;
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Fn = nullptr;
  const DdiRule *Rule = nullptr;
};

/// A handle a call returns, stored: `Adapter->Pool = MyCreatePool(...);`
/// (a call of a function with a body, or of one another of the driver's
/// files defines).
struct CallResult {
  const clang::CallExpr *Call = nullptr;
  const clang::FunctionDecl *Fn = nullptr; ///< the caller
  AccessPath Path;
  std::string Key; ///< Path's, or the version of a reused local it writes
  const clang::Expr *Written = nullptr;
};

/// The new pool a function returns.
struct ReturnedPool {
  ObjKind Kind = ObjKind::None;
  int DataSize = -1;
  clang::SourceLocation DataSizeLoc;
  ChainedSite Site; ///< from the function down to the allocation
};

class PoolFacts {
public:
  /// Adds the sites of one function (in the order of the model's
  /// functions: DriverModel's walk calls it with each). A local handle it
  /// reuses is one value per write (Versions).
  void add(const FunctionInfo &F, clang::ASTContext &Ctx,
           const class LocalVersions &Versions);

  std::vector<PoolSite> Pools;
  /// Allocations the driver's other files make (ImportSummaries): asked
  /// through poolsAt only, added before index().
  std::vector<PoolSite> ImportedPools;
  std::vector<ItemSite> Items;
  std::vector<FreeSite> Frees;
  std::vector<MdlFreeSite> MdlFrees;
  std::vector<SharedMemorySite> SharedAllocs, SharedFrees;

  /// Allocations whose handle is not stored (`return NdisAllocate...()`),
  /// in functions that return a handle; and stored call results.
  std::vector<PoolSite> Unstored;
  std::vector<CallResult> CallResults;
  /// Once the model is complete (before index): which functions return a
  /// new pool (bottom-up, through helpers), and a pool site for every
  /// call result that is one.
  void addReturnedPools(const DriverModel &Model,
                        const class DriverIndex *Imports);
  /// Once the model is complete (before index): a pool a helper allocates
  /// into its caller's handle through an out-parameter (`*PoolOut =
  /// NdisAllocate...Pool(...)`) is a pool site at each call in this file
  /// that passes `&X` for it: X is a pool of that kind, allocated there;
  /// and so at a call to another file's such helper (Imports).
  void addOutParamPools(const DriverModel &Model,
                        const class DriverIndex *Imports);
  /// The new pool the function returns; null for none.
  const ReturnedPool *returnedPool(const clang::FunctionDecl *FD) const {
    auto It = Returns.find(FD->getCanonicalDecl());
    return It == Returns.end() ? nullptr : &It->second;
  }

  /// Indexes the pool sites by alias class; call once the aliases are
  /// complete, before poolsAt.
  void index(const ValueAliases &A);
  /// The allocations of pool paths that may be P.
  std::vector<const PoolSite *> poolsAt(const AccessPath &P,
                                        const ValueAliases &A) const {
    return poolsAt(P.key(), A);
  }
  std::vector<const PoolSite *> poolsAt(llvm::StringRef Key,
                                        const ValueAliases &A) const;

private:
  /// What one function returns (addReturnedPools), or none.
  std::optional<ReturnedPool> returnOf(const FunctionInfo &F,
                                       const DriverIndex *Imports);
  /// The new pool the callee of C returns: with a body here (Returns), or
  /// in another file (its summary); null for none.
  const ReturnedPool *returnedBy(const clang::CallExpr *C,
                                 const DriverIndex *Imports);
  llvm::StringMap<std::vector<const PoolSite *>> ByRoot;
  llvm::DenseMap<const clang::FunctionDecl *, ReturnedPool> Returns;
  llvm::DenseMap<const void *, ReturnedPool> ImportedReturns;
};

/// Where each call's result goes in a body: `X = Call(...)` or
/// `T X = Call(...);` (the written left-hand side, or null for a
/// declaration).
struct ResultTarget {
  AccessPath Path;
  const clang::Expr *Written = nullptr;
  /// The write as LocalVersions::writeKey knows it.
  const void *Write = nullptr;
};
llvm::DenseMap<const clang::CallExpr *, ResultTarget>
resultTargets(const FunctionInfo &F);

} // namespace ndis

#endif
