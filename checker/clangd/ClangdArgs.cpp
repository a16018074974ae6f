//===--- ClangdArgs.cpp - ndis-clangd's own command-line flags ------------===//

#include "ClangdArgs.h"
#include "../tool/WdkModel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"

namespace ndis {

int clangdArgs(int argc, char **argv, std::vector<char *> &Out) {
  std::vector<const char *> Args(argv, argv + argc);
  if (!takeWdkModelFlag(Args, "ndis-clangd"))
    return 1 + 1;
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
