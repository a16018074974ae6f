//===--- RulesYaml.cpp - Reading the rules file with LLVM's YAML I/O ------===//
//
// The file is first checked for what YAML I/O must not be given
// (YamlShape.h). It is then read into "raw" structs that mirror its text;
// each entry's validate() turns it into the typed rule while YAML I/O still
// knows where the entry is, so every mistake is reported with its file,
// line and column. Names that refer to other entries (a role registered,
// undone by, or sharing a field) are checked last, against this file and
// the rules it is merged over.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"
#include "YamlShape.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

namespace ndis {
namespace {

/// A scalar checked where it stands, so that a bad value is reported at
/// its own line and column rather than at the start of its entry.
enum class WordKind { Irql, Level, Effect, Obj, Phase, Lock, Version };
template <WordKind K> struct Word {
  std::string V;
  bool empty() const { return V.empty(); }
};
using IrqlWord = Word<WordKind::Irql>;
using LevelWord = Word<WordKind::Level>;
using EffectWord = Word<WordKind::Effect>;
using ObjWord = Word<WordKind::Obj>;
using PhaseWord = Word<WordKind::Phase>;
using LockWord = Word<WordKind::Lock>;
using VersionWord = Word<WordKind::Version>;

/// A name that refers to another entry, with where it stands in the file,
/// for the checks that run once the whole file is read.
struct NameRef {
  std::string V;
  const char *At = nullptr;
};

struct RawEffect {
  EffectWord Kind;
  ObjWord Pool, Item;
  LockWord Lock;
  LevelWord To;
  NameRef Role;
  std::string Global;
  int Arg = -1, Out = -1, StatusOut = -1, Params = -1, NdisHandle = -1,
      AllocationHandle = -1, Token = -1, Fill = -1, Into = -1;
  bool MdlAndData = false, AtDispatch = false, IfTrue = false,
       NeverFails = false;
  Effect Typed; // filled by validate()
};

struct RawDdi {
  std::string Name, Doc;
  IrqlWord Irql;
  bool NoSpinLockHeld = false, ApcsDisabled = false;
  std::vector<RawEffect> Effects;
  DdiRule Typed;
};

struct RawRole {
  std::string Name, Doc;
  IrqlWord Irql;
  PhaseWord Phase;
  std::vector<NameRef> Fields, UndoneBy;
  bool DrainedByPause = false;
  RoleRule Typed;
};

struct RawRules {
  VersionWord Version;
  std::vector<RawDdi> Ddis;
  std::vector<RawRole> Roles;
  std::vector<std::string> Ndis6Macros;
};

/// Names already seen in this file, to reject duplicates where they stand.
struct ParseState {
  llvm::StringSet<> DdiNames, RoleNames;
  const std::string *Errors = nullptr; ///< what has been reported so far
  const llvm::yaml::Input *In = nullptr; ///< where a NameRef is read from
};

/// After the first error YAML I/O stops filling in fields, so a later
/// entry's "missing" keys would only be echoes of it.
bool alreadyFailed(llvm::yaml::IO &IO) {
  auto *State = static_cast<ParseState *>(IO.getContext());
  return State && State->Errors && !State->Errors->empty();
}

std::optional<ObjKind> parseObjKind(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<ObjKind>>(S)
      .Case("net-buffer", ObjKind::NetBuffer)
      .Case("net-buffer-list", ObjKind::NetBufferList)
      .Case("packet", ObjKind::Packet)
      .Case("buffer", ObjKind::Buffer)
      .Default(std::nullopt);
}

std::optional<EffectKind> parseEffectKind(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<EffectKind>>(S)
      .Case("allocate-pool", EffectKind::AllocatePool)
      .Case("free-pool", EffectKind::FreePool)
      .Case("allocate-item", EffectKind::AllocateItem)
      .Case("free-item", EffectKind::FreeItem)
      .Case("free-item-mdl", EffectKind::FreeItemMdl)
      .Case("hand-to-ndis", EffectKind::HandToNdis)
      .Case("acquire-lock", EffectKind::AcquireLock)
      .Case("release-lock", EffectKind::ReleaseLock)
      .Case("raise-irql", EffectKind::RaiseIrql)
      .Case("lower-irql", EffectKind::LowerIrql)
      .Case("wait", EffectKind::Wait)
      .Case("allocate-shared-memory", EffectKind::AllocateSharedMemory)
      .Case("free-shared-memory", EffectKind::FreeSharedMemory)
      .Case("register-callback", EffectKind::RegisterCallback)
      .Case("zero-memory", EffectKind::ZeroMemory)
      .Case("decrement-reference", EffectKind::DecrementReference)
      .Case("current-irql", EffectKind::CurrentIrql)
      .Case("irql-if-zero", EffectKind::IrqlIfZero)
      .Case("signal-event", EffectKind::SignalEvent)
      .Case("complete-pause", EffectKind::CompletePause)
      .Case("chain-item", EffectKind::ChainItem)
      .Case("unchain-item", EffectKind::UnchainItem)
      .Case("disable-apcs", EffectKind::DisableApcs)
      .Case("enable-apcs", EffectKind::EnableApcs)
      .Default(std::nullopt);
}

std::optional<Phase> parsePhase(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<Phase>>(S)
      .Case("setup", Phase::Setup)
      .Case("teardown", Phase::Teardown)
      .Case("pause", Phase::Pause)
      .Case("data-path", Phase::DataPath)
      .Case("control", Phase::Control)
      .Case("other", Phase::Other)
      .Default(std::nullopt);
}

/// The lock kinds an acquire-lock effect may name. The kind labels the
/// lock for readers of the rules; every kind is held and raises alike.
const llvm::StringRef LockKinds[] = {"ndis-spin", "ke-spin",  "ke-queued",
                                     "ke-interrupt", "ex-spin", "ndis-rw",
                                     "ndis5-rw", "io-cancel"};
const char *const LockKindList = "ndis-spin, ke-spin, ke-queued, "
                                 "ke-interrupt, ex-spin, ndis-rw, ndis5-rw "
                                 "or io-cancel";

const char *const IrqlSpellings =
    "expected PASSIVE_LEVEL, APC_LEVEL, DISPATCH_LEVEL, DIRQL, "
    "'<= LEVEL', '>= LEVEL', 'LOW..HIGH' or 'any'";

/// Checks one scalar; returns "" or the message (kept alive until the next
/// call, which is long enough for YAML I/O to report it).
llvm::StringRef checkWord(WordKind K, llvm::StringRef S) {
  static thread_local std::string Message;
  switch (K) {
  case WordKind::Irql:
    if (IrqlRange::parse(S))
      return "";
    Message = "bad IRQL '" + S.str() + "': " + IrqlSpellings;
    return Message;
  case WordKind::Level: {
    auto R = IrqlRange::parse(S);
    if (R && R->Min == R->Max)
      return "";
    Message = "'to' must be one IRQL level, not '" + S.str() + "'";
    return Message;
  }
  case WordKind::Effect:
    if (parseEffectKind(S))
      return "";
    Message = "unknown effect kind '" + S.str() +
              "' (see docs/rules-file.md for the kinds)";
    return Message;
  case WordKind::Obj:
    if (parseObjKind(S))
      return "";
    Message = "unknown pool or item kind '" + S.str() +
              "' (expected net-buffer, net-buffer-list, packet or buffer)";
    return Message;
  case WordKind::Phase:
    if (parsePhase(S))
      return "";
    Message = "unknown phase '" + S.str() +
              "' (expected setup, teardown, pause, data-path, control or "
              "other)";
    return Message;
  case WordKind::Lock:
    if (llvm::is_contained(LockKinds, S))
      return "";
    Message = "unknown lock kind '" + S.str() + "' (expected " +
              LockKindList + ")";
    return Message;
  case WordKind::Version: {
    unsigned long long V;
    if (S.empty() || S.find_first_not_of("0123456789") != llvm::StringRef::npos ||
        llvm::getAsUnsignedInteger(S, 10, V))
      Message = "'version' must be the number 1, not '" + S.str() + "'";
    else if (V != 1)
      Message = "unsupported version " + S.str() +
                " (this ndis-tidy reads rules version 1)";
    else
      return "";
    return Message;
  }
  }
  return "";
}

std::string checkArgs(const RawEffect &R) {
  for (int V : {R.Arg, R.Out, R.StatusOut, R.Params, R.NdisHandle,
                R.AllocationHandle, R.Token, R.Fill, R.Into})
    if (V < -1 || V > 31)
      return "argument index " + std::to_string(V) +
             " is out of range (0 to 31)";
  return "";
}

/// What each effect kind needs; returns an error message or "".
std::string validateEffect(RawEffect &R) {
  // The words were checked as they were read; what is left is arity.
  auto Kind = parseEffectKind(R.Kind.V);
  if (!Kind)
    return "an effect needs a 'kind'";
  if (std::string E = checkArgs(R); !E.empty())
    return E;
  Effect &E = R.Typed;
  E.Kind = *Kind;
  E.Arg = R.Arg;
  E.Out = R.Out;
  E.StatusOut = R.StatusOut;
  E.Params = R.Params;
  E.NdisHandle = R.NdisHandle;
  E.AllocationHandle = R.AllocationHandle;
  E.Token = R.Token;
  E.Fill = R.Fill;
  E.Into = R.Into;
  E.MdlAndData = R.MdlAndData;
  E.AtDispatch = R.AtDispatch;
  E.IfTrue = R.IfTrue;
  E.NeverFails = R.NeverFails;
  E.Lock = R.Lock.V;
  E.Role = R.Role.V;
  E.Global = R.Global;
  E.Pool = parseObjKind(R.Pool.V).value_or(ObjKind::None);
  E.Item = parseObjKind(R.Item.V).value_or(ObjKind::None);
  if (auto L = IrqlRange::parse(R.To.V))
    E.To = L->Min;
  auto Need = [&](bool Ok, const char *What) -> std::string {
    return Ok ? "" : "effect '" + R.Kind.V + "' needs " + What;
  };
  switch (E.Kind) {
  case EffectKind::AllocatePool:
    return Need(E.Pool != ObjKind::None, "'pool'");
  case EffectKind::FreePool:
    if (auto M = Need(E.Pool != ObjKind::None, "'pool'"); !M.empty())
      return M;
    return Need(E.Arg >= 0, "'arg' (the pool handle)");
  case EffectKind::AllocateItem:
    if (auto M = Need(E.Item != ObjKind::None, "'item'"); !M.empty())
      return M;
    return Need(E.Arg >= 0, "'arg' (the pool handle)");
  case EffectKind::FreeItem:
  case EffectKind::HandToNdis:
    if (auto M = Need(E.Item != ObjKind::None, "'item'"); !M.empty())
      return M;
    return Need(E.Arg >= 0, "'arg' (the item)");
  case EffectKind::FreeItemMdl:
    return Need(E.Arg >= 0, "'arg' (the MDL)");
  case EffectKind::AcquireLock:
    if (E.Lock.empty())
      return std::string("effect 'acquire-lock' needs 'lock': ") +
             LockKindList;
    return Need(E.Arg >= 0 || !E.Global.empty(),
                "'arg' (the lock) or 'global' (its name)");
  case EffectKind::ReleaseLock:
    return Need(E.Arg >= 0 || E.Token >= 0 || !E.Global.empty(),
                "'arg' (the lock), 'token' or 'global' (its name)");
  case EffectKind::RaiseIrql:
    return Need(E.To.has_value() || E.Arg >= 0, "'to' or 'arg'");
  case EffectKind::LowerIrql:
    return Need(E.Arg >= 0 || E.Token >= 0,
                "'arg' (the new IRQL) or 'token' (what the raise saved it in)");
  case EffectKind::IrqlIfZero:
    return Need(E.Arg >= 0 && E.To.has_value(),
                "'arg' (the pointer to the value) and 'to' (the highest IRQL "
                "allowed when it is zero)");
  case EffectKind::Wait:
  case EffectKind::DecrementReference:
  case EffectKind::CurrentIrql:
  case EffectKind::CompletePause:
  case EffectKind::DisableApcs:
  case EffectKind::EnableApcs:
    return "";
  case EffectKind::SignalEvent:
    return Need(E.Arg >= 0, "'arg' (the event)");
  case EffectKind::ChainItem:
    if (auto M = Need(E.Item != ObjKind::None, "'item'"); !M.empty())
      return M;
    return Need(E.Arg >= 0 && E.Into >= 0 && E.Arg != E.Into,
                "'arg' (the item) and 'into' (the item it goes inside), "
                "two different arguments");
  case EffectKind::UnchainItem:
    if (auto M = Need(E.Item != ObjKind::None, "'item'"); !M.empty())
      return M;
    return Need(E.Arg >= 0 && E.Out >= 0 && E.Arg != E.Out,
                "'arg' (the item it comes out of) and 'out', two different "
                "arguments");
  case EffectKind::ZeroMemory:
    return Need(E.Arg >= 0, "'arg' (the memory zeroed)");
  case EffectKind::AllocateSharedMemory:
  case EffectKind::FreeSharedMemory:
    return Need(E.NdisHandle >= 0 && E.AllocationHandle >= 0,
                "'ndis-handle' and 'allocation-handle'");
  case EffectKind::RegisterCallback:
    if (auto M = Need(E.Arg >= 0, "'arg' (the function)"); !M.empty())
      return M;
    return Need(!E.Role.empty(), "'role'");
  }
  return "";
}

std::string checkDoc(const std::string &Name, const std::string &Doc) {
  if (Doc.empty())
    return "entry '" + Name + "' needs 'doc', the documentation page it "
                              "comes from";
  return "";
}

} // namespace
} // namespace ndis

