//===--- WholeDriverArgs.cpp - The command line of ndis-tidy --whole-driver ===//

#include "WholeDriverArgs.h"
#include "RunSummary.h"
#include "SarifMain.h"
#include "../rules/InputFile.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace ndis {

void wholeDriverError(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "ndis-tidy")
      << "--whole-driver: " << Message << "\n";
}

namespace {

void error(const llvm::Twine &Message) { wholeDriverError(Message); }

/// `--name`, `-name=value`: the name and value without the dashes.
std::pair<llvm::StringRef, llvm::StringRef> nameAndValue(llvm::StringRef Arg) {
  return Arg.drop_front(Arg.starts_with("--") ? 2 : 1).split('=');
}

bool isJobsOption(llvm::StringRef Name) { // -j, -j8
  return Name.starts_with("j") &&
         llvm::all_of(Name.drop_front(), [](char C) { return llvm::isDigit(C); });
}

/// Option's value V, a count from 1 to Max of What ("processes").
bool parseCount(llvm::StringRef Option, llvm::StringRef What, unsigned Max,
                llvm::StringRef V, unsigned &Out) {
  if (V.getAsInteger(10, Out) || Out == 0 || Out > Max) {
    error(Option + " takes a number of " + What + " from 1 to " +
          llvm::Twine(Max) + ", not '" + V + "'");
    return false;
  }
  return true;
}

/// The bound on the rounds: enough for a fact to cross a driver's files one
/// file per round (ovs settles in 5), not so many that a driver whose
/// summaries never settle runs for long.
constexpr unsigned MaxRoundsLimit = 64;

bool refuse(llvm::StringRef Arg, llvm::StringRef Name) {
  if (Name == "export-summaries" || Name == "import-summaries") {
    error("'" + Arg + "': --whole-driver passes the summaries folder itself; "
                      "give --summaries-dir=DIR");
    return true;
  }
  if (Name == "sarif-from") {
    error("'" + Arg + "' converts a run's exported fixes; --whole-driver "
                      "runs, and writes its --sarif=FILE itself");
    return true;
  }
  if (Name == "fix" || Name == "fix-errors" || Name == "fix-notes" ||
      Name == "export-fixes") {
    error("'" + Arg + "' is not supported with --whole-driver (processes "
                      "over files that share a header would write the same "
                      "fixes); after a --whole-driver run, run ndis-tidy "
                      "--import-summaries=DIR with it (docs/ci.md)");
    return true;
  }
  return false;
}

bool parseArgs(llvm::ArrayRef<const char *> Argv, WholeDriverArgs &A,
               std::optional<std::string> &SummariesDir) {
  bool WholeDriver = false;
  for (size_t I = 1; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--") {
      A.Tail.assign(Argv.begin() + I, Argv.end());
      break;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      A.Files.push_back(Arg.str());
      continue;
    }
    auto [Name, Value] = nameAndValue(Arg);
    bool HasValue = Arg.contains('=');
    if (refuse(Arg, Name))
      return false;
    if (unsigned Words = sarifOptionWords(Argv, I)) {
      A.SarifLog |= Name == "sarif" || Name == "fail-on-new";
      A.FailOnNew |= Name == "fail-on-new";
      A.Sarif.insert(A.Sarif.end(), Argv.begin() + I, Argv.begin() + I + Words);
      I += Words - 1;
      continue;
    }
    // The value of an option: after '=', or the next word.
    std::string V = HasValue ? Value.str()
                    : I + 1 < Argv.size() ? std::string(Argv[I + 1])
                                          : std::string();
    if (Name == "whole-driver") {
      WholeDriver = true;
    } else if (isJobsOption(Name)) {
      if (Name != "j") // -j8
        V = Name.drop_front().str();
      else if (!HasValue)
        ++I;
      if (!parseCount("-j", "processes", 1024, V, A.Jobs))
        return false;
    } else if (Name == "summaries-dir") {
      SummariesDir = V;
      I += !HasValue;
    } else if (Name == "max-rounds") {
      I += !HasValue;
      if (!parseCount("--max-rounds", "rounds", MaxRoundsLimit, V,
                      A.MaxRounds))
        return false;
    } else {
      A.Tidy.push_back(Arg.str());
      if (Name == "p")
        A.BuildDir = V;
      A.UseColorGiven |= Name == "use-color";
      if (Name == "quiet") {
        A.QuietGiven = true;
        A.Quiet = Value.empty() || Value == "true" || Value == "1";
      }
      if (!HasValue && tidyOptionTakesValue(Name) && I + 1 < Argv.size())
        A.Tidy.push_back(Argv[++I]);
    }
  }
  if (!WholeDriver) {
    llvm::WithColor::error(llvm::errs(), "ndis-tidy")
        << "-j, --summaries-dir and --max-rounds go with --whole-driver\n";
    return false;
  }
  if ((A.BuildDir && A.BuildDir->empty()) ||
      (SummariesDir && SummariesDir->empty())) {
    error("-p and --summaries-dir need a folder");
    return false;
  }
  return true;
}

