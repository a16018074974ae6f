//===--- YamlShape.h - What a rules file may be before YAML I/O reads it --===//
//
// YAML I/O builds its tree by recursion and follows YAML wherever it goes,
// so a rules file is looked at first, with nothing but an explicit stack:
//
//   bytes ──► UTF-8 text? ──► one document? ──► nesting <= MaxRulesDepth,
//             no NUL, no       no second '---'   no anchor (&a), alias (*a)
//             UTF-16 BOM                         or merge key (<<)
//
// Each refusal is reported through the SourceMgr, at the offending byte or
// node. On the way, the walk notes which key each value belongs to, so that
// YAML I/O's terse complaints ("unexpected scalar") can say what the key
// expected.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_RULES_YAMLSHAPE_H
#define NDIS_TIDY_RULES_YAMLSHAPE_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SourceMgr.h"
#include <string>

namespace ndis {

/// Values nested deeper than this are refused (rules/ndis.yaml needs 6:
/// the file, ddis, a DDI, its effects, an effect, its values).
constexpr unsigned MaxRulesDepth = 32;

/// The key a mapping value (or an item of a list under a key) belongs to,
/// and what the value is.
struct ValueOfKey {
  std::string Key;
  enum Shape { Scalar, List, Mapping } Is = Scalar;
};
/// By where the value starts in the file (as the parser reports it).
using KeyOfValue = llvm::DenseMap<const char *, ValueOfKey>;

/// Checks the buffer SM holds (its only one). Returns false after
/// reporting the first problem through SM.
bool checkYamlShape(llvm::SourceMgr &SM, KeyOfValue &Keys);

} // namespace ndis

#endif
