//===--- LockIrqlFlow.cpp - Spin locks held and the IRQL, at every point --===//
//
// See LockIrqlFlow.h for the lattice and the passes.
//
//===----------------------------------------------------------------------===//

#include "LockIrqlFlow.h"
#include "AccessPath.h"
#include "CallContexts.h"
#include "LockIrqlState.h"
#include "DdiCalls.h"
#include "FlatMap.h"
#include "CfgOrder.h"
#include "ZeroArgument.h"
#include "summary/DriverIndex.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <iterator>
#include <set>
#include <tuple>

using namespace clang;

namespace ndis {
using namespace lockflow;
namespace {

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

std::optional<Irql> levelValue(const Expr *E, ASTContext &Ctx) {
  std::optional<int64_t> V = integerConstant(E, Ctx);
  if (!V)
    return std::nullopt;
  return *V == 0 ? Irql::Passive
         : *V == 1 ? Irql::Apc
         : *V == 2 ? Irql::Dispatch
                   : Irql::Dirql;
}

/// The key of a lock argument: `&Adapter->Lock` names MP_ADAPTER::Lock;
/// a pointer to a lock (`Adapter->pLock`) names what it points to.
std::optional<AccessPath> lockPath(const Expr *Arg) {
  if (!Arg)
    return std::nullopt;
  if (auto P = pointeePathOf(Arg))
    return P;
  if (auto P = accessPathOf(Arg)) {
    P->Fields.push_back("*");
    return P;
  }
  return std::nullopt;
}

/// Do these effects (a DDI's rule) change the locks held or the IRQL?
bool changesLocksOrIrql(llvm::ArrayRef<Effect> Effects) {
  for (const Effect &E : Effects)
    if (E.Kind == EffectKind::AcquireLock || E.Kind == EffectKind::ReleaseLock ||
        E.Kind == EffectKind::RaiseIrql || E.Kind == EffectKind::LowerIrql)
      return true;
  return false;
}

/// An argument that is a constant here: a constant, or a local or
/// parameter holding one on this path.
std::optional<int64_t> constantArg(const Expr *Arg, const LState &L,
                                   ASTContext &Ctx) {
  if (!Arg || Arg->isValueDependent() || !Arg->getType()->isIntegerType())
    return std::nullopt;
  if (const auto *D = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts())) {
    const auto *V = dyn_cast<VarDecl>(D->getDecl());
    if (!V || !V->isLocalVarDeclOrParm() || L.ParamConst.empty())
      return std::nullopt;
    AccessPath P;
    P.Root = V->getCanonicalDecl();
    if (auto It = L.ParamConst.find(P.key());
        It != L.ParamConst.end() && It->second != OtherValue)
      return It->second;
    return std::nullopt;
  }
  return integerConstant(Arg, Ctx);
}

/// The constant arguments of a call to Callee, for its context: none for
/// a callee without a branch, which no constant can steer. A parameter
/// the callee never compares with a value stands for its truth (0 or 1),
/// so that callers passing 4 and 8 share one context.
llvm::SmallVector<std::pair<unsigned, int64_t>, 2>
constantArgs(const FunctionDecl &Callee, const CallExpr *C, const LState &L,
             const Shared &S) {
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> Out;
  // Most calls pass no integer at all (constantArg): no callee to look up.
  if (llvm::none_of(C->arguments(), [](const Expr *Arg) {
        return Arg->getType()->isIntegerType();
      }))
    return Out;
  const FunctionInfo *Info = S.Model.info(&Callee);
  if (!Info || !Info->Branches)
    return Out;
  auto Tested = S.ValueTested.find(&Callee);
  uint32_t ByValue = Tested == S.ValueTested.end() ? ~0u : Tested->second;
  for (const ParmVarDecl *Parm : Callee.parameters()) {
    unsigned I = Parm->getFunctionScopeIndex();
    if (auto V = constantArg(argOf(C, I), L, S.Ctx))
      Out.push_back({I, I < 32 && (ByValue >> I & 1) ? *V : *V != 0});
  }
  return Out;
}

/// A lock kind (Effect::Lock) a thread that holds it cannot take again
/// without deadlocking: the exclusive spin locks. (ex-spin's shared and
/// exclusive acquires share their kind; the read/write locks allow
/// recursive reads.)
bool exclusiveSpin(llvm::StringRef Kind) {
  return Kind == "ndis-spin" || Kind == "ke-spin" || Kind == "ke-queued" ||
         Kind == "ke-interrupt" || Kind == "sal";
}

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
  /// A DDI's effects, or the ones a callee's SAL annotations state;
  /// Display names a lock no argument names.
  void applyEffects(const CallExpr *C, llvm::ArrayRef<Effect> Effects,
                    LState &L, llvm::StringRef Display = {});
  /// What Callee's SAL annotations say a call does; false if nothing.
  bool applySal(const CallExpr *C, const SalIrql *Sal, LState &L);
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
  bool isCurrentIrql(const Expr *E, const LState &L);
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

std::optional<llvm::StringRef>
FunctionPass::fieldLockKey(const Expr *Arg) const {
  // As pointeePathOf and accessPathOf take it apart: the path of
  // `&Base->Field` depends on these three only (AccessPath.cpp).
  const auto *U =
      dyn_cast_or_null<UnaryOperator>(Arg ? stripCasts(Arg) : nullptr);
  if (!U || U->getOpcode() != UO_AddrOf)
    return std::nullopt;
  const auto *M = dyn_cast_or_null<MemberExpr>(stripCasts(U->getSubExpr()));
  if (!M || !M->isArrow() || !isa<FieldDecl>(M->getMemberDecl()))
    return std::nullopt;
  const Expr *Base = M->getBase();
  auto [It, New] = S.FieldLockKeys.try_emplace(
      {Base->getType().getAsOpaquePtr(),
       stripCasts(Base)->getType().getAsOpaquePtr(), M->getMemberDecl()});
  if (New)
    if (std::optional<AccessPath> P = pointeePathOf(Arg))
      It->second = intern(P->key());
  if (!It->second.data())
    return std::nullopt; // no path: lockKey's other ways
  return It->second;
}

void FunctionPass::check(const CallExpr *C, const DdiRule &R, const LState &L) {
  if (!Reporting || !Reported.insert(C).second)
    return;
  if (R.NoSpinLockHeld && !L.Held.empty()) {
    LockIrqlEvent E;
    E.K = LockIrqlEvent::FreeUnderLock;
    E.Fn = Fn;
    E.At = C;
    E.Rule = &R;
    E.Lock = *L.Held.begin()->second.Lock;
    Effects.Events.push_back(std::move(E));
  }
  if (L.Known)
    checkIrql(S, Effects.Events, Effects.NotTooLow, Fn, C, R, L.Irql, L.Src);
  else if (R.Irql)
    Effects.NotTooLow.insert(C);
  // Normal kernel APCs enabled on every path: no region entered since an
  // entry known to be in none, at PASSIVE_LEVEL, explained.
  if (R.ApcsDisabled && L.apcsDepth() == 0 && L.Known && L.Src &&
      L.Irql.Max == Irql::Passive && !L.LastRef) {
    LockIrqlEvent E;
    E.K = LockIrqlEvent::ApcsEnabled;
    E.Fn = Fn;
    E.At = C;
    E.Rule = &R;
    E.Current = L.Irql;
    E.Source = *L.Src;
    E.ApcsLeft = L.ApcsLeft;
    Effects.Events.push_back(std::move(E));
  }
}

void FunctionPass::acquire(llvm::StringRef Lock, const Expr *Shown,
                           const CallExpr *C, bool AtDispatch, Chain Inner,
                           LState &L, llvm::StringRef Display,
                           const Expr *AddrOf, std::optional<LockAddr> Addr) {
  // (Built where it stays: a held lock and a source are made at every
  // acquire.)
  HeldLock &H = S.newLock();
  H.Key = Lock; // (interned)
  if (Addr)
    H.setAddr(std::move(Addr));
  else
    H.setAddrOf(AddrOf);
  // `&Adapter->Lock` is shown as the lock itself.
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Shown ? stripCasts(Shown) : nullptr))
    if (U->getOpcode() == UO_AddrOf)
      Shown = U->getSubExpr();
  H.Shown = Shown; // Display: finishTexts, for reports only
  if (!Shown)
    H.Display = Display.str();
  H.Acquire = Inner.empty() ? CallRef(C) : Inner.back();
  H.Fn = Fn;
  H.Inner = std::move(Inner);
  HeldVal V;
  V.Lock = &H;
  V.SavedKnown = L.Known;
  V.Saved = L.Irql;
  V.SavedSrc = L.Src;
  L.Held.atInterned(H.Key) = V;
  // A Dpr acquire does not raise; it tells us we are at DISPATCH_LEVEL.
  if (AtDispatch && L.Known && L.Src) {
    L.Irql = IrqlRange{Irql::Dispatch, Irql::Dispatch};
    return;
  }
  IrqlSource &Src = S.newSource();
  Src.K = AtDispatch ? IrqlSource::Required : IrqlSource::Lock;
  Src.Fn = Fn;
  Src.Loc = C->getBeginLoc();
  if (AtDispatch)
    Src.Text = callName(H.Acquire, S.Rules, S.Ctx);
  else if (!(Src.Shown = H.Shown))
    Src.Text = H.Display.empty() ? H.Key.str() : H.Display;
  Src.Level = Irql::Dispatch;
  Src.Inner = H.Inner;
  setLevel(L, Irql::Dispatch, &Src);
}

