//===--- SalAnnotations.cpp - _IRQL_requires_ and friends -----------------===//

#include "SalAnnotations.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

using namespace clang;

namespace ndis {
namespace {

struct Store {
  const Preprocessor *PP = nullptr;
  bool Taken = true;
  std::vector<SalAnnotations::Expansion> Expansions;
};

/// One store per thread: clangd (ndis-clangd) builds the ASTs of several
/// open files at once, each on its own thread, start to end.
Store &store() {
  static thread_local Store S;
  return S;
}

bool isIrqlMacro(StringRef Name) {
  return Name.starts_with("_IRQL_requires") || Name == "_IRQL_raises_" ||
         Name == "__drv_maxIRQL" || Name == "__drv_minIRQL" ||
         Name == "__drv_requiresIRQL" || Name == "__drv_raisesIRQL";
}

class Recorder : public PPCallbacks {
public:
  explicit Recorder(Preprocessor &PP) : PP(PP) {}
  // The preprocessor owns its callbacks: when it goes, so does the store's
  // tie to it. The next translation unit's preprocessor may be allocated
  // at the same address, and must get a recorder of its own, not this
  // one's leftovers.
  ~Recorder() override {
    Store &S = store();
    if (S.PP == &PP)
      S = Store();
  }
  void MacroExpands(const Token &Name, const MacroDefinition &,
                    SourceRange Range, const MacroArgs *Args) override {
    const IdentifierInfo *II = Name.getIdentifierInfo();
    if (!II || !isIrqlMacro(II->getName()))
      return;
    std::string Arg;
    if (Args && Args->getNumMacroArguments() > 0)
      for (const Token *T = Args->getUnexpArgument(0);
           T && T->isNot(tok::eof); ++T)
        Arg += PP.getSpelling(*T);
    SourceLocation Loc =
        PP.getSourceManager().getExpansionLoc(Range.getBegin());
    store().Expansions.push_back({Loc, II->getName().str(), Arg});
  }

private:
  Preprocessor &PP;
};

std::optional<Irql> levelOf(StringRef Text) {
  Text = Text.trim();
  while (Text.consume_front("(") && Text.consume_back(")"))
    Text = Text.trim();
  auto Named = llvm::StringSwitch<std::optional<Irql>>(Text)
                   .Case("PASSIVE_LEVEL", Irql::Passive)
                   .Case("LOW_LEVEL", Irql::Passive)
                   .Case("APC_LEVEL", Irql::Apc)
                   .Case("DISPATCH_LEVEL", Irql::Dispatch)
                   .Default(std::nullopt);
  if (Named)
    return Named;
  unsigned Value;
  if (!Text.getAsInteger(0, Value))
    return Value == 0   ? Irql::Passive
           : Value == 1 ? Irql::Apc
           : Value == 2 ? Irql::Dispatch
                        : Irql::Dirql;
  if (Text.ends_with("_LEVEL")) // HIGH_LEVEL, CLOCK_LEVEL, PROFILE_LEVEL...
    return Irql::Dirql;
  return std::nullopt;
}

void apply(SalIrql &S, const SalAnnotations::Expansion &E) {
  std::optional<Irql> L = levelOf(E.Arg);
  if (!L && E.Macro != "_IRQL_requires_same_")
    return;
  IrqlRange R = S.Requires.value_or(IrqlRange{Irql::Passive, Irql::Dirql});
  StringRef M = E.Macro;
  if (M == "_IRQL_requires_" || M == "__drv_requiresIRQL")
    R = IrqlRange{*L, *L};
  else if (M == "_IRQL_requires_max_" || M == "__drv_maxIRQL")
    R.Max = std::min(R.Max, *L);
  else if (M == "_IRQL_requires_min_" || M == "__drv_minIRQL")
    R.Min = std::max(R.Min, *L);
  else if (M == "_IRQL_raises_" || M == "__drv_raisesIRQL") {
    S.Raises = L;
    return;
  } else
    return;
  if (R.Min > R.Max)
    return; // contradictory annotations: believe none of them
  S.Requires = R;
  if (M != "_IRQL_requires_min_" && M != "__drv_minIRQL")
    S.HasMax = true;
  if (S.Loc.isInvalid()) {
    S.Loc = E.Loc;
    S.Text = E.Macro + "(" + E.Arg + ")";
  }
}

/// The IRQL macros written in the raw text [From, To) of one file, unless a
/// preprocessor directive stands there too (an annotation under an #if
/// may not be the one compiled: stay silent).
void lexAnnotations(const SourceManager &SM, const LangOptions &LO,
                    SourceLocation From, SourceLocation To,
                    std::vector<SalAnnotations::Expansion> &Out) {
  auto [FID, Begin] = SM.getDecomposedLoc(From);
  auto [ToFID, End] = SM.getDecomposedLoc(To);
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(FID, &Invalid);
  if (Invalid || FID != ToFID || Begin > End || End > Buffer.size())
    return;
  Lexer Raw(SM.getLocForStartOfFile(FID), LO, Buffer.begin(),
            Buffer.begin() + Begin, Buffer.begin() + End);
  std::vector<SalAnnotations::Expansion> Found;
  Token T;
  while (!Raw.LexFromRawLexer(T) || T.isNot(tok::eof)) {
    if (T.is(tok::eof))
      break;
    // The raw lexer reads on to the buffer's terminating NUL, past End.
    if (SM.getFileOffset(T.getLocation()) >= End)
      break;
    if (T.is(tok::hash) && T.isAtStartOfLine())
      return;
    if (T.isNot(tok::raw_identifier) || !isIrqlMacro(T.getRawIdentifier()))
      continue;
    SalAnnotations::Expansion E{T.getLocation(), T.getRawIdentifier().str(),
                                ""};
    // The first argument, as written: "(DISPATCH_LEVEL)".
    Token Paren;
    if (Raw.LexFromRawLexer(Paren) || Paren.isNot(tok::l_paren))
      continue;
    unsigned Depth = 1;
    while (Depth > 0 && !Raw.LexFromRawLexer(T) && T.isNot(tok::eof)) {
      if (T.is(tok::l_paren))
        ++Depth;
      else if (T.is(tok::r_paren) && --Depth == 0)
        break;
      else if (T.is(tok::comma) && Depth == 1)
        Depth = ~0u; // past the first argument: skip to the end
      if (Depth != ~0u)
        E.Arg += Lexer::getSpelling(T, SM, LO);
    }
    Found.push_back(std::move(E));
  }
  Out.insert(Out.end(), Found.begin(), Found.end());
}

/// clangd (ndis-clangd) parses the headers once into a preamble, and the
/// preprocessor does not expand their macros again when it builds the AST:
/// the annotations on prototypes in the driver's own headers were never
/// recorded. They are read back from the headers' text, between each
/// function declaration that came from the preamble and the one before it.
/// (Without a preamble, every declaration's location is a local one and
/// nothing is read here.)
void readPreamble(ASTContext &Ctx,
                  std::vector<SalAnnotations::Expansion> &Expansions) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation PrevEnd;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    // A comparison of offsets: the only cost without a preamble.
    if (!SM.isLoadedSourceLocation(D->getLocation()))
      continue;
    SourceLocation Name = SM.getExpansionLoc(D->getLocation());
    SourceLocation End = SM.getExpansionLoc(D->getEndLoc());
    if (Name.isInvalid())
      continue;
    if (isa<FunctionDecl>(D)) {
      FileID File = SM.getFileID(Name);
      SourceLocation From = PrevEnd.isValid() && SM.getFileID(PrevEnd) == File
                                ? PrevEnd
                                : SM.getLocForStartOfFile(File);
      // The annotations stand before the declaration's first token or
      // among its leading specifiers: before its name.
      lexAnnotations(SM, Ctx.getLangOpts(), From, Name, Expansions);
    }
    if (End.isValid())
      PrevEnd = End;
  }
}

} // namespace

