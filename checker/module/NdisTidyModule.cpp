//===--- NdisTidyModule.cpp - The "ndis" clang-tidy module ----------------===//
//
// Registers every ndis-* check. The same object file goes into the plugin
// (NdisTidy.so) and into the ndis-tidy executable.
//
//===----------------------------------------------------------------------===//

#include "../checks/IrqlCheck.h"
#include "../checks/LegacyPacketPoolCheck.h"
#include "../checks/PoolDataSizeMismatchCheck.h"
#include "../checks/PoolFreeUnderSpinlockCheck.h"
#include "../checks/PoolKindMismatchCheck.h"
#include "../checks/PoolLeakCheck.h"
#include "../checks/PoolOutstandingBuffersCheck.h"
#include "../checks/PoolUseAfterFreeCheck.h"
#include "../checks/SharedMemoryHandleMismatchCheck.h"
#include "../checks/SpinlockHeldAtExitCheck.h"
#include "../checks/SpinlockReacquiredCheck.h"
#include "../checks/UncheckedPoolAllocationCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // since 22, ClangTidyModule.h holds the registry
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace ndis {

class NdisTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    F.registerCheck<IrqlCheck>("ndis-irql");
    F.registerCheck<LegacyPacketPoolCheck>("ndis-legacy-packet-pool");
    F.registerCheck<PoolDataSizeMismatchCheck>("ndis-pool-datasize-mismatch");
    F.registerCheck<PoolFreeUnderSpinlockCheck>(
        "ndis-pool-free-under-spinlock");
    F.registerCheck<PoolKindMismatchCheck>("ndis-pool-kind-mismatch");
    F.registerCheck<PoolLeakCheck>("ndis-pool-leak");
    F.registerCheck<PoolOutstandingBuffersCheck>(
        "ndis-pool-outstanding-buffers");
    F.registerCheck<PoolUseAfterFreeCheck>("ndis-pool-use-after-free");
    F.registerCheck<SharedMemoryHandleMismatchCheck>(
        "ndis-shared-memory-handle-mismatch");
    F.registerCheck<SpinlockHeldAtExitCheck>("ndis-spinlock-held-at-exit");
    F.registerCheck<SpinlockReacquiredCheck>("ndis-spinlock-reacquired");
    F.registerCheck<UncheckedPoolAllocationCheck>(
        "ndis-unchecked-pool-allocation");
  }
};

} // namespace ndis

static clang::tidy::ClangTidyModuleRegistry::Add<ndis::NdisTidyModule>
    NdisModule("ndis", "Checks for NDIS network-driver lifecycle rules.");

// Referenced by the ndis-tidy executable so that the linker keeps this file.
volatile int NdisTidyModuleAnchorSource = 0;
