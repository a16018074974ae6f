//===--- RulesCpp.cpp - Writing a RuleSet as C++ aggregate literals -------===//
//
// Each rule is written as one aggregate literal, its members positionally in
// declaration order: DdiRule{"NdisFreeNetBufferPool", IrqlRange{...}, ...}.
// The members are reached through structured bindings, which must name every
// member of a struct; so a member added to a rule struct breaks this file's
// build until it is listed here, instead of silently going missing from the
// built-in rules. Writing them in binding order keeps the literal in step
// with the struct whatever the bindings are called.
//
//===----------------------------------------------------------------------===//

#include "RulesCpp.h"
#include <algorithm>
#include <type_traits>

namespace ndis {
namespace {

// Every member of each rule struct, in declaration order, handed to F after
// the struct's name.
template <class Fn> void members(const IrqlRange &R, Fn &&F) {
  const auto &[Min, Max] = R;
  F("IrqlRange", Min, Max);
}

template <class Fn> void members(const Effect &E, Fn &&F) {
  const auto &[Kind, Pool, Item, Arg, Out, StatusOut, Params, NdisHandle,
               AllocationHandle, Token, Fill, Into, MdlAndData, AtDispatch,
               Lock, To, Role, Global, IfTrue, NeverFails] = E;
  F("Effect", Kind, Pool, Item, Arg, Out, StatusOut, Params, NdisHandle,
    AllocationHandle, Token, Fill, Into, MdlAndData, AtDispatch, Lock, To,
    Role, Global, IfTrue, NeverFails);
}

template <class Fn> void members(const DdiRule &D, Fn &&F) {
  const auto &[Name, Range, NoSpinLockHeld, Effects, Doc, ApcsDisabled] = D;
  F("DdiRule", Name, Range, NoSpinLockHeld, Effects, Doc, ApcsDisabled);
}

template <class Fn> void members(const RoleRule &R, Fn &&F) {
  const auto &[Name, Range, Stage, Fields, UndoneBy, DrainedByPause, Doc] = R;
  F("RoleRule", Name, Range, Stage, Fields, UndoneBy, DrainedByPause, Doc);
}

/// One write() per member type. A member of a type with no write() here
/// does not compile (the enums are scoped, so none of them falls back to
/// int).
class Writer {
public:
  explicit Writer(llvm::raw_ostream &OS) : OS(OS) {}

  void write(bool B) { OS << (B ? "true" : "false"); }
  void write(int I) { OS << I; }
  void write(Irql L) { writeEnum("Irql", L); }
  void write(ObjKind K) { writeEnum("ObjKind", K); }
  void write(EffectKind K) { writeEnum("EffectKind", K); }
  void write(Phase P) { writeEnum("Phase", P); }
  void write(const std::string &S);
  void write(const IrqlRange &R) { writeStruct(R); }
  void write(const Effect &E) { writeStruct(E); }
  void write(const DdiRule &D) { writeStruct(D); }
  void write(const RoleRule &R) { writeStruct(R); }

  template <class T> void write(const std::optional<T> &V) {
    if (V)
      write(*V);
    else
      OS << "std::nullopt";
  }

  template <class T> void write(const std::vector<T> &V) {
    // Effects one to a line; names and strings run on.
    constexpr bool OnePerLine = std::is_same_v<T, Effect>;
    OS << '{';
    for (size_t I = 0; I != V.size(); ++I) {
      if (I)
        OS << ',';
      if (OnePerLine)
        OS << "\n        ";
      else if (I)
        OS << ' ';
      write(V[I]);
    }
    OS << '}';
  }

private:
  template <class E> void writeEnum(const char *Type, E V) {
    // By value: the generated code is compiled against this same header.
    OS << Type << '(' << static_cast<int>(V) << ')';
  }

  template <class S> void writeStruct(const S &Struct) {
    members(Struct, [this](const char *Type, const auto &...Members) {
      OS << Type << '{';
      const char *Sep = "";
      ((OS << Sep, write(Members), Sep = ", "), ...);
      OS << '}';
    });
  }

  llvm::raw_ostream &OS;
};

void Writer::write(const std::string &S) {
  OS << '"';
  for (unsigned char C : S) {
    if (C == '"' || C == '\\' || C == '?') // '?': no trigraph can form
      OS << '\\' << C;
    else if (C >= 0x20 && C < 0x7f)
      OS << C;
    else // three octal digits: a digit after it cannot join the escape
      OS << '\\' << char('0' + (C >> 6)) << char('0' + ((C >> 3) & 7))
         << char('0' + (C & 7));
  }
  OS << '"';
}

template <class Map> std::vector<llvm::StringRef> sortedKeys(const Map &M) {
  std::vector<llvm::StringRef> Keys;
  for (const auto &Entry : M)
    Keys.push_back(Entry.first());
  std::sort(Keys.begin(), Keys.end());
  return Keys;
}

/// A DDI rule that holds a name, an IRQL and a page and nothing else: most
/// of the generated ones (rules/ddi-irql.yaml). Written as a row of a
/// static table (IrqlOnlyDdi), which costs nothing at startup: RuleSet
/// makes the DdiRule when the name is first asked for.
bool irqlOnly(const DdiRule &D) {
  bool Plain = false;
  members(D, [&](const char *, const std::string &, const auto &Range,
                 bool NoSpinLockHeld, const auto &Effects,
                 const std::string &, bool ApcsDisabled) {
    Plain = Range && !NoSpinLockHeld && Effects.empty() && !ApcsDisabled;
  });
  return Plain;
}

} // namespace

void writeRulesCpp(llvm::raw_ostream &OS, const RuleSet &Rules) {
  Writer W(OS);
  OS << "// Generated by ndis-rules-gen from the rules file; do not edit.\n"
        "RuleSet builtinRules() {\n"
        "  RuleSet Rules;\n";
  std::vector<llvm::StringRef> IrqlOnly;
  for (llvm::StringRef Name : Rules.allDdiNames()) {
    const DdiRule &D = *Rules.ddi(Name);
    if (irqlOnly(D)) {
      IrqlOnly.push_back(Name);
      continue;
    }
    OS << "  Rules.addDdi(";
    W.write(D);
    OS << ");\n";
  }
  if (!IrqlOnly.empty())
    OS << "  static const IrqlOnlyDdi IrqlOnly[] = {\n";
  for (llvm::StringRef Name : IrqlOnly) {
    const DdiRule &D = *Rules.ddi(Name);
    OS << "    {";
    W.write(D.Name);
    OS << ", ";
    W.write(D.Irql->Min);
    OS << ", ";
    W.write(D.Irql->Max);
    OS << ", ";
    W.write(D.Doc);
    OS << "},\n";
  }
  // Sorted as allDdiNames() sorts (fromTable() finds a row by its hash).
  if (!IrqlOnly.empty())
    OS << "  };\n"
       << "  Rules.setIrqlOnlyTable(IrqlOnly);\n";
  // Moved in as one batch: the fields are indexed once.
  OS << "  std::vector<RoleRule> Roles;\n"
     << "  Roles.reserve(" << Rules.roles().size() << ");\n";
  for (llvm::StringRef Name : sortedKeys(Rules.roles())) {
    OS << "  Roles.push_back(";
    W.write(*Rules.role(Name));
    OS << ");\n";
  }
  OS << "  Rules.addRoles(std::move(Roles));\n";
  for (llvm::StringRef M : sortedKeys(Rules.ndis6Macros())) {
    OS << "  Rules.addNdis6Macro(";
    W.write(M.str());
    OS << ");\n";
  }
  OS << "  return Rules;\n"
        "}\n";
}

} // namespace ndis
