//===--- WholeDriver.h - ndis-tidy --whole-driver: both passes at once ----===//
//
//   ndis-tidy --whole-driver -p BUILD_DIR [-j N] [--summaries-dir=DIR]
//             [clang-tidy options] [--sarif...] [files...]
//
// runs whole-driver analysis (docs/whole-driver.md) over the files given,
// or every file of BUILD_DIR/compile_commands.json, in two passes of this
// same executable, each as N processes over a share of the files:
//
//   collect   ndis-tidy --quiet --export-summaries=DIR OPTIONS SHARE
//             (its output is discarded; a process that fails is named
//             with its files)
//      |
//      v      every file's summary is in DIR (default
//             BUILD_DIR/ndis-tidy-summaries, kept between runs)
//   analyse   ndis-tidy --import-summaries=DIR --export-summaries=DIR
//             --export-fixes=TMP/shard-K.yaml OPTIONS SHARE
//             (stdout and stderr kept in TMP)
//      |
//      v
//   merge     the diagnostic blocks of every process, each once, sorted
//             (ChildOutput.h); their other stderr lines; "N warnings
//             treated as errors"; the SARIF log and the run summary line
//             from the exported fixes (SarifMain.h, RunSummary.h)
//
// The exit status is clang-tidy's for the whole run: non-zero when any
// process failed (a compiler error, a finding --warnings-as-errors made an
// error, a crash), or --fail-on-new's.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_WHOLEDRIVER_H
#define NDIS_TIDY_TOOL_WHOLEDRIVER_H

#include "WholeDriverArgs.h"
#include "llvm/ADT/ArrayRef.h"

namespace ndis {

/// Runs both passes; returns the exit status.
int runWholeDriver(llvm::ArrayRef<const char *> Argv);

} // namespace ndis

#endif
