//===--- DdiEffects.cpp - What a DDI call does to the state ---------------===//
//
// A call the rules describe: each of its effects (allocate or free a pool
// or an item, hand an item to NDIS, wait, chain or unchain items, store a
// status) applied to the state, and recorded in the function's summary
// where its caller must see it.
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../DdiCalls.h"

using namespace clang;

namespace ndis {
namespace handleflow {

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
        if (auto P = handlePathOf(Arg)) {
          freePool(P->key(), Shown{Arg, {}}, ChainedSite{{C}}, true, St,
                   baseVar(Arg));
          if (Reporting)
            if (auto K = summaryKey(*P)) {
              llvm::StringRef Kept = Summaries.keep(*K);
              Sum.MayFreePools.emplace(Kept, ChainedSite{{C}});
              freedAt(St, Kept, false);
              recordFreedFirst(*K, St, nullptr);
            }
          // Freeing a local copy frees the field it was copied from.
          if (auto It = St.CopyOf.find(P->key()); It != St.CopyOf.end()) {
            std::string Source = It->second.str();
            freePool(Source, Shown{Arg, {}}, ChainedSite{{C}}, true, St);
            if (Reporting) {
              llvm::StringRef Kept = Summaries.keep(Source);
              Sum.MayFreePools.emplace(Kept, ChainedSite{{C}});
              freedAt(St, Kept, false);
              recordFreedFirst(Source, St, nullptr);
            }
          }
        }
      break;
    case EffectKind::AllocateItem: {
      const Expr *Pool = argOf(C, E.Arg);
      if (Pool)
        if (auto Q = handlePathOf(Pool))
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

} // namespace handleflow
} // namespace ndis
