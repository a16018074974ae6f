//===--- SarifMain.cpp - ndis-tidy's SARIF options around clang-tidy's main ===//

#include "SarifMain.h"
#include "SarifWriter.h"
#include "RunSummary.h"
#include "../rules/InputFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace fs = llvm::sys::fs;

// Shown at the end of `ndis-tidy --help`.
static llvm::cl::extrahelp SarifHelp(R"(
ndis-tidy options (the ndis-tidy executable only; see docs/ci.md):

  --sarif=<file>           Also write the diagnostics as SARIF 2.1.0 (for
                           GitHub code scanning). Written on a clean run too,
                           with no results. Cannot be combined with --fix.
  --sarif-root=<dir>       Files under <dir> get URIs relative to it, with
                           uriBaseId %SRCROOT%. Default: the current directory.
  --sarif-baseline=<file>  A SARIF file written by an earlier --sarif: results
                           it holds (same check, file, message and line text;
                           the line number may differ) are marked
                           baselineState "unchanged", the others "new".
  --fail-on-new            Exit 1 if a result is "new" (without a baseline:
                           any result), 0 otherwise, whatever clang-tidy's
                           own exit code was, unless clang-tidy failed with no
                           error to show for it (bad options, no checks).
                           Names each new finding on stderr:
                           "ndis-tidy: new: FILE:LINE: CHECK: MESSAGE".
  --sarif-from=<path>      Do not run clang-tidy: convert what its
                           --export-fixes wrote (a YAML file, or a directory
                           of them as `run-clang-tidy -export-fixes DIR/`
                           leaves) into --sarif. May be repeated. A missing
                           file counts as no diagnostics: clang-tidy writes
                           none when it has nothing to report.

A run over several files ends with one line on stderr, unless --quiet:
  ndis-tidy: N files, N findings (CHECK: N, ...), N files with compiler errors
)");

namespace ndis {

namespace {

struct SarifArgs {
  std::optional<std::string> Sarif, Root, Baseline, UserExportFixes;
  std::vector<std::string> From;
  bool FailOnNew = false;
  bool Fix = false;
  bool Quiet = false; // clang-tidy's --quiet, which it gets too
  bool Any = false; // any of our options
  std::vector<const char *> Rest; // what clang-tidy gets
};

void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "ndis-tidy") << Message << "\n";
}

bool isTrue(llvm::StringRef V) {
  return V.empty() || V == "true" || V == "TRUE" || V == "True" || V == "1";
}

bool takesSarifValue(llvm::StringRef Name) {
  return Name == "sarif" || Name == "sarif-root" || Name == "sarif-baseline" ||
         Name == "sarif-from";
}

/// Splits argv into our options and clang-tidy's. Returns false (after
/// saying why) on a malformed option.
bool parseArgs(llvm::ArrayRef<const char *> Argv, SarifArgs &A) {
  A.Rest.push_back(Argv[0]);
  for (size_t I = 1; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--") { // compiler arguments follow
      A.Rest.insert(A.Rest.end(), Argv.begin() + I, Argv.end());
      break;
    }
    if (!Arg.starts_with("-")) {
      A.Rest.push_back(Argv[I]);
      continue;
    }
    llvm::StringRef Body = Arg.drop_front(Arg.starts_with("--") ? 2 : 1);
    auto [Name, Value] = Body.split('=');
    bool HasValue = Body.contains('=');
    // An option with a value, as --name=value or --name value.
    auto Take = [&](std::string &Out) {
      if (HasValue) {
        Out = Value.str();
      } else if (I + 1 < Argv.size()) {
        Out = Argv[++I];
      } else {
        error("option '" + Arg + "' needs a value");
        return false;
      }
      if (Out.empty()) {
        error("option '" + Arg + "' needs a value");
        return false;
      }
      return true;
    };
    std::string V;
    if (takesSarifValue(Name) || Name == "export-fixes") {
      if (!Take(V))
        return false;
      if (Name == "sarif")
        A.Sarif = V;
      else if (Name == "sarif-root")
        A.Root = V;
      else if (Name == "sarif-baseline")
        A.Baseline = V;
      else if (Name == "sarif-from")
        A.From.push_back(V);
      else
        A.UserExportFixes = V; // clang-tidy gets ours; this one is a copy
      if (Name != "export-fixes")
        A.Any = true;
      continue;
    }
    if (Name == "fail-on-new") {
      A.FailOnNew = isTrue(Value);
      A.Any = true;
      continue;
    }
    if (Name == "quiet")
      A.Quiet = isTrue(Value);
    if ((Name == "fix" || Name == "fix-errors" || Name == "fix-notes") &&
        isTrue(Value))
      A.Fix = true;
    A.Rest.push_back(Argv[I]);
  }
  return true;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  fs::make_absolute(P);
  return std::string(P);
}