using ndis::NameRef;
using ndis::ParseState;
using ndis::RawDdi;
using ndis::RawEffect;
using ndis::RawRole;
using ndis::RawRules;

LLVM_YAML_IS_SEQUENCE_VECTOR(RawEffect)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawDdi)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawRole)
LLVM_YAML_IS_FLOW_SEQUENCE_VECTOR(NameRef)

namespace llvm {
namespace yaml {

template <ndis::WordKind K> struct ScalarTraits<ndis::Word<K>> {
  static void output(const ndis::Word<K> &W, void *, raw_ostream &OS) {
    OS << W.V;
  }
  static StringRef input(StringRef S, void *, ndis::Word<K> &W) {
    W.V = S.str();
    return ndis::checkWord(K, S);
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::Single; }
};

template <> struct ScalarTraits<NameRef> {
  static void output(const NameRef &N, void *, raw_ostream &OS) { OS << N.V; }
  static StringRef input(StringRef S, void *Ctx, NameRef &N) {
    N.V = S.str();
    auto *State = static_cast<ParseState *>(Ctx);
    if (State && State->In)
      if (const Node *Here = State->In->getCurrentNode())
        N.At = Here->getSourceRange().Start.getPointer();
    return "";
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::Single; }
};

template <> struct MappingTraits<RawEffect> {
  static void mapping(IO &IO, RawEffect &R) {
    IO.mapRequired("kind", R.Kind);
    IO.mapOptional("pool", R.Pool);
    IO.mapOptional("item", R.Item);
    IO.mapOptional("arg", R.Arg, -1);
    IO.mapOptional("out", R.Out, -1);
    IO.mapOptional("status-out", R.StatusOut, -1);
    IO.mapOptional("params", R.Params, -1);
    IO.mapOptional("ndis-handle", R.NdisHandle, -1);
    IO.mapOptional("allocation-handle", R.AllocationHandle, -1);
    IO.mapOptional("token", R.Token, -1);
    IO.mapOptional("fill", R.Fill, -1);
    IO.mapOptional("into", R.Into, -1);
    IO.mapOptional("mdl-and-data", R.MdlAndData, false);
    IO.mapOptional("at-dispatch", R.AtDispatch, false);
    IO.mapOptional("if-true", R.IfTrue, false);
    IO.mapOptional("never-fails", R.NeverFails, false);
    IO.mapOptional("lock", R.Lock);
    IO.mapOptional("to", R.To);
    IO.mapOptional("role", R.Role);
    IO.mapOptional("global", R.Global);
  }
  static std::string validate(IO &IO, RawEffect &R) {
    if (ndis::alreadyFailed(IO))
      return ""; // one error at a time: what follows it was not read
    return ndis::validateEffect(R);
  }
};

template <> struct MappingTraits<RawDdi> {
  static void mapping(IO &IO, RawDdi &R) {
    IO.mapRequired("name", R.Name);
    IO.mapOptional("irql", R.Irql);
    IO.mapOptional("no-spin-lock-held", R.NoSpinLockHeld, false);
    IO.mapOptional("apcs-disabled", R.ApcsDisabled, false);
    IO.mapOptional("doc", R.Doc);
    IO.mapOptional("effects", R.Effects);
  }
  static std::string validate(IO &IO, RawDdi &R) {
    if (ndis::alreadyFailed(IO))
      return "";
    if (R.Name.empty())
      return "a DDI entry needs a 'name'";
    if (std::string E = ndis::checkDoc(R.Name, R.Doc); !E.empty())
      return E;
    auto *State = static_cast<ParseState *>(IO.getContext());
    if (State && !State->DdiNames.insert(R.Name).second)
      return "DDI '" + R.Name + "' is listed twice in this file";
    ndis::DdiRule &D = R.Typed;
    D.Name = R.Name;
    D.Doc = R.Doc;
    D.NoSpinLockHeld = R.NoSpinLockHeld;
    D.ApcsDisabled = R.ApcsDisabled;
    if (!R.Irql.empty())
      D.Irql = ndis::IrqlRange::parse(R.Irql.V);
    for (RawEffect &E : R.Effects)
      D.Effects.push_back(E.Typed);
    return "";
  }
};

template <> struct MappingTraits<RawRole> {
  static void mapping(IO &IO, RawRole &R) {
    IO.mapRequired("name", R.Name);
    IO.mapRequired("irql", R.Irql);
    IO.mapRequired("phase", R.Phase);
    IO.mapOptional("fields", R.Fields);
    IO.mapOptional("undone-by", R.UndoneBy);
    IO.mapOptional("drained-by-pause", R.DrainedByPause, false);
    IO.mapOptional("doc", R.Doc);
  }
  static std::string validate(IO &IO, RawRole &R) {
    if (ndis::alreadyFailed(IO))
      return "";
    if (R.Name.empty())
      return "a role entry needs a 'name'";
    if (std::string E = ndis::checkDoc(R.Name, R.Doc); !E.empty())
      return E;
    auto *State = static_cast<ParseState *>(IO.getContext());
    if (State && !State->RoleNames.insert(R.Name).second)
      return "role '" + R.Name + "' is listed twice in this file";
    auto Range = ndis::IrqlRange::parse(R.Irql.V);
    auto P = ndis::parsePhase(R.Phase.V);
    if (!Range || !P)
      return "role '" + R.Name + "' needs 'irql' and 'phase'";
    auto Names = [](const std::vector<NameRef> &Refs) {
      std::vector<std::string> Out;
      for (const NameRef &N : Refs)
        Out.push_back(N.V);
      return Out;
    };
    R.Typed = ndis::RoleRule{R.Name,           *Range,
                             *P,               Names(R.Fields),
                             Names(R.UndoneBy), R.DrainedByPause,
                             R.Doc};
    return "";
  }
};

template <> struct MappingTraits<RawRules> {
  static void mapping(IO &IO, RawRules &R) {
    IO.mapRequired("version", R.Version);
    IO.mapOptional("ddis", R.Ddis);
    IO.mapOptional("roles", R.Roles);
    IO.mapOptional("ndis6-macros", R.Ndis6Macros);
  }
  // The version is checked after the parse: an empty document has no node
  // to report at.
};

} // namespace yaml
} // namespace llvm

