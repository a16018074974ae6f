//===--- HandleFlow.cpp - Pool handles and items through one function -----===//
//
// See HandleFlow.h for the two state machines. This file holds the CFG walk
// (worklist to a fixed point, then a reporting pass) and the transfer
// function: what each call, assignment, branch and return does to the state.
// The state is in handleflow/FlowState.h, the class in
// handleflow/FunctionFlow.h.
//
//===----------------------------------------------------------------------===//


#include "handleflow/FunctionFlow.h"
#include "BodyParents.h"
#include "FlatMap.h"
#include "AccessPath.h"
#include "DdiCalls.h"
#include "CfgOrder.h"
#include "DrainEvidence.h"
#include "summary/DriverIndex.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <set>

using namespace clang;

namespace ndis {

thread_local Interner *CurrentInterner = nullptr;

namespace handleflow {

llvm::StringRef baseVar(const Expr *E) {
  E = E ? stripCasts(E) : nullptr;
  const auto *M = dyn_cast_or_null<MemberExpr>(E);
  if (!M)
    return llvm::StringRef();
  if (auto P = accessPathOf(M->getBase()))
    return intern(P->key());
  return llvm::StringRef();
}

std::optional<std::string> FunctionFlow::summaryKey(const AccessPath &P) const {
  return summaryKeyOf(P);
}

std::optional<llvm::StringRef>
FunctionFlow::translate(llvm::StringRef Key, const CallExpr *C) const {
  if (Key.empty() || Key[0] != '%')
    return Key;
  std::optional<int> Index = paramIndex(Key);
  if (!Index)
    return std::nullopt;
  const Expr *Arg = argOf(C, *Index);
  if (!Arg)
    return std::nullopt;
  // The argument's own key (for the caller's parameter too: the caller's
  // state tracks it by that key).
  if (auto P = accessPathOf(Arg))
    return intern(P->key());
  return std::nullopt;
}

void FunctionFlow::emit(FlowEvent E) {
  if (!Reporting)
    return;
  const void *A = E.At.ddi() ? E.At.Calls.front().opaque() : nullptr;
  const void *B = E.Related.ddi() ? (const void *)E.Related.ddi()
                                  : (const void *)E.ReturnLoc.getPtrEncoding();
  if (!Emitted.insert({E.K, A, B}).second)
    return;
  E.Fn = Fn;
  Events.push_back(std::move(E));
}

// ---------------------------------------------------------------------------
// Pools.

void FunctionFlow::allocatePool(const AccessPath &P, const CallExpr *C,
                                const Effect &E, const Expr *Target,
                                State &St, const ChainedSite *Chain) {
  PoolVal V;
  V.Bits = PMaybeNull;
  V.Alloc = C;
  llvm::SmallString<64> Key = P.key();
  V.Display = Target ? Shown{Target, {}}
              : Shown{nullptr, !DeclName.empty() ? intern(DeclName) : intern(Key)};
  V.Group = intern(Key);
  V.Base = baseVar(Target);
  St.Pools[Key] = V;
  if (E.StatusOut >= 0)
    if (auto S = pointeePathOf(argOf(C, E.StatusOut)))
      St.StatusOf[S->key()] = intern(Key);
  if (!Reporting)
    return;
  if (auto K = summaryKey(P)) {
    PoolAllocation A;
    A.Path = *K;
    A.Kind = E.Pool;
    if (Chain)
      A.Site = Chain->through(C);
    else
      A.Site.Calls = {C};
    addAllocation(std::move(A));
  }
}

void FunctionFlow::freePool(llvm::StringRef Key, Shown Display,
                            ChainedSite Site, bool Must, State &St,
                            llvm::StringRef Base,
                            const ItemsFreedFirst *Also) {
  // Items of this pool that may still be outstanding: owned, handed to
  // NDIS, or kept in a slot whose items nothing freed first.
  for (const auto &[IK, Item] : St.Items) {
    // (After a wait that may drain, as across callbacks: it may be for
    // them.)
    bool Kept = (Item.Bits & (IStored | IMany)) && !Item.Slot.empty() &&
                Item.Stored && !St.Waited && !released(St, Item, Also);
    if (!(Item.Bits & (IOwned | IHanded)) && !Kept)
      continue;
    if (Item.Pool != Key || differentObjects(Item.PoolBase, Base))
      continue;
    FlowEvent E;
    E.K = FlowEvent::OutstandingAtFree;
    E.At = Site;
    E.Related.Calls = {Item.Alloc};
    if (Item.Bits & IHanded) {
      E.Handed = Item.Handed;
      E.HandedBy = Item.HandedBy.str();
    } else if (!(Item.Bits & IOwned) && Kept) {
      E.Stored = Item.Stored;
      E.StoredHow = Item.StoredHow.str();
    }
    E.Display = text(Display).str();
    E.ItemDisplay = Item.Display.str();
    E.Kind = Item.Kind;
    emit(std::move(E));
  }
  PoolVal &V = St.Pools[Key];
  bool WasTracked = V.Bits != 0;
  if (V.Bits == PFreed && V.Free && V.Free->ddi() && Must &&
      !differentObjects(V.Base, Base)) {
    FlowEvent E;
    E.K = FlowEvent::UseAfterFree;
    E.At = Site;
    E.Related = *V.Free;
    E.Display = text(Display).str();
    emit(std::move(E));
  }
  if (V.Display.empty())
    V.Display = Display;
  // A free on some path only (a helper's may-free) of a handle we did not
  // track leaves it freed-or-whatever-it-was: never "freed on every path".
  V.Bits = Must ? PFreed : (V.Bits | PFreed | (WasTracked ? 0 : PUnknown));
  if (Must)
    V.Base = Base;
  if (Must || !V.Free)
    V.Free = keep(std::move(Site));
  // Its local copies name the freed pool too (`P = Alloc(); Pool = P;
  // Free(Pool);` leaves P nothing to leak).
  if (Must && !V.Group.empty())
    for (auto &[K, Copy] : St.Pools)
      if (Copy.Group == V.Group && K != Key && K.contains('@')) {
        Copy.Bits = PFreed;
        Copy.Free = V.Free;
      }
}

void FunctionFlow::usePool(const AccessPath &P, const CallExpr *C, State &St,
                           llvm::StringRef Base) {
  auto It = St.Pools.find(P.key());
  if (It == St.Pools.end())
    return;
  PoolVal &V = It->second;
  if (V.Bits == PFreed && V.Free && V.Free->ddi() &&
      !differentObjects(V.Base, Base)) {
    FlowEvent E;
    E.K = FlowEvent::UseAfterFree;
    E.At.Calls = {C};
    E.Related = *V.Free;
    E.Display = text(V.Display).str();
    emit(std::move(E));
  }
  if ((V.Bits & PMaybeNull) && V.Alloc && Reporting &&
      UncheckedReported.insert(V.Alloc).second) {
    FlowEvent E;
    E.K = FlowEvent::UncheckedUse;
    E.At.Calls = {C};
    E.Related.Calls = {V.Alloc};
    E.Display = text(V.Display).str();
    emit(std::move(E));
  }
}

// ---------------------------------------------------------------------------
// Items.

void FunctionFlow::newItem(const AccessPath &I, const Expr *Pool,
                           const CallExpr *C, const Effect &E,
                           const Expr *Target, State &St) {
  auto PP = Pool ? accessPathOf(Pool) : std::nullopt;
  ItemVal V;
  V.Bits = IOwned | INull;
  V.Pool = intern(PP ? PP->key().str() : llvm::StringRef());
  V.Kind = E.Item;
  V.Alloc = C;
  llvm::SmallString<64> IK = I.key();
  // `NdisAllocatePacket(&Status, &Packet, Pool)`: the status speaks for
  // this item until something else writes it.
  auto StatusPath = E.StatusOut >= 0 ? pointeePathOf(argOf(C, E.StatusOut))
                                     : std::nullopt;
  if (StatusPath)
    St.StatusOf.erase(StatusPath->key());
  V.Display = Target ? display(Target)
              : !DeclName.empty() ? intern(DeclName) : intern(IK);
  V.PoolBase = baseVar(Pool);
  // An item allocated straight into a field, an array element or a ring
  // slot the driver keeps: followed there (freed by the slot, kept at the
  // exit). Allocated into a slot of a collection that already keeps some,
  // it joins them (a weak update: IMany).
  std::optional<std::string> Slot =
      !I.isLocal() && Target ? slotKeyOf(Target) : std::nullopt;
  if (Slot) {
    auto Old = St.Items.find(IK);
    V.Bits = IStored | INull;
    if (Old != St.Items.end() && namesCollection(IK) &&
        (Old->second.Bits & (IStored | IMany)))
      V.Bits |= IMany;
    V.Slot = intern(*Slot);
    V.Stored = C;
    V.StoredHow = intern(("stored in '" + V.Display + "'").str());
    St.Items[IK] = V;
    if (StatusPath)
      St.StatusOf[StatusPath->key()] = intern(IK);
    return;
  }
  // Else stored into a field or global, or into a local array (whose
  // elements we do not tell apart), it has left our view.
  bool InArray = llvm::is_contained(I.Fields, "[]");
  if (!I.isLocal() || InArray) {
    if (PP && Reporting)
      if (auto K = summaryKey(*PP)) {
        EscapingItem X;
        X.Pool = *K;
        X.Kind = E.Item;
        X.Alloc.Calls = {C};
        X.EscapeSite = C;
        X.EscapeHow = "stored in '" + V.Display.str() + "'";
        if (!I.isLocal())
          addEscaping(std::move(X));
      }
    return;
  }
  parkKept(IK, St);
  St.Items[IK] = V;
  if (StatusPath)
    St.StatusOf[StatusPath->key()] = intern(IK);
}

void FunctionFlow::escapeItem(llvm::StringRef Key, State &St,
                              const Stmt *Where, const llvm::Twine &How) {
  auto It = St.Items.find(Key);
  if (It == St.Items.end())
    return;
  ItemVal &V = It->second;
  // Remember items of field and global pools that leave through a store:
  // the cross-function checks follow them.
  if ((V.Bits & (IOwned | IStored)) && Where && Reporting && V.Alloc &&
      isSharedPath(V.Pool)) {
    {
      EscapingItem X;
      X.Pool = V.Pool.str();
      X.Kind = V.Kind;
      X.Alloc.Calls = {V.Alloc};
      X.EscapeSite = Where;
      X.EscapeHow = How.str();
      addEscaping(std::move(X));
    }
  }
  V.Bits = IGone;
  V.Inside = llvm::StringRef();
  forContained(Key, St, [&](llvm::StringRef K) {
    escapeItem(K, St, Where, How);
  });
}

void FunctionFlow::handItem(llvm::StringRef Key, State &St,
                            const Stmt *Where, const llvm::Twine &By) {
  auto It = St.Items.find(Key);
  if (It == St.Items.end())
    return;
  ItemVal &V = It->second;
  if (Reporting && (V.Bits & (IOwned | IStored)) && V.Alloc &&
      isSharedPath(V.Pool)) {
    EscapingItem X;
    X.Pool = V.Pool.str();
    X.Kind = V.Kind;
    X.Alloc.Calls = {V.Alloc};
    X.EscapeSite = Where;
    X.EscapeHow = ("handed to NDIS by " + By).str();
    X.Handed = true;
    addEscaping(std::move(X));
  }
  if (V.Bits & (IOwned | IStored)) {
    V.Bits = (V.Bits & ~(IOwned | IStored)) | IHanded | otherSlots(V.Bits);
    if (!V.Handed) {
      V.Handed = Where;
      V.HandedBy = intern(By.str());
    }
  }
  forContained(Key, St, [&](llvm::StringRef K) {
    handItem(K, St, Where, By);
  });
}

void FunctionFlow::storeItem(llvm::StringRef Key, State &St,
                             const Stmt *Where, const llvm::Twine &How,
                             llvm::StringRef Slot) {
  auto It = St.Items.find(Key);
  if (It == St.Items.end())
    return;
  ItemVal &V = It->second;
  if (!(V.Bits & (IOwned | IStored)) || !Where) {
    escapeItem(Key, St, Where, How);
    return;
  }
  V.Bits = (V.Bits & ~IOwned) | IStored;
  if (!V.Stored) { // (the first store is the one shown)
    V.Stored = Where;
    V.StoredHow = intern(How.str());
  }
  if (V.Slot.empty())
    V.Slot = Slot;
  forContained(Key, St, [&](llvm::StringRef K) {
    storeItem(K, St, Where, How, Slot);
  });
}

bool FunctionFlow::chainItem(llvm::StringRef Key, llvm::StringRef Container,
                             State &St) {
  auto It = St.Items.find(Key);
  auto Ct = St.Items.find(Container);
  if (It == St.Items.end() || Ct == St.Items.end() || Key == Container ||
      !Ct->second.Inside.empty())
    return false;
  // One level only (a buffer in a packet, a NET_BUFFER in a list), so
  // that no chain of containers can loop.
  for (const auto &[K, V] : St.Items)
    if (V.Inside == Key)
      return false;
  It->second.Inside = Ct->first;
  return true;
}

void FunctionFlow::unchainItem(llvm::StringRef Container, const AccessPath &Out,
                               State &St) {
  llvm::SmallVector<llvm::StringRef, 2> Inside;
  forContained(Container, St,
               [&](llvm::StringRef K) { Inside.push_back(K); });
  llvm::SmallString<64> OutKey = Out.key();
  if (Inside.size() != 1) {
    dropContained(Container, St);
    if (auto It = St.Items.find(OutKey); It != St.Items.end())
      It->second.Bits = IGone;
    return;
  }
  ItemVal V = St.Items.find(Inside[0])->second;
  V.Inside = llvm::StringRef();
  if (Inside[0] != OutKey.str())
    St.Items.find(Inside[0])->second.Bits = IGone; // it moves to Out
  St.Items[OutKey] = V;
}

void FunctionFlow::dropContained(llvm::StringRef Container, State &St) {
  forContained(Container, St, [&](llvm::StringRef K) {
    ItemVal &V = St.Items.find(K)->second;
    V.Bits = IGone;
    V.Inside = llvm::StringRef();
  });
}

llvm::StringRef FunctionFlow::containerOf(const Expr *LHS,
                                          const State &St) const {
  const Expr *E = LHS ? stripCasts(LHS) : nullptr;
  bool Member = false;
  while (E) {
    if (const auto *M = dyn_cast<MemberExpr>(E)) {
      E = stripCasts(M->getBase());
      Member = true;
    } else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
      E = stripCasts(A->getBase());
    } else if (const auto *U = dyn_cast<UnaryOperator>(E);
               U && U->getOpcode() == UO_Deref) {
      E = stripCasts(U->getSubExpr());
    } else {
      break;
    }
  }
  if (!Member || !E)
    return llvm::StringRef();
  auto P = accessPathOf(E);
  if (!P || !P->isLocal())
    return llvm::StringRef();
  auto It = St.Items.find(P->key());
  return It == St.Items.end() ? llvm::StringRef() : It->first;
}

void FunctionFlow::recordStoredAtExit(const State &AtExit) {
  if (!Reporting)
    return;
  for (const auto &[K, V] : AtExit.Items) {
    if (!(V.Bits & (IStored | IMany)) || !V.Alloc || !V.Stored ||
        !isSharedPath(V.Pool))
      continue;
    EscapingItem X;
    X.Pool = V.Pool.str();
    X.Kind = V.Kind;
    X.Alloc.Calls = {V.Alloc};
    X.EscapeSite = V.Stored;
    X.EscapeHow = V.StoredHow.str();
    X.Slot = V.Slot.str();
    addEscaping(std::move(X));
  }
}

void FunctionFlow::leaveKept(State &St) {
  recordStoredAtExit(St);
  for (auto &[K, V] : St.Items)
    if ((V.Bits & (IStored | IMany)) && !V.Slot.empty())
      V.Bits = (V.Bits & ~(IStored | IMany)) | IGone;
}

bool FunctionFlow::freeItemAt(const Expr *Arg, const ChainedSite &Site,
                              State &St) {
  auto I = Arg ? accessPathOf(Arg) : std::nullopt;
  if (!I)
    return false;
  llvm::SmallString<64> Key = I->key();
  llvm::StringRef Slot;
  auto It = St.Items.find(Key);
  bool Tracked = It != St.Items.end();
  if (Tracked)
    Slot = It->second.Slot;
  if (Slot.empty())
    if (auto S = slotKeyOf(Arg))
      Slot = intern(*S);
  if (Slot.empty())
    if (auto C = St.SlotCopy.find(Key); C != St.SlotCopy.end())
      Slot = C->second;
  freeItem(Key, St);
  if (!Slot.empty()) {
    releaseSlot(Slot, Site, St);
    return true;
  }
  // An item of its own, or a parameter's (its callers know which).
  if (Tracked)
    return true;
  auto K = summaryKey(*I);
  return K && paramIndex(*K);
}

void FunctionFlow::parkKept(llvm::StringRef Key, State &St) {
  auto It = St.Items.find(Key);
  if (It == St.Items.end() || !Key.contains('@') ||
      !(It->second.Bits & (IStored | IMany)) || It->second.Slot.empty() ||
      It->second.Slot == Key)
    return;
  ItemVal Kept = It->second;
  Kept.Bits &= IStored | IMany;
  Kept.Inside = llvm::StringRef();
  if (namesCollection(Kept.Slot))
    Kept.Bits |= IMany;
  It->second.Bits &= ~(IStored | IMany);
  auto [At, New] = St.Items.emplaceInterned(Kept.Slot, Kept);
  if (!New) {
    At->second.Bits |= Kept.Bits;
    At->second.mergeSites(Kept);
  }
}

void FunctionFlow::releaseSlot(llvm::StringRef Slot, const ChainedSite &Site,
                               State &St) {
  St.Released.emplace(Slot, 1);
  for (auto &[K, V] : St.Items)
    if ((V.Bits & (IStored | IMany)) && releasesSlot(Slot, V.Slot))
      V.Bits = (V.Bits & ~(IStored | IMany)) | IFreed;
  if (Reporting)
    Sum.FreesItemsAt.emplace(Summaries.keep(Slot), Site);
}

void FunctionFlow::releaseKind(ObjKind K, State &St) {
  St.ReleasedKinds |= uint8_t(1u << unsigned(K));
  if (Reporting)
    Sum.FreesItemsUnseen.insert(K);
}

bool FunctionFlow::released(const State &St, const ItemVal &V,
                            const ItemsFreedFirst *Also) const {
  if (V.Slot.empty())
    return false;
  if (St.ReleasedKinds & (1u << unsigned(V.Kind)))
    return true;
  for (const auto &[R, Unused] : St.Released)
    if (releasesSlot(R, V.Slot))
      return true;
  if (!Also)
    return false;
  if (Also->Kinds.count(V.Kind))
    return true;
  for (const std::string &R : Also->Slots)
    if (releasesSlot(R, V.Slot))
      return true;
  return false;
}

void FunctionFlow::recordFreedFirst(llvm::StringRef Key, const State &St,
                                    const ItemsFreedFirst *Also) {
  if (!Reporting ||
      (St.Released.empty() && !St.ReleasedKinds && (!Also || Also->empty())))
    return;
  ItemsFreedFirst &First = Sum.ItemsFreedBefore[Key.str()];
  for (const auto &[R, Unused] : St.Released)
    First.Slots.insert(R.str());
  for (unsigned K = 0; K < 8; ++K)
    if (St.ReleasedKinds & (1u << K))
      First.Kinds.insert(ObjKind(K));
  if (Also) {
    First.Slots.insert(Also->Slots.begin(), Also->Slots.end());
    First.Kinds.insert(Also->Kinds.begin(), Also->Kinds.end());
  }
}

void FunctionFlow::waited(State &St, ChainedSite Site) {
  for (auto &[K, V] : St.Items)
    if (V.Bits & IHanded)
      V.Bits = (V.Bits & ~IHanded) | IGone;
  St.Waited = true;
  if (Reporting && Sum.WaitSite.Calls.empty())
    Sum.WaitSite = std::move(Site);
}

bool FunctionFlow::drainingWait(const CallExpr *C) {
  if (const DdiRule *R = F.ruleOf(C))
    return R->find(EffectKind::Wait) && Drains.mayDrain(C, F);
  if (const FunctionDecl *Callee = calleeWithBody(C)) {
    auto It = Summaries.find(Callee);
    return It != Summaries.end() &&
           (It->second.Waits || waitsByArgument(C, It->second));
  }
  if (const UnitSummary::Function *Other = importedCallee(C, Imports))
    return Other->Pools.Waits || waitsByArgument(C, Other->Pools);
  return false;
}

bool FunctionFlow::waitsByArgument(const CallExpr *C,
                                   const FunctionSummary &CS) const {
  if (CS.WaitsIfParam < 0 || unsigned(CS.WaitsIfParam) >= C->getNumArgs())
    return false;
  const Expr *Arg = C->getArg(CS.WaitsIfParam);
  Expr::EvalResult Result;
  if (Arg->isValueDependent() || !Arg->EvaluateAsInt(Result, Ctx))
    return false;
  const llvm::APSInt &Passed = Result.Val.getInt();
  bool Holds = !CS.WaitsIfValue ? Passed.getBoolValue()
               : Passed.getSignificantBits() > 64
                   ? false
                   : Passed.getExtValue() == *CS.WaitsIfValue;
  return Holds == CS.WaitsIfSet;
}

/// A test of a parameter: it holds where the parameter is nonzero (no
/// Value) or equals Value, when Set; where that is false, when not.
struct ParameterTest {
  const ParmVarDecl *Param;
  bool Set;
  std::optional<int64_t> Value;
};

/// `P`, `!P`, `P != 0`, `P == 0`, `P == Halting`, `Halting != P`, ... for
/// a parameter P and a constant.
static std::optional<ParameterTest> parameterTest(const Expr *Cond,
                                                  ASTContext &Ctx) {
  Cond = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  bool Set = true;
  while (const auto *U = dyn_cast_or_null<UnaryOperator>(Cond)) {
    if (U->getOpcode() != UO_LNot)
      break;
    Set = !Set;
    Cond = U->getSubExpr()->IgnoreParenImpCasts();
  }
  std::optional<int64_t> Value;
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(Cond);
      B && (B->getOpcode() == BO_EQ || B->getOpcode() == BO_NE)) {
    const Expr *L = B->getLHS()->IgnoreParenImpCasts();
    const Expr *R = B->getRHS()->IgnoreParenImpCasts();
    auto Constant = [&](const Expr *E) -> std::optional<llvm::APSInt> {
      Expr::EvalResult Result;
      if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx))
        return std::nullopt;
      return Result.Val.getInt();
    };
    std::optional<llvm::APSInt> C = Constant(R);
    if (!C) { // the constant on the left: `Halting == State`
      C = Constant(L);
      L = R;
    }
    if (!C || C->getSignificantBits() > 64)
      return std::nullopt;
    // P == 0 holds where P is zero, P != 0 where it is not; against any
    // other constant the test is of that value (P == TRUE is P == 1).
    if (C->isZero())
      Set = B->getOpcode() == BO_EQ ? !Set : Set;
    else {
      Value = C->getExtValue();
      Set = B->getOpcode() == BO_EQ ? Set : !Set;
    }
    Cond = L;
  }
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Cond);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P)
    return std::nullopt;
  return ParameterTest{P, Set, Value};
}