/// Builds and writes the log; reports the baseline comparison. Returns the
/// summary, or nothing after saying what failed.
std::optional<SarifSummary>
emit(const SarifArgs &A, const std::vector<clang::tooling::Diagnostic> &Diags,
     std::optional<int> ExitCode) {
  SarifOptions Options;
  Options.SourceRoot = absolute(A.Root ? *A.Root : ".");
  if (A.Baseline)
    Options.BaselinePath = *A.Baseline;
  Options.ExitCode = ExitCode;
  SarifSummary Summary;
  llvm::Expected<llvm::json::Value> Log =
      buildSarifLog(Diags, Options, Summary);
  if (!Log) {
    error(llvm::toString(Log.takeError()));
    return std::nullopt;
  }
  if (A.Sarif)
    if (llvm::Error Err = writeSarifLog(*Log, *A.Sarif)) {
      error(llvm::toString(std::move(Err)));
      return std::nullopt;
    }
  if (A.Baseline || A.FailOnNew) {
    // Compiler errors are results (and new ones fail --fail-on-new), but
    // not findings: they get a count of their own.
    unsigned Findings = Summary.Results - Summary.CompilerErrors;
    unsigned NewFindings = Summary.New - Summary.NewCompilerErrors;
    llvm::errs() << "ndis-tidy: " << Findings << " finding"
                 << (Findings == 1 ? "" : "s") << ": " << NewFindings
                 << " new";
    if (A.Baseline)
      llvm::errs() << ", " << Findings - NewFindings << " in the baseline "
                   << *A.Baseline;
    if (Summary.CompilerErrors)
      llvm::errs() << "; " << Summary.CompilerErrors << " compiler error"
                   << (Summary.CompilerErrors == 1 ? "" : "s") << ": "
                   << Summary.NewCompilerErrors << " new";
    llvm::errs() << "\n";
  }
  // With --fail-on-new, name what fails the run.
  if (A.FailOnNew)
    for (const std::string &Finding : Summary.NewFindings)
      llvm::errs() << "ndis-tidy: new: " << Finding << "\n";
  return Summary;
}

int convert(const SarifArgs &A) {
  if (A.Rest.size() > 1) {
    error(llvm::Twine("--sarif-from converts clang-tidy's exported fixes; "
                      "it takes no clang-tidy arguments (got '") +
          A.Rest[1] + "')");
    return 1;
  }
  std::vector<clang::tooling::Diagnostic> Diags;
  for (const std::string &Path : A.From) {
    // clang-tidy writes no file when it has nothing to report.
    if (!fs::exists(Path)) {
      llvm::WithColor::note(llvm::errs(), "ndis-tidy")
          << "'" << Path << "' does not exist: no diagnostics (clang-tidy "
          << "writes no --export-fixes file when it has none)\n";
      continue;
    }
    if (llvm::Error Err = readExportedDiagnostics(Path, Diags)) {
      error(llvm::toString(std::move(Err)));
      return 1;
    }
  }
  std::optional<SarifSummary> Summary = emit(A, Diags, std::nullopt);
  if (!Summary)
    return 1;
  return A.FailOnNew && (Summary->New || Summary->ToolErrors) ? 1 : 0;
}

} // namespace

bool expandArgs(llvm::SmallVectorImpl<const char *> &Argv,
                llvm::BumpPtrAllocator &Alloc) {
  // LLVM would read a device named as a response file until memory runs
  // out, and wait forever on a FIFO with no writer.
  for (const char *Arg : Argv)
    if (Arg[0] == '@')
      if (llvm::Error Err = checkInputFile(Arg + 1, "response file",
                                           ToolInputLimit)) {
        error(llvm::toString(std::move(Err)));
        return false;
      }
#ifdef _WIN32
  llvm::cl::ExpansionContext ECtx(Alloc, llvm::cl::TokenizeWindowsCommandLine);
#else
  llvm::cl::ExpansionContext ECtx(Alloc, llvm::cl::TokenizeGNUCommandLine);
#endif
  if (llvm::Error Err = ECtx.expandResponseFiles(Argv)) {
    error(llvm::toString(std::move(Err)));
    return false;
  }
  return true;
}

