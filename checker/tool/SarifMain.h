//===--- SarifMain.h - ndis-tidy's SARIF options around clang-tidy's main -===//
//
// ndis-tidy's own options, taken out of the command line before clang-tidy
// sees it (see docs/ci.md):
//
//   --sarif=FILE           also write the diagnostics as SARIF 2.1.0
//   --sarif-root=DIR       URIs relative to DIR (%SRCROOT%); default: cwd
//   --sarif-baseline=FILE  mark results known to FILE "unchanged"
//   --fail-on-new          exit 1 on results absent from the baseline
//   --sarif-from=PATH      convert --export-fixes YAML instead of running
//
// clang-tidy runs with --export-fixes=<temporary file> added (the user's
// own --export-fixes is honoured too); its YAML becomes the SARIF log and,
// on a run over several files without --quiet, the summary line that ends
// it (RunSummary.h).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_SARIFMAIN_H
#define NDIS_TIDY_TOOL_SARIFMAIN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

namespace ndis {

using TidyMainFn = int (*)(int argc, const char **argv);

/// Runs \p TidyMain (clang-tidy's main) with the SARIF options handled.
/// Without any of them, just calls \p TidyMain with argv unchanged. The
/// response files in argv are expanded already (expandArgs).
int runWithSarif(int argc, const char **argv, TidyMainFn TidyMain);

/// Expands the response files (@FILE) in Argv, as clang-tidy would, into
/// strings Alloc holds. Returns false after saying why it could not.
bool expandArgs(llvm::SmallVectorImpl<const char *> &Argv,
                llvm::BumpPtrAllocator &Alloc);

/// How many words from Argv[I] on are one of the SARIF options above: 0
/// (not one), 1 (`--sarif=FILE`, `--fail-on-new`) or 2 (`--sarif FILE`).
unsigned sarifOptionWords(llvm::ArrayRef<const char *> Argv, size_t I);

} // namespace ndis

#endif
