//===--- DdiCalls.cpp - Finding the calls the rules know about ------------===//

#include "DdiCalls.h"
#include "llvm/Support/Path.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ndis {

namespace {
/// Most calls are to a few functions: each callee's rule, remembered for
/// the translation unit being analysed. Keyed by declaration, so it must
/// be forgotten between translation units: the next one's ASTContext and
/// declarations may be allocated at the addresses the last one freed, and
/// a stale entry would give a driver's own function a DDI's rule.
struct CalleeRules {
  const RuleSet *Rules = nullptr;
  const ASTContext *Ctx = nullptr;
  llvm::DenseMap<const FunctionDecl *, const DdiRule *> ByCallee;
};
CalleeRules &calleeRules() {
  static thread_local CalleeRules C;
  return C;
}
} // namespace

void forgetCalleeRules() {
  CalleeRules &C = calleeRules();
  C.ByCallee.clear();
  C.Rules = nullptr;
  C.Ctx = nullptr;
}

const DdiRule *calleeRule(const FunctionDecl *FD, const RuleSet &Rules,
                          const ASTContext &Ctx) {
  if (!FD)
    return nullptr;
  CalleeRules &C = calleeRules();
  if (C.Rules != &Rules || C.Ctx != &Ctx) {
    C.ByCallee.clear();
    C.Rules = &Rules;
    C.Ctx = &Ctx;
  }
  auto [It, New] = C.ByCallee.try_emplace(FD->getCanonicalDecl(), nullptr);
  if (New)
    if (const IdentifierInfo *II = FD->getIdentifier())
      It->second = Rules.ddi(II->getName());
  return It->second;
}

const DdiRule *macroRule(const CallExpr *Call, const RuleSet &Rules,
                         const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Call->getBeginLoc();
  // Walk out through the macro expansions the call came from; a handful of
  // levels is all the WDK uses.
  for (int Depth = 0; Loc.isMacroID() && Depth < 8; ++Depth) {
    StringRef Macro = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
    if (const DdiRule *R = Rules.ddi(Macro))
      return R;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return nullptr;
}

const DdiRule *ddiRuleFor(const CallExpr *Call, const RuleSet &Rules,
                          const ASTContext &Ctx) {
  if (const DdiRule *R = calleeRule(Call->getDirectCallee(), Rules, Ctx))
    return R;
  return macroRule(Call, Rules, Ctx);
}

const Expr *argOf(const CallExpr *Call, int Index) {
  if (Index < 0 || static_cast<unsigned>(Index) >= Call->getNumArgs())
    return nullptr;
  return Call->getArg(Index);
}

std::string callName(const CallExpr *Call, const RuleSet &Rules,
                     const ASTContext &Ctx) {
  // A call from a macro is named as the driver wrote it: KeRaiseIrql, not
  // the KfRaiseIrql it expands to.
  SourceLocation Loc = Call->getBeginLoc();
  if (Loc.isMacroID()) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation At = SM.getExpansionLoc(Loc);
    StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(At, At), SM, Ctx.getLangOpts());
    if (!Text.empty() && (isalpha(Text[0]) || Text[0] == '_') &&
        Rules.ddi(Text))
      return Text.str();
  }
  if (const DdiRule *R = ddiRuleFor(Call, Rules, Ctx))
    return R->Name;
  if (const FunctionDecl *FD = Call->getDirectCallee())
    return FD->getNameAsString();
  return "the call";
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (Range.isInvalid())
    Range = CharSourceRange::getTokenRange(
        SM.getExpansionRange(E->getSourceRange()).getAsRange());
  return Lexer::getSourceText(Range, SM, Ctx.getLangOpts()).str();
}

} // namespace ndis

namespace ndis {

std::string callName(CallRef Call, const RuleSet &Rules,
                     const clang::ASTContext &Ctx) {
  if (const clang::CallExpr *C = Call.local())
    return callName(C, Rules, Ctx);
  if (const ExternalCall *X = Call.external())
    return X->Callee;
  return "?";
}

std::string absoluteFileName(clang::FileID FID,
                             const clang::SourceManager &SM) {
  clang::OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID);
  if (!FE)
    return "";
  llvm::SmallString<256> Path(FE->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

clang::SourceLocation locateInFile(llvm::StringRef File, unsigned Line,
                                   unsigned Col, clang::ASTContext &Ctx) {
  clang::SourceManager &SM = Ctx.getSourceManager();
  auto FE = SM.getFileManager().getOptionalFileRef(File);
  if (!FE || !Line)
    return {};
  clang::FileID FID = SM.getOrCreateFileID(*FE, clang::SrcMgr::C_User);
  if (FID.isInvalid())
    return {};
  return SM.translateLineCol(FID, Line, Col ? Col : 1);
}

clang::SourceLocation locOf(CallRef Call, clang::ASTContext &Ctx) {
  if (const clang::CallExpr *C = Call.local())
    return C->getBeginLoc();
  const ExternalCall *X = Call.external();
  if (!X)
    return {};
  if (!X->Resolved) {
    X->Resolved = true;
    X->Loc = locateInFile(X->File, X->Line, X->Col, Ctx);
  }
  return X->Loc;
}

} // namespace ndis