unsigned sarifOptionWords(llvm::ArrayRef<const char *> Argv, size_t I) {
  llvm::StringRef Arg = Argv[I];
  if (!Arg.starts_with("-"))
    return 0;
  llvm::StringRef Body = Arg.drop_front(Arg.starts_with("--") ? 2 : 1);
  auto [Name, Value] = Body.split('=');
  if (Name == "fail-on-new")
    return 1;
  if (!takesSarifValue(Name))
    return 0;
  return Body.contains('=') || I + 1 == Argv.size() ? 1 : 2;
}

int runWithSarif(int argc, const char **argv, TidyMainFn TidyMain) {
  llvm::ArrayRef<const char *> Argv(argv, argc);
  SarifArgs A;
  if (!parseArgs(Argv, A))
    return 1;
  // A run over several files ends with a summary line (RunSummary.h).
  unsigned Files = countSourceFiles(A.Rest);
  bool Summarize = !A.Quiet && Files > 1;
  if (!A.Any && !Summarize)
    return TidyMain(argc, argv);
  if (!A.From.empty()) {
    if (!A.Sarif && !A.FailOnNew) {
      error("--sarif-from needs --sarif=FILE or --fail-on-new");
      return 1;
    }
    return convert(A);
  }
  bool Report = A.Sarif || A.Baseline || A.FailOnNew;
  if (!Report && !Summarize) // only --sarif-root: nothing to write
    return TidyMain(static_cast<int>(A.Rest.size()), A.Rest.data());
  if (Report && A.Fix) {
    error("--sarif, --sarif-baseline and --fail-on-new cannot be combined "
          "with --fix, --fix-errors or --fix-notes: the fixes would move the "
          "code the SARIF locations point to. Run ndis-tidy twice.");
    return 1;
  }

  // clang-tidy exports every diagnostic it shows (with notes, ranges and
  // fix-its) to a file of ours; it writes nothing when there is none.
  llvm::SmallString<256> Fixes;
  if (std::error_code EC =
          fs::createTemporaryFile("ndis-tidy-fixes", "yaml", Fixes)) {
    error("cannot create a temporary file: " + EC.message());
    if (!Report) // the summary alone is not worth failing the run for
      return TidyMain(static_cast<int>(A.Rest.size()), A.Rest.data());
    return 1;
  }
  llvm::FileRemover RemoveFixes(Fixes);
  std::vector<const char *> TidyArgv = A.Rest;
  std::string ExportArg = "--export-fixes=" + std::string(Fixes);
  TidyArgv.insert(TidyArgv.begin() + 1, ExportArg.c_str());
  int Code = TidyMain(static_cast<int>(TidyArgv.size()), TidyArgv.data());
  int Failed = Code ? Code : 1; // our own failures never turn into success

  uint64_t Size = 0;
  fs::file_size(Fixes, Size);
  if (A.UserExportFixes && Size > 0)
    if (std::error_code EC = fs::copy_file(Fixes, *A.UserExportFixes)) {
      error("cannot write '" + *A.UserExportFixes + "': " + EC.message());
      return Failed;
    }

  std::vector<clang::tooling::Diagnostic> Diags;
  if (llvm::Error Err = readExportedDiagnostics(Fixes, Diags)) {
    error(llvm::toString(std::move(Err)));
    return Report ? Failed : Code;
  }
  if (!Report) {
    llvm::errs() << runSummaryLine(Files, Diags) << "\n";
    return Code;
  }
  std::optional<SarifSummary> Summary = emit(A, Diags, Code);
  if (Summarize)
    llvm::errs() << runSummaryLine(Files, Diags) << "\n";
  if (!Summary)
    return Failed;
  if (!A.FailOnNew)
    return Code;
  if (Summary->New)
    return 1;
  // Nothing new. A failure that no (baselined) error result accounts for
  // is the run's own (bad options, a missing file): keep it.
  return Code != 0 && Summary->ToolErrors ? Code : 0;
}

} // namespace ndis
