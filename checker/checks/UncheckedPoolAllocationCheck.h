//===--- UncheckedPoolAllocationCheck.h ---===//
//
// A pool handle used before the NULL (or status) check of its allocation.
// (docs/checks/ndis-unchecked-pool-allocation.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_UNCHECKEDPOOLALLOCATIONCHECK_H
#define NDIS_TIDY_CHECKS_UNCHECKEDPOOLALLOCATIONCHECK_H

#include "NdisCheck.h"

namespace ndis {

class UncheckedPoolAllocationCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