void SalAnnotations::attach(Preprocessor &PP) {
  Store &S = store();
  if (S.PP == &PP && !S.Taken)
    return; // already recording this translation unit
  S = Store();
  S.PP = &PP;
  S.Taken = false;
  PP.addPPCallbacks(std::make_unique<Recorder>(PP));
}

llvm::DenseMap<const FunctionDecl *, SalIrql>
SalAnnotations::take(ASTContext &Ctx) {
  llvm::DenseMap<const FunctionDecl *, SalIrql> Out;
  Store &S = store();
  std::vector<Expansion> Expansions = std::move(S.Expansions);
  S.Expansions.clear();
  S.Taken = true;
  readPreamble(Ctx, Expansions);
  if (Expansions.empty())
    return Out;

  const SourceManager &SM = Ctx.getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  // They were recorded as the preprocessor met them, which is already
  // translation-unit order; sort only if not.
  auto ByLoc = [&](const Expansion &A, const Expansion &B) {
    return Before(A.Loc, B.Loc);
  };
  if (!std::is_sorted(Expansions.begin(), Expansions.end(), ByLoc))
    std::stable_sort(Expansions.begin(), Expansions.end(), ByLoc);

  // Walk the top-level declarations in order; the annotations between the
  // end of one declaration and the name of the next function are its own.
  size_t Next = 0;
  SourceLocation PrevEnd;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    SourceLocation Name = SM.getExpansionLoc(D->getLocation());
    SourceLocation End = SM.getExpansionLoc(D->getEndLoc());
    if (Name.isInvalid())
      continue;
    const auto *FD = dyn_cast<FunctionDecl>(D);
    while (Next < Expansions.size() && Before(Expansions[Next].Loc, Name)) {
      const Expansion &E = Expansions[Next++];
      if (FD && (PrevEnd.isInvalid() || Before(PrevEnd, E.Loc)))
        apply(Out[FD->getCanonicalDecl()], E);
    }
    // Annotations inside the declaration (on parameters) are not the
    // function's.
    while (Next < Expansions.size() && End.isValid() &&
           !Before(End, Expansions[Next].Loc))
      ++Next;
    if (End.isValid())
      PrevEnd = End;
  }
  for (auto It = Out.begin(); It != Out.end();) {
    auto Cur = It++;
    if (!Cur->second.Requires && !Cur->second.Raises)
      Out.erase(Cur);
  }
  return Out;
}

} // namespace ndis
