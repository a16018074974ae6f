//===--- HandleFlow.h - Pool handles and items through one function -------===//
//
// A forward may-analysis, one function at a time. A function whose only
// control flow is blocks, if/else, returns and forward gotos (setup and
// cleanup code, goto-cleanup included: CfgOrder.h, followsSyntax) is
// followed along its syntax in one pass that also reports; any other runs
// over clang::CFG to a fixed point with a worklist, then one more pass over
// the fixed states reports events. Both ask the same transfer functions.
// Two lattices, each a set of bits per access path (the join is the union,
// so "Freed" alone means freed on every path):
//
// Pool handle:
//
//     (untracked) ──allocate──► MaybeNull ──if (P) / status ok──► Live
//                                   │                               │
//                                   └──if (!P) / status bad──► Null │
//                                                                   ▼
//                    Live/MaybeNull ───────────free───────────► Freed
//     any ──assigned another value──► Unknown     any ──P = NULL──► Null
//     not tracked on a path joined in ──► Absent (not yet allocated there)
//
//   events: allocate-from or free while exactly {Freed}  -> use after free
//           allocate-from while MaybeNull is possible    -> unchecked use
//           a return with {Live,MaybeNull} only          -> leak on return
//           an error return with Live or MaybeNull, and
//             neither Freed nor Unknown (live on one path) -> leak on return
//
// Waited (must, intersected at joins): every path here passed a wait that
// may drain (DrainEvidence.h), or skipped one by a branch that says nothing
// is out. A free of a pool is "after a wait" when it holds at every free of
// that pool (FunctionSummary::FreedAfterWait).
//
// Status (must, intersected at joins): a failure constant stored, or a
// test that found it failed (`!= NDIS_STATUS_SUCCESS`, `!NT_SUCCESS`),
// until another value is stored; `return Status;` is then an error return.
//
// Item (NET_BUFFER, NET_BUFFER_LIST, NDIS_PACKET, NDIS_BUFFER):
//
//     allocate ──► Owned|Null ──if (I) / its status ok──► Owned ──hand to NDIS──► Handed
//                     └──if (!I) / its status failed──► Null (nothing allocated)
//                                  │                                │
//                                  └──free──► Freed      wait ──────┘──► Gone
//     (a wait counts only where it may drain: DrainEvidence.h)
//     Owned ──stored in a field──► Stored ──hand to NDIS──► Handed
//                                    ├──its slot freed──► Freed
//                                    └──(at the exit)──► kept by the driver
//     allocate into a slot (`Adapter->RxNbls[i] = Alloc(...)`) ──► Stored|Null
//       (into a collection that keeps some already: |Many)
//     Owned ──chained into another item──► goes where that item goes
//       (handed, stored, passed on with it; its container freed ──► Gone;
//        unchained ──► Owned again, in the out-parameter)
//     passed to an unknown function, returned, copied ──► Gone
//     (passed to a helper that only reads or fills it in: no change,
//     ItemLending.h)
//
// Slots (kept items, AccessPath.h slotKeyOf): the field, array element or
// ring slot an item is kept in, by the record that declares the field and
// its indices ("MP_ADAPTER::RxNbls.[]", "MP_RCB::Nbl"). Weak updates:
//
//     Many ──test/store/hand-off of one slot──► Many (the other slots keep
//                                                     theirs)
//     free through slot S ──► every item kept where S names is Freed
//       (`Adapter->RxNbls[i]`, a non-constant index: the whole collection;
//        `Adapter->RxNbls[0]`: that element only)
//     free of an item from where the flow cannot tell (walked off a list)
//       ──► items of that kind may all be freed (stay silent)
//     the local holding a Stored item reused ──► the item stays Stored,
//       followed by its slot's key (a ring filled in a loop)
//     a structure passed to a function out of view ──► kept items Gone
//       here (recorded as kept: that function may free them)
//
// Released (may, united at joins): the slots, and those kinds, freed on
// some path here. A free of a pool records them (ItemsFreedBefore): what
// the teardown freed before the pool, for Lifecycle.h to judge kept items.
//
//   (a helper that waits only under a test of a parameter waits at a
//   call that passes a constant of that truth: FunctionSummary::WaitsIfParam)
//
//   event: its pool freed while Owned or Handed is possible, or Stored or
//          Many in a slot nothing Released (and no wait that may drain
//          passed: it may be for them) -> outstanding buffers
//
// Callees with bodies are applied through their summaries (Summaries.h),
// computed first because functions are analysed bottom-up.
//
// The flow itself is in handleflow/: FunctionFlow (handleflow/FunctionFlow.h,
// private) runs one function, its parts one file each by concern.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_HANDLEFLOW_H
#define NDIS_TIDY_ENGINE_HANDLEFLOW_H

