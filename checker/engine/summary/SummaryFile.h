//===--- SummaryFile.h - The summary file: one JSON document --------------===//
//
// A UnitSummary written out and read back with LLVM's JSON library (no
// new dependency). The format is versioned ({"ndis-tidy-summary": 3}) and
// documented in docs/whole-driver.md. Written deterministically: object
// keys sorted (llvm::json prints them so), lists in the summary's own
// order, which is sorted or follows the source; sites numbered file by
// file, in the order they are first written. The same sources give the
// same bytes.
//
// Reading never trusts the file: every field is checked for its type and
// range, and a file that is not a summary or cut short is an error naming
// the file (and what is wrong), never a crash; one of another version is
// an OtherVersionError (left out as stale).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_SUMMARYFILE_H
#define NDIS_TIDY_ENGINE_SUMMARY_SUMMARYFILE_H

#include "UnitSummary.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace ndis {

/// The JSON text of S.
std::string writeSummary(const UnitSummary &S);

/// Reads Text (from Path, which errors name) into a summary. A summary of
/// another format version (an older ndis-tidy's) fails with an
/// OtherVersionError; anything else that is not a summary, with a string.
llvm::Expected<std::unique_ptr<UnitSummary>>
readSummary(llvm::StringRef Text, llvm::StringRef Path);

/// A summary written in another format version: left out like a stale one
/// (one remark, DriverIndex) until the next export rewrites it, not an
/// error (a folder kept across an upgrade of ndis-tidy is no mistake).
class OtherVersionError : public llvm::ErrorInfo<OtherVersionError> {
public:
  static char ID;
  OtherVersionError(llvm::StringRef Path, int64_t Version);
  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }
  std::string Message;
};

/// The file name a unit's summary is written to in the export folder:
/// the source's base name and a hash of its full path (two files of one
/// name in two folders get two summaries).
std::string summaryFileName(llvm::StringRef Source);

/// Writes S into Dir (atomically: a temporary file renamed into place, so
/// a parallel reader sees the old summary or the new one, never half).
llvm::Error exportSummary(const UnitSummary &S, llvm::StringRef Dir);

constexpr const char *SummaryExtension = ".ndis-summary.json";
/// The key of the format's version: {"ndis-tidy-summary": 3, ...}. Before
/// version 3, {"format": "ndis-tidy-summary", "version": N, ...}.
constexpr const char *SummaryFormat = "ndis-tidy-summary";

} // namespace ndis

#endif
