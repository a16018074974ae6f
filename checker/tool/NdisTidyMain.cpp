//===--- NdisTidyMain.cpp - The ndis-tidy executable ----------------------===//
//
// clang-tidy's own main, with every built-in module and the ndis module
// linked in, for the places where plugins cannot be loaded (Windows builds
// of clang-tidy, editors that run one binary). Same checks, options and
// output as `clang-tidy --load=NdisTidy.so`, plus SARIF output and a
// findings baseline for CI (SarifMain.h, docs/ci.md), the whole-driver
// summary flags (SummaryFlags.h) and both passes at once (WholeDriver.h).
//
//===----------------------------------------------------------------------===//

#include "SarifMain.h"
#include "SummaryFlags.h"
#include "WdkModel.h"
#include "WholeDriver.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

#ifndef NDIS_TIDY_VERSION
#define NDIS_TIDY_VERSION "unknown"
#endif

extern volatile int NdisTidyModuleAnchorSource;

/// clang-tidy finds clang's own headers (<stddef.h>, <stdarg.h>) relative
/// to its binary; ndis-tidy lives elsewhere, so it is told where the
/// headers of the LLVM it was built with are, unless the user says.
static std::vector<const char *> withResourceDir(int argc, const char **argv) {
  std::vector<const char *> Args(argv, argv + argc);
#ifdef NDIS_TIDY_RESOURCE_DIR
  for (int I = 1; I < argc; ++I)
    if (llvm::StringRef(argv[I]).contains("-resource-dir"))
      return Args;
  if (llvm::sys::fs::is_directory(NDIS_TIDY_RESOURCE_DIR))
    Args.insert(Args.begin() + 1,
                "--extra-arg-before=-resource-dir=" NDIS_TIDY_RESOURCE_DIR);
#endif
  return Args;
}

static int clangTidyWithResourceDir(int argc, const char **argv) {
  std::vector<const char *> Args = withResourceDir(argc, argv);
  if (!ndis::takeWdkModelFlag(Args, "ndis-tidy") ||
      !ndis::takeSummaryFlags(Args))
    return 1;
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()), Args.data());
}

int main(int argc, const char **argv) {
  // Keep the module's registration object in the link.
  (void)NdisTidyModuleAnchorSource;
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "ndis-tidy version " NDIS_TIDY_VERSION
          " (built with LLVM " LLVM_VERSION_STRING ")\n";
  });
  // Response files first: ndis-tidy's own options may be in one.
  llvm::BumpPtrAllocator Alloc;
  llvm::SmallVector<const char *, 32> Args(argv, argv + argc);
  if (!ndis::expandArgs(Args, Alloc))
    return 1;
  // --whole-driver runs this executable over the files (WholeDriver.h).
  if (ndis::isWholeDriverRun(Args))
    return ndis::runWholeDriver(Args);
  return ndis::runWithSarif(static_cast<int>(Args.size()), Args.data(),
                            clangTidyWithResourceDir);
}
