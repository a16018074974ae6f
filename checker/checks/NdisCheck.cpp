//===--- NdisCheck.cpp - What every ndis-* check shares -------------------===//

#include "NdisCheck.h"
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
      RulesFile(Options.getLocalOrGlobal("RulesFile", "").str()) {
  auto Loaded = rulesWithOverrides(RulesFile);
  if (Loaded) {
    Rules = std::move(*Loaded);
    return;
  }
  std::string Message = llvm::toString(Loaded.takeError());
  if (firstReport(Message))
    configurationDiag("%0", clang::DiagnosticIDs::Error) << Message;
}

void NdisCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RulesFile", RulesFile);
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
