//===--- PoolUseAfterFreeCheck.h ---===//
//
// A pool handle freed again, or allocated from, after it was freed.
// (docs/checks/ndis-pool-use-after-free.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLUSEAFTERFREECHECK_H
#define NDIS_TIDY_CHECKS_POOLUSEAFTERFREECHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolUseAfterFreeCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void reportDangling(const FlowEvent &E, clang::ASTContext &Ctx);
};

} // namespace ndis

#endif
