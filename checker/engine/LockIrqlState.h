//===--- LockIrqlState.h - The lock flow's state, inside the engine -------===//
//
// The state the lock and IRQL flow (LockIrqlFlow.h) carries along a
// function, and what its passes share; for LockIrqlFlow.cpp and the entry
// states of CallContexts.cpp only.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_LOCKIRQLSTATE_H
#define NDIS_TIDY_ENGINE_LOCKIRQLSTATE_H

#include "CallContexts.h"
#include "FlatMap.h"
#include "PointerTargets.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Allocator.h"
#include "summary/DriverIndex.h"
#include <deque>
#include <set>

namespace ndis {
namespace lockflow {

using clang::CallExpr;
using clang::FunctionDecl;
using clang::SourceLocation;
using clang::ASTContext;

/// What a held lock remembers: the IRQL before it was taken.
struct HeldVal {
  const HeldLock *Lock = nullptr; ///< in FunctionPass::Locks
  bool SavedKnown = false;
  IrqlRange Saved;
  const IrqlSource *SavedSrc = nullptr;
  /// The paths joined here hold this key through different acquires that
  /// may not name the same lock (Lock->addr() is then no longer the one).
  bool Mixed = false;
  /// How its acquire left the IRQL, the same on every path joined here:
  /// raised to DISPATCH_LEVEL, or an AtDpcLevel form that saved none; else
  /// not known here (a caller's lock, paths that differ).
  enum class Acquire : uint8_t { Unknown, Raised, AtDpc };
  Acquire How = Acquire::Unknown;
};

/// An old IRQL kept in a variable (KeRaiseIrql(X, &Old)), or the current
/// one read into a local (KeGetCurrentIrql()) before the IRQL changed.
struct SavedIrql {
  bool Known = false;
  IrqlRange Range;
  const IrqlSource *Src = nullptr;
  /// The call that raised (a raise, a raising acquire, a callee annotated
  /// _IRQL_raises_) right after the IRQL was saved, the same on every path
  /// joined here; else null. A test that puts the saved IRQL at or above
  /// the level it raised to says that call raised nothing (refineSaved).
  /// (Not compared: paths that agree on the value keep it, not the call.)
  const clang::CallExpr *At = nullptr;
  bool operator==(const SavedIrql &O) const {
    return Known == O.Known && Range.Min == O.Range.Min &&
           Range.Max == O.Range.Max;
  }
};

struct LState {
  /// (User-provided: a value-initialized state, `LState()` or a new element
  /// of a list, is then not zero-filled first, 1.5 KB with the maps' inline
  /// room, before each member takes its initializer.)
  LState() {}
  bool Reached = false;
  bool Known = false;
  IrqlRange Irql;
  const IrqlSource *Src = nullptr;
  FlatMap<HeldVal> Held;               ///< lock key -> what it saved
  FlatMap<llvm::StringRef> TokenLock;  ///< lock handle / state -> lock key
  FlatMap<SavedIrql> Saved;            ///< old-IRQL variable -> its value
  FlatMap<char> CurrentIrqlVars;       ///< locals holding KeGetCurrentIrql()
  /// Parameters every caller passes the same constant for, and locals
  /// holding one: `AcquireLock(Adapter, FALSE)` never takes its Dpr
  /// branch, `Unlock(Adapter, MODE_KEEP)` never its `Mode == MODE_DROP` one.
  FlatMap<int64_t> ParamConst;
  /// Local pointers to locks: `PNDIS_SPIN_LOCK L = &Adapter->Lock;`.
  FlatMap<llvm::StringRef> LockAlias;
  /// Locals holding what a reference decrement returned
  /// (`Count = NdisInterlockedDecrement(&A->Ref);`).
  FlatMap<char> RefCountVars;
  /// On the branch where such a count reached zero: the code here runs
  /// when the last reference drops, and whether this path holds the last
  /// reference is the driver's counting, which the flow does not follow.
  bool LastRef = false;
  /// Nothing on any path here has changed the locks or the IRQL since the
  /// entry of a function entered only from other files: the state at a
  /// call here is the entry's, whatever the other files make it
  /// (OutgoingCall::Inherits).
  bool Pristine = false;
  /// Normal kernel APCs: the critical and guarded regions the function was
  /// entered in (-1: unknown), those entered (left) since, and whether the
  /// paths joined here disagree or a call did what the flow cannot count.
  int8_t ApcsEntry = -1;
  int8_t ApcsDelta = 0;
  bool ApcsLost = false;
  /// Where the last region was left on every path here, for the note.
  const CallExpr *ApcsLeft = nullptr;
  /// The regions the code here is in; -1 when unknown.
  int apcsDepth() const {
    return ApcsLost || ApcsEntry < 0 ? -1 : ApcsEntry + ApcsDelta;
  }

