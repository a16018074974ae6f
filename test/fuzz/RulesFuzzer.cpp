//===--- RulesFuzzer.cpp - libFuzzer target: the rules-file parser --------===//
//
// Any bytes, read as a RulesFile would be (parseRules), and what parses
// merged over the built-in rules as rulesWithOverrides does. Nothing may
// crash, hang, leak or trip a sanitizer, and a rejected file must say where:
// every error starts with "<file>:<line>:<column>: " (docs/rules-file.md).
//
//===----------------------------------------------------------------------===//

#include "../../checker/rules/RuleSet.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

static constexpr const char *BufferName = "fuzz.yaml";

/// "fuzz.yaml:12:3: ...": the file, a line and a column, then the text.
static bool saysWhere(llvm::StringRef Message) {
  if (!Message.consume_front(BufferName) || !Message.consume_front(":"))
    return false;
  unsigned Line = 0, Column = 0;
  return !Message.consumeInteger(10, Line) && Message.consume_front(":") &&
         !Message.consumeInteger(10, Column) && Message.starts_with(": ");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<ndis::RuleSet> Parsed = ndis::parseRules(Text, BufferName);
  if (!Parsed) {
    std::string Message = llvm::toString(Parsed.takeError());
    if (!saysWhere(Message)) {
      std::fprintf(stderr, "rules error without file:line:column: %s\n",
                   Message.c_str());
      std::abort();
    }
    return 0;
  }
  static const ndis::RuleSet Builtin = ndis::builtinRules();
  ndis::RuleSet Merged = Builtin;
  Merged.merge(*Parsed);
  // The lookups the checks make, over every name the file brought.
  for (const auto &Entry : Parsed->ddis())
    (void)Merged.ddi(Entry.getKey());
  for (const auto &Entry : Parsed->roles())
    for (const std::string &Field : Entry.getValue().Fields)
      (void)Merged.roleForField(Field, "NDIS_MINIPORT_DRIVER_CHARACTERISTICS");
  return 0;
}