/// Is any node under S (S included) one Pred accepts?
template <typename Pred> static bool anyNode(const Stmt *S, Pred &&P) {
  llvm::SmallVector<const Stmt *, 16> Stack{S};
  while (!Stack.empty()) {
    const Stmt *X = Stack.pop_back_val();
    if (!X)
      continue;
    if (P(X))
      return true;
    for (const Stmt *Child : X->children())
      Stack.push_back(Child);
  }
  return false;
}

/// Does S hold a return, a goto, a break or a continue?
static bool leaves(const Stmt *S) {
  return anyNode(S, [](const Stmt *X) {
    return isa<ReturnStmt, GotoStmt, BreakStmt, ContinueStmt,
               IndirectGotoStmt>(X);
  });
}

/// Does S write Param, or take its address?
static bool writes(const Stmt *S, const ParmVarDecl *Param) {
  return anyNode(S, [&](const Stmt *X) {
    const Expr *Target = nullptr;
    if (const auto *B = dyn_cast<BinaryOperator>(X); B && B->isAssignmentOp())
      Target = B->getLHS();
    else if (const auto *U = dyn_cast<UnaryOperator>(X);
             U && (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf))
      Target = U->getSubExpr();
    const auto *Ref =
        dyn_cast_or_null<DeclRefExpr>(Target ? Target->IgnoreParenImpCasts()
                                             : nullptr);
    return Ref && Ref->getDecl() == Param;
  });
}

