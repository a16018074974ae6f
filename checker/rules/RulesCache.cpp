//===--- RulesCache.cpp - The built-in rules and user overrides -----------===//
//
// Every check instance asks for its RuleSet; parsing happens once per
// process and per override file, so many checks and many translation units
// share one RuleSet.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <mutex>

namespace ndis {

// rules/ndis.yaml as a string, generated at build time (cmake/EmbedRules).
#include "DefaultRules.inc"

std::shared_ptr<const RuleSet> defaultRules() {
  static std::shared_ptr<const RuleSet> Rules = [] {
    auto Parsed = parseRules(DefaultRulesText, "<built-in rules/ndis.yaml>");
    if (!Parsed) {
      // The build tests the built-in file, so this is a broken build; say so
      // once and carry on with no rules (every check stays silent).
      llvm::errs() << "ndis-tidy: the built-in rules do not parse:\n"
                   << llvm::toString(Parsed.takeError()) << "\n";
      return std::make_shared<const RuleSet>();
    }
    return std::make_shared<const RuleSet>(std::move(*Parsed));
  }();
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
