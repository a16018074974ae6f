//===--- WholeDriver.cpp - ndis-tidy --whole-driver: both passes at once --===//

#include "WholeDriver.h"
#include "ChildOutput.h"
#include "RunSummary.h"
#include "SarifMain.h"
#include "SarifWriter.h"
#include "../engine/summary/SummaryFile.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <string>
#include <vector>

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace ndis {
namespace {

void error(const llvm::Twine &Message) { wholeDriverError(Message); }

/// One ndis-tidy process over a share of the files.
struct Process {
  std::vector<std::string> Files;
  std::vector<std::string> Flags; // this pass's, before the user's
  std::string Out, Err;           // where its stdout and stderr go
  llvm::sys::ProcessInfo Info;
  int Code = 0;        // exit code; < 0: did not start, or crashed
  std::string Failure; // why it did not start, or the signal
};

std::string joinFiles(const std::vector<std::string> &Files) {
  return llvm::join(Files, ", ");
}

/// Starts every process, then waits for each.
void run(llvm::StringRef Exe, const WholeDriverArgs &A,
         std::vector<Process> &Processes) {
  for (Process &P : Processes) {
    std::vector<llvm::StringRef> Args{Exe};
    using Words = const std::vector<std::string> *;
    for (Words List : std::initializer_list<Words>{&P.Flags, &A.Tidy,
                                                   &P.Files, &A.Tail})
      Args.insert(Args.end(), List->begin(), List->end());
    std::optional<llvm::StringRef> Redirects[] = {
        llvm::StringRef(""), llvm::StringRef(P.Out), llvm::StringRef(P.Err)};
    bool Failed = false;
    P.Info = llvm::sys::ExecuteNoWait(Exe, Args, std::nullopt, Redirects, 0,
                                      &P.Failure, &Failed);
    if (Failed)
      P.Code = -1;
  }
  for (Process &P : Processes)
    if (P.Code == 0)
      P.Code = llvm::sys::Wait(P.Info, std::nullopt, &P.Failure).ReturnCode;
}

std::string readOutput(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

/// Names a process that did not start or crashed; what it printed on
/// stderr too, if that is not shown already.
bool reportCrash(const Process &P, llvm::StringRef Pass, bool ShowErr) {
  if (P.Code >= 0)
    return false;
  error(Pass + " pass over " + joinFiles(P.Files) +
        (P.Code == -1 ? " did not start: " : " crashed: ") + P.Failure);
  if (ShowErr)
    llvm::errs() << readOutput(P.Err);
  return true;
}

/// A temporary folder, removed with everything in it.
struct TempDir {
  llvm::SmallString<256> Path;
  ~TempDir() {
    if (!Path.empty())
      fs::remove_directories(Path);
  }
};

/// The processes of one pass, one per share of the files, with their
/// output in Temp.
std::vector<Process> shareOut(const WholeDriverArgs &A, llvm::StringRef Temp,
                              llvm::StringRef Pass) {
  size_t N = std::min<size_t>(A.Jobs, A.Files.size());
  std::vector<Process> Processes(N);
  for (size_t K = 0; K < N; ++K) {
    Process &P = Processes[K];
    P.Files.assign(A.Files.begin() + A.Files.size() * K / N,
                   A.Files.begin() + A.Files.size() * (K + 1) / N);
    std::string Stem = (Temp + "/" + Pass + "-" + llvm::Twine(K)).str();
    P.Out = Stem + ".out";
    P.Err = Stem + ".err";
  }
  return Processes;
}

/// Prints the analysis pass's output merged.
void printMerged(const std::vector<Process> &Processes, bool Quiet) {
  std::vector<DiagnosticBlock> Blocks;
  std::vector<std::string> ErrLines;
  llvm::StringSet<> Seen;
  bool CompilerErrors = false;
  for (const Process &P : Processes) {
    splitDiagnosticBlocks(readOutput(P.Out), Blocks);
    llvm::SmallVector<llvm::StringRef, 16> Lines;
    std::string Err = readOutput(P.Err);
    llvm::StringRef(Err).split(Lines, '\n', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Line : Lines) {
      if (isPerRunLine(Line))
        CompilerErrors |= Line.starts_with("Found compiler error(s).");
      else if (Seen.insert(Line).second)
        ErrLines.push_back(Line.str());
    }
  }
  sortUniqueBlocks(Blocks);
  for (const DiagnosticBlock &B : Blocks)
    llvm::outs() << B.Text;
  llvm::outs().flush();
  for (const std::string &Line : ErrLines)
    llvm::errs() << Line << "\n";
  unsigned AsErrors = countWarningsAsErrors(Blocks);
  // As clang-tidy ends a run: one or the other.
  if (AsErrors && !Quiet)
    llvm::errs() << AsErrors << " warning" << (AsErrors == 1 ? "" : "s")
                 << " treated as error" << (AsErrors == 1 ? "" : "s") << "\n";
  else if (CompilerErrors && !Quiet)
    llvm::errs() << "Found compiler error(s).\n";
}

/// The SARIF log from the exported fixes, as `--sarif-from` makes it.
int writeSarif(const char *Argv0, const WholeDriverArgs &A,
               llvm::StringRef FixesDir) {
  std::string From = ("--sarif-from=" + FixesDir).str();
  std::vector<const char *> Argv{Argv0, From.c_str()};
  for (const std::string &S : A.Sarif)
    Argv.push_back(S.c_str());
  auto NoTidy = [](int, const char **) { return 1; }; // never run
  return runWithSarif(static_cast<int>(Argv.size()), Argv.data(), NoTidy);
}

/// The summary files of Dir, by name, with their bytes.
std::map<std::string, std::string> summaryFiles(llvm::StringRef Dir) {
  std::map<std::string, std::string> Files;
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(SummaryExtension))
      Files[path::filename(It->path()).str()] = readOutput(It->path());
  return Files;
}

bool hasSummaries(llvm::StringRef Dir) { return !summaryFiles(Dir).empty(); }

/// Did a round write exactly the summaries it read?
bool sameSummaries(llvm::StringRef Read, llvm::StringRef Written) {
  return summaryFiles(Read) == summaryFiles(Written);
}

/// Dir becomes what Next holds.
bool replaceFolder(llvm::StringRef Dir, llvm::StringRef Next) {
  fs::create_directories(Next); // a round over no file writes none
  fs::remove_directories(Dir);
  if (std::error_code EC = fs::rename(Next, Dir)) {
    error("cannot move '" + Next + "' to '" + Dir + "': " + EC.message());
    return false;
  }
  return true;
}

} // namespace

int runWholeDriver(llvm::ArrayRef<const char *> Argv) {
  WholeDriverArgs A;
  if (!parseWholeDriverArgs(Argv, A))
    return 1;
  TempDir Temp;
  llvm::SmallString<256> FixesDir;
  if (std::error_code EC =
          fs::createUniqueDirectory("ndis-tidy-whole-driver", Temp.Path)) {
    error("cannot create a temporary folder: " + EC.message());
    return 1;
  }
  FixesDir = Temp.Path;
  path::append(FixesDir, "fixes");
  if (std::error_code EC = fs::create_directory(FixesDir)) {
    error("cannot create '" + FixesDir + "': " + EC.message());
    return 1;
  }
  static int Anchor;
  std::string Exe = fs::getMainExecutable(Argv[0], &Anchor);
  // Each round reads one folder and writes another, so that no process
  // reads a summary another is rewriting: the rounds are deterministic.
  std::string Current = A.SummariesDir;
  std::string Next = A.SummariesDir + ".next";
  bool Crashed = false;
  std::vector<Process> Collect;

  // A cold start: collect the summaries; only a failure is worth saying.
  if (!hasSummaries(Current)) {
    fs::remove_directories(Next);
    Collect = shareOut(A, Temp.Path, "collect");
    for (Process &P : Collect) {
      P.Flags = {"--export-summaries=" + Next};
      if (!A.QuietGiven)
        P.Flags.push_back("--quiet");
      P.Out = ""; // discarded
    }
    run(Exe, A, Collect);
    for (const Process &P : Collect)
      Crashed |= reportCrash(P, "the collect", /*ShowErr=*/true);
    if (!replaceFolder(Current, Next))
      return 1;
  }

  // Analysis rounds: each imports the last summaries and exports new ones;
  // a round whose summaries are the ones it read saw the whole driver,
  // and its findings are the run's. (A fact that crosses N files through
  // helpers' summaries takes N rounds; --max-rounds bounds them.)
  std::vector<Process> Analyse;
  bool Settled = false;
  for (unsigned Round = 1;; ++Round) {
    fs::remove_directories(Next);
    fs::remove_directories(FixesDir);
    fs::create_directories(FixesDir);
    Analyse = shareOut(A, Temp.Path, ("analyse" + llvm::Twine(Round)).str());
    for (size_t K = 0; K < Analyse.size(); ++K) {
      Analyse[K].Flags = {"--import-summaries=" + Current,
                          "--export-summaries=" + Next,
                          ("--export-fixes=" + FixesDir + "/" + llvm::Twine(K) +
                           ".yaml").str()};
      // Its stdout is a file: colours as clang-tidy would give ours.
      if (!A.UseColorGiven && llvm::outs().has_colors())
        Analyse[K].Flags.push_back("--use-color");
    }
    run(Exe, A, Analyse);
    Settled = sameSummaries(Current, Next);
    if (!replaceFolder(Current, Next))
      return 1;
    if (Settled || Round == A.MaxRounds)
      break;
  }
  printMerged(Analyse, A.Quiet);
  // Said even with --quiet: the findings may lack what a later round
  // would have seen (the next run starts from these summaries, and goes on).
  if (!Settled)
    llvm::WithColor::note(llvm::errs(), "ndis-tidy")
        << "--whole-driver: the summaries had not settled after "
        << A.MaxRounds << (A.MaxRounds == 1 ? " round" : " rounds")
        << "; a finding that needs more may be missing (--max-rounds=N, "
           "or run again: the next run starts from these summaries)\n";
  int Code = 0;
  for (size_t K = 0; K < Analyse.size(); ++K) {
    const Process &P = Analyse[K];
    Crashed |= reportCrash(P, "the analysis", /*ShowErr=*/false);
    if (P.Code > 0 && !Code)
      Code = P.Code;
    // A collect process that failed where the analysis did not (which
    // shows its errors): say so, with what it printed.
    if (K < Collect.size() && Collect[K].Code > 0 && P.Code == 0) {
      error("the collect pass over " + joinFiles(Collect[K].Files) +
            " exited with " + llvm::Twine(Collect[K].Code) +
            "; its summaries may be missing");
      llvm::errs() << readOutput(Collect[K].Err);
      Code = Collect[K].Code;
    }
  }
  if (Crashed)
    Code = 1;

  std::vector<clang::tooling::Diagnostic> Diags;
  if (llvm::Error Err = readExportedDiagnostics(FixesDir, Diags)) {
    error(llvm::toString(std::move(Err)));
    return 1;
  }
  int SarifCode = A.SarifLog ? writeSarif(Argv[0], A, FixesDir) : 0;
  if (!A.Quiet)
    llvm::errs() << runSummaryLine(A.Files.size(), Diags) << "\n";
  if (!A.FailOnNew)
    return Code ? Code : SarifCode;
  // --fail-on-new: new findings decide, unless the run failed with no
  // diagnostic to show for it (bad options) or crashed.
  if (Crashed || SarifCode)
    return 1;
  return Code && Diags.empty() ? Code : 0;
}

} // namespace ndis
