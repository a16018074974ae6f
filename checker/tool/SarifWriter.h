//===--- SarifWriter.h - clang-tidy diagnostics as SARIF 2.1.0 ------------===//
//
// Turns the diagnostics clang-tidy exports with --export-fixes (YAML, read
// with clang's DiagnosticsYaml.h) into one SARIF 2.1.0 log for GitHub code
// scanning and other SARIF viewers:
//
//   - one result per warning or error: ruleId is the check's name, the
//     location is the diagnostic's, its notes are relatedLocations (linked
//     from the message) and one codeFlow (the notes, then the warning); a
//     note with no file (a macro defined on the command line) is a related
//     location with only a message, and no step of the flow;
//   - fix-its are SARIF fixes (the warning's own first, then each note's);
//   - diagnostics with no file (a missing input file) are the invocation's
//     toolExecutionNotifications, not results;
//   - paths under the source root are relative, with uriBaseId %SRCROOT%;
//   - each result carries a partialFingerprint ("ndisTidyFinding/v1") made
//     of its check, file, message and the text of its line, but not its line
//     number, so that a baseline still matches after code moves.
//
// With a baseline (a SARIF log this writer wrote earlier), each result is
// "unchanged" if the baseline holds the same fingerprint, "new" otherwise.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_SARIFWRITER_H
#define NDIS_TIDY_TOOL_SARIFWRITER_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <vector>

namespace ndis {

/// Reads what clang-tidy's --export-fixes wrote: a YAML file, or a
/// directory of them (run-clang-tidy's -export-fixes DIR/). An empty file
/// holds no diagnostics (clang-tidy leaves the file alone on a clean run).
/// Appends to \p Into.
llvm::Error
readExportedDiagnostics(llvm::StringRef Path,
                        std::vector<clang::tooling::Diagnostic> &Into);

struct SarifOptions {
  /// Results in files under this directory get relative URIs against
  /// %SRCROOT%. Absolute; empty means the current directory.
  std::string SourceRoot;
  /// A SARIF log of known findings; empty: no baseline (and no
  /// baselineState in the results).
  std::string BaselinePath;
  /// clang-tidy's exit code, when it ran in this process: the log's
  /// invocation record, whose executionSuccessful follows it (without it:
  /// no error result).
  std::optional<int> ExitCode;
};

struct SarifSummary {
  unsigned Results = 0;
  /// Results at level "error" (compiler errors, --warnings-as-errors).
  unsigned ErrorResults = 0;
  /// Results absent from the baseline (all of them without a baseline).
  unsigned New = 0;
  /// Results the baseline holds.
  unsigned Unchanged = 0;
  /// The new results, one "file:line: check: message" each (the file as
  /// its SARIF URI has it: relative to the source root if under it).
  std::vector<std::string> NewFindings;
  /// Of Results: compiler errors (clang-diagnostic-*), counted apart from
  /// the findings in the baseline summary line.
  unsigned CompilerErrors = 0;
  /// Of New: compiler errors.
  unsigned NewCompilerErrors = 0;
  /// The run itself failed: a diagnostic with no file (such as a missing
  /// input file, reported as a tool notification, not a result), or a
  /// non-zero exit code with no error result to account for it.
  bool ToolErrors = false;
};

/// The SARIF log for \p Diags. Duplicates (the same diagnostic exported by
/// several translation units) are kept once. Fails only if the baseline
/// cannot be read or is not a SARIF 2.1.0 log.
llvm::Expected<llvm::json::Value>
buildSarifLog(const std::vector<clang::tooling::Diagnostic> &Diags,
              const SarifOptions &Options, SarifSummary &Summary);

/// Writes \p Log to \p Path ("-": standard output), indented.
llvm::Error writeSarifLog(const llvm::json::Value &Log, llvm::StringRef Path);

} // namespace ndis

#endif
