//===--- LockIrqlFlow.h - Spin locks held and the IRQL, at every point ----===//
//
// A second flow, per function, in the style of Clang's ThreadSafety
// analysis (along the syntax for structured code, over clang::CFG
// otherwise, as the pool flow): the set of spin locks held (must-held: the
// intersection at joins) and the IRQL as an interval [Min, Max] over
// PASSIVE < APC < DISPATCH < DIRQL (the union at joins), each with where it
// came from.
//
//      entry states (one pass each)         IRQL             lock set
//      ────────────────────────────         ────             ────────
//      role (rules/roles)                   the role's       empty
//      SAL with a maximum                   the annotation's empty
//      one per distinct calling context     the caller's     the caller's
//        (CallContexts.h: <= 8, the calls here and the imported ones;
//         each with its caller's constant arguments)
//      over 8 contexts: their merge         union, all known intersection
//      SAL minimum alone, a caller unknown  [min, DIRQL], reporting only
//                                           what the minimum proves
//      unknown otherwise (an unknown context too): no reports
//      + _Requires_lock_held_(spin lock L)  at least DISPATCH +L (unless
//                                           a context says below it)
//
// A DDI in a helper is reported when any context reaches it with a lock
// held (the IRQL too high) on every path, once per DDI call and kind, its
// notes from that context's caller; the states at the helper's calls are
// kept per context for its callees (and for the calls into other files).
//
//                 acquire (raises to DISPATCH, saves the old IRQL)
//      [lo, hi] ─────────────────────────────────────────────► [D, D]
//         ▲                                                        │
//         └──────────── release (restores the saved IRQL) ─────────┘
//      KeRaiseIrql / NDIS_RAISE_IRQL_TO_DISPATCH: [X, X], old IRQL saved
//      KeLowerIrql(Old): the IRQL saved in Old; a constant; else unknown
//      if (KeGetCurrentIrql() == PASSIVE_LEVEL): narrows each branch
//        (a local holding it, until a call changes the IRQL: then a saved
//        IRQL, as Old)
//      if (Old != DISPATCH_LEVEL): a branch Old cannot take is not taken;
//        on one where Old is at or above the level the raise that saved it
//        went to, and the IRQL is still that raise's, the raise raised
//        nothing: the IRQL is Old's, explained as Old was
//      if (ExTryToAcquireFastMutex(&M)): the raise on the true branch only
//        (if-true effects); untested, the IRQL after it is unknown
//
// Normal kernel APCs, where the translation unit acquires an ERESOURCE:
// the regions the function was entered in (a role: none; a context: its
// caller's; else unknown) plus those entered since (disable-apcs +1,
// enable-apcs -1, a helper's summary its delta), joined by equality (else
// lost, as after a call into another file). An apcs-disabled DDI at
// PASSIVE_LEVEL in no region on every path is an ApcsEnabled event.
//
// Two passes: bottom-up, a summary of what each function does to locks (a
// driver's own AcquireAdapterLock(Adapter) helper returns holding the
// lock; what it does when a parameter it tests is 0 or 1, where that
// differs: `if (ReleaseLock) NdisReleaseSpinLock(...)`); then top-down from the entry points, with the state at each call
// site giving the callee's entry state, reporting at each DDI:
//   - a DDI whose rule says no spin lock may be held, with one held;
//   - a DDI called where the IRQL is above its documented range (some path
//     reaches it higher: Max > allowed) or certainly below it;
//   - an exclusive spin lock acquired (a _Requires_lock_not_held_ function
//     called) where that very lock is held (LockIdentity.h): Reacquired;
//   - a return (or the closing brace) that a function reaches still holding
//     a lock it took, or still at the IRQL it raised to, when nothing
//     undoes that afterwards: NDIS, calling a callback; a caller that
//     releases the lock (lowers the IRQL) after the call, when there is
//     none. A lock helper whose summary hands the lock to its callers is
//     not reported; its callers answer for the lock.
// The bottom-up pass of a function runs from the plain entry (unknown
// IRQL, no lock, no constant) and reports too, into a record the top-down
// pass applies where it enters the function that way (PlainRun), instead
// of running it a second time.
//
//      lock held (IRQL raised) at an edge into the exit, taken here
//        ├─ no role, and no caller in view, or the address taken: silent
//        ├─ no role, and held on every exit: a lock helper; silent
//        ├─ released here, or by a caller, under a name that may be it: silent
//        └─ otherwise: HeldAtExit (RaisedAtExit)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LOCKIRQLFLOW_H
#define NDIS_TIDY_ENGINE_LOCKIRQLFLOW_H

