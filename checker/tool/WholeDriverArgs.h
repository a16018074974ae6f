//===--- WholeDriverArgs.h - The command line of ndis-tidy --whole-driver -===//
//
// Splits a --whole-driver command line by who gets what (WholeDriver.h):
// its own options (-p is read too, and left to the processes), the files,
// clang-tidy's options and compile command for every process, the SARIF
// options for the merged log. Refuses what it cannot honour: --fix and
// --export-fixes (processes over files that share a header would write the
// same fixes), the summary flags (it passes its own), --sarif-from.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_WHOLEDRIVERARGS_H
#define NDIS_TIDY_TOOL_WHOLEDRIVERARGS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/Twine.h"
#include <optional>
#include <string>
#include <vector>

namespace ndis {

struct WholeDriverArgs {
  std::optional<std::string> BuildDir; ///< -p
  std::string SummariesDir;            ///< absolute, created
  unsigned Jobs = 0;                   ///< processes at a time
  /// Analysis rounds at most (--max-rounds; docs/whole-driver.md).
  unsigned MaxRounds = 4;
  bool QuietGiven = false, Quiet = false, UseColorGiven = false;
  std::vector<std::string> Files; ///< given, or the database's, sorted
  std::vector<std::string> Tidy;  ///< clang-tidy's options, for each process
  std::vector<std::string> Tail;  ///< "--" and the compile command after it
  std::vector<std::string> Sarif; ///< ndis-tidy's SARIF options
  bool SarifLog = false;          ///< --sarif or --fail-on-new among them
  bool FailOnNew = false;
};

/// Whether Argv asks for a --whole-driver run (or gives one of its own
/// options, -j, --summaries-dir or --max-rounds, which parseWholeDriverArgs
/// refuses
/// alone).
bool isWholeDriverRun(llvm::ArrayRef<const char *> Argv);

/// Fills A: the options, the files (from BUILD_DIR/compile_commands.json
/// if none is given), the summaries folder (created), the number of jobs.
/// Returns false after saying why it cannot.
bool parseWholeDriverArgs(llvm::ArrayRef<const char *> Argv,
                          WholeDriverArgs &A);

/// "ndis-tidy: error: --whole-driver: <Message>" on stderr.
void wholeDriverError(const llvm::Twine &Message);

} // namespace ndis

#endif
