//===--- SummaryFuzzer.cpp - libFuzzer target: the summary file reader ----===//
//
// Any bytes, read as a whole-driver summary file would be (readSummary).
// Nothing may crash, hang, leak or trip a sanitizer; a rejected file must
// be named in its error ("cannot read summary 'fuzz.json': ...", or the
// remark for one of another format version). What reads must write back,
// and the written text must read again to the same text
// (docs/whole-driver.md).
//
//===----------------------------------------------------------------------===//

#include "../../checker/engine/summary/SummaryFile.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

static constexpr const char *FileName = "fuzz.json";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto Read = ndis::readSummary(Text, FileName);
  if (!Read) {
    // (One of another format version is left out with a remark that
    // names it, OtherVersionError.)
    std::string Message = llvm::toString(Read.takeError());
    llvm::StringRef M(Message);
    if (!M.starts_with("cannot read summary 'fuzz.json': ") &&
        !M.starts_with("summary 'fuzz.json' is of format version ")) {
      std::fprintf(stderr, "summary error without the file: %s\n",
                   Message.c_str());
      std::abort();
    }
    return 0;
  }
  std::string Written = ndis::writeSummary(**Read);
  auto Again = ndis::readSummary(Written, FileName);
  if (!Again) {
    std::fprintf(stderr, "a summary written from one read does not read: %s\n",
                 llvm::toString(Again.takeError()).c_str());
    std::abort();
  }
  if (ndis::writeSummary(**Again) != Written) {
    std::fprintf(stderr, "a summary does not write back the same\n");
    std::abort();
  }
  return 0;
}