#include "DriverModel.h"
#include "FlatMap.h"
#include "LockIdentity.h"
#include "SalAnnotations.h"
#include "Summaries.h"
#include <deque>
#include <limits>

namespace ndis {

/// Why the IRQL is what it is at some point.
struct IrqlSource {
  enum Kind { None, Role, Sal, Lock, Raise, Required } K = None;
  const clang::FunctionDecl *Fn = nullptr; ///< where the source is
  std::string FnName; ///< when Fn is in another file (an imported context)
  clang::SourceLocation Loc;
  std::string Text;  ///< the lock, the annotation, the DDI
  /// For a lock: the expression naming it. Text is read from the source
  /// only for the sources a report shows (finishTexts).
  const clang::Expr *Shown = nullptr;
  RoleEvidence RoleEv;
  Irql Level = Irql::Passive;
  /// Only a minimum is known (_IRQL_requires_min_ alone): the IRQL is too
  /// high for a DDI only when that minimum is.
  bool AtLeast = false;
  /// From Fn's call down to the DDI that raised (one call when direct).
  Chain Inner;
  /// The calls from Fn down to the function the report is in.
  Chain Calls;
};

struct HeldLock {
  /// Interned in the analysis's strings (LockIrqlOutcome::Strings, which
  /// the events and summaries holding the lock are kept with): a lock is
  /// held, and copied into each context's entry, far more often than shown.
  llvm::StringRef Key;
  std::string Display;
  /// The expression naming the lock (`&Adapter->Lock`'s lock); Display is
  /// read from the source only for the locks a report shows.
  const clang::Expr *Shown = nullptr;
  CallRef Acquire; ///< the acquiring DDI call (maybe in another file)
  const clang::FunctionDecl *Fn = nullptr;  ///< where it is taken
  Chain Inner; ///< from Fn's call down to the DDI (a lock helper's chain)
  Chain Calls; ///< from Fn down to the function the report is in
  /// Where the lock is, in Fn's terms (LockIdentity.h), when the code
  /// names it so: to tell a lock taken twice from two locks of one type.
  /// Worked out from the acquire's argument the first time it is asked:
  /// most held locks are released before another is taken, and never are.
  const std::optional<LockAddr> &addr() const {
    if (AddrOf) {
      Addr = lockAddress(AddrOf);
      AddrOf = nullptr;
    }
    return Addr;
  }
  void setAddr(std::optional<LockAddr> A) {
    Addr = std::move(A);
    AddrOf = nullptr;
  }
  /// The lock is where the pointer E points (lockAddress(E)).
  void setAddrOf(const clang::Expr *E) {
    Addr.reset();
    AddrOf = E;
  }

private:
  mutable std::optional<LockAddr> Addr;
  mutable const clang::Expr *AddrOf = nullptr;
};

/// A lock held on entry because the function is annotated
/// _Requires_lock_held_: its HeldLock::Acquire is a point of this kind,
/// the annotation, its callee the annotation as written. (So the summary
/// file carries it as any other acquire site.)
bool isEntryLockSite(CallRef Acquire);

struct LockIrqlEvent {
  enum Kind { FreeUnderLock, IrqlTooHigh, IrqlTooLow, HeldAtExit,
              RaisedAtExit, Reacquired, ApcsEnabled } K;
  const clang::FunctionDecl *Fn = nullptr;
  const clang::CallExpr *At = nullptr;
  /// HeldAtExit, RaisedAtExit: the return, or the function's closing brace.
  clang::SourceLocation Exit;
  const DdiRule *Rule = nullptr;
  /// The rule's range at this call: wider than the rule's own when an
  /// argument allows it (a zero timeout, ZeroArgument.h).
  IrqlRange Allowed;
  IrqlRange Current;
  IrqlSource Source;
  HeldLock Lock;
  /// Reacquired: the annotation of a call to a function declared
  /// _Requires_lock_not_held_ ("_Requires_lock_not_held_(*SpinLock)");
  /// empty for an acquire of the lock itself.
  std::string NotHeld;
  /// ApcsEnabled: where the function left the last region, if it did.
  const clang::CallExpr *ApcsLeft = nullptr;
};

struct LockSummary {
  /// Locks held when the function returns that it acquired ("%N" for a
  /// lock passed in parameter N, else the lock's path key).
  /// Both are sets (one entry per lock key, in the order first seen), so a
  /// summary holds at most one entry per lock the function can name,
  /// however many paths or calls release it: a helper called twice must
  /// not double its callers' lists (2^depth down a chain of them).
  std::vector<std::pair<std::string, ChainedSite>> Acquires;
  std::vector<std::string> Releases;
  /// KeLowerIrql(Param N): the caller's IRQL becomes what N saved.
  int LowersToParam = -1;
  /// Raises or lowers the IRQL in a way none of the above says.
  bool ChangesIrql = false;
  /// The critical and guarded regions it leaves its callers in, more (or
  /// fewer) than they were; or that the flow cannot count them (Kept in
  /// this file, as When.)
  int ApcsDelta = 0;
  bool ApcsUnknown = false;
  /// Effects under a test of a parameter (`if (Release)
  /// NdisReleaseSpinLock(...)`): a call passing Value for Param does
  /// Effects instead of the above. Kept in this file (not exported).
  struct Conditional;
  std::vector<Conditional> When;
  bool changesLocksOrIrql() const {
    return !Acquires.empty() || !Releases.empty() || LowersToParam >= 0 ||
           ChangesIrql || !When.empty();
  }
  /// May a caller's count of regions differ past a call to it?
  bool changesRegions() const { return ApcsUnknown || ApcsDelta != 0; }
  bool empty() const { return !changesLocksOrIrql() && !changesRegions(); }
  bool sameEffects(const LockSummary &O) const;
};

struct LockSummary::Conditional {
  unsigned Param = 0;
  int64_t Value = 0;
  /// The parameter is only tested for truth (`if (Release)`): any nonzero
  /// value passed stands for 1. Else (`if (Mode == MODE_DROP)`) the value
  /// passed must be Value itself.
  bool ByTruth = true;
  /// Effects for any value other than those in Excluded: every constant
  /// the function compares the parameter with, 0 and 1 (a third mode
  /// passed to `if (Mode == A) ... else if (Mode == B) ...`).
  bool Other = false;
  llvm::SmallVector<int64_t, 4> Excluded;
  LockSummary Effects;