bool FunctionPass::isTestedCall(const CallExpr *C) {
  if (!TestedCallsFound) {
    TestedCallsFound = true;
    llvm::SmallVector<const Stmt *, 32> Work{Fn->getBody()};
    llvm::SmallVector<std::pair<const Expr *, int>, 8> Parts;
    while (!Work.empty()) {
      const Stmt *St = Work.pop_back_val();
      if (!St)
        continue;
      const Expr *Cond = nullptr;
      if (const auto *If = dyn_cast<IfStmt>(St))
        Cond = If->getCond();
      else if (const auto *W = dyn_cast<WhileStmt>(St))
        Cond = W->getCond();
      else if (const auto *D = dyn_cast<DoStmt>(St))
        Cond = D->getCond();
      else if (const auto *For = dyn_cast<ForStmt>(St))
        Cond = For->getCond();
      if (Cond)
        Parts.push_back({Cond, 0});
      while (!Parts.empty()) {
        auto [Part, Depth] = Parts.pop_back_val();
        Part = Part->IgnoreParenImpCasts();
        if (Depth > 16)
          continue;
        if (const auto *U = dyn_cast<UnaryOperator>(Part);
            U && U->getOpcode() == UO_LNot)
          Parts.push_back({U->getSubExpr(), Depth + 1});
        else if (const auto *B = dyn_cast<BinaryOperator>(Part);
                 B && B->isLogicalOp()) {
          Parts.push_back({B->getLHS(), Depth + 1});
          Parts.push_back({B->getRHS(), Depth + 1});
        } else if (const auto *Call = dyn_cast<CallExpr>(Part))
          TestedCalls.insert(Call);
      }
      for (const Stmt *Child : St->children())
        Work.push_back(Child);
    }
  }
  return TestedCalls.count(C) != 0;
}

void FunctionPass::reportIfHeld(const CallExpr *C,
                                const std::optional<LockAddr> &Now,
                                llvm::StringRef NotHeld, const LState &L) {
  if (!Reporting || !Now || L.Held.empty())
    return;
  for (const auto &[K, V] : L.Held) {
    const HeldLock &H = *V.Lock;
    if (V.Mixed || !H.addr() ||
        !S.Roots.same(*H.addr(), H.Fn, *Now, Fn, H.Calls, S.Model))
      continue;
    LockIrqlEvent E;
    E.K = LockIrqlEvent::Reacquired;
    E.Fn = Fn;
    E.At = C;
    E.Rule = F.ruleOf(C);
    E.Lock = H;
    E.NotHeld = NotHeld.str();
    Effects.Events.push_back(std::move(E));
    return;
  }
}

void FunctionPass::checkNotHeld(const CallExpr *C, const SalIrql *Sal,
                                const LState &L) {
  if (!Sal)
    return;
  for (const SalLock &R : Sal->RequiresNotHeld) {
    std::optional<LockAddr> Now;
    if (R.BaseParam >= 0)
      Now = lockAddress(argOf(C, R.BaseParam));
    else if (R.BaseGlobal)
      Now = LockAddr{R.BaseGlobal, false, ""};
    if (!Now)
      continue;
    Now->Rest += R.Rest;
    reportIfHeld(C, Now, R.Annotation, L);
  }
}

void FunctionPass::release(llvm::StringRef Key, bool Restore, LState &L) {
  if (Reporting) // Undone is read from the top-down (reporting) pass only
    Undone.Locks.insert(Key);
  auto It = L.Held.find(Key);
  if (It == L.Held.end()) {
    // A lock we did not see taken: the IRQL it restores is unknown.
    // (Each key once: see LockSummary. A function releases few.)
    if (!llvm::is_contained(Summary.Releases, Key))
      Summary.Releases.push_back(Key.str());
    if (Restore && L.Held.empty())
      L.Known = false;
    return;
  }
  HeldVal V = It->second;
  L.Held.erase(It);
  if (!Restore)
    return;
  if (V.SavedKnown) {
    L.Known = true;
    L.Irql = V.Saved;
    L.Src = V.SavedSrc;
  } else if (!L.Held.empty()) {
    L.Irql = IrqlRange{Irql::Dispatch, Irql::Dispatch};
  } else {
    L.Known = false;
  }
}

void FunctionPass::handleDdi(const CallExpr *C, const DdiRule &R, LState &L,
                             CalleeSal &Sal) {
  check(C, R, L);
  applyEffects(C, R.Effects, L);
  // A try-acquire: its effects where its result is tested true (refinePart);
  // a result the flow does not see tested leaves them unknown.
  if (llvm::any_of(R.Effects, [](const Effect &E) { return E.IfTrue; }) &&
      !isTestedCall(C))
    for (const Effect &E : R.Effects) {
      if (!E.IfTrue)
        continue;
      if (E.Kind == EffectKind::RaiseIrql) {
        L.Known = false;
        L.Pristine = false;
        Summary.ChangesIrql = true;
      }
      if (E.Kind == EffectKind::DisableApcs)
        L.ApcsLost = true;
    }
  // The callee's annotations fill in what its rule leaves out (with the
  // WDK's headers, a DDI whose rule gives only its IRQL).
  if (!S.Sal.empty() && !changesLocksOrIrql(R.Effects))
    applySal(C, Sal.get(), L);
}

bool FunctionPass::applySal(const CallExpr *C, const SalIrql *Sal, LState &L) {
  if (!Sal)
    return false;
  std::vector<std::pair<Effect, std::string>> Effects = salCallEffects(*Sal);
  for (const auto &[E, Display] : Effects)
    applyEffects(C, E, L, Display);
  return !Effects.empty();
}

void FunctionPass::applyEffects(const CallExpr *C,
                                llvm::ArrayRef<Effect> Effects, LState &L,
                                llvm::StringRef Display) {
  if (L.Pristine && changesLocksOrIrql(Effects))
    L.Pristine = false;
  SavedIrql Before{L.Known, L.Irql, L.Src};
  for (const Effect &E : Effects) {
    if (E.IfTrue)
      continue; // only where the result is tested true (refinePart)
    switch (E.Kind) {
    case EffectKind::DisableApcs:
      if (L.ApcsDelta < 16)
        ++L.ApcsDelta;
      break;
    case EffectKind::EnableApcs:
      --L.ApcsDelta;
      L.ApcsLeft = C;
      if (L.ApcsDelta < -16 || (L.ApcsEntry >= 0 && L.apcsDepth() < 0))
        L.ApcsLost = true; // left a region it was not in: unknown
      break;
    case EffectKind::AcquireLock:
      if (auto Lock = E.Global.empty()
                          ? lockKey(argOf(C, E.Arg), L)
                          : std::optional<llvm::StringRef>(intern(E.Global))) {
        if (E.Token >= 0)
          if (auto T = pointeePathOf(argOf(C, E.Token)))
            L.TokenLock[T->key()] = *Lock;
        const Expr *LockArg = E.Global.empty() ? argOf(C, E.Arg) : nullptr;
        std::optional<LockAddr> Addr;
        // A spin lock is not recursive; a shared or read acquire may be.
        if (LockArg && exclusiveSpin(E.Lock) && Reporting && !L.Held.empty()) {
          Addr = lockAddress(LockArg);
          reportIfHeld(C, Addr, "", L);
        }
        acquire(*Lock, argOf(C, E.Arg), C, E.AtDispatch, {C}, L, Display,
                LockArg, std::move(Addr));
        BeforeCall[C] = Before;
      }
      break;
    case EffectKind::ReleaseLock: {
      std::optional<llvm::StringRef> Key;
      if (!E.Global.empty())
        Key = intern(E.Global);
      else if (E.Arg >= 0)
        Key = lockKey(argOf(C, E.Arg), L);
      if (!Key && E.Token >= 0)
        if (auto T = pointeePathOf(argOf(C, E.Token)))
          if (auto It = L.TokenLock.find(T->key()); It != L.TokenLock.end())
            Key = It->second;
      if (Key)
        release(*Key, !E.AtDispatch, L);
      else if (L.Held.empty())
        L.Known = false;
      Undone.AnyLock |= !Key;
      break;
    }
    case EffectKind::RaiseIrql: {
      std::optional<Irql> To = E.To;
      if (!To)
        To = levelValue(argOf(C, E.Arg), S.Ctx);
      if (E.Out >= 0)
        if (auto Old = pointeePathOf(argOf(C, E.Out)))
          L.Saved[Old->key()] = Before;
      BeforeCall[C] = Before;
      if (!To) {
        L.Known = false;
        Summary.ChangesIrql = true;
        break;
      }
      IrqlSource &Src = S.newSource();
      Src.K = IrqlSource::Raise;
      Src.Fn = Fn;
      Src.Loc = C->getBeginLoc();
      Src.Text = callName(C, S.Rules, S.Ctx);
      Src.Level = *To;
      Src.Inner = {C};
      setLevel(L, *To, &Src);
      break;
    }
    case EffectKind::LowerIrql: {
      Undone.Irql = true;
      const Expr *Arg = argOf(C, E.Arg);
      // ExReleaseFastMutex(&M): back to what the raise saved in M.
      std::optional<AccessPath> Token;
      if (E.Token >= 0 && (Token = pointeePathOf(argOf(C, E.Token))))
        if (auto It = L.Saved.find(Token->key()); It != L.Saved.end()) {
          L.Known = It->second.Known;
          L.Irql = It->second.Range;
          L.Src = It->second.Src;
          break; // raised and restored here: nothing for the callers
        }
      if (const auto *D = dyn_cast_or_null<DeclRefExpr>(Arg ? stripCasts(Arg) : nullptr))
        if (const auto *Parm = dyn_cast<ParmVarDecl>(D->getDecl()))
          Summary.LowersToParam = Parm->getFunctionScopeIndex();
      if (auto P = Arg ? accessPathOf(Arg) : std::nullopt)
        if (auto It = L.Saved.find(P->key()); It != L.Saved.end()) {
          L.Known = It->second.Known;
          L.Irql = It->second.Range;
          L.Src = It->second.Src;
          break;
        }
      if (auto To = levelValue(Arg, S.Ctx)) {
        // Lowered to a constant: the IRQL is known, but nothing above this
        // point explains it, so it reports nothing on its own.
        L.Known = true;
        L.Irql = IrqlRange{*To, *To};
        L.Src = nullptr;
      } else {
        L.Known = false;
      }
      // Not to what this function saved: its callers' IRQL changes too.
      Summary.ChangesIrql = true;
      break;
    }
    default:
      break;
    }
  }
}

