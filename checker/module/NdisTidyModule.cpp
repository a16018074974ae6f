//===--- NdisTidyModule.cpp - The "ndis" clang-tidy module ----------------===//
//
// Registers every ndis-* check. The same object file goes into the plugin
// (NdisTidy.so) and into the ndis-tidy executable.
//
//===----------------------------------------------------------------------===//

#include "../checks/SharedMemoryHandleMismatchCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // since 22, ClangTidyModule.h holds the registry
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace ndis {

class NdisTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    F.registerCheck<SharedMemoryHandleMismatchCheck>(
        "ndis-shared-memory-handle-mismatch");
  }
};

} // namespace ndis

static clang::tidy::ClangTidyModuleRegistry::Add<ndis::NdisTidyModule>
    NdisModule("ndis", "Checks for NDIS network-driver lifecycle rules.");

// Referenced by the ndis-tidy executable so that the linker keeps this file.
volatile int NdisTidyModuleAnchorSource = 0;
