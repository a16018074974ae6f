//===--- ValueAliases.h - Which access paths hold the same value ----------===//
//
// `Adapter->MiniportAdapterHandle = MiniportAdapterHandle;` makes the field
// and the parameter two names of one handle. ValueAliases joins the two
// sides of every assignment and initialization it is shown into classes
// (union-find over AccessPath keys). Constants are never joined: two
// handles both set to NULL somewhere are not the same handle.
//
// It over-approximates "may hold the same value", which is what a check
// that must stay silent when unsure wants to ask.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_VALUEALIASES_H
#define NDIS_TIDY_ENGINE_VALUEALIASES_H

#include "AccessPath.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Allocator.h"
#include <string>
#include <vector>

namespace ndis {

class ValueAliases {
public:
  /// What one function's body says: its assignments, and the bindings of
  /// its direct calls; a local handle it reuses is one value per write
  /// (Versions).
  void addFunction(const struct FunctionInfo &F,
                   const class LocalVersions &Versions);
  void join(const AccessPath &A, const AccessPath &B);
  /// The same, on keys (another file's summary says they are equal).
  void joinKeys(llvm::StringRef A, llvm::StringRef B);
  /// The classes' fields and globals (keys every file names the same way),
  /// as pairs to join: for the whole-driver summary. Sorted.
  std::vector<std::pair<std::string, std::string>> sharedEdges() const;
  bool mayBeEqual(const AccessPath &A, const AccessPath &B) const;
  /// The same, on AccessPath keys.
  bool mayBeEqual(llvm::StringRef A, llvm::StringRef B) const;
  /// The representative of Key's class (constants are their own): Key
  /// itself, or a key the aliases hold (so a temporary Key's answer lasts
  /// only as long as Key).
  llvm::StringRef root(llvm::StringRef Key) const {
    return (!Key.empty() && Key[0] == '#') ? Key : find(Key);
  }

private:
  /// Joins the two sides of each pointer-typed assignment a function's
  /// body makes (collected by DriverModel).
  void addAssignments(const struct FunctionInfo &F, const LocalVersions &V);
  /// Joins each parameter of a function with a body to the argument every
  /// direct call passes for it.
  void addCallBindings(const clang::CallExpr *Call,
                       const clang::FunctionDecl *Callee,
                       const LocalVersions &V);
  /// mayHoldTrackedValue(T), remembered by type: parameters are few types
  /// (each a typedef's, mostly) asked about at every call.
  bool paramMayHoldTracked(clang::QualType T);
  llvm::DenseMap<const clang::Type *, bool> HoldsTracked;
  /// Joins Key with what E reads: the versions of a reused local that may
  /// reach it, or E's path.
  void joinRead(llvm::StringRef Key, const clang::Expr *E,
                const LocalVersions &V);

  /// Key's representative: Key itself, or a key of Nodes.
  llvm::StringRef find(llvm::StringRef Key) const;
  /// A union-find over path keys, by size and with path compression (a
  /// driver with hundreds of adapters' worth of code joins the same fields
  /// hundreds of times). Links are entries, not keys: a walk to the root
  /// hashes nothing.
  struct Node;
  using Entry = llvm::StringMapEntry<Node>;
  struct Node {
    Entry *Parent = nullptr; ///< null for a root
    unsigned Size = 1;       ///< a root's class size
  };
  static Entry *rootOf(Entry *E);
  /// (Entries from slabs: one aligned heap allocation per path otherwise.)
  mutable llvm::StringMap<Node, llvm::BumpPtrAllocator> Nodes;
};

} // namespace ndis

#endif
