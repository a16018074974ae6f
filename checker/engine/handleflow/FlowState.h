//===--- FlowState.h - A function's pool and item state -------------------===//
//
// The state the pool/item flow carries through one function (HandleFlow.h
// draws its machines): the bits of each pool handle (PoolVal) and item
// (ItemVal) by access path, the statuses, copies, slots and waits beside
// them, and the join. The join runs at every CFG edge and every if/else and
// label along the syntax: it stays inline here, with the few one-line
// helpers every part of the flow asks.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_HANDLEFLOW_FLOWSTATE_H
#define NDIS_TIDY_ENGINE_HANDLEFLOW_FLOWSTATE_H

#include "../AccessPath.h"
#include "../FlatMap.h"
#include "../Summaries.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace ndis {
namespace handleflow {

using clang::CallExpr;
using clang::Expr;
using clang::FunctionDecl;
using clang::Stmt;

/// A field or global path: one every function of the translation unit
/// names the same way (locals and parameters carry an '@').
inline bool isSharedPath(llvm::StringRef Key) {
  return !Key.empty() && Key[0] != '%' && !Key.contains('@');
}

enum PoolBits : uint8_t {
  PMaybeNull = 1,
  PNull = 2,
  PLive = 4,
  PFreed = 8,
  PUnknown = 16,
  /// Not tracked on some path joined here (not yet allocated there): the
  /// handle is whatever it was, as PUnknown, but no escape hides a leak.
  PAbsent = 32,
};

enum ItemBits : uint8_t {
  INull = 1,
  IOwned = 2,
  IHanded = 4,
  IFreed = 8,
  IGone = 16,
  /// Stored in a field or global, still ours to hand on: what happens to it
  /// next on the path decides (handed to NDIS, or kept at the exit).
  IStored = 32,
  /// Kept in other slots of the collection this entry names (an item
  /// allocated into `Adapter->RxNbls[i]` while earlier ones are there):
  /// a test or a hand-off of this slot leaves them where they are.
  IMany = 64,
};

/// What of Bits a test or hand-off of one slot of a collection leaves: the
/// items the other slots keep (a weak update).
inline uint8_t otherSlots(uint8_t Bits) {
  return (Bits & IMany) ? (Bits & (IStored | IMany)) : 0;
}

/// A pool as written: an expression whose source text is read only if a
/// report shows it (reading it is most of a free's cost: the source is
/// cold by the time the flow runs), or a text at hand.
struct Shown {
  const Expr *E = nullptr;
  llvm::StringRef Text; ///< display()'s or interned: outlives the function
  bool empty() const { return !E && Text.empty(); }
};

struct PoolVal {
  uint8_t Bits = 0;
  const CallExpr *Alloc = nullptr;
  const ChainedSite *Free = nullptr; ///< in FunctionFlow::Chains
  Shown Display;
  /// Copies of one allocation share a group (its first key), so a check on
  /// any of them refines all: `Pool = Alloc(); A->Pool = Pool; if (!Pool)`.
  llvm::StringRef Group;
  /// The variable the handle was reached through (`Primary` in
  /// Primary->Pool): two different ones may be two different objects.
  llvm::StringRef Base;

  void mergeSites(const PoolVal &O) {
    if (!Alloc)
      Alloc = O.Alloc;
    if (!Free)
      Free = O.Free;
    if (Display.empty())
      Display = O.Display;
    if (compareKeys(Group, O.Group))
      Group = llvm::StringRef(); // copies of different allocations
    if (compareKeys(Base, O.Base))
      Base = llvm::StringRef();
  }
};

struct ItemVal {
  uint8_t Bits = 0;
  llvm::StringRef Pool; ///< the pool's path key
  ObjKind Kind = ObjKind::None;
  const CallExpr *Alloc = nullptr;
  const Stmt *Handed = nullptr;
  llvm::StringRef HandedBy;
  llvm::StringRef Display;
  llvm::StringRef PoolBase; ///< see PoolVal::Base
  const Stmt *Stored = nullptr; ///< where it was stored (IStored)
  llvm::StringRef StoredHow;
  /// The slot it is kept in (AccessPath.h, slotKeyOf), when stored in a
  /// field, an array element or a ring that outlives the function.
  llvm::StringRef Slot;
  /// The item it is inside (a buffer chained into a packet, a NET_BUFFER
  /// put into a NET_BUFFER_LIST), if any: it goes where that item goes.
  llvm::StringRef Inside;

