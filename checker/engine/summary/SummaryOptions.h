//===--- SummaryOptions.h - Where whole-driver summaries go and come from -===//
//
// Two options, read by every ndis-* check and set once, without a check
// prefix (like RulesFile):
//   ExportSummaries: DIR    write this translation unit's summary into DIR
//   ImportSummaries: PATH   use every summary in PATH (a folder, or one
//                           file) as if those functions were in this unit
// ndis-tidy also takes them as flags (--export-summaries=DIR,
// --import-summaries=PATH), which set the values below before clang-tidy's
// main runs; an option in a .clang-tidy file or -config wins over a flag.
// docs/whole-driver.md.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_SUMMARYOPTIONS_H
#define NDIS_TIDY_ENGINE_SUMMARY_SUMMARYOPTIONS_H

#include <string>

namespace ndis {

struct SummaryPaths {
  std::string Export; ///< a folder; empty: export nothing
  std::string Import; ///< a folder or a file; empty: import nothing
  bool operator==(const SummaryPaths &O) const {
    return Export == O.Export && Import == O.Import;
  }
};

/// The values ndis-tidy's flags gave (empty in the plugin).
SummaryPaths &commandLineSummaryPaths();

} // namespace ndis

#endif