void FunctionPass::countRegions(const CallExpr *C, const LockSummary &Sum,
                                LState &L) {
  if (Sum.ApcsUnknown || L.ApcsDelta + Sum.ApcsDelta < -16 ||
      L.ApcsDelta + Sum.ApcsDelta > 16) {
    L.ApcsLost = true;
  } else if (Sum.ApcsDelta != 0) {
    L.ApcsDelta += Sum.ApcsDelta;
    if (Sum.ApcsDelta < 0)
      L.ApcsLeft = C;
    if (L.ApcsEntry >= 0 && L.apcsDepth() < 0)
      L.ApcsLost = true;
  }
}

void FunctionPass::countOtherFileRegions(const CallExpr *C, LState &L) {
  const FunctionDecl *Direct = C->getDirectCallee();
  if (!Direct) {
    countPointerRegions(C, L);
    return;
  }
  if (!isOtherFileFunction(Direct, S.Ctx))
    return;
  if (const UnitSummary::Function *Other = importedCallee(C, S.Imports))
    countRegions(C, Other->Locks, L);
  else if (!S.Imports || !S.Imports->complete())
    L.ApcsLost = true; // its file may not have been read
}

void FunctionPass::countPointerRegions(const CallExpr *C, LState &L) {
  const PointerTargetSet &Targets = S.Pointers.of(C);
  // Each function it may call enters and leaves no region (or the count
  // is lost): a target that changes the count is not followed, since the
  // other files list only such targets, never the ones that agree with it.
  bool Lost = !Targets.Resolved;
  auto Changes = [](const LockSummary *Sum) {
    return Sum && (Sum->ApcsUnknown || Sum->ApcsDelta != 0);
  };
  auto EntersOrLeaves = [](const DdiRule *R) {
    return R && (R->find(EffectKind::DisableApcs) ||
                 R->find(EffectKind::EnableApcs));
  };
  auto Imported = [&](llvm::StringRef Name) {
    if (const DdiRule *R = S.Rules.ddi(Name))
      return EntersOrLeaves(R);
    // (A function of the driver no summary names enters no region: the
    // index is complete.)
    const UnitSummary::Function *Other = S.Imports->function(Name);
    return Other && Changes(&Other->Locks);
  };
  for (const FunctionDecl *FD : Targets.Local) {
    if (Lost)
      break;
    const FunctionDecl *Def = FD->getDefinition();
    if (Def && S.Model.info(Def)) {
      // Not summarized yet (later in bottom-up order): unknown.
      auto It = S.Summaries.find(Def);
      Lost = !S.Summarized.count(Def) ||
             (It != S.Summaries.end() && Changes(&It->second));
    } else if (const DdiRule *R = calleeRule(FD, S.Rules, S.Ctx)) {
      Lost = EntersOrLeaves(R);
    } else {
      Lost = Imported(FD->getName());
    }
  }
  for (const UnitSummary::PointerTarget *T : Targets.Imported)
    Lost = Lost || T->Internal || Imported(T->Name);
  if (Lost)
    L.ApcsLost = true;
}

const FunctionDecl *FunctionPass::calleeOf(const CallExpr *C,
                                           const FunctionDecl *Direct) {
  size_t N = F.Calls.size();
  for (size_t I = 0; I < N && I < 8; ++I) {
    size_t At = CallCursor + I < N ? CallCursor + I : CallCursor + I - N;
    if (F.Calls[At].Call == C) {
      CallCursor = At + 1 < N ? At + 1 : 0;
      return F.Calls[At].Callee;
    }
  }
  const FunctionDecl *Def = nullptr;
  return Direct && Direct->hasBody(Def) ? Def : nullptr;
}

void FunctionPass::handleCall(const CallExpr *C, LState &L) {
  const DdiRule *R = F.ruleOf(C);
  const FunctionDecl *Direct = C->getDirectCallee();
  CalleeSal Sal(S, Direct);
  // (A DDI that acquires is reported as an acquire: KeAcquireSpinLock is
  // also declared _Requires_lock_not_held_.)
  if ((!R || !R->find(EffectKind::AcquireLock)) && Reporting && !L.Held.empty())
    checkNotHeld(C, Sal.get(), L);
  if (R) {
    handleDdi(C, *R, L, Sal);
    return;
  }
  const FunctionDecl *Callee = calleeOf(C, Direct);
  const LockSummary *Sum = underArguments(S.summaryOf(C, Callee), C, L);
  if (!Callee && Reporting && isOtherFileFunction(Direct, S.Ctx)) {
    // A call into another file: its state is exported for the callee's.
    OutgoingCall Out;
    Out.Call = C;
    Out.Known = L.Known && L.Src && !L.LastRef && !L.Src->AtLeast;
    Out.Inherits = !L.Known && L.Pristine && L.Held.empty();
    Out.Range = L.Irql;
    if (Out.Known)
      Out.Source = *L.Src;
    for (const auto &[K, V] : L.Held)
      Out.Locks.push_back(*V.Lock);
    Effects.Outgoing.push_back(std::move(Out));
  }
  if (!Callee && S.TracksApcs)
    countOtherFileRegions(C, L);
  if (!Callee && !Sum) {
    // A function of another file the flow knows nothing of may release a
    // lock and take it again: which acquire holds it now is unknown (for
    // ndis-spinlock-reacquired; the lock is still taken to be held). One
    // whose SAL annotations speak of locks says what it does to them.
    if ((!Direct || isOtherFileFunction(Direct, S.Ctx)) &&
        (!Sal.get() || !Sal.get()->speaksOfLocks()))
      for (auto &KV : L.Held)
        KV.second.Mixed = true;
    // A function this file declares only: what its annotations say.
    applySal(C, Sal.get(), L);
    return;
  }
  if (Sum && Sum->changesLocksOrIrql())
    L.Pristine = false; // (the regions alone leave the IRQL and locks be)
  if (Reporting && Callee) {
    // (Made in its place: a state is kept at every call.)
    CallState &CS = Effects.CallStates.emplace_back(C, CallState()).second;
    // A call made where the last reference drops (`if (!Count) Free(A);`)
    // hands its callee no context: the caller may well not hold the last
    // reference (tap-windows6 drops one under its list lock while the
    // adapter's own reference keeps the free for later, at PASSIVE_LEVEL).
    CS.Known = L.Known && L.Src && !L.LastRef;
    CS.Apcs = S.TracksApcs ? static_cast<int8_t>(L.apcsDepth()) : -1;
    CS.Irql = L.Irql;
    CS.Src = L.Src;
    for (const auto &[K, V] : L.Held) {
      if (V.Mixed && V.Lock->addr()) {
        HeldLock &Unnamed = S.newLock(*V.Lock); // which of the paths' locks:
        Unnamed.setAddr(std::nullopt);          // unknown
        CS.Held.push_back(&Unnamed);
        continue;
      }
      CS.Held.push_back(V.Lock);
    }
    CS.Consts = constantArgs(*Callee, C, L, S);
  }
  // The callee's own lock effects.
  if (Sum) {
    for (const auto &[Key, Site] : Sum->Acquires) {
      std::optional<llvm::StringRef> Lock;
      const Expr *Shown = nullptr;
      if (!Key.empty() && Key[0] == '%') {
        Shown = argOf(C, std::atoi(Key.c_str() + 1));
        Lock = lockKey(Shown, L);
      }
      Chain Calls{C};
      Calls.insert(Calls.end(), Site.Calls.begin(), Site.Calls.end());
      if (Lock) {
        acquire(*Lock, Shown, C, false, std::move(Calls), L, {}, Shown);
      } else if (Key.empty() || Key[0] != '%') {
        // A field or global lock: its key is the same here; it is shown as
        // the acquiring DDI wrote it.
        const Expr *Written = nullptr;
        if (const CallExpr *D = Site.ddi())
          if (const DdiRule *DR = ddiRuleFor(D, S.Rules, S.Ctx))
            if (const Effect *AE = DR->find(EffectKind::AcquireLock))
              Written = argOf(D, AE->Arg);
        acquire(intern(Key), Written, C, false, std::move(Calls), L);
      }
    }
    for (const std::string &Key : Sum->Releases) {
      if (!Key.empty() && Key[0] == '%') {
        if (auto Lock = lockKey(argOf(C, std::atoi(Key.c_str() + 1)), L))
          release(*Lock, true, L);
      } else {
        release(intern(Key), true, L);
      }
    }
  }
  if (Sum && Callee)
    countRegions(C, *Sum, L);
  if (Sum) {
    const LockSummary &LS = *Sum;
    Undone.Irql |= LS.LowersToParam >= 0 || LS.ChangesIrql;
    if (LS.LowersToParam >= 0) {
      const Expr *Arg = argOf(C, LS.LowersToParam);
      auto P = Arg ? accessPathOf(Arg) : std::nullopt;
      auto Saved = P ? L.Saved.find(P->key()) : L.Saved.end();
      if (Saved != L.Saved.end()) {
        L.Known = Saved->second.Known;
        L.Irql = Saved->second.Range;
        L.Src = Saved->second.Src;
      } else {
        L.Known = false;
      }
    } else if (LS.ChangesIrql && LS.Acquires.empty() && LS.Releases.empty()) {
      L.Known = false;
    }
  }
  if (!Callee)
    return;
  // A body the flow could not summarise: its annotations.
  if (!Sum && applySal(C, Sal.get(), L))
    return;
  // _IRQL_raises_(X) on the callee.
  if (const SalIrql *Raises = Sal.get(); Raises && Raises->Raises) {
    L.Pristine = false;
    BeforeCall[C] = SavedIrql{L.Known, L.Irql, L.Src};
    IrqlSource &Src = S.newSource();
    Src.K = IrqlSource::Raise;
    Src.Fn = Fn;
    Src.Loc = C->getBeginLoc();
    Src.Text = Callee->getNameAsString();
    Src.Level = *Raises->Raises;
    Src.Inner = {C};
    setLevel(L, *Raises->Raises, &Src);
  }
}

