//===--- NdisCheck.h - What every ndis-* check shares ---------------------===//
//
// Every check reads the same rules: the built-in rules/ndis.yaml, with the
// `RulesFile` option's file merged over it. The option may be set for one
// check (`ndis-irql.RulesFile`) or for all of them (`RulesFile`). A rules
// file that does not load is an error, and the check then does nothing.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_NDISCHECK_H
#define NDIS_TIDY_CHECKS_NDISCHECK_H

#include "../engine/TUAnalysis.h"
#include "../rules/RuleSet.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace ndis {

class NdisCheck : public clang::tidy::ClangTidyCheck {
public:
  NdisCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &) const override {
    return true; // drivers are C; C++ drivers use the same DDIs
  }
  /// Every ndis-* check reports from the whole translation unit's
  /// analysis: it runs once per translation unit.
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override {
    matchTranslationUnit(Finder);
  }
  /// A new translation unit: the shared analysis of the last one goes.
  void onStartOfTranslationUnit() override { TUAnalysis::reset(); }
  /// Records the SAL IRQL annotations as the preprocessor expands them.
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

protected:
  /// The rules; null when the rules file failed to load.
  const RuleSet *rules() const { return Rules.get(); }

  /// The analysis of the current translation unit, shared by all checks.
  /// Problems with the whole-driver summaries it read or wrote are
  /// reported here, each once per run.
  const TUAnalysis &analysis(clang::ASTContext &Ctx);

  /// Registers this check to run once per translation unit (for checks
  /// that report from the whole-TU analysis). When the ndis-* checks are
  /// the only ones enabled, the matcher walk over the rest of the AST is
  /// skipped (NdisCheck.cpp, SkipMatcherWalk).
  void matchTranslationUnit(clang::ast_matchers::MatchFinder *Finder);

  /// Notes for each call on a chain but the last: "'A' calls 'B' here".
  /// A chain of more than 2 * ChainNotesShown + 1 such calls shows the
  /// first and the last ChainNotesShown, with one note for the N calls
  /// between ("... N more calls, from 'A' down to 'B' ..."): the notes of a
  /// warning stay a screenful however deep the driver's helpers go.
  void chainNotes(const ChainedSite &Site, clang::ASTContext &Ctx,
                  size_t From = 0);
  static constexpr size_t ChainNotesShown = 4;

  /// The rule of a call on a chain, wherever it is.
  const DdiRule *ruleOf(CallRef C, clang::ASTContext &Ctx) const;

  /// Where a held lock was taken: each call through the driver's lock
  /// helpers, then the acquiring DDI.
  void acquisitionNotes(const HeldLock &Lock, clang::ASTContext &Ctx);

  /// acquisitionNotes, then each call from the function that took the lock
  /// down to At, the call a warning is at, made with the lock held.
  void heldLockNotes(const HeldLock &Lock, const clang::CallExpr *At,
                     clang::ASTContext &Ctx);

  /// Reads an option that must be one of Allowed; a bad value is reported
  /// as a configuration error and Default is used.
  llvm::StringRef enumOption(llvm::StringRef Name, llvm::StringRef Default,
                             llvm::ArrayRef<llvm::StringRef> Allowed);

private:
  /// Ends the matchers' walk after the translation unit when only ndis-*
  /// checks run, and puts the traversal scope back after it (NdisCheck.cpp).
  class SkipMatcherWalk
      : public clang::ast_matchers::MatchFinder::MatchCallback {
    void run(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
    void onEndOfTranslationUnit() override;
    clang::ASTContext *Narrowed = nullptr;
    std::vector<clang::Decl *> Saved;
  };
  SkipMatcherWalk Skip;
  /// Does the `Checks` option enable nothing but ndis-* checks?
  bool OnlyNdisChecks;
  std::string RulesFile;
  std::string RolesOption;
  std::string ExportSummaries, ImportSummaries;
  AnalysisOptions AnalysisOpts;
  std::shared_ptr<const RuleSet> Rules;
};

} // namespace ndis

#endif
