//===--- SalAnnotations.cpp - _IRQL_requires_ and friends -----------------===//

#include "SalAnnotations.h"
#include "AccessPath.h"
#include "LockIdentity.h"
#include "TUOrder.h"
#include "clang/AST/TypeLoc.h"
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

/// Asked of every macro the translation unit expands: the common answer,
/// no, after a look at two characters.
bool isSalMacro(StringRef Name) {
  if (Name.size() < 12 || Name[0] != '_')
    return false;
  switch (Name[1]) {
  case 'I':
    return Name.starts_with("_IRQL_requires") || Name == "_IRQL_raises_" ||
           Name.starts_with("_IRQL_saves_") ||
           Name.starts_with("_IRQL_restores_") ||
           Name.starts_with("_IRQL_always_function_m");
  case 'A':
    return Name.starts_with("_Acquires_") && Name.ends_with("lock_");
  case 'R':
    return (Name.starts_with("_Releases_") && Name.ends_with("lock_")) ||
           (Name.starts_with("_Requires_") &&
            (Name.ends_with("lock_held_") || Name.ends_with("lock_not_held_")));
  case '_':
    return Name == "__drv_maxIRQL" || Name == "__drv_minIRQL" ||
           Name == "__drv_requiresIRQL" || Name == "__drv_raisesIRQL";
  default:
    return false;
  }
}

/// The annotations that take their effect only under a condition, or
/// that apply to something else than the function: what is inside them
/// is not the function's.
bool isConditionalSal(StringRef Name) {
  return Name == "_When_" || Name == "_At_" || Name == "_On_failure_";
}

