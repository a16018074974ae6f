//===--- RulesCpp.h - A RuleSet written out as the C++ that rebuilds it ---===//
//
// How rules/ndis.yaml is compiled in: ndis-rules-gen parses it at build
// time and writes it with writeRulesCpp (BuiltinRules.inc), so no YAML is
// parsed when ndis-tidy starts. The same writer is also the canonical dump
// that tests the generated code: the RuleSet it builds, written out again,
// must give back the very text it was compiled from.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_RULES_RULESCPP_H
#define NDIS_TIDY_RULES_RULESCPP_H

#include "RuleSet.h"
#include "llvm/Support/raw_ostream.h"

namespace ndis {

/// Writes the definition of `RuleSet builtinRules()` (to be compiled inside
/// namespace ndis) that returns a RuleSet equal to Rules. Entries come in
/// name order, so equal RuleSets give equal text.
void writeRulesCpp(llvm::raw_ostream &OS, const RuleSet &Rules);

} // namespace ndis

#endif
