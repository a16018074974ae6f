//===--- PluginVersionGuard.cpp - Refuse to run inside another LLVM -------===//
//
// The plugin uses clang-tidy's C++ classes, whose layout changes with every
// LLVM major version; loaded into another clang-tidy it would crash or
// misbehave in ways that are hard to trace. Before anything else in the
// plugin runs, ask the host's LLVM for its version (LLVMGetVersion is part
// of LLVM's stable C API) and stop with a clear message if it differs.
//
// Only the plugin contains this file; the ndis-tidy executable is linked
// against its own LLVM.
//
//===----------------------------------------------------------------------===//

#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace {

using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);

__attribute__((constructor(101))) void checkHostLLVMVersion() {
  auto GetVersion =
      reinterpret_cast<GetVersionFn>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!GetVersion)
    return; // a host without LLVM's C API; nothing to compare against
  unsigned Major = 0, Minor = 0, Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  if (Major == LLVM_VERSION_MAJOR)
    return;
  std::fprintf(stderr,
               "error: NdisTidy.so was built for LLVM %d but this clang-tidy "
               "is LLVM %u.%u.%u; rebuild ndis-tidy with "
               "NDIS_TIDY_LLVM_VERSION=%u, or use the clang-tidy-%d binary "
               "(or the ndis-tidy executable)\n",
               LLVM_VERSION_MAJOR, Major, Minor, Patch, Major,
               LLVM_VERSION_MAJOR);
  std::_Exit(1);
}

} // namespace
