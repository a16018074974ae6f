//===--- NdisTidyMain.cpp - The ndis-tidy executable ----------------------===//
//
// clang-tidy's own main, with every built-in module and the ndis module
// linked in, for the places where plugins cannot be loaded (Windows builds
// of clang-tidy, editors that run one binary). Same checks, options and
// output as `clang-tidy --load=NdisTidy.so`, plus SARIF output and a
// findings baseline for CI (SarifMain.h, docs/ci.md).
//
//===----------------------------------------------------------------------===//

#include "SarifMain.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#ifndef NDIS_TIDY_VERSION
#define NDIS_TIDY_VERSION "unknown"
#endif

extern volatile int NdisTidyModuleAnchorSource;

int main(int argc, const char **argv) {
  // Keep the module's registration object in the link.
  (void)NdisTidyModuleAnchorSource;
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "ndis-tidy version " NDIS_TIDY_VERSION
          " (built with LLVM " LLVM_VERSION_STRING ")\n";
  });
  return ndis::runWithSarif(argc, argv, clang::tidy::clangTidyMain);
}
