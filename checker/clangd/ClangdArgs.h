//===--- ClangdArgs.h - ndis-clangd's own command-line flags --------------===//
//
// ndis-clangd passes its command line to clangd, after taking out the flags
// that are its own and adding what clangd cannot find by itself:
//   --wdk-model   the installed WDK header model is searched after every
//                 include path of the compile command (WdkModel.h);
//   clang's own headers (<stddef.h>) of the LLVM it was built with, since
//   clangd looks for them next to its binary (--resource-dir wins).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CLANGD_CLANGDARGS_H
#define NDIS_TIDY_CLANGD_CLANGDARGS_H

#include <string>
#include <vector>

namespace ndis {

/// Fills Out with clangd's argv (null-terminated). Returns 0 to go on, or
/// the exit status plus one when the command line is refused.
int clangdArgs(int argc, char **argv, std::vector<char *> &Out);

} // namespace ndis

#endif