#include "DrainEvidence.h"
#include "DriverModel.h"
#include "ItemLending.h"
#include "Summaries.h"
#include "ValueAliases.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"

namespace ndis {

struct FlowEvent {
  enum Kind {
    UseAfterFree,
    OutstandingAtFree,
    UncheckedUse,
    ReturnLeak,
    /// A teardown frees a handle a setup callback's helper freed on its
    /// error path without clearing it, the failure ignored (Lifecycle.h).
    DanglingFree
  } K;
  const clang::FunctionDecl *Fn = nullptr;
  /// Where the warning goes: the offending call in Fn, and when the DDI is
  /// inside a callee, the chain from that call down to it.
  ChainedSite At;
  /// The related site: the earlier free (use after free), the item's
  /// allocation (outstanding), the pool's allocation (unchecked, leak).
  ChainedSite Related;
  /// Outstanding: where the item was handed to NDIS, if it was.
  const clang::Stmt *Handed = nullptr;
  std::string HandedBy;
  /// Outstanding: where it was stored in the slot the driver keeps it in,
  /// when it is kept there (not handed on, nothing freed the slot first).
  const clang::Stmt *Stored = nullptr;
  std::string StoredHow;
  /// Leak: the return statement (or the closing brace).
  clang::SourceLocation ReturnLoc;
  /// DanglingFree: the setup callback, and its call whose failure is
  /// ignored (Related runs from it down to the first free).
  const clang::FunctionDecl *Setup = nullptr;
  std::string SetupName; ///< when the setup callback is in another file
  bool ErrorReturn = false;
  std::string Display; ///< the pool (or item) as written
  std::string ItemDisplay;
  ObjKind Kind = ObjKind::None;
};

class HandleFlow {
public:
  /// Imports (may be null): the summaries of the functions the driver's
  /// other files define, applied at the calls to them.
  HandleFlow(clang::ASTContext &Ctx, const RuleSet &Rules,
             const DriverModel &Model, const SummaryMap &Summaries,
             const ValueAliases &Aliases,
             const class DriverIndex *Imports = nullptr)
      : Ctx(Ctx), Rules(Rules), Model(Model), Summaries(Summaries),
        Aliases(Aliases), Imports(Imports), Drains(Model, Rules, Ctx),
        Lending(Rules, Ctx) {}

  /// Analyses F; appends its events and returns its summary.
  FunctionSummary analyze(const FunctionInfo &F, std::vector<FlowEvent> &Events);

private:
  clang::ASTContext &Ctx;
  const RuleSet &Rules;
  const DriverModel &Model;
  const SummaryMap &Summaries;
  const ValueAliases &Aliases;
  const class DriverIndex *Imports;
  DrainEvidence Drains; ///< which waits may drain (DrainEvidence.h)
  ItemLending Lending;  ///< helpers items are only lent to (ItemLending.h)
  /// Source texts shown in messages, read once per expression: a helper's
  /// summary shows its free's argument at every call of the helper.
  llvm::DenseMap<const clang::Expr *, llvm::StringRef> Displays;
  llvm::BumpPtrAllocator DisplayText;
  llvm::StringSaver DisplaySaver{DisplayText};
};

} // namespace ndis

#endif
