//===--- SummaryOptions.cpp - Where whole-driver summaries go -------------===//

#include "SummaryOptions.h"

namespace ndis {

SummaryPaths &commandLineSummaryPaths() {
  static SummaryPaths Paths;
  return Paths;
}

} // namespace ndis