/// The parameter annotations written without arguments.
bool takesNoArguments(StringRef Name) {
  return Name == "_IRQL_saves_" || Name == "_IRQL_restores_";
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
    if (!II || !isSalMacro(II->getName()))
      return;
    // Written inside another macro's argument: _When_(return != 0,
    // _Acquires_lock_(*L)) holds only under its condition.
    const SourceManager &SM = PP.getSourceManager();
    if (Name.getLocation().isMacroID() &&
        SM.isMacroArgExpansion(Name.getLocation()))
      return;
    auto Spelled = [&](unsigned I) {
      std::string Text;
      if (Args && Args->getNumMacroArguments() > I)
        for (const Token *T = Args->getUnexpArgument(I);
             T && T->isNot(tok::eof); ++T)
          Text += PP.getSpelling(*T);
      return Text;
    };
    SourceLocation Loc = SM.getExpansionLoc(Range.getBegin());
    store().Expansions.push_back(
        {Loc, II->getName().str(), Spelled(0), Spelled(1)});
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

/// The index of FD's parameter called Name, or -1.
int paramNamed(const FunctionDecl &FD, StringRef Name) {
  for (const ParmVarDecl *P : FD.parameters())
    if (P->getName() == Name && !Name.empty())
      return static_cast<int>(P->getFunctionScopeIndex());
  return -1;
}

/// The record a type is, or points to.
const RecordDecl *recordIn(QualType T, bool ThroughPointer) {
  T = T.getCanonicalType();
  if (ThroughPointer) {
    const auto *P = T->getAs<PointerType>();
    if (!P)
      return nullptr;
    T = P->getPointeeType().getCanonicalType();
  }
  const auto *R = T->getAs<RecordType>();
  if (!R)
    return nullptr;
  return R->getDecl()->getDefinition() ? R->getDecl()->getDefinition()
                                       : R->getDecl();
}

/// What a lock's type says it is (SalLock::Spin, ApcsOff), by the names
/// the WDK gives the types (Pointer: the names of pointers to them).
bool lockTypeNamed(StringRef Name, bool Pointer, SalLock &L) {
  static const char *const SpinTypes[] = {"KSPIN_LOCK", "NDIS_SPIN_LOCK",
                                          "_NDIS_SPIN_LOCK", "EX_SPIN_LOCK"};
  static const char *const ApcTypes[] = {"FAST_MUTEX",     "_FAST_MUTEX",
                                         "KGUARDED_MUTEX", "_KGUARDED_MUTEX",
                                         "ERESOURCE",      "_ERESOURCE"};
  if (Pointer && !Name.consume_front("P"))
    return false;
  auto Is = [&](llvm::ArrayRef<const char *> Names) {
    return llvm::any_of(Names, [&](const char *N) { return Name == N; });
  };
  L.Spin = Is(SpinTypes);
  L.ApcsOff = Is(ApcTypes);
  return L.Spin || L.ApcsOff;
}

/// Classifies the lock of type T (Pointer: the lock a T points to), through
/// typedefs: the type the driver declared, then what it stands for.
void classifyLockType(QualType T, bool Pointer, SalLock &L,
                      const ASTContext &Ctx) {
  for (int Depth = 0; !T.isNull() && Depth < 16; ++Depth) {
    StringRef Name;
    if (const auto *TT = dyn_cast<TypedefType>(T.getTypePtr()))
      Name = TT->getDecl()->getName();
    else if (const auto *RT = dyn_cast<RecordType>(T.getTypePtr()))
      Name = RT->getDecl()->getName();
    if (lockTypeNamed(Name, Pointer, L))
      return;
    if (Pointer && isa<PointerType>(T.getTypePtr())) {
      // `typedef ULONG_PTR KSPIN_LOCK, *PKSPIN_LOCK;` points to a ULONG_PTR:
      // the pointer's own name (above) is the one that says it.
      T = cast<PointerType>(T.getTypePtr())->getPointeeType();
      Pointer = false;
      continue;
    }
    QualType Next = T.getSingleStepDesugaredType(Ctx);
    if (Next == T)
      return;
    T = Next;
  }
}

/// The lock an annotation's argument names (see the header): `*P`, `P`,
/// `P->F.G`, `*P->F`, `Global.F`. None for any other spelling.
std::optional<SalLock> resolveLock(StringRef Text, const FunctionDecl &FD,
                                   ASTContext &Ctx) {
  SalLock Out;
  Out.Text = Text.str();
  auto Unparen = [](StringRef &T) {
    while (T.starts_with("(") && T.ends_with(")"))
      T = T.drop_front().drop_back();
  };
  Unparen(Text);
  bool Deref = Text.consume_front("*");
  Unparen(Text);
  auto Ident = [](StringRef &T) {
    size_t N = 0;
    while (N < T.size() && (isalnum(static_cast<unsigned char>(T[N])) || T[N] == '_'))
      ++N;
    StringRef Id = T.take_front(N);
    T = T.drop_front(N);
    return Id;
  };
  StringRef Root = Ident(Text);
  if (Root.empty() || isdigit(static_cast<unsigned char>(Root[0])))
    return std::nullopt;
  int Param = paramNamed(FD, Root);
  if (Param >= 0 && Text.empty()) {
    Out.Param = Param; // `*Lock` or `Lock`: what the argument points to
    Out.Text = Root.str();
    Out.BaseParam = Param;
    classifyLockType(FD.getParamDecl(Param)->getType(), true, Out, Ctx);
    return Out;
  }
  AccessPath P;
  QualType T;
  // Where the lock is, from the root: only through field offsets after
  // the parameter's value or the global's address (SalLock::Rest).
  bool Precise = !Deref;
  if (Param >= 0) {
    T = FD.getParamDecl(Param)->getType();
    Out.BaseParam = Param;
  } else {
    const VarDecl *Global = nullptr;
    for (const NamedDecl *D :
         Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Root)))
      if (const auto *V = dyn_cast<VarDecl>(D); V && V->hasGlobalStorage())
        Global = V;
    if (!Global)
      return std::nullopt; // _Global_cancel_spin_lock_ and the like
    P.Kind = AccessPath::Variable;
    P.Root = Global->getCanonicalDecl();
    T = Global->getType();
    Out.BaseGlobal = Global->getCanonicalDecl();
  }
  bool First = true;
  while (!Text.empty()) {
    bool Arrow = Text.consume_front("->");
    if (!Arrow && !Text.consume_front("."))
      return std::nullopt; // a subscript, a call, arithmetic
    StringRef Field = Ident(Text);
    if (Field.empty())
      return std::nullopt;
    if (!Arrow && !P.Root)
      return std::nullopt; // a field of a parameter passed by value
    // A parameter's value is followed by `->`, a global by `.`: any other
    // step loads a pointer from memory.
    if (Arrow != (First && Param >= 0))
      Precise = false;
    First = false;
    const RecordDecl *RD = recordIn(T, Arrow);
    if (!RD)
      return std::nullopt;
    if (Arrow) { // through a pointer: the path starts at the record type
      P = AccessPath();
      P.Kind = AccessPath::Record;
      P.Root = RD;
    }
    const FieldDecl *Found = nullptr;
    for (const FieldDecl *F : RD->fields())
      if (F->getName() == Field)
        Found = F;
    if (!Found)
      return std::nullopt;
    P.Fields.push_back(Found->getName());
    Out.Rest += fieldStep(Found);
    T = Found->getType();
  }
  if (First && Param < 0 && Deref)
    Precise = false; // `*Global`: the pointer a global holds
  if (Deref)
    P.Fields.push_back("*");
  classifyLockType(T, Deref, Out, Ctx);
  if (!Precise) {
    Out.BaseParam = -1;
    Out.BaseGlobal = nullptr;
    Out.Rest.clear();
  }
  Out.Key = P.key().str().str();
  return Out;
}

