//===--- SummaryNames.h - The names the summary file gives enum values ----===//
//
// Shared by the writer (SummaryWrite.cpp) and the reader (SummaryRead.cpp),
// so that what one writes the other reads.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_SUMMARYNAMES_H
#define NDIS_TIDY_ENGINE_SUMMARY_SUMMARYNAMES_H

#include "UnitSummary.h"

namespace ndis {

inline const char *howName(RoleEvidence::How H) {
  switch (H) {
  case RoleEvidence::Typedef: return "typedef";
  case RoleEvidence::Field: return "field";
  case RoleEvidence::Registration: return "registration";
  case RoleEvidence::Option: return "option";
  }
  return "field";
}

inline const char *sourceKindName(IrqlSource::Kind K) {
  switch (K) {
  case IrqlSource::None: return "none";
  case IrqlSource::Role: return "role";
  case IrqlSource::Sal: return "sal";
  case IrqlSource::Lock: return "lock";
  case IrqlSource::Raise: return "raise";
  case IrqlSource::Required: return "required";
  }
  return "none";
}

} // namespace ndis

#endif
