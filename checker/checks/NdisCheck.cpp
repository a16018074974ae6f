//===--- NdisCheck.cpp - What every ndis-* check shares -------------------===//

#include "NdisCheck.h"
#include "../engine/DdiCalls.h"
#include "../engine/summary/SummaryOptions.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringSet.h"
#include <mutex>

namespace ndis {

/// Reports each configuration error once per process, however many checks
/// and translation units run into it.
static bool firstReport(llvm::StringRef Message) {
  static std::mutex Lock;
  static llvm::StringSet<> Seen;
  std::lock_guard<std::mutex> Guard(Lock);
  return Seen.insert(Message).second;
}

/// Can the `Checks` list enable any check but ndis-* ones? The globs apply
/// in order, the last match deciding (the list clang-tidy hands us starts
/// with its defaults, `clang-diagnostic-*,clang-analyzer-*`). A positive
/// glob that does not begin with "ndis-" may enable another module's check;
/// a later `-*` disables everything before it; other negative globs are
/// not relied on.
static bool mayEnableOtherChecks(llvm::StringRef Globs) {
  bool May = false;
  while (!Globs.empty()) {
    auto [Glob, Rest] = Globs.split(',');
    Globs = Rest;
    llvm::SmallVector<llvm::StringRef, 4> Lines;
    Glob.split(Lines, '\n');
    for (llvm::StringRef G : Lines) {
      G = G.trim();
      if (G == "-*")
        May = false;
      else if (!G.empty() && !G.starts_with("-") && !G.starts_with("ndis-"))
        May = true;
    }
  }
  return May;
}

/// After clang-tidy's MatchFinder matches the translation unit itself, it
/// walks every declaration, statement and type in the traversal scope for
/// the other matchers. The ndis-* checks need only the translation unit
/// (they report from TUAnalysis), so when no other check runs that walk
/// serves nobody: narrowing the AST's traversal scope to nothing ends it
/// there. Nothing of ours reads the AST's parent map, which follows that
/// scope.
///
/// The scope goes back as it was when the walk ends: clangd narrows it to
/// the main file's declarations and keeps the AST for its own walks
/// (inlay hints, semantic highlighting), which an empty scope would leave
/// with nothing to show (test/clangd/lsp.test).
void NdisCheck::SkipMatcherWalk::run(
    const clang::ast_matchers::MatchFinder::MatchResult &R) {
  std::vector<clang::Decl *> Scope = R.Context->getTraversalScope();
  if (Scope.empty())
    return; // another ndis-* check narrowed it already
  Saved = std::move(Scope);
  Narrowed = R.Context;
  Narrowed->setTraversalScope({});
}

void NdisCheck::SkipMatcherWalk::onEndOfTranslationUnit() {
  if (Narrowed)
    Narrowed->setTraversalScope(Saved);
  Narrowed = nullptr;
  Saved.clear();
}

NdisCheck::NdisCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      OnlyNdisChecks(
          !mayEnableOtherChecks(Context->getOptions().Checks.value_or(""))),
      RulesFile(Options.getLocalOrGlobal("RulesFile", "").str()),
      RolesOption(Options.getLocalOrGlobal("Roles", "").str()),
      ExportSummaries(Options
                          .getLocalOrGlobal("ExportSummaries",
                                            commandLineSummaryPaths().Export)
                          .str()),
      ImportSummaries(Options
                          .getLocalOrGlobal("ImportSummaries",
                                            commandLineSummaryPaths().Import)
                          .str()) {
  AnalysisOpts.Summaries = {ExportSummaries, ImportSummaries};
  // Roles: "MyHalt=MINIPORT_HALT;MyDpc=KDEFERRED_ROUTINE".
  llvm::SmallVector<llvm::StringRef, 8> Pairs;
  llvm::StringRef(RolesOption).split(Pairs, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Pair : Pairs) {
    auto [Fn, Role] = Pair.split('=');
    Fn = Fn.trim();
    Role = Role.trim();
    if (Fn.empty() || Role.empty()) {
      std::string Message = "invalid entry '" + Pair.str() +
                            "' in option 'Roles'; expected "
                            "'Function=ROLE_TYPEDEF' pairs separated by ';'";
      if (firstReport(Message))
        configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
      continue;
    }
    AnalysisOpts.ExtraRoles.push_back({Fn.str(), Role.str()});
  }
  auto Loaded = rulesWithOverrides(RulesFile);
  if (Loaded) {
    Rules = std::move(*Loaded);
    for (const auto &[Fn, Role] : AnalysisOpts.ExtraRoles)
      if (!Rules->role(Role)) {
        std::string Message = "unknown role '" + Role + "' for '" + Fn +
                              "' in option 'Roles'; roles are the typedef "
                              "names in the rules file (MINIPORT_HALT, ...)";
        if (firstReport(Message))
          configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
      }
    return;
  }
  std::string Message = llvm::toString(Loaded.takeError());
  if (firstReport(Message))
    configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
}

void NdisCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulesFile", RulesFile);
  Options.store(Opts, "Roles", RolesOption);
  Options.store(Opts, "ExportSummaries", ExportSummaries);
  Options.store(Opts, "ImportSummaries", ImportSummaries);
}

const TUAnalysis &NdisCheck::analysis(clang::ASTContext &Ctx) {
  const TUAnalysis &A = TUAnalysis::get(Ctx, *Rules, AnalysisOpts);
  for (const std::string &Message : A.SummaryErrors)
    if (firstReport(Message))
      configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
  for (const std::string &Message : A.SummaryNotes)
    if (firstReport(Message))
      configurationDiag("%0", clang::DiagnosticIDs::Remark) << Message;
  return A;
}

