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

namespace ndis {

using TidyMainFn = int (*)(int argc, const char **argv);

/// Runs \p TidyMain (clang-tidy's main) with the SARIF options handled.
/// Without any of them, just calls \p TidyMain with argv unchanged.
int runWithSarif(int argc, const char **argv, TidyMainFn TidyMain);

} // namespace ndis

#endif
