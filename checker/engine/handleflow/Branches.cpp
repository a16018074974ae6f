//===--- Branches.cpp - What a branch tells about the state ---------------===//
//
// A branch condition's tests (a path is zero or not, a status says success
// or failure), worked out once per condition and branch, and the state
// narrowed by them on each edge: `if (!Pool)`, `if (Status !=
// NDIS_STATUS_SUCCESS)`, `if (NT_SUCCESS(Status) && Nbl)`.
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../CfgOrder.h"

using namespace clang;

namespace ndis {
namespace handleflow {

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
    if (auto P = handlePathOf(E))
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

} // namespace handleflow
} // namespace ndis
