//===--- SpinlockReacquiredCheck.h ----------------------------------------===//
//
// A spin lock acquired again by the code that holds it, directly or by a
// call to a function declared _Requires_lock_not_held_ on it: spin locks
// are not recursive, so the processor deadlocks on itself
// (docs/checks/ndis-spinlock-reacquired.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_SPINLOCKREACQUIREDCHECK_H
#define NDIS_TIDY_CHECKS_SPINLOCKREACQUIREDCHECK_H

#include "NdisCheck.h"

namespace ndis {

class SpinlockReacquiredCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