/// The lock annotations and the IRQL saved and restored through
/// parameters, on FD (E written before its name).
void applyLock(SalIrql &S, const SalAnnotations::Expansion &E,
               const FunctionDecl &FD, ASTContext &Ctx) {
  StringRef M = E.Macro;
  if (M == "_IRQL_saves_global_" || M == "_IRQL_restores_global_") {
    int P = paramNamed(FD, StringRef(E.Arg2).trim());
    (M == "_IRQL_saves_global_" ? S.SavesParam : S.RestoresGlobal) = P;
    return;
  }
  bool Acquires = M.starts_with("_Acquires_");
  bool Requires = M.starts_with("_Requires_");
  if (!Acquires && !Requires && !M.starts_with("_Releases_"))
    return;
  std::optional<SalLock> L = resolveLock(E.Arg, FD, Ctx);
  if (!L) {
    S.ReleasesOther |= !Acquires && !Requires;
    return;
  }
  L->Shared = M.contains("_shared_");
  L->Annotation = E.Macro + "(" + E.Arg + ")";
  L->Loc = E.Loc;
  std::vector<SalLock> &To =
      Requires ? (M.ends_with("_not_held_") ? S.RequiresNotHeld
                                            : S.RequiresHeld)
      : Acquires ? S.Acquires
                 : S.Releases;
  // The prototype and the definition may both say it.
  for (const SalLock &Have : To)
    if (Have.Param == L->Param && Have.Key == L->Key)
      return;
  To.push_back(std::move(*L));
}

/// _IRQL_saves_ or _IRQL_restores_ written inside FD's declaration: on
/// the parameter whose declaration follows it.
void applyToParam(SalIrql &S, const SalAnnotations::Expansion &E,
                  const FunctionDecl &FD, const SourceManager &SM) {
  for (const ParmVarDecl *P : FD.parameters()) {
    SourceLocation Begin = SM.getExpansionLoc(P->getBeginLoc());
    if (Begin.isInvalid() || !SM.isBeforeInTranslationUnit(E.Loc, Begin))
      continue;
    int Index = static_cast<int>(P->getFunctionScopeIndex());
    (E.Macro == "_IRQL_saves_" ? S.SavesParam : S.RestoresParam) = Index;
    return;
  }
}