void NdisCheck::registerPPCallbacks(const clang::SourceManager &,
                                    clang::Preprocessor *PP,
                                    clang::Preprocessor *) {
  if (rules())
    SalAnnotations::attach(*PP);
}

void NdisCheck::matchTranslationUnit(clang::ast_matchers::MatchFinder *Finder) {
  if (!rules())
    return;
  Finder->addMatcher(clang::ast_matchers::translationUnitDecl().bind("tu"),
                     this);
  if (OnlyNdisChecks)
    Finder->addMatcher(clang::ast_matchers::translationUnitDecl(), &Skip);
}

void NdisCheck::chainNotes(const ChainedSite &Site, clang::ASTContext &Ctx,
                           size_t From) {
  // Another file's call carries the names its summary recorded.
  auto CallerOf = [&](CallRef C) -> std::string {
    if (const ExternalCall *X = C.external())
      return X->Caller;
    const FunctionInfo *Caller = analysis(Ctx).Model.callerOf(C.local());
    return Caller ? Caller->Fn->getName().str() : "?";
  };
  auto CalleeOf = [](CallRef C) -> std::string {
    if (const ExternalCall *X = C.external())
      return X->Callee;
    const clang::FunctionDecl *Callee = C.local()->getDirectCallee();
    return Callee ? Callee->getName().str() : "?";
  };
  // The calls with a note: all but the last (the DDI, which has its own),
  // counted along the whole chain (a long one in a summary keeps its ends
  // only: Site.at() is null for the calls it left out).
  size_t End = Site.length() ? Site.length() - 1 : 0;
  size_t Count = End > From ? End - From : 0;
  // A long chain shows its ends: the first and the last ChainNotesShown
  // calls, and one note for those between.
  size_t Skip = Count > 2 * ChainNotesShown + 1 ? Count - 2 * ChainNotesShown
                                                : 0;
  for (size_t I = From; I < End; ++I) {
    if (Skip && I == From + ChainNotesShown) {
      // From the function the last call shown enters, down to the one the
      // next call shown leaves.
      CallRef Before = I ? Site.at(I - 1) : CallRef();
      CallRef After = Site.at(I + Skip);
      CallRef First = Site.at(I);
      CallRef Here = First ? First : After;
      if (Here)
        diag(locOf(Here, Ctx), "... %0 more calls, from '%1' down to '%2' ...",
             clang::DiagnosticIDs::Note)
            << static_cast<unsigned>(Skip)
            << (First ? CallerOf(First) : Before ? CalleeOf(Before) : "?")
            << (After ? CallerOf(After) : "?");
      I += Skip - 1;
      continue;
    }
    CallRef C = Site.at(I);
    if (!C)
      continue;
    diag(locOf(C, Ctx), "'%0' calls '%1' here", clang::DiagnosticIDs::Note)
        << CallerOf(C) << CalleeOf(C);
  }
}

const DdiRule *NdisCheck::ruleOf(CallRef C, clang::ASTContext &Ctx) const {
  if (const clang::CallExpr *Local = C.local())
    return ddiRuleFor(Local, *rules(), Ctx);
  if (const ExternalCall *X = C.external())
    return rules()->ddi(X->Callee);
  return nullptr;
}

void NdisCheck::acquisitionNotes(const HeldLock &Lock, clang::ASTContext &Ctx) {
  if (isEntryLockSite(Lock.Acquire)) {
    const ExternalCall &X = *Lock.Acquire.external();
    diag(locOf(Lock.Acquire, Ctx),
         "'%0' is held on entry to '%1', which is annotated %2 here",
         clang::DiagnosticIDs::Note)
        << Lock.Display << X.Caller << X.Callee;
    return;
  }
  if (Lock.Inner.size() > 1)
    chainNotes(ChainedSite{Lock.Inner}, Ctx);
  diag(locOf(Lock.Acquire, Ctx), "'%0' is acquired here by %1",
       clang::DiagnosticIDs::Note)
      << Lock.Display << callName(Lock.Acquire, *rules(), Ctx);
}

void NdisCheck::heldLockNotes(const HeldLock &Lock, const clang::CallExpr *At,
                              clang::ASTContext &Ctx) {
  // Where the lock is taken: the call in its function, through the
  // driver's own lock helpers down to the DDI.
  acquisitionNotes(Lock, Ctx);
  // And the calls from there to the warning's.
  if (!Lock.Calls.empty()) {
    ChainedSite Calls{Lock.Calls};
    Calls.Calls.push_back(At);
    chainNotes(Calls, Ctx);
  }
}

llvm::StringRef NdisCheck::enumOption(llvm::StringRef Name,
                                      llvm::StringRef Default,
                                      llvm::ArrayRef<llvm::StringRef> Allowed) {
  llvm::StringRef Value = Options.get(Name, Default);
  if (llvm::is_contained(Allowed, Value))
    return Value;
  std::string List;
  for (llvm::StringRef A : Allowed)
    List += (List.empty() ? "'" : ", '") + A.str() + "'";
  std::string Message = "invalid value '" + Value.str() + "' for option '" +
                        getID().str() + "." + Name.str() + "'; expected " +
                        List;
  if (firstReport(Message))
    configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
  return Default;
}

} // namespace ndis