const LockSummary *FunctionPass::underArguments(const LockSummary *Sum,
                                                const CallExpr *C,
                                                const LState &L) const {
  if (!Sum)
    return Sum;
  for (const LockSummary::Conditional &W : Sum->When)
    if (auto V = constantArg(argOf(C, W.Param), L, S.Ctx); V && W.appliesTo(*V))
      return &W.Effects;
  return Sum;
}

bool FunctionPass::isCurrentIrql(const Expr *E, const LState &L) {
  E = stripCasts(E);
  if (const auto *C = dyn_cast_or_null<CallExpr>(E)) {
    const DdiRule *R = F.ruleOf(C);
    return R && R->find(EffectKind::CurrentIrql);
  }
  if (L.CurrentIrqlVars.empty())
    return false; // most functions keep no IRQL: no path key to build
  if (auto P = accessPathOf(E))
    return L.CurrentIrqlVars.count(P->key()) != 0;
  return false;
}

void FunctionPass::refine(LState &L, const Expr *Cond, bool Branch) {
  auto Leaf = [&](const Expr *Part, bool PartBranch) {
    refinePart(L, Part, PartBranch);
  };
  forEachDecidedPart(Cond, Branch, Leaf);
}

bool FunctionPass::isRefCountValue(const Expr *E, const LState &L) const {
  E = stripCasts(E);
  if (const auto *C = dyn_cast_or_null<CallExpr>(E)) {
    const DdiRule *R = F.ruleOf(C);
    return R && R->find(EffectKind::DecrementReference);
  }
  if (L.RefCountVars.empty())
    return false; // most functions hold no count: no path key to build
  if (auto P = accessPathOf(E))
    return L.RefCountVars.count(P->key()) != 0;
  return false;
}

bool FunctionPass::dropsLastReference(const Expr *Cond, bool Branch,
                                      const LState &L) const {
  // `!Count`, `Count == 0`, `0 == Count` taken, or `Count != 0` not taken.
  const Expr *Value = Cond;
  bool Zero = !Branch;
  const auto *B = dyn_cast<BinaryOperator>(Cond);
  if (B && B->getOpcode() != BO_EQ && B->getOpcode() != BO_NE)
    B = nullptr;
  // With no local holding a count, only a decrement's own result is one:
  // a test of anything else (`Nbl != NULL`) needs no constant evaluated.
  if (L.RefCountVars.empty() &&
      !(B ? isa<CallExpr>(stripCasts(B->getLHS())) ||
                isa<CallExpr>(stripCasts(B->getRHS()))
          : isa<CallExpr>(stripCasts(Cond))))
    return false;
  if (B) {
    const Expr *X = B->getLHS(), *K = B->getRHS();
    if (!isNullConstant(K, S.Ctx))
      std::swap(X, K);
    if (!isNullConstant(K, S.Ctx))
      return false;
    Value = X;
    Zero = (B->getOpcode() == BO_EQ) == Branch;
  }
  return Zero && isRefCountValue(Value, L);
}

void FunctionPass::refinePart(LState &L, const Expr *Cond, bool Branch) {
  if (dropsLastReference(Cond, Branch, L))
    L.LastRef = true;
  // `if (ExTryToAcquireFastMutex(&M))`: acquired where it returned TRUE.
  if (const auto *Call = dyn_cast<CallExpr>(Cond); Call && Branch)
    if (const DdiRule *R = F.ruleOf(Call))
      if (llvm::any_of(R->Effects, [](const Effect &E) { return E.IfTrue; })) {
        llvm::SmallVector<Effect, 2> Taken;
        for (const Effect &E : R->Effects)
          if (E.IfTrue) {
            Taken.push_back(E);
            Taken.back().IfTrue = false;
          }
        applyEffects(Call, Taken, L);
        return;
      }
  // A parameter every caller passes the same constant for, or a local
  // holding a constant.
  if (const auto *D = dyn_cast<DeclRefExpr>(Cond))
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl());
        V && V->isLocalVarDeclOrParm()) {
      if (const auto *Parm = dyn_cast<ParmVarDecl>(V))
        noteTested(Parm->getFunctionScopeIndex(), std::nullopt);
      if (L.ParamConst.empty())
        return;
      AccessPath P;
      P.Root = V->getCanonicalDecl();
      if (auto It = L.ParamConst.find(P.key()); It != L.ParamConst.end())
        if ((It->second != 0) != Branch)
          L.Reached = false;
      return;
    }
  const auto *B = dyn_cast<BinaryOperator>(Cond);
  if (!B || !B->isComparisonOp())
    return;
  // `Mode == MODE_DROP`, `MODE_DROP != Mode`: a parameter or local
  // against a constant. (Falls through: Mode may be a saved IRQL too.)
  if (B->getOpcode() == BO_EQ || B->getOpcode() == BO_NE) {
    const Expr *X = B->getLHS()->IgnoreParenImpCasts();
    const Expr *K = B->getRHS();
    if (!isa<DeclRefExpr>(X)) {
      X = B->getRHS()->IgnoreParenImpCasts();
      K = B->getLHS();
    }
    const auto *D = dyn_cast<DeclRefExpr>(X);
    const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
    if (V && V->isLocalVarDeclOrParm() && V->getType()->isIntegerType())
      if (std::optional<int64_t> Value = integerConstant(K, S.Ctx)) {
        if (const auto *Parm = dyn_cast<ParmVarDecl>(V))
          noteTested(Parm->getFunctionScopeIndex(), *Value);
        AccessPath P;
        P.Root = V->getCanonicalDecl();
        if (!L.ParamConst.empty())
          if (auto It = L.ParamConst.find(P.key());
              It != L.ParamConst.end()) {
            bool Equal = It->second == *Value;
            if ((B->getOpcode() == BO_EQ) == Equal ? !Branch : Branch)
              L.Reached = false;
          }
      }
  }
  // `if (OldIrql != DISPATCH_LEVEL)` (NDIS_LOWER_IRQL): when the saved
  // IRQL is one known level, one side of the test cannot happen. (None is
  // kept in most functions: then no path, key or constant is worked out.)
  if (!L.Saved.empty()) {
    const Expr *X = B->getLHS(), *K = B->getRHS();
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(X, K)) {
      auto P = accessPathOf(X);
      auto Saved = P ? L.Saved.find(P->key()) : L.Saved.end();
      auto Level = levelValue(K, S.Ctx);
      if (Saved == L.Saved.end() || !Level || !Saved->second.Known ||
          Saved->second.Range.Min != Saved->second.Range.Max)
        continue;
      bool Equal = Saved->second.Range.Min == *Level;
      if (B->getOpcode() == BO_EQ && Equal != Branch)
        L.Reached = false;
      if (B->getOpcode() == BO_NE && Equal == Branch)
        L.Reached = false;
      return;
    }
  }
  BinaryOperatorKind Op = B->getOpcode();
  const Expr *X = B->getLHS(), *K = B->getRHS();
  if (!isCurrentIrql(X, L)) {
    std::swap(X, K);
    Op = BinaryOperator::reverseComparisonOp(Op);
    if (!isCurrentIrql(X, L))
      return;
  }
  auto Level = levelValue(K, S.Ctx);
  if (!Level)
    return;
  if (!Branch)
    Op = BinaryOperator::negateComparisonOp(Op);
  IrqlRange R = L.Known ? L.Irql : IrqlRange{Irql::Passive, Irql::Dirql};
  auto Lower = [](Irql I) { return I == Irql::Passive ? I : Irql(int(I) - 1); };
  auto Upper = [](Irql I) { return I == Irql::Dirql ? I : Irql(int(I) + 1); };
  switch (Op) {
  case BO_EQ:
    R = IrqlRange{*Level, *Level};
    break;
  case BO_LT:
    R.Max = std::min(R.Max, Lower(*Level));
    break;
  case BO_LE:
    R.Max = std::min(R.Max, *Level);
    break;
  case BO_GT:
    R.Min = std::max(R.Min, Upper(*Level));
    break;
  case BO_GE:
    R.Min = std::max(R.Min, *Level);
    break;
  default:
    return; // != says little about an interval
  }
  if (R.Min > R.Max) {
    // A branch no path takes, when a source explains the IRQL (a caller's
    // context holding a lock: `if (KeGetCurrentIrql() < DISPATCH_LEVEL)`
    // under it); else leave it be.
    if (L.Known && L.Src)
      L.Reached = false;
    return;
  }
  // A source explains the highest level it raised to; a test that rules
  // that level out leaves a range no source explains (an interval joins
  // PASSIVE and DISPATCH callers into one that holds APC_LEVEL too, which no
  // caller is at): nothing here is then reported as too high.
  if (L.Known && L.Src && R.Max < L.Irql.Max && R.Max < L.Src->Level)
    L.Src = nullptr;
  L.Irql = R;
  L.Pristine = false;
  if (!L.Known) {
    // Known from the test itself; nothing to blame if it is wrong.
    L.Known = true;
    L.Src = nullptr;
  }
}