  /// Do these effects apply where the parameter is the constant V?
  bool appliesTo(int64_t V) const {
    if (Other)
      return !llvm::is_contained(Excluded, V);
    return ByTruth ? (V != 0) == (Value != 0) : V == Value;
  }
};

/// The value a summary's "other value" variant gives its parameter: one
/// that no constant the function compares it with equals, and that is
/// never handed on to a callee as a constant (constantArg).
constexpr int64_t OtherValue = std::numeric_limits<int64_t>::min() + 0x4e44;

class DriverIndex;

/// The state at a call to a function defined in another file, for the
/// whole-driver summary (that file takes it as the callee's entry).
struct OutgoingCall {
  const clang::CallExpr *Call = nullptr;
  bool Known = false;
  /// Made in a function entered only from other files, with nothing
  /// changed since its entry: the call has whatever state the function
  /// is entered with (the thin link, DriverIndex, works it out).
  bool Inherits = false;
  IrqlRange Range;
  IrqlSource Source;
  std::vector<HeldLock> Locks;
  /// The integer arguments that are constants at the call (argument
  /// index, value as passed; constantArg), of the parameters the callee's
  /// summary says steer it: its file keeps them as CallState::Consts for
  /// its own callers (exportConsts).
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> Consts;
};

struct LockIrqlOutcome {
  std::vector<LockIrqlEvent> Events;
  /// What each function with one leaves its callers holding or released.
  llvm::DenseMap<const clang::FunctionDecl *, LockSummary> Summaries;
  std::vector<OutgoingCall> Outgoing;
  /// What the held locks of _Requires_lock_held_ annotations point to as
  /// their acquire (isEntryLockSite): kept as long as the events are.
  /// (A deque moves without moving its elements.)
  std::deque<ExternalCall> EntrySites;
  /// Where the held locks' keys are (HeldLock::Key): kept as long as the
  /// events and outgoing calls are.
  std::unique_ptr<Interner> Strings;
  /// Were the critical and guarded regions counted (the summaries'
  /// ApcsDelta and ApcsUnknown)? Only in a file that calls a DDI needing
  /// normal kernel APCs disabled, or one entering or leaving a region.
  bool TracksApcs = false;
};

/// Imports (may be null): the other files' summaries. A call to a function
/// defined there applies its lock summary; a function defined here that
/// they call is entered with their call sites' states as well as this
/// file's.
LockIrqlOutcome
analyzeLocksAndIrql(clang::ASTContext &Ctx, const RuleSet &Rules,
                    const DriverModel &Model,
                    const llvm::DenseMap<const clang::FunctionDecl *, SalIrql> &Sal,
                    const DriverIndex *Imports);

} // namespace ndis

#endif
