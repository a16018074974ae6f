//===--- SpinlockHeldAtExitCheck.h ----------------------------------------===//
//
// A function that returns still holding a spin lock it acquired, or with
// the IRQL it raised not lowered, where nothing releases (lowers) it
// afterwards: a callback, or a function none of whose callers does
// (docs/checks/ndis-spinlock-held-at-exit.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_SPINLOCKHELDATEXITCHECK_H
#define NDIS_TIDY_CHECKS_SPINLOCKHELDATEXITCHECK_H

#include "NdisCheck.h"

namespace ndis {

class SpinlockHeldAtExitCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