void FunctionPass::visit(const Stmt *St, LState &L) {
  if (const auto *C = dyn_cast<CallExpr>(St)) {
    handleCall(C, L);
    return;
  }
  // A local written other than by `=` (`Mode |= X`, `Count++`) or through
  // its address (`NdisCloseAdapter(&Status, ...)` stores the status there)
  // no longer holds the constant it was given.
  const auto *Plain = dyn_cast<BinaryOperator>(St);
  if (!L.ParamConst.empty() && !(Plain && Plain->getOpcode() == BO_Assign))
    if (const VarDecl *V = writtenVariable(St); V && V->isLocalVarDeclOrParm()) {
      AccessPath P;
      P.Root = V->getCanonicalDecl();
      L.ParamConst.erase(P.key());
      return;
    }
  const Expr *LHS = nullptr, *RHS = nullptr;
  std::optional<AccessPath> Target;
  if (const auto *B = dyn_cast<BinaryOperator>(St)) {
    if (B->getOpcode() != BO_Assign)
      return;
    LHS = B->getLHS();
    RHS = B->getRHS();
    Target = accessPathOf(LHS);
  } else if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (V->getInit()) {
          RHS = V->getInit();
          AccessPath P;
          P.Root = V->getCanonicalDecl();
          Target = P;
        }
  }
  if (!RHS || !Target)
    return;
  llvm::SmallString<64> Key = Target->key();
  L.Saved.erase(Key);
  L.CurrentIrqlVars.erase(Key);
  L.LockAlias.erase(Key);
  L.RefCountVars.erase(Key);
  L.ParamConst.erase(Key);
  if (Target->isLocal() && Target->Fields.empty()) {
    if (auto Pointee = pointeePathOf(RHS))
      L.LockAlias[Key] = intern(Pointee->key());
    // `BOOLEAN bFalse = FALSE;` then FILTER_ACQUIRE_LOCK(&Lock, bFalse):
    // a local holding a constant prunes branches like a constant argument.
    if (RHS->getType()->isIntegerType())
      if (std::optional<int64_t> Value = integerConstant(RHS, S.Ctx))
        L.ParamConst[Key] = *Value;
  }
  const auto *Call = dyn_cast<CallExpr>(stripCasts(RHS));
  if (!Call)
    return;
  // `Old = KfRaiseIrql(X);`, `*(Old) = KeAcquireSpinLockRaiseToDpc(L)`.
  if (auto It = BeforeCall.find(Call); It != BeforeCall.end())
    L.Saved[Key] = It->second;
  if (const DdiRule *R = F.ruleOf(Call))
    if (R->find(EffectKind::CurrentIrql))
      L.CurrentIrqlVars[Key] = 1;
  if (isRefCountValue(Call, L))
    L.RefCountVars[Key] = 1;
}

void FunctionPass::walk(const Stmt *St, LState &L) {
  auto Visit = [&](const Stmt *At, const Stmt *) { visit(At, L); };
  walkElement(St, Elements, Visit);
}

LState FunctionPass::runAlongSyntax(const Stmt *Body, const LState &Entry) {
  LState L = Entry;
  L.Reached = true;
  EntryState = &Entry;
  exec(Body, L, /*Tail=*/true);
  noteTailExit(L);
  AtExit.join(L); // falling off the end
  return std::move(AtExit);
}

void FunctionPass::exec(const Stmt *St, LState &L, bool Tail) {
  if (!St)
    return;
  switch (St->getStmtClass()) {
  case Stmt::CompoundStmtClass: {
    const auto *CS = cast<CompoundStmt>(St);
    for (const Stmt *Child : CS->body())
      exec(Child, L, Tail && Child == CS->body_back());
    return;
  }
  case Stmt::IfStmtClass: {
    // Unreached code is still entered: a label inside may be a goto's.
    const auto *If = cast<IfStmt>(St);
    LState Else;
    execCondition(If->getCond(), L, Else);
    exec(If->getThen(), L, Tail);
    exec(If->getElse(), Else, Tail);
    if (Tail) {
      // Each branch leaves the function on its own edge: what one of
      // them still holds is not lost in the join.
      noteTailExit(L);
      noteTailExit(Else);
    }
    // The else branch first, as the CFG's reverse post-order meets them:
    // where both branches hold a lock, the note shows the else's acquire.
    Else.join(L);
    L = std::move(Else);
    return;
  }
  case Stmt::ReturnStmtClass:
    if (L.Reached)
      walk(St, L);
    if (Reporting)
      noteExit(L, St->getBeginLoc(), *EntryState);
    AtExit.join(L);
    L.Reached = false;
    return;
  case Stmt::GotoStmtClass:
    Pending[cast<GotoStmt>(St)->getLabel()].join(L);
    L.Reached = false;
    return;
  case Stmt::LabelStmtClass: {
    const auto *Label = cast<LabelStmt>(St);
    if (auto It = Pending.find(Label->getDecl()); It != Pending.end())
      L.join(It->second);
    exec(Label->getSubStmt(), L, Tail);
    return;
  }
  default:
    if (L.Reached)
      walk(St, L);
  }
}

void FunctionPass::execCondition(const Expr *Cond, LState &L,
                                 LState &False) {
  auto Test = [this](const Expr *Plain, LState &True, LState &False) {
    execTest(Plain, True, False);
  };
  splitCondition(Cond, L, False, Test);
}

void FunctionPass::execTest(const Expr *Cond, LState &L, LState &False) {
  // A plain test: evaluate it, then split the state as its CFG block's two
  // edges would (a constant rules one out).
  if (L.Reached)
    walk(Cond, L);
  False = L;
  if (std::optional<bool> Constant = constantCondition(Cond, S.Ctx)) {
    (*Constant ? False : L).Reached = false;
    return;
  }
  if (L.Reached)
    refine(L, Cond, true);
  if (False.Reached)
    refine(False, Cond, false);
}

LState FunctionPass::run(const LState &Entry, bool &Ok) {
  Ok = false;
  if (F.structured()) {
    Ok = true;
    return runAlongSyntax(Fn->getBody(), Entry);
  }
  CfgOrder CO = CfgOrder::build(Fn, S.Ctx);
  if (!CO.Cfg)
    return LState(); // code the CFG cannot model: say nothing about it
  Elements = std::move(CO.Elements);
  std::unique_ptr<CFG> &Cfg = CO.Cfg;
  const std::vector<const CFGBlock *> &Order = CO.Order;

  std::vector<LState> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()] = Entry;
  In[Cfg->getEntry().getBlockID()].Reached = true;

  auto Transfer = [&](const CFGBlock &B, LState &L) {
    for (const CFGElement &E : B)
      if (auto St = E.getAs<CFGStmt>())
        walk(St->getStmt(), L);
  };
  auto Refine = [&](LState &L, const Expr *Cond, bool Branch) {
    refine(L, Cond, Branch);
  };

  bool Report = Reporting;
  Reporting = false;
  if (!fixedPoint(CO, In, Transfer, Refine))
    return LState();
  Reporting = Report;
  if (Reporting)
    for (const CFGBlock *B : Order) {
      if (!In[B->getBlockID()].Reached)
        continue;
      LState Out = In[B->getBlockID()];
      Transfer(*B, Out);
      noteExits(CO, *B, Out, Entry);
    }
  Ok = true;
  return In[Cfg->getExit().getBlockID()];
}

