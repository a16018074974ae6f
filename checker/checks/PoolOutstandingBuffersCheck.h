//===--- PoolOutstandingBuffersCheck.h ---===//
//
// A pool freed while items allocated from it may still be outstanding.
// (docs/checks/ndis-pool-outstanding-buffers.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLOUTSTANDINGBUFFERSCHECK_H
#define NDIS_TIDY_CHECKS_POOLOUTSTANDINGBUFFERSCHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolOutstandingBuffersCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
