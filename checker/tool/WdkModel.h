//===--- WdkModel.h - --wdk-model: the installed WDK header model ---------===//
//
// The header model (share/ndis-tidy/wdk) lives next to the executables in
// one layout, installed or built:
//   <prefix>/bin/ndis-tidy, <prefix>/bin/ndis-clangd
//   <prefix>/share/ndis-tidy/wdk/ndis.h ...
// so `--wdk-model` finds it from the executable's own path, and no config
// file, editor setting or CI job names an install prefix.
//
// The folder is appended to C_INCLUDE_PATH (and CPLUS_INCLUDE_PATH), which
// clang's driver reads when it turns a compile command into a compiler
// invocation, in ndis-tidy and in clangd alike. Clang searches those
// folders after the command's own -I and -isystem ones, so a user with a
// real WDK who passes its include folders still gets them.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_WDKMODEL_H
#define NDIS_TIDY_TOOL_WDKMODEL_H

#include <string>
#include <vector>

namespace ndis {

/// <executable's folder>/../share/ndis-tidy/wdk (may not exist).
std::string wdkModelDir(const char *Argv0);

/// Removes every `--wdk-model` (or `-wdk-model`) from Args; if there was
/// one, appends the model to the include search path. Returns false, after
/// printing why, when the model is not where it should be.
bool takeWdkModelFlag(std::vector<const char *> &Args, const char *Tool);

} // namespace ndis

#endif
