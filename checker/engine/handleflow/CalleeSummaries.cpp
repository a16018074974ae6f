//===--- CalleeSummaries.cpp - A callee's summary applied at its call -----===//
//
// A call of a function with a body, in this file or another of the
// driver's: its summary (Summaries.h) says what it frees, allocates, hands
// to NDIS, keeps or waits for, by "%N" for its parameters; here that is
// translated to the caller's paths, applied to the state, and passed up
// into the caller's own summary with the call prepended to each chain.
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../BodyParents.h"
#include "../DdiCalls.h"
#include "../summary/DriverIndex.h"

using namespace clang;

namespace ndis {
namespace handleflow {

std::optional<std::string> FunctionFlow::summaryKey(const AccessPath &P) const {
  return summaryKeyOf(P);
}

std::optional<llvm::StringRef>
FunctionFlow::translate(llvm::StringRef Key, const CallExpr *C) const {
  if (Key.empty() || Key[0] != '%')
    return Key;
  // "%N*": what the callee's parameter N points to, the caller's `&X` (X)
  // or its own out-parameter passed on (`*Out`).
  bool Pointee = Key.consume_back("*");
  std::optional<int> Index = paramIndex(Key);
  if (!Index)
    return std::nullopt;
  const Expr *Arg = argOf(C, *Index);
  if (!Arg)
    return std::nullopt;
  if (Pointee) {
    if (auto P = pointeePathOf(Arg))
      return intern(P->key());
    if (auto P = accessPathOf(Arg); P && P->Fields.empty())
      if (const auto *Parm = dyn_cast_or_null<ParmVarDecl>(P->Root))
        return intern(pointeeOfParam(Parm).key());
    return std::nullopt;
  }
  // The argument's own key (for the caller's parameter too: the caller's
  // state tracks it by that key).
  if (auto P = accessPathOf(Arg))
    return intern(P->key());
  return std::nullopt;
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
  // (Its entries come into this summary in their order: room made once.)
  if (Reporting && Sum.MayFreePools.empty())
    Sum.MayFreePools.reserve(CS.MayFreePools.size());
  // Both lists are sorted by key: the must-frees are walked alongside.
  auto MustIt = CS.MustFreePools.begin(), MustEnd = CS.MustFreePools.end();
  for (const auto &[Key, Site] : CS.MayFreePools) {
    while (MustIt != MustEnd && MustIt->first < Key)
      ++MustIt;
    bool Must = MustIt != MustEnd && MustIt->first == Key;
    auto K = translate(Key, C);
    if (!K)
      continue;
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
      if (!SK.contains('@')) {
        llvm::StringRef Kept = Summaries.keep(SK);
        if (!Sum.MayFreePools.count(Kept))
          Sum.MayFreePools.emplace(Kept, Chain);
        freedAt(St, Kept, CS.FreedAfterWait.count(Key) != 0);
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
    // (The summary asked only for a pool the state holds: its key is made.)
    if (P && P->isLocal())
      if (auto It = St.Pools.find(Key); It != St.Pools.end() &&
                                        !CS.MayFreePools.count(
                                            ("%" + llvm::Twine(I)).str()))
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
  // (A pool the callee hands back through this function's own
  // out-parameter is this function's to hand back: "%N*" again.)
  for (const PoolAllocation &A : CS.AllocatesPools) {
    auto K = translate(A.Path, C);
    llvm::StringRef Out = K ? exportedPool(*K) : llvm::StringRef();
    if (Out.empty())
      continue;
    PoolAllocation Copy = A;
    Copy.Path = Out.str();
    Copy.Site = through(C, A.Site);
    addAllocation(std::move(Copy));
  }
  for (const EscapingItem &X : CS.EscapingItems) {
    auto K = translate(X.Pool, C);
    llvm::StringRef Out = K ? exportedPool(*K) : llvm::StringRef();
    if (Out.empty())
      continue;
    EscapingItem Copy = X;
    Copy.Pool = Out.str();
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

} // namespace handleflow
} // namespace ndis
