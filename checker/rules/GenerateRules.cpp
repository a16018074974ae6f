//===--- GenerateRules.cpp - ndis-rules-gen: the built-in rules as C++ ----===//
//
//   ndis-rules-gen RULES.yaml [MORE.yaml ...] OUT.inc
//
// Runs on the build host. Each rules file goes through the parser a user's
// RulesFile goes through, so a mistake in it stops the build with its file,
// line and column; what parses is written as the C++ that rebuilds it
// (RulesCpp.h), which BuiltinRules.cpp compiles in.
//
// Several files are layered, the first on top: rules/ndis.yaml (written by
// hand: effects, fields, phases) over rules/ddi-irql.yaml (generated from
// the DDI reference's metadata: names, IRQL and pages only).
//
//   entry in the upper file only     -> kept
//   entry in a lower file only       -> added
//   entry in both                    -> the upper one, whole; their IRQL
//                                       must be the same, or the build
//                                       stops (decide it in one of them)
//   upper entry without an IRQL      -> takes the lower file's
//
//===----------------------------------------------------------------------===//

#include "InputFile.h"
#include "RuleSet.h"
#include "RulesCpp.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace {

std::optional<ndis::RuleSet> readRules(llvm::StringRef In) {
  auto Buffer = ndis::readInputFile(In, "rules file", ndis::RulesFileLimit);
  if (!Buffer) {
    llvm::errs() << llvm::toString(Buffer.takeError()) << "\n";
    return std::nullopt;
  }
  auto Rules = ndis::parseRules((*Buffer)->getBuffer(), In);
  if (!Rules) {
    llvm::errs() << llvm::toString(Rules.takeError()) << "\n";
    return std::nullopt;
  }
  return std::move(*Rules);
}

std::string rangeText(const std::optional<ndis::IrqlRange> &R) {
  return R ? R->str() : "no IRQL";
}

/// Adds Lower's entries under Upper's (see the table above). Reports each
/// IRQL disagreement; returns false if there was one.
bool layerUnder(ndis::RuleSet &Upper, llvm::StringRef UpperName,
                const ndis::RuleSet &Lower, llvm::StringRef LowerName) {
  bool Ok = true;
  auto Disagree = [&](llvm::StringRef What, llvm::StringRef Name,
                      const std::string &Up, const std::string &Low) {
    llvm::errs() << UpperName << ": " << What << " '" << Name << "' is "
                 << Up << " here but " << Low << " in " << LowerName
                 << ": make them agree, or decide the page's value in "
                    "rules/ddi-irql-irregular.txt\n";
    Ok = false;
  };
  for (const auto &Entry : Lower.ddis()) {
    const ndis::DdiRule &Low = Entry.second;
    const ndis::DdiRule *Up = Upper.ddi(Low.Name);
    if (!Up) {
      Upper.addDdi(Low);
    } else if (!Up->Irql && Low.Irql) {
      ndis::DdiRule Filled = *Up;
      Filled.Irql = Low.Irql;
      Upper.addDdi(std::move(Filled));
    } else if (Up->Irql && Low.Irql &&
               (Up->Irql->Min != Low.Irql->Min ||
                Up->Irql->Max != Low.Irql->Max)) {
      Disagree("DDI", Low.Name, rangeText(Up->Irql), rangeText(Low.Irql));
    }
  }
  std::vector<ndis::RoleRule> Added;
  for (const auto &Entry : Lower.roles()) {
    const ndis::RoleRule &Low = Entry.second;
    const ndis::RoleRule *Up = Upper.role(Low.Name);
    if (!Up)
      Added.push_back(Low);
    else if (Up->Irql.Min != Low.Irql.Min || Up->Irql.Max != Low.Irql.Max)
      Disagree("role", Low.Name, Up->Irql.str(), Low.Irql.str());
  }
  Upper.addRoles(std::move(Added));
  for (const auto &Entry : Lower.ndis6Macros())
    Upper.addNdis6Macro(Entry.first());
  return Ok;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 3) {
    llvm::errs() << "usage: ndis-rules-gen RULES.yaml [MORE.yaml ...] "
                    "OUT.inc\n";
    return 2;
  }
  llvm::StringRef Out = Argv[Argc - 1];
  std::optional<ndis::RuleSet> Rules = readRules(Argv[1]);
  if (!Rules)
    return 1;
  bool Ok = true;
  for (int I = 2; I < Argc - 1; ++I) {
    std::optional<ndis::RuleSet> Lower = readRules(Argv[I]);
    if (!Lower)
      return 1;
    Ok &= layerUnder(*Rules, Argv[1], *Lower, Argv[I]);
  }
  if (!Ok)
    return 1;
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
