//===--- RulesYaml.cpp - Reading the rules file with LLVM's YAML I/O ------===//
//
// The file is read into "raw" structs that mirror its text; each entry's
// validate() turns it into the typed rule while YAML I/O still knows where
// the entry is, so every mistake is reported with its file, line and column.
//
//===----------------------------------------------------------------------===//

#include "RuleSet.h"
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
enum class WordKind { Irql, Level, Effect, Obj, Phase, Lock };
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

struct RawEffect {
  EffectWord Kind;
  ObjWord Pool, Item;
  LockWord Lock;
  LevelWord To;
  std::string Role;
  int Arg = -1, Out = -1, StatusOut = -1, Params = -1, NdisHandle = -1,
      AllocationHandle = -1, Token = -1, Fill = -1;
  bool MdlAndData = false, AtDispatch = false;
  Effect Typed; // filled by validate()
};

struct RawDdi {
  std::string Name, Doc;
  IrqlWord Irql;
  bool NoSpinLockHeld = false;
  std::vector<RawEffect> Effects;
  DdiRule Typed;
};

struct RawRole {
  std::string Name, Doc;
  IrqlWord Irql;
  PhaseWord Phase;
  std::vector<std::string> Fields, UndoneBy;
  bool DrainedByPause = false;
  RoleRule Typed;
};

struct RawRules {
  int Version = 0;
  std::vector<RawDdi> Ddis;
  std::vector<RawRole> Roles;
  std::vector<std::string> Ndis6Macros;
};

/// Names already seen in this file, to reject duplicates where they stand.
struct ParseState {
  llvm::StringSet<> DdiNames, RoleNames;
  const std::string *Errors = nullptr; ///< what has been reported so far
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
    if (llvm::is_contained(llvm::ArrayRef<llvm::StringRef>{"ndis-spin",
                                                            "ke-spin",
                                                            "ke-queued",
                                                            "ndis-rw",
                                                            "ndis5-rw"},
                           S))
      return "";
    Message = "unknown lock kind '" + S.str() +
              "' (expected ndis-spin, ke-spin, ke-queued, ndis-rw or "
              "ndis5-rw)";
    return Message;
  }
  return "";
}

std::string checkArgs(const RawEffect &R) {
  for (int V : {R.Arg, R.Out, R.StatusOut, R.Params, R.NdisHandle,
                R.AllocationHandle, R.Token, R.Fill})
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
  E.MdlAndData = R.MdlAndData;
  E.AtDispatch = R.AtDispatch;
  E.Lock = R.Lock.V;
  E.Role = R.Role;
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
      return "effect 'acquire-lock' needs 'lock': ndis-spin, ke-spin, "
             "ke-queued, ndis-rw or ndis5-rw";
    return Need(E.Arg >= 0, "'arg' (the lock)");
  case EffectKind::ReleaseLock:
    return Need(E.Arg >= 0 || E.Token >= 0, "'arg' (the lock) or 'token'");
  case EffectKind::RaiseIrql:
    return Need(E.To.has_value() || E.Arg >= 0, "'to' or 'arg'");
  case EffectKind::LowerIrql:
    return Need(E.Arg >= 0, "'arg' (the new IRQL)");
  case EffectKind::IrqlIfZero:
    return Need(E.Arg >= 0 && E.To.has_value(),
                "'arg' (the pointer to the value) and 'to' (the highest IRQL "
                "allowed when it is zero)");
  case EffectKind::Wait:
  case EffectKind::DecrementReference:
  case EffectKind::CurrentIrql:
    return "";
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

using ndis::ParseState;
using ndis::RawDdi;
using ndis::RawEffect;
using ndis::RawRole;
using ndis::RawRules;

LLVM_YAML_IS_SEQUENCE_VECTOR(RawEffect)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawDdi)
LLVM_YAML_IS_SEQUENCE_VECTOR(RawRole)

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
    IO.mapOptional("mdl-and-data", R.MdlAndData, false);
    IO.mapOptional("at-dispatch", R.AtDispatch, false);
    IO.mapOptional("lock", R.Lock);
    IO.mapOptional("to", R.To);
    IO.mapOptional("role", R.Role);
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
    R.Typed = ndis::RoleRule{R.Name,    *Range,           *P,   R.Fields,
                             R.UndoneBy, R.DrainedByPause, R.Doc};
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

llvm::Expected<RuleSet> parseRules(llvm::StringRef Text,
                                   llvm::StringRef BufferName) {
  std::string Errors;
  auto Collect = [](const llvm::SMDiagnostic &D, void *Ctx) {
    auto &Out = *static_cast<std::string *>(Ctx);
    llvm::raw_string_ostream OS(Out);
    if (!Out.empty())
      OS << "\n";
    OS << D.getFilename() << ":" << D.getLineNo() << ":"
       << (D.getColumnNo() + 1) << ": " << D.getMessage();
  };
  ParseState State;
  State.Errors = &Errors;
  RawRules Raw;
  {
    llvm::yaml::Input In(llvm::MemoryBufferRef(Text, BufferName), &State,
                         Collect, &Errors);
    In >> Raw;
    if (In.error() && Errors.empty())
      Errors = (BufferName + ":1:1: not a rules file: expected a mapping "
                                       "that starts with 'version: 1'")
                   .str();
  }
  if (Errors.empty() && Raw.Version == 0)
    Errors = (BufferName + ":1:1: not a rules file: expected a "
                           "mapping that starts with 'version: 1'")
                 .str();
  else if (Errors.empty() && Raw.Version != 1)
    Errors = (BufferName + ":1:1: unsupported rules version " +
              std::to_string(Raw.Version) + " (this ndis-tidy reads version 1)")
                 .str();
  if (!Errors.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Errors);

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

} // namespace ndis
