//===--- ChildOutput.h - Merging what --whole-driver's processes printed --===//
//
// Each process of the analysis pass prints clang-tidy's usual output over
// its share of the files: on stdout, diagnostic blocks
//
//   /src/lock.h:12:3: warning: ... [ndis-irql]        <- a block starts
//      12 |   NdisAllocateMemoryWithTagPriority(...);  <- source, caret,
//         |   ^                                           fix-it lines
//   /src/lock.h:9:3: note: ...                        <- notes, theirs too
//
// and on stderr its per-run statistics and failures. A finding in a header
// comes once from every process whose files include it: the blocks are
// merged (the same text once), sorted by file, line, column and text, so
// that the output does not depend on how the files were shared out.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_CHILDOUTPUT_H
#define NDIS_TIDY_TOOL_CHILDOUTPUT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ndis {

/// One diagnostic with what clang-tidy printed under it.
struct DiagnosticBlock {
  std::string File;   ///< empty for lines before the first diagnostic
  unsigned Line = 0, Column = 0;
  std::string Text;   ///< every line, each with its line break
  bool operator<(const DiagnosticBlock &O) const;
  bool operator==(const DiagnosticBlock &O) const { return Text == O.Text; }
};

/// Appends the blocks of one process's stdout to Into.
void splitDiagnosticBlocks(llvm::StringRef Output,
                           std::vector<DiagnosticBlock> &Into);

/// Sorts the blocks and drops the repeated ones.
void sortUniqueBlocks(std::vector<DiagnosticBlock> &Blocks);

/// How many blocks are warnings --warnings-as-errors made errors.
unsigned countWarningsAsErrors(const std::vector<DiagnosticBlock> &Blocks);

/// Whether a line of a process's stderr is one of clang-tidy's per-run
/// lines ("[1/3] Processing file", "N warnings generated.", "Suppressed
/// N warnings", "N warnings treated as errors", "Found compiler error(s).",
/// ndis-tidy's run summary), which the merged run prints once for all, or
/// "Error while processing FILE." (which clang-tidy 19 prints for every
/// file after the first with an error, so it depends on how the files
/// were shared out; the errors themselves name their files).
bool isPerRunLine(llvm::StringRef Line);

} // namespace ndis

#endif
