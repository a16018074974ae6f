//===--- FunctionPass.h - One pass of the lock and IRQL flow ---*- C++ -*-===//
//
// A pass follows one function from one entry state (LockIrqlFlow.h has
// the lattice and the order of the passes): along the syntax for
// structured code, over the CFG for the rest. Its parts, by file:
//
//   Calls.cpp     what a call does: DDIs' effects, SAL, callees' summaries,
//                 acquires and releases, regions, the checks at each call
//   Branches.cpp  what a branch condition tells (the IRQL, a reference
//                 count's last drop, a tested parameter or try-acquire)
//   Walk.cpp      the walk of the body, its exits, and the pass itself
//
// LockIrqlFlow.cpp runs the passes (bottom-up summaries, top-down
// contexts) and selects the findings.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LOCKFLOW_FUNCTIONPASS_H
#define NDIS_TIDY_ENGINE_LOCKFLOW_FUNCTIONPASS_H

#include "../AccessPath.h"
#include "../CallContexts.h"
#include "../CfgOrder.h"
#include "../DdiCalls.h"
#include "../FlatMap.h"
#include "../LockIrqlFlow.h"
#include "../LockIrqlState.h"
#include "../ZeroArgument.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <iterator>
#include <optional>

namespace ndis {
namespace lockflow {

using namespace clang;

/// A parameter a function tests: for truth (no Value), or against Value.
struct TestedParam {
  unsigned Param;
  std::optional<int64_t> Value;
  bool operator==(const TestedParam &O) const {
    return Param == O.Param && Value == O.Value;
  }
};

/// Reports a DDI called where the IRQL is Cur, explained by Src, if its
/// rule's range does not allow that. Above the range on some path is a
/// report: a data-path callback documented "<= DISPATCH_LEVEL" is called at
/// DISPATCH_LEVEL. Below it, only when certain. A control callback's range
/// (OID requests) covers requests NDIS sends at PASSIVE_LEVEL (power, PnP),
/// so there only a certain violation is reported.
template <typename CallSet>
void checkIrql(Shared &S, std::vector<LockIrqlEvent> &Events,
               CallSet &NotTooLow, const FunctionDecl *Fn, const CallExpr *C,
               const DdiRule &R, IrqlRange Cur, const IrqlSource *Src) {
  if (!R.Irql)
    return;
  if (!Src || !(Cur.Max < R.Irql->Min))
    NotTooLow.insert(C); // (an argument only ever widens the range up)
  if (!Src)
    return;
  bool ControlRange = Src->K == IrqlSource::Role &&
                      Src->RoleEv.Role->Stage == Phase::Control;
  IrqlRange Allowed = *R.Irql;
  if (Cur.Max > Allowed.Max) // only then can an argument change the verdict
    Allowed = allowedIrql(R, C, Fn, S.Rules, S.Ctx);
  if (ControlRange && Cur.Min <= Allowed.Max && Cur.Max >= Allowed.Min)
    return;
  LockIrqlEvent E;
  if (Src->AtLeast && Cur.Max > Allowed.Max && Cur.Min <= Allowed.Max)
    return; // above only the minimum, which bounds nothing from above
  if (Cur.Max > Allowed.Max)
    E.K = LockIrqlEvent::IrqlTooHigh;
  else if (Cur.Max < Allowed.Min)
    E.K = LockIrqlEvent::IrqlTooLow;
  else
    return;
  E.Fn = Fn;
  E.At = C;
  E.Rule = &R;
  E.Allowed = Allowed;
  E.Current = Cur;
  E.Source = *Src;
  Events.push_back(std::move(E));
}

/// The level a constant expression names (0 PASSIVE_LEVEL, 1 APC_LEVEL,
/// 2 DISPATCH_LEVEL, higher a device's).
std::optional<Irql> levelValue(const clang::Expr *E, clang::ASTContext &Ctx);
/// The path of the lock an argument names.
std::optional<AccessPath> lockPath(const clang::Expr *Arg);
/// Do these effects acquire or release a lock, or change the IRQL?
bool changesLocksOrIrql(llvm::ArrayRef<Effect> Effects);
/// The constant an argument holds in L, if any.
std::optional<int64_t> constantArg(const clang::Expr *Arg, const LState &L,
                                   clang::ASTContext &Ctx);
/// The constants a call passes for Callee's parameters that it tests.
llvm::SmallVector<std::pair<unsigned, int64_t>, 2>
constantArgs(const clang::FunctionDecl &Callee, const clang::CallExpr *C,
             const LState &L, const Shared &S);
/// The integer arguments of a call that are constants in L (argument
/// index, value as passed), of those whose bit is set in Only; FromEntry:
/// one is a parameter constant in the entry state.
llvm::SmallVector<std::pair<unsigned, int64_t>, 2>
argumentConsts(const clang::CallExpr *C, const LState &L,
               clang::ASTContext &Ctx, bool &FromEntry, uint32_t Only);
/// What a call into another file exports of its constant arguments
/// (OutgoingCall::Consts), for the callee's file to keep as constantArgs
/// keeps a caller's of its own; Out's state set first.
void exportConsts(OutgoingCall &Out, const LState &L, const Shared &S);
/// Can a lock of this kind not be taken again by its holder?
bool exclusiveSpin(llvm::StringRef Kind);

/// What a reporting pass adds to the analysis, kept apart until applied:
/// the pass from the plain entry, run bottom-up where it takes F's summary,
/// then serves that entry in the top-down pass too (PlainRun).
struct PassEffects {
  std::vector<LockIrqlEvent> Events;
  /// (A set is many allocations: the set of the analysis takes these.)
  struct CallList : llvm::SmallVector<const CallExpr *, 4> {
    void insert(const CallExpr *C) { push_back(C); }
  } NotTooLow;
  /// (Inline: most functions call one or two of the driver's own, and a
  /// list was an allocation for every pass.)
  llvm::SmallVector<std::pair<const CallExpr *, CallState>, 2> CallStates;
  std::vector<OutgoingCall> Outgoing;
  std::vector<ExitState> Exits;

