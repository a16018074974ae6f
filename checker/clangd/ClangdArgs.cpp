//===--- ClangdArgs.cpp - ndis-clangd's own command-line flags ------------===//

#include "ClangdArgs.h"
#include "../tool/WdkModel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#ifndef NDIS_TIDY_VERSION
#define NDIS_TIDY_VERSION "unknown"
#endif

namespace ndis {

int clangdArgs(int argc, char **argv, std::vector<char *> &Out) {
  std::vector<const char *> Args(argv, argv + argc);
  if (!takeWdkModelFlag(Args, "ndis-clangd"))
    return 1 + 1;
  // clangd prints its own version and stops: say first what this is.
  for (const char *A : Args)
    if (llvm::StringRef(A) == "--version" || llvm::StringRef(A) == "-version")
      llvm::outs() << "ndis-clangd version " NDIS_TIDY_VERSION
                      " (clangd with the ndis-* checks, built with LLVM " LLVM_VERSION_STRING
                      "; no remote index)\n";
#ifdef NDIS_TIDY_RESOURCE_DIR
  bool HasResourceDir = false;
  for (const char *A : Args)
    HasResourceDir |= llvm::StringRef(A).contains("-resource-dir");
  if (!HasResourceDir && llvm::sys::fs::is_directory(NDIS_TIDY_RESOURCE_DIR))
    Args.insert(Args.begin() + 1, "--resource-dir=" NDIS_TIDY_RESOURCE_DIR);
#endif
  Out.clear();
  for (const char *A : Args)
    Out.push_back(const_cast<char *>(A));
  Out.push_back(nullptr);
  return 0;
}

} // namespace ndis
