//===--- Summaries.h - What a function does to pools, items and waits -----===//
//
// Computed bottom-up over the call graph by HandleFlow. A caller applies its
// callees' summaries at each call site, and every entry carries the chain of
// calls from the function down to the DDI, so a report can show it:
//
//   MPHaltEx ──calls──► MPFreeResources ──calls──► NdisFreeNetBufferListPool
//   Chain = { call of MPFreeResources in MPHaltEx, call of the DDI }
//
// Paths are access-path keys. A path rooted at one of the function's own
// parameters is written "%N" (N = parameter index) so that a caller can put
// its argument in its place.
//
// Every list in a summary is a set, with one chain per entry (the first
// found): by path (MayFreePools, MustFreePools), parameter or kind (the
// item maps), (path, kind, allocating DDI call) for AllocatesPools,
// (pool, kind, allocating DDI call, escape site, handed) for EscapingItems,
// and slot keys and kinds for the items freed (FreesItemsAt, and per pool
// key ItemsFreedBefore: pools by slots of the translation unit at most).
// So a summary holds at most one entry per such site in the translation
// unit, however many paths and calls reach it: a helper called twice adds
// nothing to its caller's summary the first call did not (appending per
// call doubled the lists at each level of a chain of such helpers). The
// lock flow's LockSummary is bounded the same way (LockIrqlFlow.h).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARIES_H
#define NDIS_TIDY_ENGINE_SUMMARIES_H

#include "../rules/RuleSet.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/PointerUnion.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ndis {

/// A call made in another translation unit, as a whole-driver summary
/// recorded it (summary/UnitSummary.h): where, by which function, to what.
/// Loc is where it is in this translation unit's source manager once a
/// report needs it (the file is loaded then: ExternalCall::resolve).
struct ExternalCall {
  std::string File;
  unsigned Line = 0, Col = 0;
  std::string Caller, Callee;
  mutable clang::SourceLocation Loc;
  mutable bool Resolved = false;
};

/// One call on a chain: a call in this translation unit, or one in another
/// file that an imported summary recorded. A chain runs through this
/// translation unit's calls first, then (when it enters a function defined
/// elsewhere) through the other files' calls down to the DDI.
class CallRef {
public:
  CallRef() = default;
  CallRef(const clang::CallExpr *C) : P(C) {}
  CallRef(const ExternalCall *X) : P(X) {}
  /// The call in this translation unit; null for another file's.
  const clang::CallExpr *local() const {
    return P.isNull() ? nullptr : P.dyn_cast<const clang::CallExpr *>();
  }
  const ExternalCall *external() const {
    return P.isNull() ? nullptr : P.dyn_cast<const ExternalCall *>();
  }
  explicit operator bool() const { return !P.isNull(); }
  bool operator==(const CallRef &O) const { return P == O.P; }
  bool operator!=(const CallRef &O) const { return P != O.P; }
  bool operator<(const CallRef &O) const {
    return P.getOpaqueValue() < O.P.getOpaqueValue();
  }
  const void *opaque() const { return P.getOpaqueValue(); }

private:
  llvm::PointerUnion<const clang::CallExpr *, const ExternalCall *> P;
};

using Chain = llvm::SmallVector<CallRef, 2>;

/// A call chain ending at a DDI call (Chain.back()). A summary's chain is
/// as long as the helpers go deep, and a summary holds one per entry, so a
/// long one keeps its ends only: at most MaxKept calls, the Omitted others
/// having stood between Calls[OmittedAt - 1] and Calls[OmittedAt]. (Notes
/// show no more than the ends of a chain anyway: NdisCheck::chainNotes.)
struct ChainedSite {
  Chain Calls;
  unsigned Omitted = 0;
  unsigned OmittedAt = 0;
  static constexpr unsigned MaxKept = 32;

  /// The DDI call at the end, when it is in this translation unit.
  const clang::CallExpr *ddi() const {
    return Calls.empty() ? nullptr : Calls.back().local();
  }
  /// The call at the end, wherever it is.
  CallRef last() const { return Calls.empty() ? CallRef() : Calls.back(); }
  /// The first call, wherever it is.
  CallRef first() const { return Calls.empty() ? CallRef() : Calls.front(); }
  /// The length of the whole chain, the omitted calls included.
  size_t length() const { return Calls.size() + Omitted; }
  /// The I-th call of the whole chain; null for an omitted one.
  CallRef at(size_t I) const {
    if (I < OmittedAt || !Omitted)
      return I < Calls.size() ? Calls[I] : CallRef();
    if (I < OmittedAt + Omitted)
      return CallRef();
    return I - Omitted < Calls.size() ? Calls[I - Omitted] : CallRef();
  }
  /// Call, then this chain: the site as its caller reaches it.
  ChainedSite through(CallRef Call) const {
    ChainedSite S;
    S.Calls.reserve(Calls.size() + 1);
    S.Calls.push_back(Call);
    S.Calls.insert(S.Calls.end(), Calls.begin(), Calls.end());
    S.Omitted = Omitted;
    S.OmittedAt = Omitted ? OmittedAt + 1 : 0;
    if (S.Calls.size() > MaxKept) {
      // The call just before the gap joins it (the middle, the first time).
      unsigned Drop = S.Omitted ? S.OmittedAt - 1 : MaxKept / 2;
      S.Calls.erase(S.Calls.begin() + Drop);
      S.OmittedAt = Drop;
      ++S.Omitted;
    }
    return S;
  }
};

