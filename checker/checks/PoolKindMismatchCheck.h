//===--- PoolKindMismatchCheck.h ---===//
//
// An item allocated from, or a pool freed as, a pool of another kind.
// (docs/checks/ndis-pool-kind-mismatch.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLKINDMISMATCHCHECK_H
#define NDIS_TIDY_CHECKS_POOLKINDMISMATCHCHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolKindMismatchCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// One field used as two kinds of pool, its allocation out of view.
  void reportContradictoryUses(const TUAnalysis &A, clang::ASTContext &Ctx);
};

} // namespace ndis

#endif