  bool join(const LState &O) {
    if (!O.Reached)
      return false;
    if (!Reached) {
      *this = O;
      return true;
    }
    bool Changed = false;
    if (Known && !O.Known) {
      Known = false;
      Changed = true;
    }
    if (Known) {
      if (O.Irql.Max > Irql.Max) {
        Irql.Max = O.Irql.Max;
        Src = O.Src;
        Changed = true;
      }
      if (O.Irql.Min < Irql.Min) {
        Irql.Min = O.Irql.Min;
        Changed = true;
      }
    }
    // Must-held: a lock held on only one incoming path is not held.
    for (auto It = Held.begin(); It != Held.end();) {
      auto Other = O.Held.find(It->first);
      if (Other == O.Held.end()) {
        It = Held.erase(It);
        Changed = true;
        continue;
      }
      HeldVal &Mine = It->second;
      if (Mine.How != Other->second.How &&
          Mine.How != HeldVal::Acquire::Unknown) {
        Mine.How = HeldVal::Acquire::Unknown;
        Changed = true;
      }
      if (!Mine.Mixed && Mine.Lock != Other->second.Lock &&
          (Other->second.Mixed || !Mine.Lock->addr() ||
           !Other->second.Lock->addr() ||
           !(*Mine.Lock->addr() == *Other->second.Lock->addr()) ||
           Mine.Lock->Fn != Other->second.Lock->Fn)) {
        Mine.Mixed = true;
        Changed = true;
      }
      ++It;
    }
    Changed |= TokenLock.keepCommon(O.TokenLock);
    Changed |= Saved.keepCommon(O.Saved);
    for (auto &[K, V] : Saved)
      if (V.At && O.Saved.find(K)->second.At != V.At) {
        V.At = nullptr; // saved before different raises
        Changed = true;
      }
    Changed |= CurrentIrqlVars.keepCommon(O.CurrentIrqlVars);
    Changed |= ParamConst.keepCommon(O.ParamConst);
    Changed |= LockAlias.keepCommon(O.LockAlias);
    Changed |= RefCountVars.keepCommon(O.RefCountVars);
    if (LastRef && !O.LastRef) {
      LastRef = false;
      Changed = true;
    }
    if (Pristine && !O.Pristine) {
      Pristine = false;
      Changed = true;
    }
    if (!ApcsLost && (O.ApcsLost || ApcsDelta != O.ApcsDelta ||
                      ApcsEntry != O.ApcsEntry)) {
      ApcsLost = true;
      Changed = true;
    }
    if (ApcsLeft != O.ApcsLeft && ApcsLeft) {
      ApcsLeft = nullptr;
      Changed = true;
    }
    return Changed;
  }

};

/// What a function undoes of the locks and IRQL its callees leave: a
/// caller that releases a lock after the call answers for it.
struct Undoes {
  /// The locks it releases, as it names them (interned in Shared::Strings:
  /// every pass that releases a lock adds one).
  llvm::SmallSetVector<llvm::StringRef, 2> Locks;
  bool AnyLock = false; ///< a release of a lock it cannot name, or no flow
  bool Irql = false;    ///< a lowering of the IRQL
};

/// A lock still held, or the IRQL still raised, on an edge into the exit
/// of F (at a return, or its closing brace): a finding unless something
/// undoes it (selectExits).
struct ExitState {
  const FunctionInfo *F = nullptr;
  SourceLocation Loc;
  const HeldLock *Lock = nullptr;
  const IrqlSource *Raise = nullptr;
};

/// Objects that keep their address, built where they stay: slabs of them.
/// (A std::deque of sources or held locks holds two per block, an
/// allocation each, and each object was built on the stack and moved in.)
template <typename T> class StableStore {
public:
  template <typename... Args> T &make(Args &&...A) {
    return *new (Alloc.Allocate()) T(std::forward<Args>(A)...);
  }
  /// A new T, default-initialized: not zero-filled first, as `T()` is for
  /// a T whose constructor is implicit. (So every member of T has an
  /// initializer: sources, held locks, plain runs.)
  T &make() { return *new (Alloc.Allocate()) T; }

private:
  llvm::SpecificBumpPtrAllocator<T> Alloc; ///< destroys them with itself
};

/// What the whole analysis shares across functions.
struct Shared {
  Shared(ASTContext &Ctx, const RuleSet &Rules, const DriverModel &Model,
         const llvm::DenseMap<const FunctionDecl *, SalIrql> &Sal,
         const DriverIndex *Imports)
      : Ctx(Ctx), Rules(Rules), Model(Model), Sal(Sal), Imports(Imports),
        Pointers(Model, Imports, Ctx) {}

