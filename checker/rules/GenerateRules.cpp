//===--- GenerateRules.cpp - ndis-rules-gen: the built-in rules as C++ ----===//
//
//   ndis-rules-gen RULES.yaml OUT.inc
//
// Runs on the build host. rules/ndis.yaml goes through the parser a user's
// RulesFile goes through, so a mistake in it stops the build with its file,
// line and column; what parses is written as the C++ that rebuilds it
// (RulesCpp.h), which BuiltinRules.cpp compiles in.
//
//===----------------------------------------------------------------------===//

#include "InputFile.h"
#include "RuleSet.h"
#include "RulesCpp.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

int main(int Argc, char **Argv) {
  if (Argc != 3) {
    llvm::errs() << "usage: ndis-rules-gen RULES.yaml OUT.inc\n";
    return 2;
  }
  llvm::StringRef In = Argv[1], Out = Argv[2];
  auto Buffer = ndis::readInputFile(In, "rules file", ndis::RulesFileLimit);
  if (!Buffer) {
    llvm::errs() << llvm::toString(Buffer.takeError()) << "\n";
    return 1;
  }
  auto Rules = ndis::parseRules((*Buffer)->getBuffer(), In);
  if (!Rules) {
    llvm::errs() << llvm::toString(Rules.takeError()) << "\n";
    return 1;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Out, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    llvm::errs() << Out << ": " << EC.message() << "\n";
    return 1;
  }
  ndis::writeRulesCpp(OS, *Rules);
  OS.close();
  if (OS.has_error()) {
    llvm::errs() << Out << ": " << OS.error().message() << "\n";
    OS.clear_error();
    return 1;
  }
  return 0;
}
