//===--- NdisCheck.cpp - What every ndis-* check shares -------------------===//

#include "NdisCheck.h"
#include "../engine/DdiCalls.h"
#include "clang/AST/ParentMapContext.h"
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

NdisCheck::NdisCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RulesFile(Options.getLocalOrGlobal("RulesFile", "").str()),
      RolesOption(Options.getLocalOrGlobal("Roles", "").str()) {
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
}

void NdisCheck::registerPPCallbacks(const clang::SourceManager &,
                                    clang::Preprocessor *PP,
                                    clang::Preprocessor *) {
  if (rules())
    SalAnnotations::attach(*PP);
}

void NdisCheck::matchTranslationUnit(clang::ast_matchers::MatchFinder *Finder) {
  if (rules())
    Finder->addMatcher(clang::ast_matchers::translationUnitDecl().bind("tu"),
                       this);
}

/// The function a statement is in.
static const clang::FunctionDecl *enclosingFunction(const clang::Stmt *S,
                                                     clang::ASTContext &Ctx) {
  clang::DynTypedNode Node = clang::DynTypedNode::create(*S);
  for (int Depth = 0; Depth < 256; ++Depth) {
    auto Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    Node = Parents[0];
    if (const auto *FD = Node.get<clang::FunctionDecl>())
      return FD;
  }
  return nullptr;
}

void NdisCheck::chainNotes(const ChainedSite &Site, clang::ASTContext &Ctx,
                           size_t From) {
  for (size_t I = From; I + 1 < Site.Calls.size(); ++I) {
    const clang::CallExpr *C = Site.Calls[I];
    const clang::FunctionDecl *Caller = enclosingFunction(C, Ctx);
    const clang::FunctionDecl *Callee = C->getDirectCallee();
    diag(C->getBeginLoc(), "'%0' calls '%1' here", clang::DiagnosticIDs::Note)
        << (Caller ? Caller->getName() : llvm::StringRef("?"))
        << (Callee ? Callee->getName() : llvm::StringRef("?"));
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
