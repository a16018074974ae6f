//===--- Pools.cpp - Pool handles allocated, freed, used ------------------===//
//
// A pool handle's transfer functions, for a DDI's effect (DdiEffects.cpp)
// and a callee's summary (CalleeSummaries.cpp) alike: an allocation, a free
// (with what it finds outstanding), an allocation from the pool (with what
// its state says of it).
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"

using namespace clang;

namespace ndis {
namespace handleflow {

llvm::StringRef FunctionFlow::exportedPool(llvm::StringRef Key) const {
  if (isSharedPath(Key))
    return Key;
  if (!isOutParamKey(Key))
    return llvm::StringRef();
  for (const ParmVarDecl *Parm : F.Fn->parameters()) {
    if (pointeeOfParam(Parm).key() == Key)
      return intern("%" + std::to_string(Parm->getFunctionScopeIndex()) + "*");
  }
  return llvm::StringRef();
}

// (FlowState.h)
llvm::StringRef baseVar(const Expr *E) {
  E = E ? stripCasts(E) : nullptr;
  const auto *M = dyn_cast_or_null<MemberExpr>(E);
  if (!M)
    return llvm::StringRef();
  if (auto P = accessPathOf(M->getBase()))
    return intern(P->key());
  return llvm::StringRef();
}

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

} // namespace handleflow
} // namespace ndis
