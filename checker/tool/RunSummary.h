//===--- RunSummary.h - The line that ends a multi-file ndis-tidy run -----===//
//
// A run over several files ends with one line on standard error (unless
// --quiet), counted from the diagnostics clang-tidy exported (the same ones
// the SARIF log is made of):
//
//   ndis-tidy: 3 files, 2 findings (ndis-irql: 1, ndis-pool-leak: 1),
//   1 file with compiler errors
//
// (one line). A finding is any diagnostic that is not a compiler error;
// the files with compiler errors are those the errors point into.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_RUNSUMMARY_H
#define NDIS_TIDY_TOOL_RUNSUMMARY_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ndis {

/// Whether the clang-tidy (or ndis-tidy) option Name (without its dashes)
/// takes a value, which may be the next argument (`-p DIR`).
bool tidyOptionTakesValue(llvm::StringRef Name);

/// How many source files clang-tidy's arguments name (positional
/// arguments before "--", skipping the values of options given as
/// `-p DIR`).
unsigned countSourceFiles(llvm::ArrayRef<const char *> TidyArgs);

/// The summary line (without its line break) for a run over \p Files files.
std::string
runSummaryLine(unsigned Files,
               const std::vector<clang::tooling::Diagnostic> &Diags);

} // namespace ndis

#endif