void FunctionFlow::recordConditionalWait() {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Fn->getBody());
  if (!Body)
    return;
  for (const Stmt *Top : Body->body()) {
    const auto *If = dyn_cast<IfStmt>(Top);
    auto Test = If && !If->getInit() && !If->getConditionVariable()
                    ? parameterTest(If->getCond(), Ctx)
                    : std::nullopt;
    if (!Test || writes(Body, Test->Param)) {
      // (A parameter written anywhere has no known value at the test.)
      if (leaves(Top))
        return; // some paths may not reach what follows
      continue;
    }
    // The wait must be on every path through the branch the test takes:
    // a statement of the branch itself, with nothing before it that leaves.
    for (bool Then : {true, false}) {
      const Stmt *Branch = Then ? If->getThen() : If->getElse();
      if (!Branch)
        continue;
      llvm::ArrayRef<Stmt *> Stmts;
      Stmt *Single = const_cast<Stmt *>(Branch);
      if (const auto *Block = dyn_cast<CompoundStmt>(Branch))
        Stmts = llvm::ArrayRef(Block->body_begin(), Block->body_end());
      else
        Stmts = llvm::ArrayRef(&Single, 1);
      for (const Stmt *S : Stmts) {
        const auto *Call = dyn_cast<CallExpr>(S);
        if (Call && drainingWait(Call)) {
          Sum.WaitsIfParam = Test->Param->getFunctionScopeIndex();
          Sum.WaitsIfSet = Then ? Test->Set : !Test->Set;
          Sum.WaitsIfValue = Test->Value;
          Sum.WaitsIfSite = ChainedSite{{Call}};
          return;
        }
        if (leaves(S))
          break;
      }
    }
    return; // one test at the top: nothing smarter
  }
}

