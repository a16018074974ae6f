//===--- ExportSummary.h - A translation unit's analysis, as a summary ----===//
//
// Turns what TUAnalysis computed into the UnitSummary other files import:
// the same FunctionSummary and LockSummary values, with every call on
// their chains (this file's, or one an import brought in) made a site
// (file, line, column, caller, callee) that means the same in any run.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SUMMARY_EXPORTSUMMARY_H
#define NDIS_TIDY_ENGINE_SUMMARY_EXPORTSUMMARY_H

#include "UnitSummary.h"

namespace ndis {

class TUAnalysis;

UnitSummary summarizeUnit(const TUAnalysis &A, const LockIrqlOutcome &Locks,
                          clang::ASTContext &Ctx, const RuleSet &Rules);

} // namespace ndis

#endif
