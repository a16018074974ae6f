//===--- UnitSummary.h - What one translation unit tells the others -------===//
//
// The whole-driver model, after ThinLTO's module summaries: each
// translation unit's run writes what the other files need to know of it,
// and each run reads what the others wrote (the "thin link",
// DriverIndex.h), then analyses its own file as if those functions were
// in it.
//
//   adapter.c ──export──► adapter.c.<hash>.ndis-summary.json ─┐
//   driver.c  ──export──► driver.c.<hash>.ndis-summary.json  ─┼─► DriverIndex
//   send.c    ──export──► send.c.<hash>.ndis-summary.json    ─┘   (by name)
//                                                                    │
//                         send.c's next run: calls, roles, pools, ◄──┘
//                         call-site contexts from the other files
//
// The summary of a function is the engine's own FunctionSummary and
// LockSummary (Summaries.h, LockIrqlFlow.h): one model for the analysis
// and the file. Their chains hold CallRefs; in a summary read from a file
// every call is an ExternalCall kept in Sites, so a chain that enters a
// function of another file runs on into that file's calls.
//
// What a unit exports:
//   Functions      each function defined here with external linkage: what
//                  it does to pools, items, waits and locks, and its roles
//   Roles          the roles this unit gives functions (fields of the
//                  characteristics, registering DDIs), defined here or not
//   Pools          field and global pools allocated here: kind, DataSize
//   FreedPools     field and global pools freed here
//   SharedMemory   shared-memory allocations: allocation and NdisHandle
//   Aliases        field and global paths this unit makes equal
//   Contexts       the IRQL and locks at each call to a function defined
//                  elsewhere (the callee's file takes them as its entry)
//   AddressTaken   functions defined elsewhere that this unit stores or
//                  passes: called from where no summary shows
//   PointerTargets functions this unit stores or passes, by the key of
//                  their type, that may enter or leave a region: what a
//                  call through a pointer may do to the regions
//
// Keys are access-path keys that mean the same in every file
// ("MP_ADAPTER::NblPool", "::GlobalPool") or "%N" for parameter N; a
// unit's locals never leave it.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_UNITSUMMARY_H
#define NDIS_TIDY_ENGINE_SUMMARY_UNITSUMMARY_H

#include "../LockIrqlFlow.h"
#include "../Summaries.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include <deque>
#include <string>
#include <vector>

namespace ndis {

/// A role given to a function, and where and how (RoleEvidence's facts).
struct RoleMark {
  std::string Function;
  std::string Role;
  const ExternalCall *Where = nullptr; ///< a site: the point only
  RoleEvidence::How Kind = RoleEvidence::Field;
  std::string Detail;
};

/// Does the registration take the function's address (a field, a DDI),
/// so that a file whose summary lists it need not list it as taken too?
inline bool takesAddress(const RoleMark &R) {
  return R.Kind == RoleEvidence::Field || R.Kind == RoleEvidence::Registration;
}

struct PoolFact {
  std::string Key;
  std::string Display; ///< the pool as its allocation wrote it
  ObjKind Kind = ObjKind::None;
  int DataSize = -1; ///< PoolSite's: -1 unknown, 0 zero, 1 non-zero
  const ExternalCall *Where = nullptr; ///< the allocating call
};

struct SharedMemoryFact {
  std::string Allocation, Handle; ///< keys
  std::string HandleText;         ///< the NdisHandle as written
  const ExternalCall *Where = nullptr;
};

/// A lock held at a call into another file.
struct ContextLock {
  std::string Key, Display;
  const ExternalCall *Acquire = nullptr;
  ChainedSite Inner; ///< from the acquiring function down to the DDI
  ChainedSite Calls; ///< from there down to the caller
};

/// The IRQL and locks at a call to a function defined elsewhere.
struct CallContext {
  std::string Callee;
  const ExternalCall *Call = nullptr;
  /// The IRQL range, when known, and why (IrqlSource's facts).
  bool Known = false;
  /// The caller (Call->Caller) is entered only from other files and had
  /// changed nothing here: the call has the caller's entry state, which the
  /// thin link takes from the contexts of the calls into the caller.
  bool Inherits = false;
  IrqlRange Range;
  IrqlSource::Kind SourceKind = IrqlSource::None;
  std::string SourceFn, SourceText, SourceRole, SourceDetail;
  RoleEvidence::How SourceHow = RoleEvidence::Typedef;
  Irql SourceLevel = Irql::Passive;
  const ExternalCall *SourceAt = nullptr;
  ChainedSite SourceInner, SourceCalls;
  std::vector<ContextLock> Locks;
  /// The integer arguments that are constants at the call (argument index,
  /// value as passed: OutgoingCall::Consts), sorted by index.
  std::vector<std::pair<unsigned, int64_t>> Consts;
};

struct UnitSummary {
  static constexpr unsigned FormatVersion = 4;