void apply(SalIrql &S, const SalAnnotations::Expansion &E) {
  std::optional<Irql> L = levelOf(E.Arg);
  if (!L && E.Macro != "_IRQL_requires_same_")
    return;
  IrqlRange R = S.Requires.value_or(IrqlRange{Irql::Passive, Irql::Dirql});
  StringRef M = E.Macro;
  if (M == "_IRQL_requires_" || M == "__drv_requiresIRQL")
    R = IrqlRange{*L, *L};
  else if (M == "_IRQL_requires_max_" || M == "__drv_maxIRQL" ||
           M == "_IRQL_always_function_max_")
    R.Max = std::min(R.Max, *L);
  else if (M == "_IRQL_requires_min_" || M == "__drv_minIRQL" ||
           M == "_IRQL_always_function_min_")
    R.Min = std::max(R.Min, *L);
  else if (M == "_IRQL_raises_" || M == "__drv_raisesIRQL") {
    S.Raises = L;
    return;
  } else
    return;
  if (R.Min > R.Max)
    return; // contradictory annotations: believe none of them
  S.Requires = R;
  if (M != "_IRQL_requires_min_" && M != "__drv_minIRQL" &&
      M != "_IRQL_always_function_min_")
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
  // A token read ahead after a macro without arguments (`_IRQL_restores_
  // KIRQL Old`), still to be looked at.
  std::optional<Token> Ahead;
  while (true) {
    if (Ahead) {
      T = *Ahead;
      Ahead.reset();
    } else if (Raw.LexFromRawLexer(T) && T.is(tok::eof)) {
      break;
    }
    if (T.is(tok::eof))
      break;
    // The raw lexer reads on to the buffer's terminating NUL, past End.
    if (SM.getFileOffset(T.getLocation()) >= End)
      break;
    if (T.is(tok::hash) && T.isAtStartOfLine())
      return;
    if (T.isNot(tok::raw_identifier))
      continue;
    bool Skip = isConditionalSal(T.getRawIdentifier());
    if (!Skip && !isSalMacro(T.getRawIdentifier()))
      continue;
    SalAnnotations::Expansion E{T.getLocation(), T.getRawIdentifier().str(),
                                "", ""};
    // The arguments, as written: "(DISPATCH_LEVEL)", "(OldIrql, Lock)";
    // none for the parameter annotations _IRQL_saves_, _IRQL_restores_.
    Token Paren;
    Raw.LexFromRawLexer(Paren);
    if (Paren.isNot(tok::l_paren)) {
      if (!Skip && takesNoArguments(E.Macro))
        Found.push_back(std::move(E));
      Ahead = Paren;
      continue;
    }
    unsigned Depth = 1, Index = 0;
    while (Depth > 0 && !Raw.LexFromRawLexer(T) && T.isNot(tok::eof)) {
      if (T.is(tok::l_paren))
        ++Depth;
      else if (T.is(tok::r_paren) && --Depth == 0)
        break;
      else if (T.is(tok::comma) && Depth == 1 && ++Index)
        continue;
      if (Index < 2)
        (Index == 0 ? E.Arg : E.Arg2) += Lexer::getSpelling(T, SM, LO);
    }
    if (!Skip) // _When_(...), _At_(...): passed over whole
      Found.push_back(std::move(E));
  }
  Out.insert(Out.end(), Found.begin(), Found.end());
}

/// clangd (ndis-clangd) parses the headers once into a preamble, and the
/// preprocessor does not expand their macros again when it builds the AST:
/// the annotations on prototypes in the driver's own headers were never
/// recorded. They are read back from the headers' text, from the end of
/// the declaration before each function declaration that came from the
/// preamble to the end of that function's parameter list.
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
      // The function's annotations stand before the declaration's first
      // token or among its leading specifiers, before its name; its
      // parameters' (_IRQL_saves_, _IRQL_restores_) after it, up to the
      // parameter list's closing parenthesis.
      SourceLocation To = Name;
      if (FunctionTypeLoc FTL = cast<FunctionDecl>(D)->getFunctionTypeLoc())
        if (SourceLocation R = SM.getExpansionLoc(FTL.getRParenLoc());
            R.isValid() && SM.getFileID(R) == File &&
            SM.isBeforeInTranslationUnit(Name, R))
          To = R;
      lexAnnotations(SM, Ctx.getLangOpts(), From, To, Expansions);
    }
    if (End.isValid())
      PrevEnd = End;
  }
}

} // namespace