struct PoolAllocation {
  std::string Path; ///< where the handle is stored
  ObjKind Kind = ObjKind::None;
  ChainedSite Site;
};

/// An item allocated from a pool held in a field or global, and where it
/// left the function: handed to NDIS, or stored.
struct EscapingItem {
  std::string Pool;
  ObjKind Kind = ObjKind::None;
  ChainedSite Alloc;
  const clang::Stmt *EscapeSite = nullptr;
  /// Where it escaped when that is in another file (an imported summary).
  const ExternalCall *EscapeElsewhere = nullptr;
  std::string EscapeHow; ///< "handed to NDIS by X" / "stored"
  /// Handed to NDIS (which the Pause handler drains) rather than kept by
  /// the driver (which nothing but the driver frees).
  bool Handed = false;
  /// Kept by the driver: the slot it is kept in (AccessPath.h, slotKeyOf:
  /// "MP_ADAPTER::RxNbls.[]"), when the path there is known. A teardown
  /// must free the items there before the pool.
  std::string Slot;
};

/// What a function frees of the items the driver keeps before it frees one
/// pool, on some path: the slots freed (`NdisFreeNetBufferList(
/// Adapter->RxNbls[i])` in a loop, or in a helper), and the kinds of items
/// freed from where it cannot tell (walked off a list), which may be any.
struct ItemsFreedFirst {
  std::set<std::string, std::less<>> Slots;
  std::set<ObjKind> Kinds;
  bool empty() const { return Slots.empty() && Kinds.empty(); }
};

/// Sites by path key, in key order: a sorted vector (a summary holds a
/// handful; a tree would allocate a node, and often a string, for each).
/// Keys are kept by SummaryMap::keep, for as long as the summaries.
class SitesByKey {
public:
  using value_type = std::pair<llvm::StringRef, ChainedSite>;
  using const_iterator = std::vector<value_type>::const_iterator;

  /// Adds Site under Key unless Key has one already.
  bool emplace(llvm::StringRef Key, ChainedSite Site) {
    auto It = lower(Key);
    if (It != Data.end() && It->first == Key)
      return false;
    Data.insert(It, {Key, std::move(Site)});
    return true;
  }
  size_t count(llvm::StringRef Key) const {
    auto It = const_cast<SitesByKey *>(this)->lower(Key);
    return It != Data.end() && It->first == Key;
  }
  const_iterator begin() const { return Data.begin(); }
  const_iterator end() const { return Data.end(); }
  bool empty() const { return Data.empty(); }
  size_t size() const { return Data.size(); }
  /// Room for N entries: a summary taking a helper's (a cleanup helper
  /// frees eight pools) grows once rather than at each entry.
  void reserve(size_t N) { Data.reserve(N); }

private:
  std::vector<value_type>::iterator lower(llvm::StringRef Key) {
    return std::lower_bound(
        Data.begin(), Data.end(), Key,
        [](const value_type &E, llvm::StringRef K) { return E.first < K; });
  }
  std::vector<value_type> Data;
};

