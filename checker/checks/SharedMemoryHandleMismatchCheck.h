//===--- SharedMemoryHandleMismatchCheck.h --------------------------------===//
//
// NdisFreeSharedMemory must be given the NdisHandle that was passed to the
// NdisAllocateSharedMemory call that returned the allocation handle
// (docs/checks/ndis-shared-memory-handle-mismatch.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_SHAREDMEMORYHANDLEMISMATCHCHECK_H
#define NDIS_TIDY_CHECKS_SHAREDMEMORYHANDLEMISMATCHCHECK_H

#include "NdisCheck.h"

namespace ndis {

class SharedMemoryHandleMismatchCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace ndis

#endif