  /// A call a function makes to a function of another file, with what it
  /// passes: for each argument, the caller's summary key for it ("%N" for
  /// its parameter N, a field or global key) or "" (a local, a value).
  struct OutCall {
    const ExternalCall *Site = nullptr; ///< Site->Callee is the callee
    std::vector<std::string> Args;
  };

  struct Function {
    std::string Name;
    FunctionSummary Pools;
    LockSummary Locks;
    /// Its calls into other files, for the thin link to compose their
    /// summaries into this one (DriverIndex::function).
    std::vector<OutCall> Calls;
    /// The parameters whose constant arguments steer it (bit N for
    /// parameter N: LockIrqlOutcome::Steers): a caller writes those.
    uint32_t Steers = 0;
  };

  std::string Source; ///< the main file, absolute
  std::string Hash;   ///< of its contents when summarised (hashOfFile)
  std::vector<Function> Functions; ///< sorted by name
  std::vector<RoleMark> Roles;
  std::vector<PoolFact> Pools;
  std::vector<std::string> FreedPools;
  std::vector<SharedMemoryFact> SharedMemory;
  std::vector<std::pair<std::string, std::string>> Aliases;
  std::vector<CallContext> Contexts;
  /// Functions defined elsewhere whose address this unit takes.
  std::vector<std::string> AddressTaken;
  /// A function whose address this unit takes and that may enter or
  /// leave a region (PointerTargets.h).
  struct PointerTarget {
    std::string Name;
    /// Only this file can name it (internal linkage): no entry of
    /// Functions speaks for it, and its being listed says it may.
    bool Internal = false;
  };
  /// By the key of their type (functionTypeKey), the functions whose
  /// address this unit takes that a caller cannot count the regions past:
  /// those defined elsewhere (their entries say), and those defined here
  /// that enter or leave one, or whose count is unknown. Sorted.
  std::vector<std::pair<std::string, std::vector<PointerTarget>>>
      PointerTargets;
  /// Every call and point the above refer to (stable addresses).
  std::deque<ExternalCall> Sites;

  /// Nothing another file could use (no file is written for it).
  bool saysNothing() const {
    return Functions.empty() && Roles.empty() && Pools.empty() &&
           FreedPools.empty() && SharedMemory.empty() && Aliases.empty() &&
           Contexts.empty() && AddressTaken.empty() &&
           PointerTargets.empty();
  }

  const ExternalCall *site(ExternalCall C) {
    Sites.push_back(std::move(C));
    return &Sites.back();
  }
  /// A key kept as long as the summary (SitesByKey holds StringRefs).
  llvm::StringRef keep(llvm::StringRef Key) {
    return Keys.insert(Key).first->getKey();
  }

private:
  llvm::StringSet<llvm::BumpPtrAllocator> Keys;
};

/// The xxh3 hash of a file's bytes, 16 hex digits; empty if it cannot be
/// read.
std::string hashOfFile(llvm::StringRef Path);
std::string hashOfBytes(llvm::StringRef Bytes);

} // namespace ndis

#endif
