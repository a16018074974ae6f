//===--- PoolDataSizeMismatchCheck.h ---===//
//
// NdisAllocateNetBuffer / MdlAndData against the pool's DataSize; MdlAndData MDLs freed alone.
// (docs/checks/ndis-pool-datasize-mismatch.md)
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_POOLDATASIZEMISMATCHCHECK_H
#define NDIS_TIDY_CHECKS_POOLDATASIZEMISMATCHCHECK_H

#include "NdisCheck.h"

namespace ndis {

class PoolDataSizeMismatchCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