void FunctionFlow::findDrainSkips() {
  // Only a function that waits has a wait to skip.
  bool Any = false;
  for (const DdiCall &D : F.Ddis)
    Any |= D.Rule->find(EffectKind::Wait) != nullptr;
  for (const CallSite &C : F.Calls)
    if (auto It = Summaries.find(C.Callee); It != Summaries.end())
      Any |= It->second.Waits;
  Any |= !F.OtherFileCalls.empty();
  if (!Any)
    return;
  auto HasWait = [&](const Stmt *S) {
    llvm::SmallVector<const Stmt *, 16> Stack{S};
    while (!Stack.empty()) {
      const Stmt *At = Stack.pop_back_val();
      if (!At)
        continue;
      if (const auto *C = dyn_cast<CallExpr>(At); C && drainingWait(C))
        return true;
      for (const Stmt *Child : At->children())
        Stack.push_back(Child);
    }
    return false;
  };
  auto Skip = [&](const Expr *Cond, bool Branch) {
    if (!Cond)
      return;
    DrainSkips[Cond] = Branch;
    DrainSkips[Cond->IgnoreParenImpCasts()] = Branch;
  };
  llvm::SmallVector<const Stmt *, 32> Stack{Fn->getBody()};
  while (!Stack.empty()) {
    const Stmt *S = Stack.pop_back_val();
    if (!S)
      continue;
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      bool Then = HasWait(If->getThen()), Else = HasWait(If->getElse());
      if (Then != Else && Drains.testsCounter(If->getCond()))
        Skip(If->getCond(), Else);
    } else if (const auto *W = dyn_cast<WhileStmt>(S)) {
      if (HasWait(W->getBody()))
        Skip(W->getCond(), false);
    } else if (const auto *D = dyn_cast<DoStmt>(S)) {
      if (HasWait(D->getBody()))
        Skip(D->getCond(), false);
    } else if (const auto *For = dyn_cast<ForStmt>(S)) {
      if (HasWait(For->getBody()))
        Skip(For->getCond(), false);
    }
    for (const Stmt *Child : S->children())
      Stack.push_back(Child);
  }
}

// ---------------------------------------------------------------------------
// Calls.

void FunctionFlow::handleDdi(const CallExpr *C, const DdiRule &R, State &St) {
  for (const Effect &E : R.Effects) {
    switch (E.Kind) {
    case EffectKind::AllocatePool:
      if (E.Out >= 0)
        if (const Expr *Arg = argOf(C, E.Out))
          if (auto P = pointeePathOf(Arg)) {
            const auto *U = dyn_cast<UnaryOperator>(stripCasts(Arg));
            allocatePool(*P, C, E, U ? U->getSubExpr() : nullptr, St);
          }
      break;
    case EffectKind::FreePool:
      if (const Expr *Arg = argOf(C, E.Arg))
        if (auto P = accessPathOf(Arg)) {
          freePool(P->key(), Shown{Arg, {}}, ChainedSite{{C}}, true, St,
                   baseVar(Arg));
          if (Reporting)
            if (auto K = summaryKey(*P)) {
              Sum.MayFreePools.emplace(Summaries.keep(*K), ChainedSite{{C}});
              freedAt(St, *K, false);
              recordFreedFirst(*K, St, nullptr);
            }
          // Freeing a local copy frees the field it was copied from.
          if (auto It = St.CopyOf.find(P->key()); It != St.CopyOf.end()) {
            std::string Source = It->second.str();
            freePool(Source, Shown{Arg, {}}, ChainedSite{{C}}, true, St);
            if (Reporting) {
              Sum.MayFreePools.emplace(Summaries.keep(Source),
                                       ChainedSite{{C}});
              freedAt(St, Source, false);
              recordFreedFirst(Source, St, nullptr);
            }
          }
        }
      break;
    case EffectKind::AllocateItem: {
      const Expr *Pool = argOf(C, E.Arg);
      if (Pool)
        if (auto Q = accessPathOf(Pool))
          usePool(*Q, C, St, baseVar(Pool));
      if (E.Out >= 0)
        if (const Expr *Arg = argOf(C, E.Out))
          if (auto I = pointeePathOf(Arg)) {
            const auto *U = dyn_cast<UnaryOperator>(stripCasts(Arg));
            newItem(*I, Pool, C, E, U ? U->getSubExpr() : nullptr, St);
          }
      break;
    }
    case EffectKind::FreeItem:
      if (const Expr *Arg = argOf(C, E.Arg)) {
        if (!freeItemAt(Arg, ChainedSite{{C}}, St))
          releaseKind(E.Item, St); // from where we cannot tell
        if (auto I = accessPathOf(Arg)) {
          if (Reporting)
            if (auto K = summaryKey(*I))
              if (auto N = paramIndex(*K))
                Sum.FreesItemParam.emplace(*N,
                                         ChainedSite{{C}});
        }
        if (Reporting)
          Sum.FreesItemsOfKind.emplace(E.Item, ChainedSite{{C}});
      }
      break;
    case EffectKind::HandToNdis:
      if (const Expr *Arg = argOf(C, E.Arg))
        if (auto I = accessPathOf(Arg)) {
          handItem(I->key(), St, C, R.Name);
          if (Reporting)
            if (auto K = summaryKey(*I))
              if (auto N = paramIndex(*K))
                Sum.HandsItemParam.emplace(*N,
                                         ChainedSite{{C}});
        }
      break;
    case EffectKind::Wait:
      if (Drains.mayDrain(C, F))
        waited(St, ChainedSite{{C}});
      break;
    case EffectKind::ChainItem:
      if (auto I = accessPathOf(argOf(C, E.Arg))) {
        auto Into = accessPathOf(argOf(C, E.Into));
        if (!Into || !chainItem(I->key(), Into->key(), St))
          escapeItem(I->key(), St, C, "passed to '" + llvm::Twine(R.Name) + "'");
      }
      break;
    case EffectKind::UnchainItem:
      if (auto From = accessPathOf(argOf(C, E.Arg)))
        if (auto Out = pointeePathOf(argOf(C, E.Out)))
          unchainItem(From->key(), *Out, St);
      break;
    default:
      break;
    }
  }
}

/// Prepends Call to a callee's chain (bounded: ChainedSite::through).
static ChainedSite through(const CallExpr *Call, const ChainedSite &Inner) {
  return Inner.through(Call);
}

/// Is the call's result unused: a statement of its own, or cast to void?
static bool resultIgnored(const CallExpr *C, const Stmt *Body) {
  BodyParents Parents(Body);
  const Stmt *P = Parents.parent(C);
  while (P && (isa<ParenExpr>(P) ||
               (isa<CStyleCastExpr>(P) &&
                cast<CStyleCastExpr>(P)->getType()->isVoidType())))
    P = Parents.parent(P);
  return P && isa<CompoundStmt, LabelStmt, CaseStmt, DefaultStmt>(P);
}

