//===--- RulesCache.cpp - The built-in rules and user overrides -----------===//
//
// Every check instance asks for its RuleSet; the built-in rules are built
// once per process and an override file is read and parsed once per
// process, so many checks and many translation units share one RuleSet, or
// one error: a bad file is not parsed again by each check for each file.
//
// NDIS_TIDY_TRACE_RULES=1 in the environment says on stderr each time a
// rules file is actually read (the tests count them).
//
//===----------------------------------------------------------------------===//

#include "InputFile.h"
#include "RuleSet.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

namespace ndis {

std::shared_ptr<const RuleSet> defaultRules() {
  static std::shared_ptr<const RuleSet> Rules =
      std::make_shared<const RuleSet>(builtinRules());
  return Rules;
}

namespace {
/// What reading one file gave: its rules merged over the built-in ones,
/// or the error.
struct Loaded {
  std::shared_ptr<const RuleSet> Rules;
  std::string Error;
};

Loaded load(llvm::StringRef Path) {
  if (llvm::sys::Process::GetEnv("NDIS_TIDY_TRACE_RULES"))
    llvm::errs() << "ndis-tidy: reading rules file '" << Path << "'\n";
  auto Buffer = readInputFile(Path, "rules file", RulesFileLimit);
  if (!Buffer)
    return {nullptr, llvm::toString(Buffer.takeError())};
  std::shared_ptr<const RuleSet> Builtin = defaultRules();
  auto Parsed = parseRules((*Buffer)->getBuffer(), Path, Builtin.get());
  if (!Parsed)
    return {nullptr, llvm::toString(Parsed.takeError())};
  RuleSet Merged = *Builtin;
  Merged.merge(*Parsed);
  return {std::make_shared<const RuleSet>(std::move(Merged)), ""};
}
} // namespace

llvm::Expected<std::shared_ptr<const RuleSet>>
rulesWithOverrides(llvm::StringRef Path) {
  if (Path.empty())
    return defaultRules();

  static std::mutex Lock;
  static llvm::StringMap<Loaded> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(Path);
  if (It == Cache.end())
    It = Cache.try_emplace(Path, load(Path)).first;
  if (It->second.Rules)
    return It->second.Rules;
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 It->second.Error);
}

} // namespace ndis