/// The files given, or else every file of the compilation database.
bool listFiles(WholeDriverArgs &A) {
  if (!A.Files.empty())
    return true;
  if (!A.BuildDir) {
    error("give -p BUILD_DIR (the folder that holds compile_commands.json), "
          "or the files to analyse");
    return false;
  }
  llvm::SmallString<256> Path(*A.BuildDir);
  path::append(Path, "compile_commands.json");
  if (!fs::exists(Path)) {
    error("no compile_commands.json in '" + *A.BuildDir +
          "' (-p names the folder that holds it)");
    return false;
  }
  if (llvm::Error Err =
          checkInputFile(Path, "compilation database", ToolInputLimit)) {
    error(llvm::toString(std::move(Err)));
    return false;
  }
  std::string Message;
  auto Database = clang::tooling::JSONCompilationDatabase::loadFromFile(
      Path, Message, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Database) {
    error(Path + ": " + Message);
    return false;
  }
  A.Files = Database->getAllFiles();
  llvm::sort(A.Files);
  if (A.Files.empty()) {
    error(Path + " names no file");
    return false;
  }
  return true;
}


/// The summaries folder: --summaries-dir, or BUILD_DIR's; made absolute
/// (each process runs its files in their compile command's directory) and
/// created.
bool makeSummariesDir(WholeDriverArgs &A,
                      const std::optional<std::string> &Given) {
  if (!Given && !A.BuildDir) {
    error("give --summaries-dir=DIR or -p BUILD_DIR (the summaries go into "
          "BUILD_DIR/ndis-tidy-summaries)");
    return false;
  }
  llvm::SmallString<256> Dir(Given ? *Given
                                   : *A.BuildDir + "/ndis-tidy-summaries");
  fs::make_absolute(Dir);
  A.SummariesDir = std::string(Dir);
  std::error_code EC = fs::create_directories(Dir);
  if (EC || !fs::is_directory(Dir)) {
    error("cannot create the summaries folder '" + Dir +
          "': " + (EC ? EC.message() : "not a directory"));
    return false;
  }
  return true;
}

} // namespace

bool isWholeDriverRun(llvm::ArrayRef<const char *> Argv) {
  for (size_t I = 1; I < Argv.size(); ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--")
      break;
    if (!Arg.starts_with("-") || Arg == "-")
      continue;
    llvm::StringRef Name = nameAndValue(Arg).first;
    if (Name == "whole-driver" || Name == "summaries-dir" ||
        Name == "max-rounds" || isJobsOption(Name))
      return true;
  }
  return false;
}

bool parseWholeDriverArgs(llvm::ArrayRef<const char *> Argv,
                          WholeDriverArgs &A) {
  std::optional<std::string> SummariesDir;
  if (!parseArgs(Argv, A, SummariesDir) || !listFiles(A) ||
      !makeSummariesDir(A, SummariesDir))
    return false;
  if (A.Jobs == 0)
    A.Jobs = std::max(1u, llvm::hardware_concurrency().compute_thread_count());
  return true;
}

} // namespace ndis