void FunctionFlow::handleSummary(const CallExpr *C, const FunctionDecl *Callee,
                                 const FunctionSummary &CS, State &St) {
  llvm::StringRef Name = nameOf(Callee);
  if (Reporting) {
    // Handles the callee, or one it ignores the failure of, may leave
    // dangling (Summaries.h: FreedOnError, MayDangle).
    for (const auto &[Key, Site] : CS.MayDangle)
      if (auto K = translate(Key, C); K && isSharedKey(*K))
        Sum.MayDangle.emplace(Summaries.keep(*K), through(C, Site));
    if (!CS.FreedOnError.empty() && resultIgnored(C, Fn->getBody()))
      for (const auto &[Key, Site] : CS.FreedOnError)
        if (auto K = translate(Key, C); K && isSharedKey(*K))
          Sum.MayDangle.emplace(Summaries.keep(*K), through(C, Site));
  }
  for (const auto &[Key, Site] : CS.MayFreePools) {
    auto K = translate(Key, C);
    if (!K)
      continue;
    bool Must = CS.MustFreePools.count(Key) != 0;
    std::optional<int> Param = paramIndex(Key);
    // Shown as the argument passed for it; else as the state has it; else
    // as the callee's free has it.
    const Expr *Arg = Param ? argOf(C, *Param) : nullptr;
    Shown Display{Arg, {}};
    if (Display.empty())
      if (auto It = St.Pools.find(*K); It != St.Pools.end())
        Display = It->second.Display;
    if (Display.empty() && Site.ddi())
      if (const DdiRule *R = ddiRuleFor(Site.ddi(), Rules, Ctx))
        if (const Effect *E = R->find(EffectKind::FreePool))
          Display.E = argOf(Site.ddi(), E->Arg);
    ChainedSite Chain = through(C, Site);
    auto First = CS.ItemsFreedBefore.find(Key);
    const ItemsFreedFirst *Before =
        First == CS.ItemsFreedBefore.end() ? nullptr : &First->second;
    if (Reporting) {
      // A parameter passed on is the caller's parameter: "%N" again.
      std::optional<std::string> Passed;
      if (Param)
        if (auto P = accessPathOf(Arg))
          Passed = summaryKey(*P);
      llvm::StringRef SK = Passed ? llvm::StringRef(*Passed) : *K;
      if (!SK.contains('@') && !Sum.MayFreePools.count(SK))
        Sum.MayFreePools.emplace(Summaries.keep(SK), Chain);
      if (!SK.contains('@')) {
        freedAt(St, SK, CS.FreedAfterWait.count(Key) != 0);
        recordFreedFirst(SK, St, Before);
      }
    }
    freePool(*K, Display, std::move(Chain), Must, St, llvm::StringRef(),
             Before);
  }
  // Its item frees: those before a pool free counted there; as for the
  // state, after them (a helper's item frees apply before its pool frees
  // only where its summary says so).
  for (const auto &[Slot, Site] : CS.FreesItemsAt)
    releaseSlot(Slot, through(C, Site), St);
  for (ObjKind K : CS.FreesItemsUnseen)
    releaseKind(K, St);
  std::set<int> Covered;
  for (const auto &[Index, Site] : CS.FreesItemParam) {
    Covered.insert(Index);
    if (!freeItemAt(argOf(C, Index), through(C, Site), St))
      for (const auto &[Kind, Unused] : CS.FreesItemsOfKind)
        releaseKind(Kind, St); // which items, the caller cannot tell
    if (auto I = accessPathOf(argOf(C, Index))) {
      if (Reporting)
        if (auto K = summaryKey(*I))
          if (auto N = paramIndex(*K))
            Sum.FreesItemParam.emplace(*N, through(C, Site));
    }
  }
  for (const auto &[Index, Site] : CS.HandsItemParam) {
    Covered.insert(Index);
    if (auto I = accessPathOf(argOf(C, Index))) {
      handItem(I->key(), St, C, "'" + llvm::Twine(Name) + "'");
      if (Reporting)
        if (auto K = summaryKey(*I))
          if (auto N = paramIndex(*K))
            Sum.HandsItemParam.emplace(*N, through(C, Site));
    }
  }
  // (Nothing tracked, nothing to mark or let go: most calls of most
  // functions.)
  for (unsigned I = 0;
       I < C->getNumArgs() && !(St.Pools.empty() && St.Items.empty()); ++I) {
    std::optional<AccessPath> P = accessPathOf(C->getArg(I));
    llvm::SmallString<64> Key;
    if (P)
      Key = P->key();
    if (P && P->isLocal() && !St.Pools.empty() &&
        !CS.MayFreePools.count(("%" + llvm::Twine(I)).str()))
      if (auto It = St.Pools.find(Key); It != St.Pools.end())
        It->second.Bits |= PUnknown;
    if (Covered.count(I) || St.Items.empty())
      continue;
    // An item lent to a helper that only reads or fills it in stays ours.
    if (P && !(St.Items.count(Key) && Lending.lends(Callee, I)))
      escapeItem(Key, St, C, "passed to '" + llvm::Twine(Name) + "'");
    if (auto Q = pointeePathOf(C->getArg(I)))
      escapeItem(Q->key(), St, C, "passed to '" + llvm::Twine(Name) + "'");
  }
  if (CS.Waits) // on every path through the callee
    waited(St, through(C, CS.WaitSite));
  else if (waitsByArgument(C, CS))
    waited(St, through(C, CS.WaitsIfSite));
  if (!Reporting)
    return;
  for (const auto &[Kind, Site] : CS.FreesItemsOfKind)
    Sum.FreesItemsOfKind.emplace(Kind, through(C, Site));
  for (const PoolAllocation &A : CS.AllocatesPools) {
    auto K = translate(A.Path, C);
    if (!K || K->contains('@'))
      continue;
    PoolAllocation Copy = A;
    Copy.Path = K->str();
    Copy.Site = through(C, A.Site);
    addAllocation(std::move(Copy));
  }
  for (const EscapingItem &X : CS.EscapingItems) {
    auto K = translate(X.Pool, C);
    if (!K || K->contains('@'))
      continue;
    EscapingItem Copy = X;
    Copy.Pool = K->str();
    Copy.Alloc = through(C, X.Alloc);
    addEscaping(std::move(Copy));
  }
}

const FunctionSummary *FunctionFlow::calleeSummary(const CallExpr *C) const {
  if (F.ruleOf(C))
    return nullptr;
  if (const FunctionDecl *Callee = calleeWithBody(C)) {
    auto It = Summaries.find(Callee);
    return It == Summaries.end() ? nullptr : &It->second;
  }
  const UnitSummary::Function *Other = importedCallee(C, Imports);
  return Other ? &Other->Pools : nullptr;
}

void FunctionFlow::handleCall(const CallExpr *C, State &St) {
  // `NdisAllocatePacketPool(&Status, ...)`: whatever the status held, and
  // whichever allocation it spoke for (an allocation sets its own again).
  if (!St.Failed.empty() || !St.StatusOf.empty())
    for (const Expr *Arg : C->arguments())
      if (auto P = pointeePathOf(Arg)) {
        St.Failed.erase(P->key());
        St.StatusOf.erase(P->key());
      }
  if (const DdiRule *R = F.ruleOf(C)) {
    handleDdi(C, *R, St);
    return;
  }
  const FunctionDecl *Callee = calleeWithBody(C);
  if (Callee) {
    auto It = Summaries.find(Callee);
    if (It != Summaries.end()) {
      handleSummary(C, Callee, It->second, St);
      return;
    }
  } else if (const UnitSummary::Function *Other = importedCallee(C, Imports)) {
    // Defined in another of the driver's files: its summary from there.
    handleSummary(C, C->getDirectCallee(), Other->Pools, St);
    return;
  }
  // An unknown function (no body, through a pointer, or recursion not yet
  // summarised): items passed to it are out of our hands, and so are pools
  // whose address it is given.
  if (St.Items.empty() && St.Pools.empty())
    return; // nothing an argument could name
  llvm::StringRef Name = Callee                 ? nameOf(Callee)
                         : C->getDirectCallee() ? nameOf(C->getDirectCallee())
                                                : "a function pointer";
  // Given a structure, it may free the items kept in it (a cleanup helper
  // in another file): they stay kept for the other callbacks' view, but
  // this function can no longer tell they are there.
  for (const Expr *Arg : C->arguments()) {
    QualType T = Arg->IgnoreParenImpCasts()->getType();
    if (T->isPointerType() && T->getPointeeType()->isRecordType()) {
      leaveKept(St);
      break;
    }
  }
  for (const Expr *Arg : C->arguments()) {
    if (auto P = accessPathOf(Arg)) {
      escapeItem(P->key(), St, C, "passed to '" + llvm::Twine(Name) + "'");
      // A local pool handed to code we cannot see is its to free.
      if (P->isLocal())
        if (auto It = St.Pools.find(P->key()); It != St.Pools.end())
          It->second.Bits |= PUnknown;
    }
    if (auto P = pointeePathOf(Arg)) {
      escapeItem(P->key(), St, C, "passed to '" + llvm::Twine(Name) + "'");
      auto It = St.Pools.find(P->key());
      if (It != St.Pools.end())
        It->second.Bits = PUnknown;
    }
  }
}

// ---------------------------------------------------------------------------
// Assignments and returns.

/// Is E a failure status: a constant with the severity bits set, as
/// NT_SUCCESS reads it? NDIS_STATUS_PENDING and other informational codes
/// are not. (What cannot be a constant needs no evaluation.)
bool isFailureStatus(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (!E || E->isValueDependent() || !mayBeConstant(E) ||
      !E->EvaluateAsInt(Result, Ctx))
    return false;
  return (Result.Val.getInt().getZExtValue() & 0xC0000000u) == 0xC0000000u;
}

void FunctionFlow::storeStatus(const Expr *LHS, const VarDecl *Var,
                               const Expr *RHS, State &St) {
  QualType T = LHS ? LHS->getType() : Var->getType();
  if (T.isNull() || !T->isIntegerType())
    return;
  bool Fails = isFailureStatus(RHS, Ctx);
  if (!Fails && St.Failed.empty())
    return;
  llvm::StringRef Key;
  if (LHS) {
    Key = keyOf(LHS);
  } else {
    AccessPath P;
    P.Root = Var->getCanonicalDecl();
    Key = intern(P.key());
  }
  if (Key.empty())
    return;
  if (Fails)
    St.Failed.emplaceInterned(Key, 1);
  else
    St.Failed.erase(Key);
}

