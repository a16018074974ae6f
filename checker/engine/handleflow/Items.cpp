//===--- Items.cpp - Items allocated, handed, stored, chained -------------===//
//
// An item's transfer functions (HandleFlow.h, "Item"): allocated from a
// pool, handed to NDIS, stored where the driver keeps it, chained into
// another item and unchained from it, or escaping out of view.
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"

using namespace clang;

namespace ndis {
namespace handleflow {

void FunctionFlow::newItem(const AccessPath &I, const Expr *Pool,
                           const CallExpr *C, const Effect &E,
                           const Expr *Target, State &St) {
  auto PP = Pool ? handlePathOf(Pool) : std::nullopt;
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
      !exportedPool(V.Pool).empty()) {
    addEscaping(escapingOf(V, Where, How.str()));
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
      !exportedPool(V.Pool).empty()) {
    EscapingItem X = escapingOf(V, Where, ("handed to NDIS by " + By).str());
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

} // namespace handleflow
} // namespace ndis
