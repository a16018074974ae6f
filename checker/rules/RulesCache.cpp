//===--- RulesCache.cpp - The built-in rules and user overrides -----------===//
//
// Every check instance asks for its RuleSet; the built-in rules are built
// once per process and an override file is parsed once per process, so many
// checks and many translation units share one RuleSet.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include <mutex>

namespace ndis {

std::shared_ptr<const RuleSet> defaultRules() {
  static std::shared_ptr<const RuleSet> Rules =
      std::make_shared<const RuleSet>(builtinRules());
  return Rules;
}

llvm::Expected<std::shared_ptr<const RuleSet>>
rulesWithOverrides(llvm::StringRef Path) {
  if (Path.empty())
    return defaultRules();

  static std::mutex Lock;
  static llvm::StringMap<std::shared_ptr<const RuleSet>> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  if (auto It = Cache.find(Path); It != Cache.end())
    return It->second;

  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "%s: cannot read rules file: %s",
        Path.str().c_str(), Buffer.getError().message().c_str());
  auto Parsed = parseRules((*Buffer)->getBuffer(), Path);
  if (!Parsed)
    return Parsed.takeError();
  RuleSet Merged = *defaultRules();
  Merged.merge(*Parsed);
  auto Shared = std::make_shared<const RuleSet>(std::move(Merged));
  Cache[Path] = Shared;
  return Shared;
}

} // namespace ndis