void FunctionFlow::handleAssign(const Expr *LHS, const Expr *RHS,
                                std::optional<AccessPath> L, State &St) {
  const Expr *R = stripCasts(RHS);
  // `({ ...; P; })` is the value of its last expression.
  while (const auto *SE = dyn_cast_or_null<StmtExpr>(R)) {
    const CompoundStmt *Body = SE->getSubStmt();
    const auto *Last = Body && !Body->body_empty()
                           ? dyn_cast<Expr>(Body->body_back())
                           : nullptr;
    R = Last ? stripCasts(Last) : nullptr;
  }
  if (!R)
    return;
  // Handles and items returned by an allocating DDI.
  if (const auto *Call = dyn_cast<CallExpr>(R))
    if (const DdiRule *Rule = F.ruleOf(Call)) {
      bool Handled = false;
      for (const Effect &E : Rule->Effects) {
        if (E.Kind == EffectKind::AllocatePool && E.Out < 0 && L) {
          allocatePool(*L, Call, E, LHS, St);
          Handled = true;
        }
        if (E.Kind == EffectKind::AllocateItem && E.Out < 0 && L) {
          newItem(*L, argOf(Call, E.Arg), Call, E, LHS, St);
          Handled = true;
        }
      }
      if (Handled)
        return;
    }
  // A handle a helper returns, new from its pool allocation.
  if (const auto *Call = dyn_cast<CallExpr>(R); Call && L)
    if (const FunctionSummary *CS = calleeSummary(Call);
        CS && CS->ReturnsPool != ObjKind::None) {
      Effect E;
      E.Kind = EffectKind::AllocatePool;
      E.Pool = CS->ReturnsPool;
      allocatePool(*L, Call, E, LHS, St, &CS->ReturnSite);
      return;
    }
  auto RP = accessPathOf(R);
  bool LLocal = L && L->isLocal() && L->Fields.empty();
  llvm::SmallString<64> LK, RK;
  if (L)
    LK = L->key();
  if (RP)
    RK = RP->key();
  // A pool stored where we cannot follow (`*OutPool = Pool;`) is handed
  // on: whoever holds it now frees it.
  if (!L && RP)
    if (auto It = St.Pools.find(RK); It != St.Pools.end())
      It->second.Bits = PUnknown;
  if (L) {
    St.CopyOf.erase(LK);
    St.SlotCopy.erase(LK);
    if (LLocal && RP && R->getType()->isPointerType())
      if (auto Slot = slotKeyOf(R))
        St.SlotCopy[LK] = intern(*Slot);
    if (LLocal && RP && RP->Kind != AccessPath::Constant) {
      llvm::StringRef Source = RK;
      if (auto It = St.CopyOf.find(Source); It != St.CopyOf.end())
        Source = It->second;
      if (isSharedPath(Source))
        St.CopyOf[LK] = intern(Source);
    }
  }
  if (RP) {
    if (auto It = St.Pools.find(RK); It != St.Pools.end() && L) {
      PoolVal Copy = It->second;
      if (Copy.Group.empty())
        Copy.Group = It->second.Group = intern(RK);
      Copy.Base = baseVar(LHS);
      St.Pools[LK] = Copy;
    } else if (L && St.Pools.count(LK)) {
      St.Pools[LK].Bits = PUnknown;
    }
    if (auto It = St.Items.find(RK); It != St.Items.end()) {
      // A copy of what a slot keeps: it stays kept there (SlotCopy names
      // the slot a free through the copy frees).
      if (isSharedPath(RK) && !It->second.Slot.empty())
        return;
      if (L && LLocal) {
        ItemVal Copy = It->second;
        It->second.Bits = IGone; // ownership moves to the copy
        parkKept(LK, St);
        St.Items[LK] = Copy;
        llvm::StringRef NewKey = St.Items.find(LK)->first;
        forContained(RK, St, [&](llvm::StringRef K) {
          St.Items.find(K)->second.Inside = NewKey;
        });
      } else {
        const Stmt *Where = LHS ? (const Stmt *)LHS : (const Stmt *)RHS;
        llvm::StringRef Ctr = containerOf(LHS, St);
        if (!Ctr.empty() && chainItem(RK, Ctr, St))
          ; // `Packet->Private.Head = Buffer;`
        else if (L) {
          std::optional<std::string> Slot = slotKeyOf(LHS);
          storeItem(RK, St, Where, "stored in '" + display(LHS) + "'",
                    Slot ? intern(*Slot) : llvm::StringRef());
        }
        else
          escapeItem(RK, St, Where, "stored");
      }
      return;
    }
  } else if (L) {
    bool Null = isNullConstant(R, Ctx);
    if (auto It = St.Pools.find(LK); It != St.Pools.end())
      It->second.Bits = Null ? PNull : PUnknown;
  }
  // A store through a non-constant index is a weak update of the
  // collection: the other slots keep what they hold.
  if (L && !namesCollection(LK))
    if (auto It = St.Items.find(LK); It != St.Items.end()) {
      parkKept(LK, St);
      It = St.Items.find(LK);
      It->second.Bits = isNullConstant(R, Ctx) ? INull : IGone;
      dropContained(LK, St);
    }
}

void FunctionFlow::checkLeaksAtExit(const State &St, SourceLocation Loc,
                                    bool ErrorReturn) {
  // A pool that is live on every path here and was allocated in this
  // function: a local is lost at any return; a field or global only at an
  // error return of a setup callback, which nobody else will clean up.
  // A failed initialize, bind or attach is the end: nothing undoes it. (A
  // failed restart is still followed by halt or detach.)
  bool Setup = false;
  for (const RoleEvidence &R : F.Roles)
    Setup |= R.Role->Stage == Phase::Setup && !R.Role->UndoneBy.empty();
  // At an error return, live on one path is enough: a path where it was
  // not yet allocated, or its allocation failed, does not hide the one
  // where it was; a path that may free it (a helper's may-free) or handed
  // it to code we cannot see does.
  uint8_t Hiding = ErrorReturn ? (PFreed | PUnknown) : ~(PLive | PMaybeNull);
  for (const auto &[K, V] : St.Pools) {
    if (!V.Alloc || !(V.Bits & (PLive | PMaybeNull)) || (V.Bits & Hiding))
      continue;
    bool Local = K.contains('@');
    if (!Local && !(Setup && ErrorReturn))
      continue;
    if (Local && !V.Group.empty()) {
      bool Stored = false;
      for (const auto &[K2, V2] : St.Pools)
        Stored |= V2.Group == V.Group && !K2.contains('@');
      if (Stored)
        continue; // the handle lives on in a field or global
    }
    FlowEvent E;
    E.K = FlowEvent::ReturnLeak;
    E.Related.Calls = {V.Alloc};
    E.ReturnLoc = Loc;
    E.ErrorReturn = ErrorReturn;
    E.Display = text(V.Display).str();
    emit(std::move(E));
  }
}

void FunctionFlow::handleReturn(const ReturnStmt *R, State &St) {
  bool ErrorReturn = false;
  if (const Expr *V = R->getRetValue()) {
    if (auto P = accessPathOf(V)) {
      escapeItem(P->key(), St, R, "returned");
      if (auto It = St.Pools.find(P->key()); It != St.Pools.end())
        It->second.Bits = PUnknown;
    }
    // An error is a failure status: a constant, or a status that holds
    // one on every path here.
    ErrorReturn = isFailureStatus(V, Ctx);
    if (!ErrorReturn && V->getType()->isIntegerType())
      if (llvm::StringRef Key = keyOf(V); !Key.empty())
        ErrorReturn = St.Failed.count(Key) != 0;
  }
  if (Reporting)
    checkLeaksAtExit(St, R->getBeginLoc(), ErrorReturn);
  // A field freed on every path here and not cleared: if the caller goes
  // on after this error, the handle dangles.
  if (Reporting && ErrorReturn)
    for (const auto &[K, V] : St.Pools)
      if (V.Bits == PFreed && V.Free && isSharedKey(K))
        Sum.FreedOnError.emplace(Summaries.keep(K), *V.Free);
}

// ---------------------------------------------------------------------------
// Branches.

void FunctionFlow::collectZeroTest(const Expr *X, bool IsZero,
                                   llvm::SmallVectorImpl<BranchTest> &Out) {
  X = stripCasts(X);
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(X))
    if (B->getOpcode() == BO_Assign)
      X = stripCasts(B->getLHS());
  // `P ?: NULL` is zero exactly when P is.
  if (const auto *C = dyn_cast_or_null<BinaryConditionalOperator>(X))
    if (isNullConstant(C->getFalseExpr(), Ctx))
      X = stripCasts(C->getCommon());
  if (llvm::StringRef Key = keyOf(X); !Key.empty())
    Out.push_back({false, Key, IsZero});
}

llvm::StringRef FunctionFlow::keyOf(const Expr *E) {
  auto [It, New] = Keys.try_emplace(E);
  if (New)
    if (auto P = accessPathOf(E))
      It->second = intern(P->key());
  return It->second;
}

