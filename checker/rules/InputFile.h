//===--- InputFile.h - Reading a file ndis-tidy opens itself --------------===//
//
// Every file ndis-tidy reads on its own (a RulesFile, the built-in rules at
// build time, clang-tidy's exported fixes, a SARIF baseline, the source
// lines quoted in a SARIF log) goes through readInputFile: regular files
// only, and no larger than the limit for that kind of file. A device
// (/dev/zero) would be read until memory runs out and a FIFO with no writer
// would block forever; both are refused before they are opened.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_RULES_INPUTFILE_H
#define NDIS_TIDY_RULES_INPUTFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include <cstdint>
#include <memory>

namespace ndis {

/// A rules file (docs/rules-file.md). rules/ndis.yaml is under 50 KiB.
constexpr uint64_t RulesFileLimit = 4u << 20;
/// The other files: clang-tidy's --export-fixes YAML, a SARIF baseline, a
/// source file quoted in a SARIF log, a response file (docs/ci.md).
constexpr uint64_t ToolInputLimit = 256u << 20;

/// The bytes of the regular file at Path, if it is no larger than Limit.
/// Errors read "<Path>: <What> ..." ("cannot read", "is not a regular
/// file", "is larger than the N MiB limit").
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef Path, llvm::StringRef What, uint64_t Limit);

/// The same test without reading, for a file another reader opens (a
/// response file): success if Path does not exist, is a regular file no
/// larger than Limit.
llvm::Error checkInputFile(llvm::StringRef Path, llvm::StringRef What,
                           uint64_t Limit);

} // namespace ndis

#endif