namespace ndis {
namespace {

/// Where the messages of one parse go: the first one only (what YAML I/O
/// says after an error echoes it), in "<file>:<line>:<col>: <what>" form.
struct Report {
  std::string Errors;
  const KeyOfValue *Keys = nullptr;

  static void collect(const llvm::SMDiagnostic &D, void *Ctx) {
    auto &R = *static_cast<Report *>(Ctx);
    if (!R.Errors.empty())
      return;
    llvm::raw_string_ostream(R.Errors)
        << D.getFilename() << ":" << D.getLineNo() << ":"
        << (D.getColumnNo() + 1) << ": " << R.explain(D);
  }

  /// YAML I/O's words for a value of the wrong shape, said with the key
  /// that expected another.
  std::string explain(const llvm::SMDiagnostic &D) const {
    llvm::StringRef Message = D.getMessage();
    const char *At = D.getLoc().getPointer();
    ValueOfKey Value;
    if (Keys && At)
      if (auto It = Keys->find(At); It != Keys->end())
        Value = It->second;
    std::string Whose = Value.Key.empty() ? "here" : "for '" + Value.Key + "'";
    if (Message == "unexpected scalar")
      return "expected a single value " + Whose + ", not " +
             (Value.Is == ValueOfKey::List ? "a list" : "a mapping");
    if (Message == "not a sequence")
      return "expected a list " + Whose + " ([a, b] or '- a' lines)";
    if (Message == "not a mapping")
      return "expected a mapping " + Whose + " ('key: value' entries)";
    return Message.str();
  }
};

/// A field several roles share is told apart by the word before the first
/// '_' of the role's name, which the characteristics struct's name
/// contains (RuleSet::roleForField).
llvm::StringRef rolePrefix(llvm::StringRef Role) {
  return Role.split('_').first;
}

/// Names that refer to other entries: roles registered by a DDI, roles
/// that undo a role, fields claimed twice. Base is what the file is merged
/// over. Returns false after reporting the first problem through SM.
bool checkReferences(const RawRules &Raw, const RuleSet *Base,
                     llvm::SourceMgr &SM) {
  auto Refuse = [&](const char *At, const llvm::Twine &Why) {
    SM.PrintMessage(llvm::SMLoc::getFromPointer(At), llvm::SourceMgr::DK_Error,
                    Why);
    return false;
  };
  llvm::StringSet<> Here;
  for (const RawRole &R : Raw.Roles)
    Here.insert(R.Name);
  auto Known = [&](llvm::StringRef Role) {
    return Here.contains(Role) || (Base && Base->role(Role));
  };
  const char *const Where = " is neither a role in this file nor a built-in one";

  for (const RawDdi &D : Raw.Ddis)
    for (const RawEffect &E : D.Effects)
      if (!E.Role.V.empty() && !Known(E.Role.V))
        return Refuse(E.Role.At, "'register-callback' of '" + D.Name +
                                     "' names role '" + E.Role.V + "', which" +
                                     Where);

  // Who claims each field: the base's roles this file does not replace,
  // then this file's, in order.
  llvm::StringMap<std::vector<std::string>> Owners;
  if (Base)
    for (const auto &Entry : Base->roles())
      if (!Here.contains(Entry.first()))
        for (const std::string &F : Entry.second.Fields)
          Owners[F].push_back(Entry.second.Name);
  for (const RawRole &R : Raw.Roles) {
    for (const NameRef &U : R.UndoneBy) {
      if (U.V == R.Name)
        return Refuse(U.At, "role '" + R.Name + "' is 'undone-by' itself");
      if (!Known(U.V))
        return Refuse(U.At, "'undone-by' of '" + R.Name + "' names role '" +
                                U.V + "', which" + Where);
    }
    for (const NameRef &F : R.Fields) {
      std::vector<std::string> &Claimed = Owners[F.V];
      for (const std::string &Other : Claimed)
        if (Other != R.Name && rolePrefix(Other) == rolePrefix(R.Name))
          return Refuse(
              F.At, "role '" + R.Name + "' claims field '" + F.V +
                        "', which role '" + Other +
                        "' already owns; roles that share a field must "
                        "differ in the word before the first '_' (" +
                        rolePrefix(R.Name) +
                        "), which picks one by the characteristics struct's "
                        "name");
      Claimed.push_back(R.Name);
    }
  }
  return true;
}

RuleSet typedRules(RawRules &Raw) {
  RuleSet Rules;
  for (RawDdi &D : Raw.Ddis)
    Rules.addDdi(std::move(D.Typed));
  std::vector<RoleRule> Roles;
  Roles.reserve(Raw.Roles.size());
  for (RawRole &R : Raw.Roles)
    Roles.push_back(std::move(R.Typed));
  Rules.addRoles(std::move(Roles));
  for (const std::string &M : Raw.Ndis6Macros)
    Rules.addNdis6Macro(M);
  return Rules;
}

} // namespace

llvm::Expected<RuleSet> parseRules(llvm::StringRef Text,
                                   llvm::StringRef BufferName,
                                   const RuleSet *Base) {
  Report Out;
  auto Fail = [&]() -> llvm::Expected<RuleSet> {
    if (Out.Errors.empty()) // YAML I/O failed without a word
      Out.Errors = (BufferName + ":1:1: not a rules file: expected a mapping "
                                 "that starts with 'version: 1'")
                       .str();
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Out.Errors);
  };

  llvm::SourceMgr SM;
  SM.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBuffer(
                            Text, BufferName, /*RequiresNullTerminator=*/false),
                        llvm::SMLoc());
  SM.setDiagHandler(Report::collect, &Out);
  KeyOfValue Keys;
  if (!checkYamlShape(SM, Keys))
    return Fail();
  Out.Keys = &Keys;

  ParseState State;
  State.Errors = &Out.Errors;
  RawRules Raw;
  {
    llvm::yaml::Input In(llvm::MemoryBufferRef(Text, BufferName), &State,
                         Report::collect, &Out);
    State.In = &In;
    In >> Raw;
    if (In.error() || !Out.Errors.empty())
      return Fail();
  }
  if (Raw.Version.empty()) // a document with nothing in it
    return Fail();
  if (!checkReferences(Raw, Base, SM))
    return Fail();
  return typedRules(Raw);
}

} // namespace ndis
