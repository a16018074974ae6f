//===--- Lifecycle.h - Pools across the driver's callbacks ----------------===//
//
// The cross-function rules, computed from the function summaries:
//
//  Teardown frees a pool whose items may still be out.
//     some callback ──allocates an item from──► Ctx::Pool ──hands it to NDIS
//     (or stores it)
//     a teardown callback ──(calls…)──► frees Ctx::Pool
//     and on the teardown path nothing frees such items, no wait that may
//     be for them comes before the free on every path (an event the data
//     path signals, a sleep-polling loop on a counter: DrainEvidence.h),
//     the free is not the last reference's (guarded by an interlocked
//     decrement), and NDIS did not drain the data path through the Pause
//     handler before (halt, detach: when the Pause handler is in view, it
//     must wait, free the items, or return NDIS_STATUS_PENDING).
//
//  A pool is never freed, or its setup callback's teardown does not free it.
//     setup callback ──(calls…)──► allocates Ctx::Pool
//     no function frees Ctx::Pool                    -> never freed
//     the teardown roles that undo that setup role
//     (rules: undone-by) exist and none frees it     -> not freed on teardown
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LIFECYCLE_H
#define NDIS_TIDY_ENGINE_LIFECYCLE_H

#include "HandleFlow.h"
#include "PoolFacts.h"

namespace ndis {

struct TeardownFinding {
  const FunctionInfo *Teardown = nullptr;
  ChainedSite Free; ///< from the teardown callback down to the free
  std::string PoolDisplay;
  EscapingItem Item;
  const clang::FunctionDecl *ItemFn = nullptr; ///< where the item is allocated
  std::string ItemFnName; ///< its name (the function may be in another file)
  /// Halt or detach: the Pause handler in view that does not drain.
  const FunctionInfo *UndrainedPause = nullptr;
  /// Kept items the teardown frees from their slot only after the pool:
  /// the way to that free.
  ChainedSite FreedAfter;
};

struct LeakFinding {
  const PoolSite *Pool = nullptr;
  bool NeverFreed = false;
  /// Not freed on teardown: the setup callback, the chain from it to the
  /// allocation, and the teardown callback that should free it.
  const FunctionInfo *Setup = nullptr;
  ChainedSite SetupChain;
  const FunctionInfo *Teardown = nullptr;
};

/// A teardown that frees a handle a setup callback may have left dangling:
///   setup callback ──calls, result unused──► helper ──error path──► frees
///   Ctx::Pool, does not clear it, returns an error   (MayDangle)
///   a teardown that undoes that setup ──(calls…)──► frees Ctx::Pool
/// (events of kind FlowEvent::DanglingFree). Silent when the setup callback
/// also allocates the handle some other way (it may be new again). The
/// setup callback may be in another file (Imports): the finding is this
/// file's, where the teardown frees.
std::vector<FlowEvent> findDanglingFrees(const DriverModel &Model,
                                         const SummaryMap &Sums,
                                         const RuleSet &Rules,
                                         clang::ASTContext &Ctx,
                                         const DriverIndex *Imports = nullptr);

std::vector<TeardownFinding>
findTeardownWithOutstanding(const DriverModel &Model, const SummaryMap &Sums,
                            const ValueAliases &Aliases, const RuleSet &Rules,
                            clang::ASTContext &Ctx,
                            const class DriverIndex *Imports = nullptr);

std::vector<LeakFinding> findPoolLeaks(const DriverModel &Model,
                                       const SummaryMap &Sums,
                                       const PoolFacts &Facts,
                                       const ValueAliases &Aliases,
                                       const class DriverIndex *Imports = nullptr);

} // namespace ndis

#endif
