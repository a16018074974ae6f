//===--- WdkModel.cpp - --wdk-model: the installed WDK header model -------===//

#include "WdkModel.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdlib>

namespace ndis {

static llvm::cl::extrahelp WdkModelHelp(R"(
--wdk-model                 - Search the WDK header model installed with this
                              executable (<prefix>/share/ndis-tidy/wdk) after
                              the compile command's own include paths, for
                              drivers analysed without the WDK
                              (docs/wdk-free.md).
)");

std::string wdkModelDir(const char *Argv0) {
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0, &Anchor);
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Dir, "share", "ndis-tidy", "wdk");
  return std::string(Dir);
}

/// Appends Dir to the search-path variable Name, after what the user set.
static void appendToPath(const char *Name, const std::string &Dir) {
  std::string Value;
  if (const char *Old = std::getenv(Name); Old && *Old)
    Value = std::string(Old) + ":";
  Value += Dir;
  setenv(Name, Value.c_str(), /*overwrite=*/1);
}

bool takeWdkModelFlag(std::vector<const char *> &Args, const char *Tool) {
  auto IsFlag = [](const char *A) {
    llvm::StringRef S(A);
    return S == "--wdk-model" || S == "-wdk-model";
  };
  // Only the tool's own flags, before a "--" that starts the compile
  // command.
  auto End = std::find_if(Args.begin(), Args.end(), [](const char *A) {
    return llvm::StringRef(A) == "--";
  });
  auto NewEnd = std::remove_if(Args.begin(), End, IsFlag);
  if (NewEnd == End)
    return true;
  Args.erase(NewEnd, End);
  std::string Dir = wdkModelDir(Args.empty() ? Tool : Args[0]);
  if (!llvm::sys::fs::exists(Dir + "/ndis.h")) {
    llvm::errs() << "error: " << Tool << ": --wdk-model: no WDK header model at "
                 << Dir << " (the model is installed in <prefix>/share/ndis-tidy/wdk, "
                    "next to <prefix>/bin)\n";
    return false;
  }
  appendToPath("C_INCLUDE_PATH", Dir);
  appendToPath("CPLUS_INCLUDE_PATH", Dir);
  return true;
}

} // namespace ndis