/// Records what is still in force on B's edges into the exit: the locks
/// this function took (itself or through a helper), and an IRQL it raised,
/// on every path to that edge, above the level it was entered at.
void FunctionPass::noteExits(const CfgOrder &CO, const CFGBlock &B,
                             const LState &Out, const LState &Entry) {
  if (B.hasNoReturnElement())
    return; // KeBugCheckEx: the function does not return there
  SourceLocation Loc;
  if (!B.empty())
    if (auto Last = B.back().getAs<CFGStmt>())
      if (isa<ReturnStmt>(Last->getStmt()))
        Loc = Last->getStmt()->getBeginLoc();
  if (Loc.isInvalid())
    if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Fn->getBody()))
      Loc = Body->getRBracLoc();
  auto Refine = [&](LState &L, const Expr *Cond, bool Branch) {
    refine(L, Cond, Branch);
  };
  AnyBranchDecides Decides;
  const Expr *Cond = branchCondition(B);
  for (unsigned I = 0; I < B.succ_size(); ++I) {
    if (CO.succ(B, I) != &CO.Cfg->getExit())
      continue;
    LState Scratch;
    const LState &Edge = alongEdge(Out, Cond, I == 0, Refine, Decides, Scratch);
    noteExit(Edge, Loc, Entry);
  }
}

void FunctionPass::noteExit(const LState &Edge, SourceLocation Loc,
                            const LState &Entry) {
  if (!Edge.Reached)
    return;
  for (const auto &[Key, V] : Edge.Held) {
    if (V.Lock->Fn != Fn || isEntryLockSite(V.Lock->Acquire))
      continue;
    // Released and taken again: a lock its callers hold when they call it
    // (_Requires_lock_held_) is theirs, whoever took it last.
    if (llvm::is_contained(requiredLockKeys(S, Fn), Key.str()))
      continue;
    Effects.Exits.push_back({&F, Loc, V.Lock, nullptr});
  }
  const IrqlSource *Src = Edge.Src;
  if (Edge.Known && Src && Src->K == IrqlSource::Raise && Src->Fn == Fn &&
      Edge.Irql.Min == Src->Level && Edge.Irql.Max == Src->Level &&
      !(Entry.Known && Entry.Irql.Min >= Src->Level))
    Effects.Exits.push_back({&F, Loc, nullptr, Src});
}

/// A lock key rooted at one of Fn's parameters, as a summary key: the
/// parameter itself or what it points to ("%N"); any other key unchanged.
std::string parameterKey(const FunctionDecl &Fn, const std::string &Key) {
  for (const ParmVarDecl *Parm : Fn.parameters()) {
    AccessPath Param;
    Param.Root = Parm->getCanonicalDecl();
    AccessPath Pointee = Param;
    Pointee.Fields.push_back("*");
    if (Key == Param.key() || Key == Pointee.key())
      return "%" + std::to_string(Parm->getFunctionScopeIndex());
  }
  return Key;
}

/// Does anything in F change or depend on locks and the IRQL?
bool relevant(const FunctionInfo &F, const Shared &S) {
  for (const DdiCall &C : F.Ddis) {
    for (const Effect &E : C.Rule->Effects)
      if (E.Kind == EffectKind::AcquireLock ||
          E.Kind == EffectKind::ReleaseLock ||
          E.Kind == EffectKind::RaiseIrql || E.Kind == EffectKind::LowerIrql ||
          E.Kind == EffectKind::CurrentIrql ||
          (S.TracksApcs && (E.Kind == EffectKind::DisableApcs ||
                            E.Kind == EffectKind::EnableApcs)))
        return true;
    if (C.Rule->ApcsDisabled)
      return true;
  }
  // A call into another file, or through a pointer, may enter a region.
  if (S.TracksApcs && (!F.OtherFileCalls.empty() || F.CallsThroughPointer))
    return true;
  for (const CallSite &C : F.Calls) {
    auto It = S.Summaries.find(C.Callee);
    if (It != S.Summaries.end() && !It->second.empty())
      return true;
    auto Sal = S.Sal.find(C.Callee->getCanonicalDecl());
    if (Sal != S.Sal.end() && Sal->second.mattersToCallers())
      return true;
  }
  for (const CallExpr *C : F.OtherFileCalls)
    if (const UnitSummary::Function *Other = importedCallee(C, S.Imports))
      if (!Other->Locks.empty())
        return true;
  if (S.Sal.empty())
    return false;
  // Functions declared here only, and DDIs: their annotations.
  auto Annotated = [&](const CallExpr *C) {
    const FunctionDecl *Callee = C->getDirectCallee();
    auto Sal = Callee ? S.Sal.find(Callee->getCanonicalDecl()) : S.Sal.end();
    return Sal != S.Sal.end() && Sal->second.mattersToCallers();
  };
  return llvm::any_of(F.OtherFileCalls, Annotated) ||
         llvm::any_of(F.Ddis, [&](const DdiCall &C) { return Annotated(C.Call); });
}

/// The source text of the locks and lock sources the reports show: read
/// from the (by then cold) source only for them, not at every acquire.
void finishTexts(std::vector<LockIrqlEvent> &Events, const ASTContext &Ctx) {
  for (LockIrqlEvent &E : Events) {
    if (E.Lock.Display.empty())
      E.Lock.Display =
          E.Lock.Shown ? sourceText(E.Lock.Shown, Ctx) : E.Lock.Key.str();
    if (E.Source.Text.empty() && E.Source.Shown)
      E.Source.Text = sourceText(E.Source.Shown, Ctx);
  }
}

/// Could two lock keys name the same lock? The same key; or the same last
/// field (`Queue->Lock` and `Adapter->Queues[i].Lock`); or a lock reached
/// through a pointer the flow does not follow ("...*").
bool maySameLock(llvm::StringRef A, llvm::StringRef B) {
  if (A == B)
    return true;
  auto Last = [](llvm::StringRef K) {
    size_t At = K.find_last_of(".:");
    return At == llvm::StringRef::npos ? K : K.substr(At + 1);
  };
  llvm::StringRef LA = Last(A), LB = Last(B);
  return LA == LB || LA == "*" || LB == "*";
}

bool releasesLock(const Undoes &U, llvm::StringRef Key) {
  if (U.AnyLock)
    return true;
  for (llvm::StringRef Released : U.Locks)
    if (maySameLock(Released, Key))
      return true;
  return false;
}

/// Does the caller of F at C release F's lock Key (F's name for it) after
/// the call, as far as the flow can tell?
bool callerReleases(const Shared &S, const FunctionDecl &F, const CallSite &C,
                    const std::string &Key) {
  auto U = S.UndoneBy.find(C.Callee);
  if (U == S.UndoneBy.end())
    return false; // no lock or IRQL effect in the caller at all
  std::string Param = parameterKey(F, Key);
  if (Param[0] != '%')
    return releasesLock(*U->second, Key);
  auto Lock = lockPath(argOf(C.Call, std::atoi(Param.c_str() + 1)));
  return !Lock || releasesLock(*U->second, Lock->key());
}

/// Turns the states at exits into findings: see the tree in LockIrqlFlow.h.
void selectExits(Shared &S) {
  std::set<std::pair<SourceLocation::UIntTy, std::string>> Seen;
  for (const ExitState &X : S.Exits) {
    const FunctionInfo &F = *X.F;
    const FunctionDecl *Fn = F.Fn;
    bool Role = F.firstRole() != nullptr;
    if (!Role && (F.Callers.empty() || S.Model.addressTaken(Fn)))
      continue;
    if (!Seen.insert({X.Loc.getRawEncoding(),
                      X.Lock ? X.Lock->Key.str() : std::string()})
             .second)
      continue; // two edges into the exit at one closing brace
    LockIrqlEvent E;
    E.Fn = Fn;
    E.Exit = X.Loc;
    if (X.Lock) {
      std::string Key = parameterKey(*Fn, X.Lock->Key.str());
      auto Sum = S.Summaries.find(Fn);
      if (!Role && Sum != S.Summaries.end() &&
          llvm::any_of(Sum->second.Acquires,
                       [&](const auto &A) { return A.first == Key; }))
        continue; // a lock helper: its callers hold the lock
      // Released here under another name.
      auto Here = S.UndoneBy.find(Fn);
      if (Here != S.UndoneBy.end() &&
          llvm::any_of(Here->second->Locks, [&](llvm::StringRef K) {
            return K != X.Lock->Key && maySameLock(K, X.Lock->Key);
          }))
        continue;
      if (llvm::any_of(F.Callers, [&](const CallSite &C) {
            return callerReleases(S, *Fn, C, X.Lock->Key.str());
          }))
        continue;
      E.K = LockIrqlEvent::HeldAtExit;
      E.Lock = *X.Lock;
    } else {
      auto Sal = S.Sal.find(Fn->getCanonicalDecl());
      if (Sal != S.Sal.end() && Sal->second.Raises)
        continue; // _IRQL_raises_: returning raised is its contract
      if (llvm::any_of(F.Callers, [&](const CallSite &C) {
            auto U = S.UndoneBy.find(C.Callee);
            return U != S.UndoneBy.end() && U->second->Irql;
          }))
        continue;
      E.K = LockIrqlEvent::RaisedAtExit;
      E.Source = *X.Raise;
    }
    S.Events.push_back(std::move(E));
  }
}

