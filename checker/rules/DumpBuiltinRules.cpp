//===--- DumpBuiltinRules.cpp - ndis-rules-dump: the compiled-in rules ----===//
//
// Writes the RuleSet built by the generated builtinRules() back out as C++,
// for the test that compares it with what ndis-rules-gen writes from
// rules/ndis.yaml (test/rules/builtin-compiled.test): equal text means the
// generated code rebuilds exactly what the parser read.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"
#include "RulesCpp.h"
#include "llvm/Support/raw_ostream.h"

int main() {
  ndis::writeRulesCpp(llvm::outs(), ndis::builtinRules());
  return 0;
}
