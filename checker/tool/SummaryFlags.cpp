//===--- SummaryFlags.cpp - --export-summaries, --import-summaries --------===//

#include "SummaryFlags.h"
#include "../engine/summary/SummaryOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/WithColor.h"
#include <string>

namespace fs = llvm::sys::fs;

// Shown at the end of `ndis-tidy --help`, after the SARIF options.
static llvm::cl::extrahelp SummaryHelp(R"(
ndis-tidy whole-driver options (docs/whole-driver.md, docs/ci.md):

  --export-summaries=<dir> Also write each file's summary (what its functions
                           do to pools, locks, IRQL and shared memory) into
                           <dir>, created if missing. The option
                           ExportSummaries (-config, .clang-tidy) wins.
  --import-summaries=<path>
                           Use the summaries in <path> (a folder, or one
                           file) as if their functions were in each file
                           analysed. The option ImportSummaries wins.
  --whole-driver           Run both passes over -p BUILD_DIR's
                           compile_commands.json (or the files given): collect
                           every file's summary, then analyse every file with
                           all of them; print each finding once, sorted. Takes
                           the other clang-tidy options and --sarif; not
                           --fix or --export-fixes.
  -j <n>                   With --whole-driver: run <n> ndis-tidy processes at
                           a time, each over a share of the files. Default:
                           the number of hardware threads.
  --summaries-dir=<dir>    With --whole-driver: where the summaries are kept
                           between runs. Default: BUILD_DIR/ndis-tidy-summaries.
  --max-rounds=<n>         With --whole-driver: analysis rounds at most, 1 to
                           64 (default 4); a note says when the summaries had
                           not settled by then.
)");

namespace ndis {

static void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "ndis-tidy") << Message << "\n";
}

static std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  fs::make_absolute(P);
  return std::string(P);
}

/// Creates Dir if missing. Returns false after saying why it cannot be.
static bool makeExportDir(const std::string &Dir) {
  if (std::error_code EC = fs::create_directories(Dir)) {
    error("--export-summaries: cannot create '" + Dir + "': " + EC.message());
    return false;
  }
  if (!fs::is_directory(Dir)) { // create_directories accepts a file there
    error("--export-summaries: '" + Dir + "' is not a directory");
    return false;
  }
  return true;
}

bool takeSummaryFlags(std::vector<const char *> &Args) {
  SummaryPaths &Paths = commandLineSummaryPaths();
  std::vector<const char *> Kept;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--") { // the compile command follows
      Kept.insert(Kept.end(), Args.begin() + I, Args.end());
      break;
    }
    // (An empty argument is one too: run-clang-tidy passes some.)
    llvm::StringRef Body =
        Arg.starts_with("-") ? Arg.drop_front(Arg.starts_with("--") ? 2 : 1)
                             : llvm::StringRef();
    auto [Name, Value] = Body.split('=');
    if (I == 0 || !Arg.starts_with("-") ||
        (Name != "export-summaries" && Name != "import-summaries")) {
      Kept.push_back(Args[I]);
      continue;
    }
    std::string V = Value.str();
    if (!Body.contains('=') && I + 1 < Args.size() &&
        !llvm::StringRef(Args[I + 1]).starts_with("-"))
      V = Args[++I];
    if (V.empty()) {
      error("option '" + Arg + "' needs a value");
      return false;
    }
    (Name == "export-summaries" ? Paths.Export : Paths.Import) = absolute(V);
  }
  Args = std::move(Kept);
  return Paths.Export.empty() || makeExportDir(Paths.Export);
}

} // namespace ndis
