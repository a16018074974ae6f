//===--- CheckCatalog.cpp - Every ndis-* check with its one-line summary --===//

#include "CheckCatalog.h"
#include "llvm/ADT/StringExtras.h"
#include <string>

// Set by the build from the CMake variable of the same name, the one place
// that says it (checker/CMakeLists.txt).
#ifndef NDIS_TIDY_HOMEPAGE
#error "NDIS_TIDY_HOMEPAGE must be defined (CMakeLists.txt sets it)"
#endif

namespace ndis {

llvm::ArrayRef<CheckInfo> checkCatalog() {
  static const CheckInfo Checks[] = {
      {"ndis-pool-outstanding-buffers",
       "A NET_BUFFER, NET_BUFFER_LIST or NDIS_PACKET pool freed while items "
       "allocated from it may still be outstanding"},
      {"ndis-pool-use-after-free",
       "A pool handle freed again, or allocated from, after it was freed"},
      {"ndis-pool-leak",
       "A pool never freed, not freed by the teardown callback that undoes "
       "its setup, or lost on a return"},
      {"ndis-unchecked-pool-allocation",
       "A pool handle used before the NULL or status check of its "
       "allocation"},
      {"ndis-pool-kind-mismatch",
       "An item allocated from, or a pool freed as, a pool of another kind"},
      {"ndis-pool-datasize-mismatch",
       "NdisAllocateNetBuffer from a pool with a DataSize, "
       "NdisAllocateNetBufferMdlAndData from one without, or a MdlAndData "
       "MDL freed apart from its NET_BUFFER"},
      {"ndis-pool-free-under-spinlock",
       "NdisFreePacketPool (or another free the rules mark) called while a "
       "spin lock is held, here or in a caller"},
      {"ndis-spinlock-held-at-exit",
       "A callback, or a function none of whose callers releases the lock, "
       "returning with a spin lock it acquired still held or with the IRQL "
       "it raised not lowered"},
      {"ndis-spinlock-reacquired",
       "A spin lock acquired again where it is already held, or a function "
       "declared _Requires_lock_not_held_ called with it held"},
      {"ndis-irql",
       "A DDI called above or below the IRQL its documentation allows, with "
       "the IRQL traced to spin locks, raises, callback roles, SAL "
       "annotations and call chains"},
      {"ndis-legacy-packet-pool",
       "An NDIS 6 driver allocating NDIS 5 packet pools"},
      {"ndis-shared-memory-handle-mismatch",
       "NdisFreeSharedMemory given an NdisHandle other than the one its "
       "NdisAllocateSharedMemory was given"},
  };
  return Checks;
}

llvm::StringRef projectHomepage() { return NDIS_TIDY_HOMEPAGE; }

std::string checkDocsUrl(llvm::StringRef CheckName) {
  return projectHomepage().str() + "/blob/main/docs/checks/" +
         CheckName.str() + ".md";
}

std::string checkRuleName(llvm::StringRef CheckName) {
  // "ndis-pool-leak" -> "PoolLeak"; "clang-diagnostic-error" ->
  // "ClangDiagnosticError"; "bugprone-sizeof-expression" ->
  // "BugproneSizeofExpression".
  if (CheckName.starts_with("ndis-"))
    CheckName = CheckName.drop_front(5);
  std::string Name;
  bool Upper = true;
  for (char C : CheckName) {
    if (!llvm::isAlnum(C)) {
      Upper = true;
      continue;
    }
    Name += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return Name.empty() ? CheckName.str() : Name;
}

} // namespace ndis
