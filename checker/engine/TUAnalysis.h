//===--- TUAnalysis.h - The analysis of one translation unit --------------===//
//
// Built once per translation unit, on the first check that asks, and shared
// by every check (they differ only in what they report):
//
//   DriverModel ──► ValueAliases ──► HandleFlow, bottom-up ──► summaries,
//                                                              flow events
//                   PoolFacts (flow-insensitive, TU-wide)
//                   Lifecycle (cross-function, from the summaries)
//
// ValueAliases and PoolFacts are filled function by function during the
// model's walk of the bodies, while each body is still in the caches (the
// flows walk again only the bodies that touch a pool or a lock).
//
// The checks drop it at the start of each translation unit
// (NdisCheck::onStartOfTranslationUnit).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_TUANALYSIS_H
#define NDIS_TIDY_ENGINE_TUANALYSIS_H

#include "DriverModel.h"
#include "HandleFlow.h"
#include "Lifecycle.h"
#include "LockIrqlFlow.h"
#include "PoolFacts.h"
#include "ValueAliases.h"
#include "summary/DriverIndex.h"
#include "summary/SummaryOptions.h"
#include <deque>
#include <memory>

namespace ndis {

struct AnalysisOptions {
  /// "Function=ROLE" pairs (the Roles option).
  std::vector<std::pair<std::string, std::string>> ExtraRoles;
  /// ExportSummaries / ImportSummaries (SummaryOptions.h).
  SummaryPaths Summaries;
  /// Checks with the same options share one analysis.
  std::string key() const {
    std::string K;
    for (const auto &[F, R] : ExtraRoles)
      K += F + "=" + R + ";";
    return K + "|" + Summaries.Export + "|" + Summaries.Import;
  }
};

class TUAnalysis {
public:
  TUAnalysis(clang::ASTContext &Ctx, const RuleSet &Rules,
             const AnalysisOptions &Options);

  /// The analysis of the translation unit of Ctx with these rules.
  static const TUAnalysis &get(clang::ASTContext &Ctx, const RuleSet &Rules,
                               const AnalysisOptions &Options);
  /// Forgets every analysis (a new translation unit starts).
  static void reset();

  /// The other files' summaries (ImportSummaries), or null. First: the
  /// model takes roles from them.
  std::unique_ptr<DriverIndex> Imports;
  // (Aliases and Facts come first: the model's walk fills them.)
  ValueAliases Aliases;
  PoolFacts Facts;
  DriverModel Model;
  SummaryMap Summaries;
  std::vector<FlowEvent> Events;
  std::vector<TeardownFinding> Teardown;
  std::vector<LeakFinding> Leaks;
  /// SAL IRQL annotations by function (canonical declaration).
  llvm::DenseMap<const clang::FunctionDecl *, SalIrql> Sal;
  std::vector<LockIrqlEvent> LockEvents;
  /// What the events' _Requires_lock_held_ locks point to (their acquire).
  std::deque<ExternalCall> LockEntrySites;
  /// Where the events' held locks keep their keys (HeldLock::Key).
  std::unique_ptr<Interner> LockStrings;
  /// Problems with the summaries read or written (errors), and summaries
  /// left out (notes): the checks report each once.
  std::vector<std::string> SummaryErrors, SummaryNotes;

private:
  void exportSummary(clang::ASTContext &Ctx, const RuleSet &Rules,
                     const SummaryPaths &Paths, LockIrqlOutcome &Locks);
};

/// The main file of Ctx's translation unit, absolute: how summaries name
/// their source.
std::string mainFilePath(const clang::ASTContext &Ctx);

} // namespace ndis

#endif