void FunctionFlow::collectTests(const Expr *Cond, bool Branch, int Depth,
                                llvm::SmallVectorImpl<BranchTest> &Out) {
  auto Leaf = [&](const Expr *Part, bool PartBranch) {
    const auto *B = dyn_cast<BinaryOperator>(Part);
    if (!B) {
      collectZeroTest(Part, !PartBranch, Out);
      return;
    }
    switch (B->getOpcode()) {
    case BO_EQ:
    case BO_NE: {
      bool Eq = (B->getOpcode() == BO_EQ) == PartBranch;
      const Expr *X = isNullConstant(B->getRHS(), Ctx)   ? B->getLHS()
                      : isNullConstant(B->getLHS(), Ctx) ? B->getRHS()
                                                         : nullptr;
      if (!X)
        return;
      collectZeroTest(X, Eq, Out);
      if (X->getType()->isIntegerType())
        if (llvm::StringRef Key = keyOf(X); !Key.empty())
          Out.push_back({false, Key, !Eq, true});
      return;
    }
    case BO_GE: // NT_SUCCESS(Status): Status >= 0
    case BO_LT:
      if (isNullConstant(B->getRHS(), Ctx))
        if (llvm::StringRef Key = keyOf(B->getLHS()); !Key.empty()) {
          bool Succeeded = (B->getOpcode() == BO_GE) == PartBranch;
          Out.push_back({true, Key, Succeeded});
          Out.push_back({false, Key, !Succeeded, true});
        }
      return;
    case BO_Assign:
      collectZeroTest(B->getLHS(), !PartBranch, Out);
      return;
    case BO_Comma:
      collectTests(B->getRHS(), PartBranch, Depth + 1, Out);
      return;
    default:
      return;
    }
  };
  forEachDecidedPart(Cond, Branch, Leaf, Depth);
}

llvm::ArrayRef<FunctionFlow::BranchTest>
FunctionFlow::testsFor(const Expr *Cond, bool Branch) {
  auto [It, New] = Tests.try_emplace({Cond, unsigned(Branch)});
  if (New)
    collectTests(Cond, Branch, 0, It->second);
  return It->second;
}

bool FunctionFlow::decides(const State &St, const Expr *Cond, bool Branch) {
  llvm::ArrayRef<BranchTest> Tests = testsFor(Cond, Branch);
  return skips(St, Cond, Branch) || changesFailed(St, Tests) ||
         (!St.tracksNothing() && tracksAny(St, Tests));
}

bool FunctionFlow::changesFailed(const State &St,
                                 llvm::ArrayRef<BranchTest> Tests) {
  for (const BranchTest &T : Tests)
    if (T.Failure && T.Value != (St.Failed.count(T.Key) != 0))
      return true;
  return false;
}

bool FunctionFlow::tracksAny(const State &St,
                             llvm::ArrayRef<BranchTest> Tests) const {
  for (const BranchTest &T : Tests)
    if (!T.Failure &&
        (St.StatusOf.count(T.Key) ||
         (!T.Status && (St.Pools.count(T.Key) || St.Items.count(T.Key)))))
      return true;
  return false;
}

void FunctionFlow::refine(State &St, const Expr *Cond, bool Branch) {
  markSkip(St, Cond, Branch);
  applyTests(St, testsFor(Cond, Branch), false);
}

void FunctionFlow::applyTests(State &St, llvm::ArrayRef<BranchTest> Tests,
                              bool Negate) {
  auto RefineOne = [&](uint8_t &Bits, bool Null) {
    if (Null) {
      if (Bits & (PMaybeNull | PNull | PLive | PUnknown | PAbsent))
        Bits = PNull;
    } else if (Bits & (PMaybeNull | PNull)) {
      Bits = (Bits & ~(PMaybeNull | PNull)) | PLive;
    }
  };
  // A failed status: nothing was allocated (the item is not outstanding on
  // this branch); a successful one: it was.
  auto RefineItemByStatus = [&](llvm::StringRef Key, bool Failed) {
    auto It = St.Items.find(Key);
    if (It == St.Items.end())
      return;
    uint8_t &Bits = It->second.Bits;
    if (Failed && (Bits & (IOwned | INull)))
      Bits = INull | otherSlots(Bits);
    else if (!Failed && (Bits & INull))
      Bits = (Bits & ~INull) ? (Bits & ~INull) : IOwned;
  };
  auto RefinePool = [&](llvm::StringRef Key, bool Null) {
    auto It = St.Pools.find(Key);
    if (It == St.Pools.end())
      return;
    llvm::StringRef Group = It->second.Group;
    RefineOne(It->second.Bits, Null);
    if (!Group.empty())
      for (auto &[K, V] : St.Pools)
        if (V.Group == Group && K != Key)
          RefineOne(V.Bits, Null);
  };
  for (const BranchTest &Test : Tests) {
    BranchTest T = Test;
    T.Value ^= Negate;
    if (T.Failure) {
      if (T.Value)
        St.Failed.emplaceInterned(T.Key, 1);
      else
        St.Failed.erase(T.Key);
      continue;
    }
    if (T.Status) {
      if (auto It = St.StatusOf.find(T.Key); It != St.StatusOf.end()) {
        auto PIt = St.Pools.find(It->second);
        if (PIt != St.Pools.end() &&
            (PIt->second.Bits & (PMaybeNull | PNull)))
          PIt->second.Bits = T.Value ? PLive : PNull;
        RefineItemByStatus(It->second, !T.Value);
      }
      continue;
    }
    bool IsZero = T.Value;
    RefinePool(T.Key, IsZero);
    if (auto It = St.Items.find(T.Key); It != St.Items.end()) {
      uint8_t &Bits = It->second.Bits;
      if (IsZero)
        Bits = INull | otherSlots(Bits);
      else if (Bits & INull)
        Bits = (Bits & ~INull) ? (Bits & ~INull) : IOwned;
    }
    // NDIS_STATUS_SUCCESS is 0: a zero status means the pool (or item)
    // was allocated.
    if (auto It = St.StatusOf.find(T.Key); It != St.StatusOf.end()) {
      RefinePool(It->second, !IsZero);
      RefineItemByStatus(It->second, !IsZero);
    }
  }
}

// ---------------------------------------------------------------------------
// The walk.

/// An integer, float or enum stored from another (casts aside): no handle
/// or buffer moves, so the flow has nothing to do. (Most of a driver's
/// assignments are counters, lengths, flags and statuses.)
static bool movesNoHandle(QualType To, const Expr *From) {
  From = stripCasts(From);
  return !To.isNull() && To->isArithmeticType() && From &&
         From->getType()->isArithmeticType();
}

void FunctionFlow::visit(const Stmt *S, State &St, const Stmt *Parent) {
  if (const auto *C = dyn_cast<CallExpr>(S)) {
    handleCall(C, St);
  } else if (const auto *B = dyn_cast<BinaryOperator>(S)) {
    // `Status = ...;`: the status speaks for no allocation any more.
    if (B->isAssignmentOp() && !St.StatusOf.empty())
      if (llvm::StringRef K = keyOf(B->getLHS()); !K.empty())
        St.StatusOf.erase(K);
    if (B->isAssignmentOp())
      storeStatus(B->getLHS(), nullptr,
                  B->getOpcode() == BO_Assign ? B->getRHS() : nullptr, St);
    if (B->getOpcode() == BO_Assign &&
        !movesNoHandle(B->getLHS()->getType(), B->getRHS()))
      handleAssign(B->getLHS(), B->getRHS(), accessPathOf(B->getLHS()), St);
  } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (const Expr *Init = V->getInit()) {
          storeStatus(nullptr, V, Init, St);
          if (movesNoHandle(V->getType(), Init))
            continue;
          AccessPath L;
          L.Root = V->getCanonicalDecl();
          DeclName = V->getName();
          handleAssign(nullptr, Init, L, St);
          DeclName = StringRef();
        }
  } else if (const auto *R = dyn_cast<ReturnStmt>(S)) {
    handleReturn(R, St);
  } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
    // &Item or &Item->Link outside a DDI's out-parameter: the item is
    // being linked somewhere we do not follow.
    if (U->getOpcode() == UO_AddrOf) {
      const Expr *Sub = stripCasts(U->getSubExpr());
      while (const auto *M = dyn_cast_or_null<MemberExpr>(Sub))
        Sub = stripCasts(M->getBase());
      if (auto P = accessPathOf(Sub))
        if (St.Items.count(P->key())) {
          // A call's own argument is the call's business (handleCall);
          // anything else taking the item's address links it somewhere.
          if (!isa_and_nonnull<CallExpr>(Parent))
            escapeItem(P->key(), St, U, "linked into a list");
        }
    }
  }
}

void FunctionFlow::walk(const Stmt *S, State &St) {
  auto Visit = [&](const Stmt *At, const Stmt *Parent) {
    visit(At, St, Parent);
  };
  walkElement(S, Elements, Visit);
}