  void mergeSites(const ItemVal &O) {
    if (Inside.empty())
      Inside = O.Inside;
    if (!Handed) {
      Handed = O.Handed;
      HandedBy = O.HandedBy;
    }
    if (!Stored) {
      Stored = O.Stored;
      StoredHow = O.StoredHow;
    }
    if (Slot.empty())
      Slot = O.Slot;
    if (!Alloc)
      Alloc = O.Alloc;
  }
};

struct State {
  bool Reached = false;
  FlatMap<PoolVal, 10> Pools;
  FlatMap<ItemVal> Items;
  FlatMap<llvm::StringRef> StatusOf; ///< status path -> pool or item path
  /// A local holding a copy of a field or global: `Pool = Adapter->Pool;`.
  FlatMap<llvm::StringRef> CopyOf;
  /// Statuses that hold a failure on every path here: a failure constant
  /// stored, or a test that said so (`if (Status != NDIS_STATUS_SUCCESS)`).
  FlatMap<char> Failed;
  /// Every path here passed a wait that may drain the outstanding items
  /// (DrainEvidence.h): a must-bit, intersected at joins.
  bool Waited = false;
  /// Slots whose items were freed on some path here (may: united at joins),
  /// and kinds of items freed from where the flow cannot tell (bit 1 << K).
  FlatMap<char> Released;
  uint8_t ReleasedKinds = 0;
  /// A local holding what a slot holds: `Nbl = Adapter->RxNbls[i];`.
  FlatMap<llvm::StringRef> SlotCopy;

  /// No path tracked at all: no branch can narrow anything.
  bool tracksNothing() const {
    return Pools.empty() && Items.empty() && StatusOf.empty();
  }

  /// Joins Other into this; returns whether anything changed.
  bool join(const State &Other) {
    if (!Other.Reached)
      return false;
    if (!Reached) {
      *this = Other;
      return true;
    }
    bool Changed = false;
    Changed |= joinMap(Pools, Other.Pools, PAbsent);
    Changed |= joinMap(Items, Other.Items, IGone);
    for (const auto &[K, V] : Other.StatusOf)
      Changed |= StatusOf.emplaceInterned(K, V).second;
    // A copy is known only where every path agrees on it; so is a failure.
    Changed |= CopyOf.keepCommon(Other.CopyOf);
    Changed |= Failed.keepCommon(Other.Failed);
    if (Waited && !Other.Waited) {
      Waited = false;
      Changed = true;
    }
    for (const auto &[K, V] : Other.Released)
      Changed |= Released.emplaceInterned(K, V).second;
    if ((ReleasedKinds | Other.ReleasedKinds) != ReleasedKinds) {
      ReleasedKinds |= Other.ReleasedKinds;
      Changed = true;
    }
    Changed |= SlotCopy.keepCommon(Other.SlotCopy);
    return Changed;
  }

private:

  /// Both maps are sorted by key: one merge, not a search per key.
  template <typename V, unsigned N>
  static bool joinMap(FlatMap<V, N> &Mine, const FlatMap<V, N> &Theirs,
                      uint8_t AbsentBits) {
    bool Changed = false;
    llvm::SmallVector<std::pair<llvm::StringRef, V>, 4> Missing;
    auto MI = Mine.begin(), ME = Mine.end();
    auto TI = Theirs.begin(), TE = Theirs.end();
    while (MI != ME || TI != TE) {
      int Cmp = MI == ME ? 1 : TI == TE ? -1 : compareKeys(MI->first, TI->first);
      if (Cmp < 0) {
        // Only here: absent on the other path.
        if ((MI->second.Bits | AbsentBits) != MI->second.Bits) {
          MI->second.Bits |= AbsentBits;
          Changed = true;
        }
        ++MI;
      } else if (Cmp > 0) {
        V Copy = TI->second;
        Copy.Bits |= AbsentBits;
        Missing.push_back({TI->first, std::move(Copy)});
        ++TI;
      } else {
        uint8_t Bits = MI->second.Bits | TI->second.Bits;
        MI->second.mergeSites(TI->second);
        if (Bits != MI->second.Bits) {
          MI->second.Bits = Bits;
          Changed = true;
        }
        ++MI;
        ++TI;
      }
    }
    for (auto &[K, Val] : Missing)
      Mine.emplaceInterned(K, std::move(Val));
    return Changed || !Missing.empty();
  }
};

/// Could two handles reached through these objects be different objects?
/// Only when both are known and differ (two pointers to one adapter look
/// different too; that costs a report, never a false one).
inline bool differentObjects(llvm::StringRef A, llvm::StringRef B) {
  return !A.empty() && !B.empty() && A != B;
}

/// A function's name as the AST holds it (no copy); empty for the special
/// names C does not have.
inline llvm::StringRef nameOf(const FunctionDecl *FD) {
  return FD->getDeclName().isIdentifier() ? FD->getName() : llvm::StringRef();
}

/// N for a summary key "%N" (parameter N); none for any other key.
inline std::optional<int> paramIndex(llvm::StringRef Key) {
  int Index = 0;
  if (!Key.consume_front("%") || Key.getAsInteger(10, Index))
    return std::nullopt;
  return Index;
}

/// The object a field is read from, by its own path: `Team->Primary` in
/// Team->Primary->Pool, `Adapter` in Adapter->Pool; empty for a plain
/// variable or an unknown object.
llvm::StringRef baseVar(const Expr *E);

} // namespace handleflow
} // namespace ndis

#endif