struct FunctionSummary {
  /// Pools this function may free (any path), with the chain to the free.
  SitesByKey MayFreePools;
  /// Pools freed on every path through the function.
  SitesByKey MustFreePools;
  /// Items passed in parameter N that the function frees / hands to NDIS.
  std::map<int, ChainedSite> FreesItemParam;
  std::map<int, ChainedSite> HandsItemParam;
  /// Kinds of item it frees at all (a cleanup helper walking a list).
  std::map<ObjKind, ChainedSite> FreesItemsOfKind;
  /// Items it frees where the driver keeps them, by slot key (AccessPath.h,
  /// slotKeyOf), with the chain to the first such free; and the kinds of
  /// those it frees from where it cannot tell.
  SitesByKey FreesItemsAt;
  std::set<ObjKind> FreesItemsUnseen;
  /// By pool key (of MayFreePools): the items freed before that pool, on
  /// some path (in this function or in a callee before its free).
  std::map<std::string, ItemsFreedFirst, std::less<>> ItemsFreedBefore;
  /// A wait that may drain outstanding items (DrainEvidence.h): an event,
  /// a sleep, a delay, on every path to the function's exit (so a caller's
  /// later free comes after it).
  bool Waits = false;
  ChainedSite WaitSite;
  /// Else, such a wait on every path where parameter WaitsIfParam passes
  /// a test: with no WaitsIfValue, where it is nonzero (WaitsIfSet) or
  /// zero (`if (Wait) NdisWaitEvent(...);`); with one, where it equals
  /// that value (WaitsIfSet) or differs from it (`if (State == Halting)`).
  /// A call that passes a constant passing the test waits.
  int WaitsIfParam = -1;
  bool WaitsIfSet = true;
  std::optional<int64_t> WaitsIfValue;
  ChainedSite WaitsIfSite;
  /// The pools of MayFreePools that every path frees only after such a
  /// wait (in this function or in a callee before the free).
  std::set<std::string, std::less<>> FreedAfterWait;
  /// Pools it allocates, and items from field/global pools that escape.
  std::vector<PoolAllocation> AllocatesPools;
  std::vector<EscapingItem> EscapingItems;
  /// Fields and globals it frees, and does not clear, on a path that
  /// returns an error: the handle dangles if the caller goes on.
  SitesByKey FreedOnError;
  /// Such frees in the helpers it calls whose failure it ignores (the
  /// result unused), there or further down: after it returns, the handle
  /// may dangle.
  SitesByKey MayDangle;
  /// A new pool it returns (`return NdisAllocateNetBufferListPool(...)`,
  /// or a local it allocated): its call sites allocate a pool of this
  /// kind and DataSize (-1 unknown, 0, 1); the chain to the allocation.
  /// (From PoolFacts::Returns, PoolFacts.h.)
  ObjKind ReturnsPool = ObjKind::None;
  int ReturnsDataSize = -1;
  ChainedSite ReturnSite;

  /// Does the function do nothing a caller needs to apply?
  bool empty() const {
    return MayFreePools.empty() && MustFreePools.empty() &&
           FreesItemParam.empty() && HandsItemParam.empty() &&
           FreesItemsOfKind.empty() && FreesItemsAt.empty() &&
           FreesItemsUnseen.empty() && ItemsFreedBefore.empty() && !Waits && WaitsIfParam < 0 &&
           AllocatesPools.empty() &&
           EscapingItems.empty() && ReturnsPool == ObjKind::None &&
           FreedOnError.empty() && MayDangle.empty();
  }
};

/// The summary of every function analysed, by its definition. Most
/// functions touch no pool: they share one empty summary, and only the
/// others are stored, in the order they were analysed (a hash map of
/// summaries would hold a few hundred bytes per function, mostly unused).
class SummaryMap {
public:
  using value_type = std::pair<const clang::FunctionDecl *, FunctionSummary>;
  using const_iterator = const value_type *;

  /// Room for every function's summary: the store then never moves them
  /// as it grows (a few hundred bytes each). Pages not written are never
  /// touched, so the room costs address space only.
  void reserve(size_t Functions) {
    Index.reserve(Functions);
    Stored.reserve(Functions);
  }
  /// Key, kept as long as the summaries (for SitesByKey).
  llvm::StringRef keep(llvm::StringRef Key) const {
    return Keys.insert(Key).first->getKey();
  }
  /// (A reference from find() lasts until the next set().)
  void set(const clang::FunctionDecl *FD, FunctionSummary S) {
    if (S.empty()) {
      Index[FD] = Empty;
      return;
    }
    Index[FD] = Stored.size();
    Stored.emplace_back(FD, std::move(S));
  }
  /// The function's summary (an empty one for a function that was analysed
  /// and does nothing a caller applies), or end() for one never analysed.
  const_iterator find(const clang::FunctionDecl *FD) const {
    auto It = Index.find(FD);
    if (It == Index.end())
      return end();
    return It->second == Empty ? &EmptySummary : &Stored[It->second];
  }
  /// The stored (non-empty) summaries.
  const_iterator begin() const { return Stored.data(); }
  const_iterator end() const { return Stored.data() + Stored.size(); }

private:
  static constexpr unsigned Empty = ~0u;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> Index;
  std::vector<value_type> Stored;
  value_type EmptySummary{nullptr, FunctionSummary()};
  /// (Filled while the summaries are being made, through a const map.)
  mutable llvm::StringSet<llvm::BumpPtrAllocator> Keys;
};

} // namespace ndis

#endif
