//===--- LegacyPacketPoolCheck.cpp ----------------------------------------===//
//
// A translation unit is an NDIS 6 driver when it defines one of the rules'
// ndis6-macros (NDIS620_MINIPORT, ...; often on the command line) or
// allocates a NET_BUFFER_LIST or NET_BUFFER pool. NDIS 6 drivers do not
// use packet pools ("Allocating Network Data Pools in an NDIS 6.0 Protocol
// Driver").
//
//===----------------------------------------------------------------------===//

#include "LegacyPacketPoolCheck.h"
#include "../engine/DdiCalls.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {
namespace {
class VersionMacros : public PPCallbacks {
public:
  VersionMacros(LegacyPacketPoolCheck &Check, const RuleSet &Rules)
      : Check(Check), Rules(Rules) {}
  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    if (!Check.Ndis6Macro.empty())
      return;
    StringRef Id = Name.getIdentifierInfo()->getName();
    if (Rules.isNdis6Macro(Id)) {
      Check.Ndis6Macro = Id.str();
      Check.Ndis6MacroLoc = Name.getLocation();
    }
  }

private:
  LegacyPacketPoolCheck &Check;
  const RuleSet &Rules;
};

/// False for a macro from -D (clang's "<command line>" buffer) or a
/// predefined one: the note then has no place in a file to point at.
bool definedInAFile(SourceLocation Loc, const SourceManager &SM) {
  SourceLocation File = SM.getExpansionLoc(Loc);
  return !SM.isWrittenInCommandLineFile(File) &&
         !SM.isWrittenInBuiltinFile(File) &&
         SM.getFileEntryRefForID(SM.getFileID(File));
}
} // namespace

void LegacyPacketPoolCheck::registerPPCallbacks(const SourceManager &SM,
                                                Preprocessor *PP,
                                                Preprocessor *MEPP) {
  NdisCheck::registerPPCallbacks(SM, PP, MEPP);
  // A new translation unit is about to be preprocessed (matching, and
  // onStartOfTranslationUnit, come only after it).
  Ndis6Macro.clear();
  Ndis6MacroLoc = SourceLocation();
  this->PP = PP;
  if (rules())
    PP->addPPCallbacks(std::make_unique<VersionMacros>(*this, *rules()));
}

/// clangd keeps the lines before the main file's last #include in a
/// preamble, whose #defines the preprocessor no longer announces when it
/// builds the AST. Their definitions are still in its macro table: the
/// earliest NDIS 6 macro defined there (and not #undef'd) stands in.
void LegacyPacketPoolCheck::findMacroInPreamble(const SourceManager &SM) {
  if (!Ndis6Macro.empty() || !PP)
    return;
  for (const auto &Entry : rules()->ndis6Macros()) {
    IdentifierInfo *II = PP->getIdentifierInfo(Entry.first());
    const MacroInfo *MI = PP->getMacroInfo(II);
    if (!MI)
      continue;
    SourceLocation Loc = MI->getDefinitionLoc();
    if (Ndis6Macro.empty() || SM.isBeforeInTranslationUnit(Loc, Ndis6MacroLoc)) {
      Ndis6Macro = Entry.first().str();
      Ndis6MacroLoc = Loc;
    }
  }
}

void LegacyPacketPoolCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  findMacroInPreamble(Ctx.getSourceManager());

  const PoolSite *Ndis6Pool = nullptr;
  for (const PoolSite &P : A.Facts.Pools)
    if (!Ndis6Pool && (P.Kind == ObjKind::NetBufferList ||
                       P.Kind == ObjKind::NetBuffer))
      Ndis6Pool = &P;
  if (Ndis6Macro.empty() && !Ndis6Pool)
    return;

  std::string Replacement =
      rules()->ddiFor(EffectKind::AllocatePool, ObjKind::NetBufferList);

  for (const PoolSite &P : A.Facts.Pools) {
    // (A helper's call that hands back a pool it allocated is not another
    // allocation: the DDI in the helper is reported, in its own file.)
    if (P.Kind != ObjKind::Packet || !ddiRuleFor(P.Call, *rules(), Ctx))
      continue;
    diag(P.Call->getBeginLoc(),
         "%0 allocates an NDIS 5 packet pool in an NDIS 6 driver")
        << callName(P.Call, *rules(), Ctx);
    if (!Ndis6Macro.empty() && Ndis6MacroLoc.isValid())
      diag(Ndis6MacroLoc, "the driver is built for NDIS 6: %0 is defined %1",
           DiagnosticIDs::Note)
          << Ndis6Macro
          << (definedInAFile(Ndis6MacroLoc, Ctx.getSourceManager())
                  ? "here"
                  : "on the command line");
    else if (Ndis6Pool)
      diag(Ndis6Pool->Call->getBeginLoc(),
           "the driver is an NDIS 6 driver: it allocates a %0 pool here",
           DiagnosticIDs::Note)
          << objKindCName(Ndis6Pool->Kind);
    diag(P.Call->getBeginLoc(),
         "NDIS 6 drivers use NET_BUFFER_LIST structures instead: allocate a "
         "pool with %0 and fAllocateNetBuffer = TRUE in its "
         "NET_BUFFER_LIST_POOL_PARAMETERS",
         DiagnosticIDs::Note)
        << (Replacement.empty() ? "NdisAllocateNetBufferListPool"
                                : Replacement);
  }
}

} // namespace ndis
