//===--- PoolLeakCheck.h ---===//
//
// A pool never freed, not freed by its teardown callback, or lost on return.
// (docs/checks/ndis-pool-leak.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLLEAKCHECK_H
#define NDIS_TIDY_CHECKS_POOLLEAKCHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolLeakCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
