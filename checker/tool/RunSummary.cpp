//===--- RunSummary.cpp - The line that ends a multi-file ndis-tidy run ---===//

#include "RunSummary.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include <map>
#include <set>
#include <tuple>

using clang::tooling::Diagnostic;

namespace ndis {

bool tidyOptionTakesValue(llvm::StringRef Name) {
  // clang-tidy's options that take a value, which LLVM's parser also
  // accepts as the next argument (`-p build`), and ndis-tidy's own.
  static const llvm::StringSet<> TakesValue = {
      "p", "checks", "config", "config-file", "exclude-header-filter",
      "export-fixes", "extra-arg", "extra-arg-before", "format-style",
      "header-filter", "line-filter", "load", "store-check-profile",
      "vfsoverlay", "warnings-as-errors", "export-summaries",
      "import-summaries"};
  return TakesValue.contains(Name);
}

unsigned countSourceFiles(llvm::ArrayRef<const char *> TidyArgs) {
  unsigned Files = 0;
  for (size_t I = 1; I < TidyArgs.size(); ++I) {
    llvm::StringRef Arg = TidyArgs[I];
    if (Arg == "--")
      break;
    if (!Arg.starts_with("-") || Arg == "-") {
      ++Files;
      continue;
    }
    llvm::StringRef Name = Arg.drop_front(Arg.starts_with("--") ? 2 : 1);
    if (!Name.contains('=') && tidyOptionTakesValue(Name))
      ++I;
  }
  return Files;
}

static bool isCompilerError(const Diagnostic &D) {
  return D.DiagLevel == Diagnostic::Error &&
         llvm::StringRef(D.DiagnosticName).starts_with("clang-diagnostic-");
}

std::string runSummaryLine(unsigned Files,
                           const std::vector<Diagnostic> &Diags) {
  // A header's diagnostic comes once per translation unit that includes
  // it: count it once, as the SARIF log does.
  std::set<std::tuple<std::string, std::string, unsigned, std::string>> Seen;
  std::map<std::string, unsigned> PerCheck;
  std::set<std::string> ErrorFiles;
  unsigned Findings = 0;
  for (const Diagnostic &D : Diags) {
    if (!Seen.emplace(D.DiagnosticName, D.Message.FilePath,
                      D.Message.FileOffset, D.Message.Message)
             .second)
      continue;
    if (isCompilerError(D)) {
      ErrorFiles.insert(D.Message.FilePath);
      continue;
    }
    ++Findings;
    ++PerCheck[D.DiagnosticName];
  }
  std::string Line = llvm::formatv("ndis-tidy: {0} file{1}, {2} finding{3}",
                                   Files, Files == 1 ? "" : "s", Findings,
                                   Findings == 1 ? "" : "s")
                         .str();
  if (!PerCheck.empty()) {
    const char *Sep = " (";
    for (const auto &[Check, N] : PerCheck) {
      Line += llvm::formatv("{0}{1}: {2}", Sep, Check, N).str();
      Sep = ", ";
    }
    Line += ")";
  }
  size_t Errors = ErrorFiles.size();
  Line += llvm::formatv(", {0} file{1} with compiler errors", Errors,
                        Errors == 1 ? "" : "s")
              .str();
  return Line;
}

} // namespace ndis
