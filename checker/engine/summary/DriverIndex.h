//===--- DriverIndex.h - The other files' summaries, by name (thin link) --===//
//
// Reads every summary of the import folder (or the one file named) and
// indexes what the analysis of this translation unit asks of them:
//
//   call to a function without a body here ──► function(Name)
//   function defined here, roles elsewhere  ──► rolesOf(Name)
//   function defined here, called elsewhere ──► contextsFor(Name)
//   a field or global pool                  ──► poolsAt(Key), freed(Key)
//   shared memory, aliases                  ──► sharedMemory(), aliases()
//
// Left out, each with one note or error naming the file:
//   - this translation unit's own summary (its facts are live);
//   - a stale summary: its source's contents changed since (the hash), or
//     the source is gone; or one of another format version (an older
//     ndis-tidy's), until the next export rewrites it: a remark;
//   - a file that does not read as a summary (corrupt, foreign): an error.
// A function defined in two summaries (two drivers in one folder) is
// taken from the first in the order of their sources, so every run reads
// the same.
//
// An index belongs to one translation unit: the sites it holds remember
// where they are in that unit's source manager.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_DRIVERINDEX_H
#define NDIS_TIDY_ENGINE_SUMMARY_DRIVERINDEX_H

#include "UnitSummary.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/StringSaver.h"
#include <deque>
#include <memory>

namespace ndis {

class DriverIndex {
public:
  /// Reads Path (a folder of summaries, or one summary file), leaving out
  /// ThisSource's own. Problems go to Errors and Notes.
  static std::unique_ptr<DriverIndex> load(llvm::StringRef Path,
                                           llvm::StringRef ThisSource);

  /// The summary of a function another file defines, with the summaries
  /// of the functions it calls in other files composed in (the thin link's
  /// bottom-up half, memoized): a helper chain across files is whole after
  /// one round, not one round per file.
  const UnitSummary::Function *function(llvm::StringRef Name) const {
    return composed(Name, 0);
  }
  llvm::ArrayRef<const RoleMark *> rolesOf(llvm::StringRef Name) const {
    return lookup(Roles, Name);
  }
  /// The states of the calls into Name from the other files, a call that
  /// inherits its caller's entry state replaced by the states of the calls
  /// into that caller (the thin link's propagation; memoized).
  llvm::ArrayRef<const CallContext *> contextsFor(llvm::StringRef Name) const;
  llvm::ArrayRef<const PoolFact *> poolsAt(llvm::StringRef Key) const {
    return lookup(Pools, Key);
  }
  bool freed(llvm::StringRef Key) const { return Freed.count(Key) != 0; }
  /// Is the function stored or passed (not only called) in another file?
  bool addressTaken(llvm::StringRef Name) const {
    return AddressTaken.count(Name) != 0;
  }
  /// The functions whose address some other file takes, of the function
  /// type Key (functionTypeKey; "" for those without a prototype).
  llvm::ArrayRef<const UnitSummary::PointerTarget *>
  pointerTargets(llvm::StringRef Key) const {
    auto It = PointerTargets.find(Key);
    if (It == PointerTargets.end())
      return {};
    return It->second;
  }
  const llvm::StringSet<> &freedKeys() const { return Freed; }
  const std::vector<std::shared_ptr<UnitSummary>> &units() const {
    return Units;
  }
  /// The imported functions, in a stable order (by unit, then name).
  const std::vector<const UnitSummary::Function *> &functions() const {
    return Ordered;
  }
  /// The roles the other files give a function, over all of them.
  const std::vector<const RoleMark *> &allRoles() const { return RoleList; }

  /// Were summaries read, and none left out (unreadable or stale)? Then a
  /// function of the driver that none of them names has nothing another
  /// file could use (ExportSummary writes no entry for such a function).
  bool complete() const {
    return !Units.empty() && Errors.empty() && Notes.empty();
  }

  /// Summaries that could not be read ("cannot read summary 'F': why").
  std::vector<std::string> Errors;
  /// Summaries left out as stale (or of another format version).
  std::vector<std::string> Notes;

private:
  template <typename T>
  static llvm::ArrayRef<const T *>
  lookup(const llvm::StringMap<std::vector<const T *>> &M,
         llvm::StringRef Name) {
    auto It = M.find(Name);
    if (It == M.end())
      return {};
    return It->second;
  }
  void add(std::shared_ptr<UnitSummary> U);
  const UnitSummary::Function *composed(llvm::StringRef Name,
                                        unsigned Depth) const;
  void compose(UnitSummary::Function &Into, const LockSummary &Own,
               const UnitSummary::OutCall &Call,
               const UnitSummary::Function &Callee) const;

  std::vector<std::shared_ptr<UnitSummary>> Units;
  llvm::StringMap<const UnitSummary::Function *> Functions;
  std::vector<const UnitSummary::Function *> Ordered;
  llvm::StringMap<std::vector<const RoleMark *>> Roles;
  std::vector<const RoleMark *> RoleList;
  llvm::StringMap<std::vector<const CallContext *>> Contexts;
  llvm::StringMap<std::vector<const PoolFact *>> Pools;
  llvm::StringSet<> Freed;
  llvm::StringSet<> AddressTaken;
  llvm::StringMap<std::vector<const UnitSummary::PointerTarget *>>
      PointerTargets;
  // The thin link's results (contextsFor), worked out on first use.
  const std::vector<const CallContext *> &
  effective(llvm::StringRef Name, unsigned Depth) const;
  mutable llvm::StringMap<std::vector<const CallContext *>> Effective;
  mutable llvm::StringSet<> Visiting;
  mutable std::deque<CallContext> Derived;
  mutable llvm::StringMap<const UnitSummary::Function *> Composed;
  mutable std::deque<UnitSummary::Function> ComposedStore;
  mutable llvm::StringSet<> Composing;
  mutable llvm::BumpPtrAllocator KeyStore;
  mutable llvm::StringSaver Keys{KeyStore};
};

/// Is FD a function the driver declares (not a system header's, not a
/// builtin) with no body in this translation unit: one of its other files'?
bool isOtherFileFunction(const clang::FunctionDecl *FD,
                         const clang::ASTContext &Ctx);

/// The imported summary of the function C calls, when C calls a function
/// with no body here that one of the imports defines; else null.
const UnitSummary::Function *importedCallee(const clang::CallExpr *C,
                                            const DriverIndex *Imports);

} // namespace ndis

#endif
