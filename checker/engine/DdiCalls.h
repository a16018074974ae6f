//===--- DdiCalls.h - Finding the calls the rules know about --------------===//

#ifndef NDIS_TIDY_ENGINE_DDICALLS_H
#define NDIS_TIDY_ENGINE_DDICALLS_H

#include "../rules/RuleSet.h"
#include "Summaries.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <vector>

namespace ndis {

struct DdiCall {
  const clang::CallExpr *Call;
  const DdiRule *Rule;
};

/// The rule for a call: by the callee's name, or else by the name of a
/// macro the call was expanded from (KeAcquireSpinLock is a macro over
/// KeAcquireSpinLockRaiseToDpc on amd64; either name may carry the rule).
const DdiRule *ddiRuleFor(const clang::CallExpr *Call, const RuleSet &Rules,
                          const clang::ASTContext &Ctx);

/// ddiRuleFor's two halves: the rule of the callee's name (remembered per
/// declaration; null for a null FD), and that of the macros the call was
/// expanded from.
const DdiRule *calleeRule(const clang::FunctionDecl *FD, const RuleSet &Rules,
                          const clang::ASTContext &Ctx);
const DdiRule *macroRule(const clang::CallExpr *Call, const RuleSet &Rules,
                         const clang::ASTContext &Ctx);

/// Forgets the callee rules ddiRuleFor remembered: called when a new
/// translation unit starts (TUAnalysis::reset).
void forgetCalleeRules();

/// Argument Index of Call, or null when the call has fewer arguments (a
/// rules file may describe a DDI with more arguments than a driver's
/// header declares; that is never a crash).
const clang::Expr *argOf(const clang::CallExpr *Call, int Index);

/// The name to show for a call: the DDI's rule name (the macro a driver
/// wrote, or the function), else the callee's name.
std::string callName(const clang::CallExpr *Call, const RuleSet &Rules,
                     const clang::ASTContext &Ctx);

/// The same for a call on a chain, wherever it is (another file's call is
/// named by its summary).
std::string callName(CallRef Call, const RuleSet &Rules,
                     const clang::ASTContext &Ctx);

/// Where a call on a chain is: another file's call is looked up in this
/// translation unit's source manager, its file loaded the first time
/// (invalid if the file is gone).
clang::SourceLocation locOf(CallRef Call, clang::ASTContext &Ctx);

/// The file of FID as an absolute path without "." or ".." (how whole-driver
/// summaries name files); empty if FID is not a file.
std::string absoluteFileName(clang::FileID FID, const clang::SourceManager &SM);

/// Where File:Line:Col is in this translation unit's source manager,
/// loading the file if it is not part of the unit; invalid if it is gone.
clang::SourceLocation locateInFile(llvm::StringRef File, unsigned Line,
                                   unsigned Col, clang::ASTContext &Ctx);

/// The source text of E as the user wrote it (the macro call for code from
/// a macro expansion).
std::string sourceText(const clang::Expr *E, const clang::ASTContext &Ctx);

} // namespace ndis

#endif
