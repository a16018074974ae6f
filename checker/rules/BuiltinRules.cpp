//===--- BuiltinRules.cpp - rules/ndis.yaml, compiled in ------------------===//
//
// builtinRules() is generated at build time by ndis-rules-gen
// (GenerateRules.cpp): the built-in rules as C++ aggregate literals, so
// starting ndis-tidy parses no YAML. Parsing the file at startup cost about
// ten million instructions per process.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"

namespace ndis {

#include "BuiltinRules.inc"

} // namespace ndis