  /// Moves the effects into S: they are applied once.
  void applyTo(Shared &S) {
    std::move(Events.begin(), Events.end(), std::back_inserter(S.Events));
    S.NotTooLow.insert(NotTooLow.begin(), NotTooLow.end());
    for (auto &[C, CS] : CallStates)
      addCallState(S.CallStates[C], std::move(CS));
    std::move(Outgoing.begin(), Outgoing.end(), std::back_inserter(S.Outgoing));
    S.Exits.insert(S.Exits.end(), Exits.begin(), Exits.end());
  }
};

/// The annotations of a call's direct callee, looked up once per call
/// (a call asked up to three times), and only if asked.
class CalleeSal {
public:
  CalleeSal(const Shared &S, const FunctionDecl *Direct)
      : S(S), Direct(Direct) {}
  const SalIrql *get() {
    if (!Asked) {
      Asked = true;
      if (Direct && !S.Sal.empty())
        if (auto It = S.Sal.find(Direct->getCanonicalDecl());
            It != S.Sal.end())
          Sal = &It->second;
    }
    return Sal;
  }

private:
  const Shared &S;
  const FunctionDecl *Direct;
  const SalIrql *Sal = nullptr;
  bool Asked = false;
};

class FunctionPass {
public:
  /// Into: where the effects go (a PlainRun's), if not into Effects' own.
  FunctionPass(Shared &S, const FunctionInfo &F, bool Reporting,
               PassEffects *Into = nullptr)
      : Effects(Into ? *Into : OwnEffects), S(S), F(F), Fn(F.Fn),
        Reporting(Reporting) {
    if (Reporting)
      Effects.CallStates.reserve(F.Calls.size());
  }

