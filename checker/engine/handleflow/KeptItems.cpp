//===--- KeptItems.cpp - Items kept in a slot, and slots freed ------------===//
//
// Items the driver keeps in a field, an array element or a ring (HandleFlow.h,
// "Slots"), followed by the slot's key (AccessPath.h, slotKeyOf): a free
// through a slot frees what it keeps; a free of a pool records which slots
// were freed first (FunctionSummary::ItemsFreedBefore), and items still kept
// at the exit are recorded as kept (FreesItemsAt is judged by Lifecycle.h).
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"

using namespace clang;

namespace ndis {
namespace handleflow {

void FunctionFlow::recordStoredAtExit(const State &AtExit) {
  if (!Reporting)
    return;
  for (const auto &[K, V] : AtExit.Items) {
    if (!(V.Bits & (IStored | IMany)) || !V.Alloc || !V.Stored ||
        exportedPool(V.Pool).empty())
      continue;
    EscapingItem X = escapingOf(V, V.Stored, V.StoredHow.str());
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

} // namespace handleflow
} // namespace ndis