  ASTContext &Ctx;
  const RuleSet &Rules;
  const DriverModel &Model;
  const llvm::DenseMap<const FunctionDecl *, SalIrql> &Sal;
  const DriverIndex *Imports;
  llvm::DenseMap<const FunctionDecl *, LockSummary> Summaries;
  /// The functions the bottom-up phase has been through (a summary in
  /// Summaries, or none because they do nothing to locks and the IRQL).
  llvm::DenseSet<const FunctionDecl *> Summarized;
  /// What calls through pointers may call (whole driver only).
  PointerTargets Pointers;
  std::vector<OutgoingCall> Outgoing;
  /// The _Requires_lock_held_ annotations as acquire sites
  /// (isEntryLockSite), handed to LockIrqlOutcome::EntrySites.
  std::deque<ExternalCall> EntrySites;

  /// The lock summary of the function a call calls: this file's, or an
  /// imported one for a function defined in another file.
  const LockSummary *summaryOf(const CallExpr *C, const FunctionDecl *Callee) {
    if (Callee) {
      auto It = Summaries.find(Callee);
      return It == Summaries.end() ? nullptr : &It->second;
    }
    if (const UnitSummary::Function *F = importedCallee(C, Imports))
      return F->Locks.empty() ? nullptr : &F->Locks;
    return nullptr;
  }
  /// The states at each call to a function defined here, one per
  /// distinct context of the caller (CallContexts.h).
  llvm::DenseMap<const CallExpr *, ndis::CallStates> CallStates;
  StableStore<IrqlSource> Sources; ///< stable storage for every source
  StableStore<HeldLock> Locks;     ///< and every held lock
  std::vector<LockIrqlEvent> Events;
  /// DDI calls some context reaches at an IRQL that is not certainly below
  /// their range (or unknown): "too low" must hold in every context.
  llvm::DenseSet<const CallExpr *> NotTooLow;
  /// (Handed on with the outcome: held locks' keys point into it.)
  std::unique_ptr<Interner> Strings = std::make_unique<Interner>();
  /// The parameters (bit N for parameter N) each function compares with a
  /// value (`Mode == MODE_DROP`): constants passed for them keep their
  /// value in a caller's context; others stand for their truth.
  llvm::DenseMap<const clang::FunctionDecl *, uint32_t> ValueTested;
  /// ValueTested's bits for F; all set where F was not summarized (what
  /// it compares is not known, so its constants keep their value).
  uint32_t valueTested(const clang::FunctionDecl *F) const {
    auto It = ValueTested.find(F);
    return It == ValueTested.end() ? ~0u : It->second;
  }
  StableRoots Roots; ///< for telling one lock from another (LockIdentity.h)
  /// Does any function here call a DDI that needs normal kernel APCs
  /// disabled, or that enters or leaves a region? Only then are the
  /// regions followed (and the calls into other files, which may enter
  /// one, make a function relevant).
  bool TracksApcs = false;
  /// (The records stay in a store: the map moved each one at every rehash.)
  /// The interned keys of `&Base->Field` lock arguments (lockKey), by what
  /// the key depends on: the base's type as written and without its casts,
  /// and the field. Most locks are fields taken in many functions.
  llvm::DenseMap<std::tuple<const void *, const void *, const void *>,
                 llvm::StringRef>
      FieldLockKeys;
  llvm::DenseMap<const FunctionDecl *, Undoes *> UndoneBy;
  StableStore<Undoes> UndoneStore;
  std::vector<ExitState> Exits;
  /// Whether each function changes or depends on locks and the IRQL, by
  /// its place in the model's list (-1: not known for good; relevant() in
  /// LockIrqlFlow.cpp): known once its callees were all summarized before it.
  std::vector<int8_t> Relevance;
  int8_t &relevance(const FunctionInfo &F) {
    return Relevance[&F - Model.functions().data()];
  }