/// The calls from where the event's lock or IRQL comes from down to the
/// function it is in.
const Chain &callsTo(const LockIrqlEvent &E) {
  return E.K == LockIrqlEvent::FreeUnderLock ||
                 E.K == LockIrqlEvent::Reacquired
             ? E.Lock.Calls
             : E.Source.Calls;
}

/// Events that are one finding: the same kind, the same DDI rule, the lock
/// or IRQL from the same place.
using FindingKey = std::tuple<int, const DdiRule *, int, const void *,
                              const void *, std::string>;
FindingKey findingOf(const LockIrqlEvent &E) {
  if (E.K == LockIrqlEvent::FreeUnderLock || E.K == LockIrqlEvent::Reacquired)
    return {E.K, E.Rule, 0, E.Lock.Fn, E.Lock.Acquire.opaque(),
            E.Lock.Key.str()};
  const IrqlSource &Src = E.Source;
  return {E.K, E.Rule, Src.K, Src.Fn, Src.Loc.getPtrEncoding(), ""};
}

/// Reports a chain once, at its deepest DDI call. A lock held (or an IRQL
/// raised) in F reaches every function F's calls lead to; where one on the
/// way calls the DDI and also calls further down to another that does,
/// only the deepest is reported: one finding, one fix (release the lock
/// before the first call), not one warning per level of the chain. A DDI
/// in F itself, where the lock is taken, is always reported.
///
/// An event is shallower than another of its finding when the call into
/// its function is on the other's chain, before its end.
void keepDeepest(std::vector<LockIrqlEvent> &Events) {
  std::set<std::pair<FindingKey, CallRef>> PassedThrough;
  for (const LockIrqlEvent &E : Events) {
    const Chain &Calls = callsTo(E);
    if (Calls.size() < 2)
      continue;
    FindingKey Key = findingOf(E);
    // From the deep end up; where a call is already marked, so is every
    // call above it, so the marking stops: linear in the chains' calls.
    // (Contexts that are the same by value share one pass and one chain,
    // so two chains of a finding part above a shared call only where a
    // function is entered in two contexts that differ, by another lock or
    // a constant argument; then a shallower event may stay reported.)
    for (size_t I = Calls.size() - 1; I-- > 0;)
      if (!PassedThrough.insert({Key, Calls[I]}).second)
        break;
  }
  if (PassedThrough.empty())
    return;
  llvm::erase_if(Events, [&](const LockIrqlEvent &E) {
    const Chain &Calls = callsTo(E);
    return !Calls.empty() &&
           PassedThrough.count({findingOf(E), Calls.back()}) != 0;
  });
}

/// A reporting pass of F from the plain entry (unknown IRQL, no lock, no
/// constant), run bottom-up while F's summary is taken: where the top-down
/// pass enters F that way, it applies what this pass found instead of
/// running F again. Kept only where F's callees were all summarized first
/// (not in a recursion), so the pass saw what a top-down one would.
struct PlainRun {
  PassEffects Effects;
  Undoes Undone;
  bool Ok = false;
  bool Pristine = false; ///< the entry's LState::Pristine
  bool Applied = false;  ///< Effects moved out: a second such entry runs
};

/// Is Entry the one a PlainRun of F was run from?
bool isPlainEntry(const LState &Entry, const PlainRun &Run) {
  return !Run.Applied && Entry.Reached && !Entry.Known && !Entry.Src &&
         Entry.Irql.Min == IrqlRange().Min &&
         Entry.Irql.Max == IrqlRange().Max && Entry.Held.empty() &&
         Entry.TokenLock.empty() && Entry.Saved.empty() &&
         Entry.CurrentIrqlVars.empty() && Entry.ParamConst.empty() &&
         Entry.LockAlias.empty() && Entry.RefCountVars.empty() &&
         !Entry.LastRef && Entry.Pristine == Run.Pristine &&
         Entry.ApcsEntry < 0 && Entry.ApcsDelta == 0 && !Entry.ApcsLost;
}

/// What F does to its callers' locks and IRQL, run from Entry (bottom-up,
/// before any caller is seen); none when the flow cannot follow F. Tested:
/// the parameters F tests as a condition. With Plain, Entry is the plain
/// entry and the pass reports into it (PlainRun).
std::optional<LockSummary>
summarize(Shared &S, const FunctionInfo &F, const LState &Entry,
          llvm::SmallVectorImpl<TestedParam> *Tested,
          PlainRun *Plain = nullptr) {
  FunctionPass P(S, F, Plain != nullptr, Plain ? &Plain->Effects : nullptr);
  bool Ok;
  LState Exit = P.run(Entry, Ok);
  if (Plain) {
    Plain->Undone = std::move(P.Undone);
    Plain->Ok = Ok;
    Plain->Pristine = Entry.Pristine;
  }
  if (!Ok || !Exit.Reached)
    return std::nullopt;
  if (Tested)
    Tested->assign(P.TestedParams.begin(), P.TestedParams.end());
  LockSummary Sum = std::move(P.Summary);
  if (S.TracksApcs) { // (else no summary is made for the regions alone)
    Sum.ApcsUnknown = Exit.ApcsLost;
    Sum.ApcsDelta = Exit.ApcsLost ? 0 : Exit.ApcsDelta;
  }
  // (The lists are their own sets: a function holds and releases few
  // locks, and a StringSet is an allocation per key.)
  for (const auto &[K, V] : Exit.Held) {
    // Parameters ("Name@address" with or without "*") become "%N".
    std::string Key = parameterKey(*F.Fn, K.str());
    if (Key.find('@') != std::string::npos)
      continue; // a local lock: nothing the caller can name
    if (llvm::any_of(Sum.Acquires,
                     [&](const auto &A) { return A.first == Key; }))
      continue; // the parameter and what it points to: one lock
    ChainedSite Site;
    Site.Calls = V.Lock->Inner;
    Sum.Acquires.push_back({Key, std::move(Site)});
  }
  // Releases of locks passed in: keep those the caller can name.
  // (Two keys may name one parameter: keep the set a set.)
  std::vector<std::string> Releases;
  for (const std::string &Key : Sum.Releases) {
    std::string K = parameterKey(*F.Fn, Key);
    if (K.find('@') == std::string::npos && !llvm::is_contained(Releases, K))
      Releases.push_back(K);
  }
  Sum.Releases = std::move(Releases);
  return Sum;
}

/// Records what F undoes of its callees' locks (joined over contexts).
void noteUndone(Shared &S, const FunctionInfo &F, const Undoes &Undone,
                bool Ok) {
  Undoes *&Kept = S.UndoneBy[F.Fn];
  if (!Kept)
    Kept = &S.UndoneStore.make();
  Undoes &U = *Kept;
  U.Locks.insert(Undone.Locks.begin(), Undone.Locks.end());
  U.AnyLock |= Undone.AnyLock || !Ok;
  U.Irql |= Undone.Irql || !Ok;
}