std::vector<std::pair<Effect, std::string>> salCallEffects(const SalIrql &S) {
  std::vector<std::pair<Effect, std::string>> Out;
  auto Locked = [](EffectKind K, const SalLock &L) {
    Effect E;
    E.Kind = K;
    E.Arg = L.Param;
    E.Global = L.Key;
    E.Lock = L.Shared ? "sal-shared" : "sal";
    return std::make_pair(E, L.Param >= 0 ? std::string() : L.Text);
  };
  // A spin lock: taken raising to DISPATCH_LEVEL (or above), or where the
  // caller must already be at DISPATCH_LEVEL (the AtDpcLevel forms). Any
  // other lock (a fast mutex, a resource) is no spin lock; its raise alone
  // is followed.
  bool Raising = S.Raises && *S.Raises >= Irql::Dispatch;
  bool AtDispatch = S.Requires && S.Requires->Min >= Irql::Dispatch;
  bool Spin = Raising || (AtDispatch && !S.Raises);
  for (const SalLock &L : S.Acquires)
    if (Spin) {
      Out.push_back(Locked(EffectKind::AcquireLock, L));
      Out.back().first.AtDispatch = !Raising;
    }
  if (S.Raises && (Out.empty() || *S.Raises > Irql::Dispatch)) {
    Effect E;
    E.Kind = EffectKind::RaiseIrql;
    E.To = *S.Raises;
    E.Out = S.SavesParam;
    Out.push_back({E, ""});
  }
  // A spin lock's release restores what its acquire saved. (A FromDpcLevel
  // one restores nothing, but a wrapper annotated without its
  // _IRQL_restores_ looks the same: believed to restore, the IRQL is at
  // worst too low, which reports nothing wrong.) Another lock's release
  // restores what the annotations say.
  bool Restores = S.RestoresParam >= 0 || S.RestoresGlobal >= 0;
  // A function that may not be called at DISPATCH_LEVEL releases no spin
  // lock (KeLeaveCriticalRegion, ExReleaseResourceLite): the IRQL stays.
  bool MaybeSpin = !S.Requires || S.Requires->Max >= Irql::Dispatch;
  if ((Restores && (S.Releases.empty() || !AtDispatch)) ||
      (S.ReleasesOther && MaybeSpin)) {
    Effect E; // with neither: to an unknown IRQL
    E.Kind = EffectKind::LowerIrql;
    if (S.RestoresParam >= 0)
      E.Arg = S.RestoresParam;
    else
      E.Token = S.RestoresGlobal;
    Out.push_back({E, ""});
  }
  for (const SalLock &L : S.Releases) {
    Out.push_back(Locked(EffectKind::ReleaseLock, L));
    Out.back().first.AtDispatch = (!AtDispatch && Restores) || !MaybeSpin;
  }
  return Out;
}

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
  TUOrder Order(SM); // each declaration is compared with an annotation
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return Order.before(A, B);
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
      if (FD && (PrevEnd.isInvalid() || Before(PrevEnd, E.Loc))) {
        SalIrql &S = Out[FD->getCanonicalDecl()];
        apply(S, E);
        applyLock(S, E, *FD, Ctx);
      }
    }
    // Annotations inside the declaration are its parameters': only the
    // IRQL saved or restored through one is the function's business.
    while (Next < Expansions.size() && End.isValid() &&
           !Before(End, Expansions[Next].Loc)) {
      const Expansion &E = Expansions[Next++];
      if (!FD)
        continue;
      if (E.Macro == "_IRQL_saves_" || E.Macro == "_IRQL_restores_")
        applyToParam(Out[FD->getCanonicalDecl()], E, *FD, SM);
      else if (E.Macro[1] != 'I' && E.Macro[1] != '_') // on a parameter
        applyLock(Out[FD->getCanonicalDecl()], E, *FD, Ctx);
    }
    if (End.isValid())
      PrevEnd = End;
  }
  for (auto It = Out.begin(); It != Out.end();) {
    auto Cur = It++;
    if (!Cur->second.Requires && !Cur->second.Raises &&
        !Cur->second.hasCallEffects() && Cur->second.SavesParam < 0 &&
        Cur->second.RequiresHeld.empty() && Cur->second.RequiresNotHeld.empty())
      Out.erase(Cur);
  }
  return Out;
}

} // namespace ndis