  const IrqlSource *keep(IrqlSource S) { return &Sources.make(std::move(S)); }
  const HeldLock *keep(HeldLock L) { return &Locks.make(std::move(L)); }
  /// A new source or held lock, empty or a copy, to fill in where it stays.
  IrqlSource &newSource() { return Sources.make(); }
  IrqlSource &newSource(const IrqlSource &Copy) { return Sources.make(Copy); }
  HeldLock &newLock() { return Locks.make(); }
  HeldLock &newLock(const HeldLock &Copy) { return Locks.make(Copy); }
};

/// The states F is entered with: its role's, its SAL annotation's, or one
/// per distinct context of its callers, here and in the other files
/// (Imported; CallContexts.h).
llvm::SmallVector<LState, 1>
entryStates(Shared &S, const FunctionInfo &F,
            const std::vector<CallState> &Imported);

/// The states at the calls into F that the other files' summaries recorded.
std::vector<CallState> importedCallStates(Shared &S, const FunctionInfo &F);

/// Is F's address taken in another file (a function table there)?
bool importedAddressTaken(const Shared &S, const FunctionInfo &F);

/// Adds to Entry the locks F's _Requires_lock_held_ annotations say its
/// callers hold (spin locks, at DISPATCH_LEVEL), where Entry does not hold
/// them already; none when Entry's IRQL is known to be below DISPATCH_LEVEL.
void addRequiredLocks(Shared &S, const FunctionInfo &F, LState &Entry);

/// The lock keys F's _Requires_lock_held_ annotations name.
llvm::SmallVector<std::string, 1> requiredLockKeys(const Shared &S,
                                                   const FunctionDecl *F);

/// Is an unknown entry state of F pristine (LState::Pristine)?
bool enteredPristine(const Shared &S, const FunctionInfo &F);
/// The constant V passed for parameter I as a context keeps it: as passed
/// where the callee compares that parameter with a value (ByValue,
/// Shared::valueTested), else its truth (0 or 1), so that callers passing
/// 4 and 8 share one context.
inline int64_t keptConstant(uint32_t ByValue, unsigned I, int64_t V) {
  return I < 32 && (ByValue >> I & 1) ? V : V != 0;
}

} // namespace lockflow
} // namespace ndis

#endif
