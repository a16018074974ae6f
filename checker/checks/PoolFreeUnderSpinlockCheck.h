//===--- PoolFreeUnderSpinlockCheck.h -------------------------------------===//
//
// A pool free the documentation says must not run with a spin lock held
// (NdisFreePacketPool; rules: no-spin-lock-held), called while one is held
// here or in a caller (docs/checks/ndis-pool-free-under-spinlock.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLFREEUNDERSPINLOCKCHECK_H
#define NDIS_TIDY_CHECKS_POOLFREEUNDERSPINLOCKCHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolFreeUnderSpinlockCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
