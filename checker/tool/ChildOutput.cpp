//===--- ChildOutput.cpp - Merging what --whole-driver's processes printed ===//

#include "ChildOutput.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"
#include <algorithm>
#include <tuple>

namespace ndis {

bool DiagnosticBlock::operator<(const DiagnosticBlock &O) const {
  return std::tie(File, Line, Column, Text) <
         std::tie(O.File, O.Line, O.Column, O.Text);
}

/// The line without the colour codes --use-color adds.
static std::string withoutColors(llvm::StringRef Line) {
  static const llvm::Regex Escape("\x1b\\[[0-9;]*m");
  std::string Plain = Line.str();
  while (Escape.match(Plain))
    Plain = Escape.sub("", Plain);
  return Plain;
}

/// A line that starts a block: "FILE:LINE:COL: warning: ...", an error, or
/// one without a location ("error: ...").
static bool startsBlock(llvm::StringRef Line, DiagnosticBlock &Block) {
  if (Line.empty() || Line.front() == ' ')
    return false;
  static const llvm::Regex Start(
      "^(([^ ].*):([0-9]+):([0-9]+): )?(warning|error|fatal error): ");
  llvm::SmallVector<llvm::StringRef, 6> M;
  std::string Plain = withoutColors(Line);
  if (!Start.match(Plain, &M))
    return false;
  Block.File = M[2].str();
  Block.Line = Block.Column = 0;
  M[3].getAsInteger(10, Block.Line);
  M[4].getAsInteger(10, Block.Column);
  return true;
}

void splitDiagnosticBlocks(llvm::StringRef Output,
                           std::vector<DiagnosticBlock> &Into) {
  DiagnosticBlock Current;
  bool Open = false;
  while (!Output.empty()) {
    auto [Line, Rest] = Output.split('\n');
    DiagnosticBlock Next;
    if (startsBlock(Line.rtrim('\r'), Next)) {
      if (Open)
        Into.push_back(std::move(Current));
      Current = std::move(Next);
    }
    Open = true;
    Current.Text += Line.str() + "\n";
    Output = Rest;
  }
  if (Open)
    Into.push_back(std::move(Current));
}

void sortUniqueBlocks(std::vector<DiagnosticBlock> &Blocks) {
  std::sort(Blocks.begin(), Blocks.end());
  Blocks.erase(std::unique(Blocks.begin(), Blocks.end()), Blocks.end());
}

unsigned countWarningsAsErrors(const std::vector<DiagnosticBlock> &Blocks) {
  return llvm::count_if(Blocks, [](const DiagnosticBlock &B) {
    return llvm::StringRef(B.Text).split('\n').first.contains(
        ",-warnings-as-errors]");
  });
}

bool isPerRunLine(llvm::StringRef Line) {
  static const llvm::Regex PerRun(
      "^(\\[[0-9]+/[0-9]+\\] Processing file "
      "|[0-9]+ warnings? (and [0-9]+ errors? )?generated\\.$"
      "|Suppressed [0-9]+ warnings? "
      "|Use -header-filter=.* to display errors"
      "|[0-9]+ warnings? treated as errors?$"
      "|Found compiler error\\(s\\)\\.$"
      "|Error while processing .*\\.$"
      "|ndis-tidy: [0-9]+ files?, [0-9]+ findings?)");
  return PerRun.match(Line.rtrim('\r'));
}

} // namespace ndis