  /// Runs the flow from Entry; returns the state at the exit.
  LState run(const LState &Entry, bool &Ok);
  LockSummary Summary;
  Undoes Undone;
private:
  PassEffects OwnEffects;

public:
  PassEffects &Effects; ///< what reporting adds, for PassEffects::applyTo
  /// The parameters of Fn tested as a plain condition (`if (Release)`,
  /// no Value) or against a constant (`if (Mode == MODE_DROP)`), in the
  /// order first met: the conditions a summary may depend on.
  llvm::SmallVector<TestedParam, 2> TestedParams;
  void noteTested(unsigned Param, std::optional<int64_t> Value) {
    if (!llvm::is_contained(TestedParams, TestedParam{Param, Value}) &&
        TestedParams.size() < 8)
      TestedParams.push_back({Param, Value});
  }

private:
  /// Structured code (followsSyntax) is followed along its syntax in one
  /// pass, which gives the states one pass over its acyclic CFG would,
  /// without building the CFG: most lock-taking functions are short and
  /// straight, and the CFG cost more than the flow itself.
  LState runAlongSyntax(const Stmt *Body, const LState &Entry);
  /// Tail: St is the last thing the function runs, so each path that
  /// leaves it goes straight out (the CFG's edges into the exit block).
  void exec(const Stmt *St, LState &L, bool Tail = false);
  void noteTailExit(const LState &L) {
    if (Reporting && L.Reached)
      if (const auto *CS = dyn_cast<CompoundStmt>(Fn->getBody()))
        noteExit(L, CS->getRBracLoc(), *EntryState);
  }
  void execCondition(const Expr *Cond, LState &L, LState &False);
  void execTest(const Expr *Cond, LState &L, LState &False);
  void walk(const Stmt *St, LState &L);
  /// Runs Apply, what call C does to L. `Irql = KeGetCurrentIrql();`
  /// holds the IRQL of its time: once C changes the IRQL, the locals
  /// holding it are saved IRQLs, saved before C (SavedIrql::At: C, when C
  /// raised).
  template <typename ApplyFn>
  void withCurrentIrql(const CallExpr *C, LState &L, ApplyFn Apply) {
    if (L.CurrentIrqlVars.empty()) {
      Apply();
      return;
    }
    SavedIrql Before{L.Known, L.Irql, L.Src};
    Apply();
    if (L.Known == Before.Known && L.Src == Before.Src &&
        (!L.Known || (L.Irql.Min == Before.Range.Min &&
                      L.Irql.Max == Before.Range.Max)))
      return;
    if (BeforeCall.count(C))
      Before.At = C;
    for (const auto &KV : L.CurrentIrqlVars)
      L.Saved.atInterned(KV.first) = Before;
    L.CurrentIrqlVars.clear();
  }
  void visit(const Stmt *St, LState &L);
  void handleCall(const CallExpr *C, LState &L);
  /// The critical and guarded regions a callee's summary enters or leaves.
  void countRegions(const CallExpr *C, const LockSummary &Sum, LState &L);
  /// A call into another file, or through a pointer, where the regions are
  /// counted: the callee's count from its file's summary. A function of
  /// the driver with none enters none, once every file's summary was read
  /// (DriverIndex::complete): a file writes a function's count when it is
  /// not zero, or unknown. Else the count is lost.
  void countOtherFileRegions(const CallExpr *C, LState &L);
  /// A call through a pointer: the count is kept where no function it may
  /// call enters or leaves a region (PointerTargets.h), else lost.
  void countPointerRegions(const CallExpr *C, LState &L);
  void handleDdi(const CallExpr *C, const DdiRule &R, LState &L,
                 CalleeSal &Sal);
  /// A DDI's effects, or the ones a callee's SAL annotations state
  /// (FromSal); Display names a lock no argument names.
  void applyEffects(const CallExpr *C, llvm::ArrayRef<Effect> Effects,
                    LState &L, llvm::StringRef Display = {},
                    bool FromSal = false);
  /// What Callee's SAL annotations say a call does; false if nothing.
  bool applySal(const CallExpr *C, const SalIrql *Sal, LState &L);
  /// The locks a callee whose summary speaks of none is annotated to
  /// acquire or release (an abstract lock, `_Acquires_lock_(
  /// _Global_rcu_read_lock_)` on a function that only raises the IRQL):
  /// after its summary, acquired where not held, released where held.
  void applySalLocks(const CallExpr *C, const SalIrql *Sal, LState &L);
  /// The definition C calls (calleeWithBody), found in the model's list of
  /// F's calls where it is near the last one found: the flow meets the
  /// calls in about the order the model listed them.
  const FunctionDecl *calleeOf(const CallExpr *C, const FunctionDecl *Direct);
  size_t CallCursor = 0;
  /// Lock: an interned key.
  void acquire(llvm::StringRef Lock, const Expr *Shown, const CallExpr *C,
               bool AtDispatch, Chain Inner, LState &L,
               llvm::StringRef Display = {},
               const Expr *AddrOf = nullptr,
               std::optional<LockAddr> Addr = std::nullopt);
  /// Reports a call that takes (or, NotHeld, must not be made with) the
  /// lock at Now when a held lock is that very lock (LockIdentity.h).
  void reportIfHeld(const CallExpr *C, const std::optional<LockAddr> &Now,
                    llvm::StringRef NotHeld, const LState &L);
  /// The calls to a function declared _Requires_lock_not_held_ (Sal: the
  /// callee's annotations; asked while reporting, with a lock held).
  void checkNotHeld(const CallExpr *C, const SalIrql *Sal, const LState &L);
  /// Is C a part of an if, while, do or for condition that the flow
  /// refines (refinePart): `if (ExTryToAcquireFastMutex(&M))`, `if (!...)`,
  /// `if (A && ...)`?
  bool isTestedCall(const CallExpr *C);
  llvm::DenseSet<const CallExpr *> TestedCalls;
  bool TestedCallsFound = false;
  /// Key: an interned key.
  void release(llvm::StringRef Key, bool Restore, LState &L);
  void setLevel(LState &L, Irql Level, const IrqlSource *Src) {
    L.Known = true;
    L.Irql = IrqlRange{Level, Level};
    L.Src = Src;
  }
  void check(const CallExpr *C, const DdiRule &R, const LState &L);
  void noteExits(const CfgOrder &CO, const CFGBlock &B, const LState &Out,
                 const LState &Entry);
  /// Records what is still in force in Edge, a state leaving the function
  /// at Loc (a return, or the closing brace).
  void noteExit(const LState &Edge, SourceLocation Loc, const LState &Entry);
  void refine(LState &L, const Expr *Cond, bool Branch);
  void refinePart(LState &L, const Expr *Part, bool Branch);
  /// A branch where `Saved Op Level` holds: no path, where the saved IRQL
  /// cannot be so; the raise after it undone, where it raised nothing
  /// (SavedIrql::At).
  void refineSaved(LState &L, const SavedIrql &Saved, BinaryOperatorKind Op,
                   Irql Level);
  bool isCurrentIrql(const Expr *E, const LState &L);
  bool callOrHolder(const Expr *E, EffectKind K,
                    const FlatMap<char> &Vars) const;
  /// Sum, or its effects under the constants this call passes.
  const LockSummary *underArguments(const LockSummary *Sum,
                                    const CallExpr *C, const LState &L) const;
  /// A reference decrement's result: the call itself, or a local that holds it.
  bool isRefCountValue(const Expr *E, const LState &L) const;
  /// Does Cond, taken on Branch, say that a reference count reached zero?
  bool dropsLastReference(const Expr *Cond, bool Branch, const LState &L) const;
  /// The key of the lock an argument names, through a local pointer to a
  /// lock (`L = &Adapter->Lock; NdisReleaseSpinLock(L);`).
  /// (Interned: keys are kept in states, held locks and Undone.)
  std::optional<llvm::StringRef> lockKey(const Expr *Arg,
                                         const LState &L) const {
    if (auto K = fieldLockKey(Arg))
      return K;
    auto P = lockPath(Arg);
    if (!P)
      return std::nullopt;
    if (P->Fields.size() == 1 && P->Fields[0] == "*") {
      AccessPath Ptr = *P;
      Ptr.Fields.clear();
      if (auto It = L.LockAlias.find(Ptr.key()); It != L.LockAlias.end())
        return It->second;
    }
    return intern(P->key());
  }