void FunctionFlow::exec(const Stmt *S, State &St, State &AtExit) {
  if (!S)
    return;
  switch (S->getStmtClass()) {
  case Stmt::CompoundStmtClass:
    for (const Stmt *Child : cast<CompoundStmt>(S)->body())
      exec(Child, St, AtExit);
    return;
  case Stmt::IfStmtClass: {
    // Unreached code is still entered: a label inside may be a goto's.
    const auto *If = cast<IfStmt>(S);
    State Else;
    execCondition(If->getCond(), St, Else);
    exec(If->getThen(), St, AtExit);
    exec(If->getElse(), Else, AtExit);
    St.join(Else);
    return;
  }
  case Stmt::ReturnStmtClass:
    if (St.Reached)
      walk(S, St);
    AtExit.join(St);
    St.Reached = false;
    return;
  case Stmt::GotoStmtClass:
    Pending[cast<GotoStmt>(S)->getLabel()].join(St);
    St.Reached = false;
    return;
  case Stmt::LabelStmtClass: {
    const auto *L = cast<LabelStmt>(S);
    auto It = Pending.find(L->getDecl());
    if (It != Pending.end())
      St.join(It->second);
    exec(L->getSubStmt(), St, AtExit);
    return;
  }
  default:
    if (St.Reached)
      walk(S, St);
  }
}

void FunctionFlow::execCondition(const Expr *Cond, State &St,
                                 State &False) {
  auto Test = [this](const Expr *Plain, State &True, State &False) {
    execTest(Plain, True, False);
  };
  splitCondition(Cond, St, False, Test);
}

void FunctionFlow::execTest(const Expr *Cond, State &St, State &False) {
  const Expr *E = Cond->IgnoreParenImpCasts();
  // A plain test: evaluate it, then split the state as its CFG block's two
  // edges would (a constant rules one out).
  // (Its `&&`, `||`, `!` and commas are gone, so its false branch tests
  // the same paths as its true branch, negated: one set of tests serves.)
  if (St.Reached)
    walk(Cond, St);
  False = St;
  std::optional<bool> Constant = constantCondition(Cond, Ctx);
  if (Constant) {
    (*Constant ? False : St).Reached = false;
    return;
  }
  if (!St.Reached)
    return;
  markSkip(St, Cond, true);
  markSkip(False, Cond, false);
  const auto *Nested = dyn_cast<BinaryOperator>(E);
  if (Nested && (Nested->isLogicalOp() || Nested->isCommaOp())) {
    // Nested too deep to split: each branch decides on its own.
    if (decides(St, Cond, true))
      refine(St, Cond, true);
    if (decides(False, Cond, false))
      refine(False, Cond, false);
    return;
  }
  // (Along the syntax each condition is met once: nothing to cache.)
  llvm::SmallVector<BranchTest, 2> Tests;
  collectTests(Cond, true, 0, Tests);
  bool TestsFailure = llvm::any_of(
      Tests, [](const BranchTest &T) { return T.Failure; });
  if (!TestsFailure && (St.tracksNothing() || !tracksAny(St, Tests)))
    return;
  applyTests(St, Tests, false);
  applyTests(False, Tests, true);
}

void FunctionFlow::transferBlock(const CFGBlock &B, State &St) {
  for (const CFGElement &E : B)
    if (auto S = E.getAs<CFGStmt>())
      walk(S->getStmt(), St);
}

/// Does the function do anything the flow follows: a pool, item or wait
/// DDI, or a call to a function whose summary says it does?
static bool worthAnalysing(const FunctionInfo &F, const SummaryMap &Sums,
                           const DriverIndex *Imports) {
  for (const CallExpr *C : F.OtherFileCalls)
    if (const UnitSummary::Function *Other = importedCallee(C, Imports))
      if (!Other->Pools.empty())
        return true;
  for (const DdiCall &C : F.Ddis)
    for (const Effect &E : C.Rule->Effects)
      switch (E.Kind) {
      case EffectKind::AllocatePool:
      case EffectKind::FreePool:
      case EffectKind::AllocateItem:
      case EffectKind::FreeItem:
      case EffectKind::HandToNdis:
      case EffectKind::Wait:
        return true;
      default:
        break;
      }
  for (const CallSite &C : F.Calls) {
    auto It = Sums.find(C.Callee);
    if (It == Sums.end())
      continue;
    if (!It->second.empty())
      return true;
  }
  return false;
}

void FunctionFlow::recordMustFree(const State &AtExit) {
  recordStoredAtExit(AtExit);
  // A wait on every path to the exit; frees all after a wait.
  Sum.Waits = AtExit.Reached && AtExit.Waited && !Sum.WaitSite.Calls.empty();
  if (!Sum.Waits) {
    // A wait on some path only: perhaps on every path where a parameter
    // says so.
    bool WaitedSomewhere = !Sum.WaitSite.Calls.empty();
    Sum.WaitSite = ChainedSite();
    if (WaitedSomewhere)
      recordConditionalWait();
  }
  for (const auto &[K, Site] : Sum.MayFreePools)
    if (!Unwaited.count(K))
      Sum.FreedAfterWait.insert(K.str());
  // What is freed on every path to the exit.
  for (const auto &[K, V] : AtExit.Pools) {
    if (V.Bits != PFreed || !V.Free || !V.Free->ddi())
      continue;
    std::string Key = K.str();
    // Parameters are stored by their key; turn them back into "%N".
    for (const ParmVarDecl *P : Fn->parameters()) {
      AccessPath AP;
      AP.Root = P->getCanonicalDecl();
      if (AP.key() == K)
        Key = "%" + std::to_string(P->getFunctionScopeIndex());
    }
    if (Key.find('@') == std::string::npos)
      Sum.MustFreePools.emplace(Summaries.keep(Key), *V.Free);
  }
}

// Each FunctionFlow runs once, so its summary moves out.
FunctionSummary FunctionFlow::run() {
  InternerScope Scope(Strings);
  findDrainSkips();
  if (!F.Branches || F.structured()) {
    // Blocks, if/else, returns and forward gotos (most setup and cleanup
    // code): one pass along the syntax, reporting as we go, is the CFG's
    // one pass without the CFG.
    Reporting = true;
    State St, AtExit;
    St.Reached = true;
    exec(Fn->getBody(), St, AtExit);
    if (St.Reached) // falling off the end
      checkLeaksAtExit(St, Fn->getBody()->getEndLoc(), false);
    AtExit.join(St);
    recordMustFree(AtExit);
    return std::move(Sum);
  }
  CfgOrder CO = CfgOrder::build(Fn, Ctx);
  if (!CO.Cfg)
    return std::move(Sum); // code the CFG cannot model: say nothing about it
  Elements = std::move(CO.Elements);
  std::unique_ptr<CFG> &Cfg = CO.Cfg;
  const std::vector<const CFGBlock *> &Order = CO.Order;

  std::vector<State> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()].Reached = true;

  auto Refine = [&](State &St, const Expr *Cond, bool Branch) {
    refine(St, Cond, Branch);
  };
  auto Decides = [&](const State &St, const Expr *Cond, bool Branch) {
    return decides(St, Cond, Branch);
  };
  auto Transfer = [&](const CFGBlock &B, State &St) { transferBlock(B, St); };

  // Without a back edge (no loop: most driver functions, goto-cleanup
  // included) one pass in reverse post-order reaches every block after all
  // its predecessors, so it is both the fixed point and the reporting pass.
  bool Acyclic = CO.Acyclic;

  if (!Acyclic && !fixedPoint(CO, In, Transfer, Refine, Decides))
    return FunctionSummary();

  // Reporting pass over the fixed states (for an acyclic CFG, the only one).
  Reporting = true;
  const CFGBlock &Exit = Cfg->getExit();
  for (const CFGBlock *B : Order) {
    if (!In[B->getBlockID()].Reached)
      continue;
    // An acyclic CFG's blocks are visited once: the in-state can move
    // (but for the exit's, which the summary reads below).
    State Out = Acyclic && B != &Exit ? std::move(In[B->getBlockID()])
                                      : In[B->getBlockID()];
    transferBlock(*B, Out);
    if (Acyclic)
      propagate(CO, *B, Out, In, Refine, nullptr, Decides);
    // Falling off the end of the function.
    bool EndsInReturn = false;
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>())
        EndsInReturn = isa<ReturnStmt>(S->getStmt());
    // (along the edge: `if (Pool != NULL) Free(Pool);` at the end leaves
    // nothing allocated on its false edge)
    const Expr *Cond = branchCondition(*B);
    for (unsigned I = 0; I < B->succ_size(); ++I) {
      if (CO.succ(*B, I) != &Exit || EndsInReturn || B == &Exit)
        continue;
      State Scratch;
      checkLeaksAtExit(alongEdge(Out, Cond, I == 0, Refine, Decides, Scratch),
                       Fn->getBody()->getEndLoc(), false);
    }
  }
  recordMustFree(In[Exit.getBlockID()]);
  return std::move(Sum);
}

} // namespace handleflow

FunctionSummary HandleFlow::analyze(const FunctionInfo &F,
                                    std::vector<FlowEvent> &Events) {
  // Most functions touch no pool: no FunctionFlow (its maps) for them.
  if (!handleflow::worthAnalysing(F, Summaries, Imports))
    return FunctionSummary();
  return handleflow::FunctionFlow(Ctx, Rules, Summaries, Imports, Drains,
                                  Lending, F, Events, Displays, DisplaySaver)
      .run();
}

} // namespace ndis
