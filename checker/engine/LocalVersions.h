//===--- LocalVersions.h - A local handle reused for several values -------===//
//
// A local handle variable may hold several pools in turn:
//
//   Pool = NdisAllocateNetBufferListPool(...);   write 0 of Pool
//   Adapter->NblPool = Pool;                     reads write 0
//   Pool = NdisAllocateNetBufferPool(...);       write 1
//   Adapter->NbPool = Pool;                      reads write 1
//
// Joined as one variable, the two fields and the two pools would be one
// alias class. Each write of such a local is a version of its own, keyed
// "Pool@...#N", and a read is of the writes that may reach it, in code
// order:
//
//   the last write before the read; while that write may not run on the
//   way to the read (it is in a branch or loop the read is not in), the
//   write before it too, and so on, up to the writes of both branches of
//   an if/else; in a loop, the writes after the read in that loop (the
//   next turn reads them); after a backward goto, all.
//
// Only locals of a handle type (`void *`: NDIS_HANDLE, PVOID) that are
// written two or more times with a value (not a constant) are split, and
// only when every write is seen: an assignment, an initializer, the
// out-argument `&Pool` of a pool allocation, or `&Pool` passed to any
// other function (a write of a value not in view: a read after it finds
// no pool). Any other `&Pool` may write it anywhere, so such a local stays
// one value. Items are matched by exact paths, not alias classes, so item
// pointers are never split.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LOCALVERSIONS_H
#define NDIS_TIDY_ENGINE_LOCALVERSIONS_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <string>

namespace ndis {

struct FunctionInfo;

class LocalVersions {
public:
  LocalVersions(const FunctionInfo &F, const clang::ASTContext &Ctx);
  ~LocalVersions();

  /// Does the function reuse no local handle?
  bool empty() const { return Writes.empty(); }
  /// The version a write makes: Write is an assignment's left-hand side,
  /// a variable's declaration, or a pool allocation's out-argument `&V`.
  /// Empty when it writes no reused local.
  llvm::StringRef writeKey(const void *Write) const {
    auto It = KeyOf.find(Write);
    return It == KeyOf.end() ? llvm::StringRef() : It->second;
  }
  /// The versions a read of E may see (first the latest); empty when E is
  /// not a reused local (its path is its key, as before) or no write in
  /// view reaches it.
  llvm::SmallVector<llvm::StringRef, 2> readKeys(const clang::Expr *E) const;

private:
  /// Are A and B writes in the two branches of an if/else that runs on the
  /// way to Use, each whenever its branch does? Then one of them is the
  /// last write before Use on every path.
  bool bothBranches(const clang::Stmt *A, const clang::Stmt *B,
                    const clang::Stmt *Use) const;
  struct Write {
    const clang::VarDecl *Var;
    const clang::Stmt *At;      ///< the statement that writes
    const void *Id;             ///< the write as writeKey knows it
    clang::SourceLocation Done; ///< where the write takes effect
    std::string Key;
  };
  const clang::ASTContext &Ctx;
  std::vector<Write> Writes; ///< by variable, then in code order
  llvm::DenseMap<const void *, std::string> KeyOf;
  std::unique_ptr<class BodyParents> Parents;
  bool JumpsBack = false; ///< a goto to a label before it
};

} // namespace ndis

#endif