  /// The lock an acquire-lock or release-lock effect names at C: the one
  /// the kernel keeps (Global), or its argument's.
  std::optional<llvm::StringRef> effectLockKey(const CallExpr *C,
                                               const Effect &E,
                                               const LState &L) const {
    if (!E.Global.empty())
      return intern(E.Global);
    return lockKey(argOf(C, E.Arg), L);
  }

  /// lockKey of `&Base->Field`, kept per record and field in
  /// Shared::FieldLockKeys: the same path, key and interning for every
  /// function that takes the lock. None for any other argument.
  std::optional<llvm::StringRef> fieldLockKey(const Expr *Arg) const;

  Shared &S;
  const FunctionInfo &F;
  const FunctionDecl *Fn;
  bool Reporting;
  llvm::DenseSet<const Stmt *> Elements;
  /// The state just before each raising call, for `Old = KfRaiseIrql(X)`.
  llvm::SmallDenseMap<const CallExpr *, SavedIrql, 4> BeforeCall;
  /// Along the syntax: the states that gotos carry to each label, and the
  /// join of the states at every return and at the end.
  llvm::DenseMap<const LabelDecl *, LState> Pending;
  LState AtExit;
  const LState *EntryState = nullptr; ///< runAlongSyntax's entry state
  llvm::SmallPtrSet<const CallExpr *, 8> Reported;
};

} // namespace lockflow
} // namespace ndis

#endif
