//===--- NdisClangdMain.cpp - The ndis-clangd language server -------------===//
//
// clangd's own main (clangdMain, from Debian's libclangdMain.a) with the
// ndis module linked in, as ndis-tidy is clang-tidy's main: clangd cannot
// load clang-tidy plugins, but it runs every check registered in its
// process. Everything else is clangd's: it reads .clangd and .clang-tidy,
// publishes the ndis-* findings with their notes as related information,
// and offers their fix-its as code actions (docs/editors.md).
//
// One LLVM major: the clangd archives, clang-tidy's archives and the
// shared libLLVM/libclang-cpp this links are all of NDIS_TIDY_LLVM_VERSION
// (CMake takes them from one /usr/lib/llvm-N), and the loader binds the
// shared ones by their soname (libLLVM.so.19.1), so no other major can be
// mixed in at run time: a missing one is the loader's "cannot open shared
// object file" naming it (docs/editors.md).
//
//===----------------------------------------------------------------------===//

#include "ClangdArgs.h"
#include <vector>

namespace clang {
namespace clangd {
// libclangdMain.a's entry point (clangd/tool/ClangdMain.h, which Debian
// does not ship).
int clangdMain(int argc, char *argv[]);
} // namespace clangd
} // namespace clang

extern volatile int NdisTidyModuleAnchorSource;

int main(int argc, char **argv) {
  // Keep the module's registration object in the link.
  (void)NdisTidyModuleAnchorSource;
  std::vector<char *> Args;
  if (int Exit = ndis::clangdArgs(argc, argv, Args))
    return Exit - 1;
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
