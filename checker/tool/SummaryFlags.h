//===--- SummaryFlags.h - --export-summaries, --import-summaries ----------===//
//
// ndis-tidy's flags for whole-driver analysis (docs/whole-driver.md):
//
//   --export-summaries=DIR    write each translation unit's summary into
//                             DIR (created if missing)
//   --import-summaries=PATH   use the summaries in PATH (a folder or one
//                             file) as if their functions were in this unit
//
// They are taken out of the command line before clang-tidy's main sees it
// and set ndis::commandLineSummaryPaths() (engine/summary/SummaryOptions.h),
// as absolute paths: the checks run in each compile command's directory.
// The options ExportSummaries / ImportSummaries of a .clang-tidy file or
// -config win over them.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_TOOL_SUMMARYFLAGS_H
#define NDIS_TIDY_TOOL_SUMMARYFLAGS_H

#include <vector>

namespace ndis {

/// Removes the two flags (`--name=VALUE` or `--name VALUE`, before a "--")
/// from Args and sets commandLineSummaryPaths(). Returns false, after
/// printing why, on a flag without a value or an export folder that cannot
/// be created.
bool takeSummaryFlags(std::vector<const char *> &Args);

} // namespace ndis

#endif