/// Runs F from one entry state, reporting, and records the states at its
/// calls and what it undoes of its callees' locks (joined over contexts).
/// Plain: F's PlainRun, if it has one.
void enterFunction(Shared &S, const FunctionInfo &F, const LState &Entry,
                   PlainRun *Plain) {
  // A constant argument may rule out a branch, and so a DDI on it.
  int8_t Known = S.relevance(F);
  bool NeedsFlow = (Known >= 0 ? Known : relevant(F, S)) ||
                   (F.Branches && !Entry.ParamConst.empty()) ||
                   llvm::any_of(F.Ddis, [](const DdiCall &C) {
                     return C.Rule->find(EffectKind::DecrementReference);
                   });
  if (!NeedsFlow) {
    // Nothing here changes the state: every point has the entry state,
    // its locks held on every path.
    for (const DdiCall &C : F.Ddis) {
      if (C.Rule->NoSpinLockHeld && !Entry.Held.empty()) {
        LockIrqlEvent E;
        E.K = LockIrqlEvent::FreeUnderLock;
        E.Fn = F.Fn;
        E.At = C.Call;
        E.Rule = C.Rule;
        E.Lock = *Entry.Held.begin()->second.Lock;
        S.Events.push_back(std::move(E));
      }
      if (Entry.Known)
        checkIrql(S, S.Events, S.NotTooLow, F.Fn, C.Call, *C.Rule, Entry.Irql,
                  Entry.Src);
      else if (C.Rule->Irql)
        S.NotTooLow.insert(C.Call);
    }
    llvm::SmallVector<const HeldLock *, 2> Held;
    for (const auto &[K, V] : Entry.Held)
      Held.push_back(V.Lock);
    for (const CallSite &C : F.Calls) {
      CallState CS;
      CS.Known = Entry.Known && Entry.Src;
      CS.Apcs = S.TracksApcs ? static_cast<int8_t>(Entry.apcsDepth()) : -1;
      CS.Irql = Entry.Irql;
      CS.Src = Entry.Src;
      CS.Held = Held;
      CS.Consts = constantArgs(*C.Callee, C.Call, Entry, S);
      addCallState(S.CallStates[C.Call], std::move(CS));
    }
    for (const CallExpr *C : F.OtherFileCalls) {
      OutgoingCall Out;
      Out.Call = C;
      Out.Inherits = Entry.Pristine && !Entry.Known;
      Out.Known = Entry.Known && Entry.Src && !Entry.Src->AtLeast;
      Out.Range = Entry.Irql;
      if (Out.Known)
        Out.Source = *Entry.Src;
      for (const HeldLock *H : Held)
        Out.Locks.push_back(*H);
      S.Outgoing.push_back(std::move(Out));
    }
    return;
  }
  if (Plain && isPlainEntry(Entry, *Plain)) {
    Plain->Effects.applyTo(S);
    Plain->Applied = true;
    noteUndone(S, F, Plain->Undone, Plain->Ok);
    return;
  }
  FunctionPass P(S, F, true);
  bool Ok;
  P.run(Entry, Ok);
  P.Effects.applyTo(S);
  noteUndone(S, F, P.Undone, Ok);
}

} // namespace

bool LockSummary::sameEffects(const LockSummary &O) const {
  auto Keys = [](const LockSummary &L) {
    std::vector<std::string> K;
    for (const auto &A : L.Acquires)
      K.push_back(A.first);
    return K;
  };
  return Keys(*this) == Keys(O) && Releases == O.Releases &&
         LowersToParam == O.LowersToParam && ChangesIrql == O.ChangesIrql &&
         ApcsDelta == O.ApcsDelta && ApcsUnknown == O.ApcsUnknown;
}

LockIrqlOutcome
analyzeLocksAndIrql(ASTContext &Ctx, const RuleSet &Rules,
                    const DriverModel &Model,
                    const llvm::DenseMap<const FunctionDecl *, SalIrql> &Sal,
                    const DriverIndex *Imports) {
  Shared S(Ctx, Rules, Model, Sal, Imports);
  InternerScope Scope(*S.Strings);
  // (And in a file that enters or leaves one: its region wrappers tell the
  // other files what they do, ExportSummary.)
  size_t Calls = 0, Ddis = 0;
  for (const FunctionInfo *F : Model.bottomUp()) {
    S.TracksApcs |= llvm::any_of(F->Ddis, [](const DdiCall &C) {
      return C.Rule->ApcsDisabled || C.Rule->find(EffectKind::DisableApcs) ||
             C.Rule->find(EffectKind::EnableApcs);
    });
    Calls += F->Calls.size();
    Ddis += F->Ddis.size();
  }
  // The maps keyed by function or call, at their full size: grown as they
  // fill, each rehash moved every call state made so far. (Only looked up,
  // never walked: their order is no output's.)
  size_t Functions = Model.bottomUp().size();
  S.CallStates.reserve(Calls);
  S.ValueTested.reserve(Functions);
  S.NotTooLow.reserve(Ddis);
  S.Relevance.assign(Model.functions().size(), -1);

  // Bottom-up: lock helpers.
  llvm::DenseSet<const FunctionDecl *> &Summarized = S.Summarized;
  // (The runs stay where they are made: a map of them moved each one, its
  // lists and records, at every rehash.)
  StableStore<PlainRun> PlainRunStore;
  llvm::DenseMap<const FunctionDecl *, PlainRun *> PlainRuns;
  Summarized.reserve(Functions);
  for (const FunctionInfo *F : Model.bottomUp()) {
    bool Relevant = relevant(*F, S);
    // Every callee summarized before it (not in a recursion): nothing
    // changes the answer later, and the top-down pass reads it.
    bool CalleesFirst = llvm::all_of(F->Calls, [&](const CallSite &C) {
      return Summarized.count(C.Callee) != 0;
    });
    if (CalleesFirst)
      S.relevance(*F) = Relevant;
    // Entered plain top-down, most likely: not a role's, nor SAL's.
    bool Plain = Relevant && !F->firstRole() &&
                 !S.Sal.count(F->Fn->getCanonicalDecl()) && CalleesFirst;
    Summarized.insert(F->Fn);
    if (!Relevant)
      continue;
    llvm::SmallVector<TestedParam, 2> Tested;
    LState PlainEntry;
    PlainEntry.Reached = true;
    PlainEntry.Pristine = enteredPristine(S, *F);
    std::optional<LockSummary> Sum =
        Plain ? summarize(S, *F, PlainEntry, &Tested,
                          PlainRuns[F->Fn] = &PlainRunStore.make())
              : summarize(S, *F, LState(), &Tested);
    if (!Sum)
      continue;
    // Effects under a test of a parameter: the summary with the parameter
    // constant, where that differs (at most two parameters; 0 and 1, and
    // the constants it is compared with, at most two).
    llvm::SmallVector<unsigned, 2> Params;
    // (An entry, if only 0, for every function summarized: the others'
    // constants keep their value, since what they compare is not known.)
    uint32_t &ByValue = S.ValueTested[F->Fn];
    for (const TestedParam &T : Tested) {
      if (!llvm::is_contained(Params, T.Param) && Params.size() < 2)
        Params.push_back(T.Param);
      if (T.Value && T.Param < 32)
        ByValue |= 1u << T.Param;
    }
    // (TestedParams keeps at most eight: a full list may have left some
    // compared constant out.)
    bool AllTested = Tested.size() < 8;
    for (unsigned Param : Params) {
      llvm::SmallVector<int64_t, 4> Values{0, 1};
      bool ByTruth = true, AllValues = AllTested;
      for (const TestedParam &T : Tested)
        if (T.Param == Param && T.Value) {
          ByTruth = false;
          if (llvm::is_contained(Values, *T.Value))
            continue;
          if (Values.size() < 4)
            Values.push_back(*T.Value);
          else
            AllValues = false;
        }
      auto Under = [&](int64_t Value) {
        LState Entry;
        if (const ParmVarDecl *Parm = F->Fn->getParamDecl(Param)) {
          AccessPath P;
          P.Root = Parm->getCanonicalDecl();
          Entry.ParamConst[intern(P.key())] = Value;
        }
        std::optional<LockSummary> Effects = summarize(S, *F, Entry, nullptr);
        if (Effects && Effects->sameEffects(*Sum))
          Effects.reset();
        return Effects;
      };
      for (int64_t Value : Values)
        if (std::optional<LockSummary> Effects = Under(Value))
          Sum->When.push_back(
              {Param, Value, ByTruth, false, {}, std::move(*Effects)});
      // A value compared with none of the constants takes none of the
      // tests' equal branches: its own variant, where every compared
      // constant is known (else the either-path summary serves it).
      if (!ByTruth && AllValues)
        if (std::optional<LockSummary> Effects = Under(OtherValue))
          Sum->When.push_back({Param, OtherValue, false, true, Values,
                               std::move(*Effects)});
    }
    if (!Sum->empty())
      S.Summaries[F->Fn] = std::move(*Sum);
  }

  // Top-down: entry states from roles, SAL and callers, one pass per
  // calling context (CallContexts.h); report.
  const auto &Up = Model.bottomUp();
  for (auto It = Up.rbegin(); It != Up.rend(); ++It) {
    const FunctionInfo &F = **It;
    // The states at the calls into F from the other files.
    std::vector<CallState> Imported = importedCallStates(S, F);
    auto Plain = PlainRuns.find(F.Fn);
    for (LState &Entry : entryStates(S, F, Imported))
      enterFunction(S, F, Entry,
                    Plain == PlainRuns.end() ? nullptr : Plain->second);
  }
  // "Too low" is certain only when every context reaching the call says so.
  llvm::erase_if(S.Events, [&](const LockIrqlEvent &E) {
    return E.K == LockIrqlEvent::IrqlTooLow && S.NotTooLow.count(E.At);
  });
  keepDeepest(S.Events);
  dedupeFindings(S.Events);
  selectExits(S);
  finishTexts(S.Events, Ctx);
  LockIrqlOutcome Out;
  Out.TracksApcs = S.TracksApcs;
  Out.Events = std::move(S.Events);
  Out.Summaries = std::move(S.Summaries);
  Out.Outgoing = std::move(S.Outgoing);
  Out.EntrySites = std::move(S.EntrySites);
  Out.Strings = std::move(S.Strings);
  dedupeOutgoing(Out.Outgoing);
  for (OutgoingCall &O : Out.Outgoing)
    for (HeldLock &H : O.Locks)
      if (H.Display.empty())
        H.Display = H.Shown ? sourceText(H.Shown, Ctx) : H.Key.str();
  return Out;
}

} // namespace ndis
