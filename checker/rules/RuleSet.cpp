//===--- RuleSet.cpp - Lookups over the rules -----------------------------===//

#include "RuleSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

namespace ndis {

const char *irqlName(Irql Level) {
  switch (Level) {
  case Irql::Passive:
    return "PASSIVE_LEVEL";
  case Irql::Apc:
    return "APC_LEVEL";
  case Irql::Dispatch:
    return "DISPATCH_LEVEL";
  case Irql::Dirql:
    return "DIRQL";
  }
  return "?";
}

static std::optional<Irql> parseLevel(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<Irql>>(S.trim())
      .Case("PASSIVE_LEVEL", Irql::Passive)
      .Case("APC_LEVEL", Irql::Apc)
      .Case("DISPATCH_LEVEL", Irql::Dispatch)
      .Case("DIRQL", Irql::Dirql)
      .Default(std::nullopt);
}

std::optional<IrqlRange> IrqlRange::parse(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text == "any")
    return IrqlRange{Irql::Passive, Irql::Dirql};
  if (Text.consume_front("<=")) {
    if (auto L = parseLevel(Text))
      return IrqlRange{Irql::Passive, *L};
    return std::nullopt;
  }
  if (Text.consume_front(">=")) {
    if (auto L = parseLevel(Text))
      return IrqlRange{*L, Irql::Dirql};
    return std::nullopt;
  }
  auto [Lo, Hi] = Text.split("..");
  if (!Hi.empty()) {
    auto L = parseLevel(Lo), H = parseLevel(Hi);
    if (L && H && *L <= *H)
      return IrqlRange{*L, *H};
    return std::nullopt;
  }
  if (auto L = parseLevel(Text))
    return IrqlRange{*L, *L};
  return std::nullopt;
}

std::string IrqlRange::str() const {
  if (isAny())
    return "any IRQL";
  if (Min == Max)
    return irqlName(Min);
  if (Min == Irql::Passive)
    return std::string("<= ") + irqlName(Max);
  if (Max == Irql::Dirql)
    return std::string(">= ") + irqlName(Min);
  return std::string(irqlName(Min)) + ".." + irqlName(Max);
}

const char *objKindName(ObjKind K) {
  switch (K) {
  case ObjKind::NetBuffer:
    return "net-buffer";
  case ObjKind::NetBufferList:
    return "net-buffer-list";
  case ObjKind::Packet:
    return "packet";
  case ObjKind::Buffer:
    return "buffer";
  case ObjKind::None:
    break;
  }
  return "none";
}

const char *objKindCName(ObjKind K) {
  switch (K) {
  case ObjKind::NetBuffer:
    return "NET_BUFFER";
  case ObjKind::NetBufferList:
    return "NET_BUFFER_LIST";
  case ObjKind::Packet:
    return "NDIS_PACKET";
  case ObjKind::Buffer:
    return "NDIS_BUFFER";
  case ObjKind::None:
    break;
  }
  return "?";
}

const char *phaseName(Phase P) {
  switch (P) {
  case Phase::Setup:
    return "setup";
  case Phase::Teardown:
    return "teardown";
  case Phase::Pause:
    return "pause";
  case Phase::DataPath:
    return "data-path";
  case Phase::Control:
    return "control";
  case Phase::Other:
    return "other";
  }
  return "other";
}

const DdiRule *RuleSet::ddi(llvm::StringRef Name) const {
  uint32_t Hash = llvm::StringMapImpl::hash(Name);
  auto It = Ddis.find(Name, Hash);
  if (It != Ddis.end())
    return &It->second;
  return Table ? fromTable(Name, Hash) : nullptr;
}

const DdiRule *RuleSet::fromTable(llvm::StringRef Name, uint32_t Hash) const {
  const std::vector<IrqlOnlyTable::Slot> &Slots = Table->Slots;
  const IrqlOnlyDdi *Row = nullptr;
  for (size_t Mask = Slots.size() - 1, I = Hash & Mask;; I = (I + 1) & Mask) {
    const IrqlOnlyTable::Slot &S = Slots[I];
    if (S.Row == ~0u)
      return nullptr;
    if (S.Hash == Hash && Name == Table->Rows[S.Row].Name) {
      Row = &Table->Rows[S.Row];
      break;
    }
  }
  std::lock_guard<std::mutex> Guard(Table->Lock);
  auto [It, New] = Table->Made.try_emplace(Name);
  if (New)
    It->second = DdiRule{Row->Name, IrqlRange{Row->Min, Row->Max}, false, {},
                         Row->Doc};
  return &It->second;
}

std::vector<llvm::StringRef> RuleSet::allDdiNames() const {
  std::vector<llvm::StringRef> Names;
  for (const auto &Entry : Ddis)
    Names.push_back(Entry.first());
  if (Table)
    for (const IrqlOnlyDdi &Row : Table->Rows)
      if (!Ddis.count(Row.Name))
        Names.push_back(Row.Name);
  std::sort(Names.begin(), Names.end());
  return Names;
}

void RuleSet::setIrqlOnlyTable(llvm::ArrayRef<IrqlOnlyDdi> Rows) {
  Table = std::make_shared<IrqlOnlyTable>();
  Table->Rows = Rows;
  size_t Size = 16;
  while (Size < 2 * Rows.size())
    Size *= 2;
  Table->Slots.resize(Size);
  for (uint32_t R = 0; R < Rows.size(); ++R) {
    uint32_t Hash = llvm::StringMapImpl::hash(Rows[R].Name);
    size_t I = Hash & (Size - 1);
    while (Table->Slots[I].Row != ~0u)
      I = (I + 1) & (Size - 1);
    Table->Slots[I] = {Hash, R};
  }
}

const RoleRule *RuleSet::role(llvm::StringRef Name) const {
  auto It = Roles.find(Name);
  return It == Roles.end() ? nullptr : &It->second;
}

const RoleRule *RuleSet::roleForField(llvm::StringRef Field,
                                      llvm::StringRef StructName) const {
  // `Struct.Field` in the rules claims the field of that struct only
  // (_NDIS_WORK_ITEM.Routine).
  if (!StructName.empty()) {
    llvm::SmallString<64> Qualified(StructName);
    Qualified += '.';
    Qualified += Field;
    auto Q = FieldToRoles.find(Qualified);
    if (Q != FieldToRoles.end() && !Q->second.empty())
      return role(Q->second.front());
  }
  auto It = FieldToRoles.find(Field);
  if (It == FieldToRoles.end() || It->second.empty())
    return nullptr;
  for (const std::string &Name : It->second) {
    llvm::StringRef Prefix = llvm::StringRef(Name).split('_').first;
    if (!StructName.empty() && StructName.contains(Prefix))
      return role(Name);
  }
  return role(It->second.front());
}

bool RuleSet::isNdis6Macro(llvm::StringRef Macro) const {
  return Ndis6Macros.count(Macro) != 0;
}

std::vector<std::string> RuleSet::ddisWith(EffectKind K) const {
  std::vector<std::string> Names;
  for (const auto &Entry : Ddis)
    if (Entry.second.find(K))
      Names.push_back(Entry.second.Name);
  std::sort(Names.begin(), Names.end());
  return Names;
}

std::string RuleSet::ddiFor(EffectKind K, ObjKind Obj) const {
  std::string Best;
  for (const auto &Entry : Ddis)
    for (const Effect &E : Entry.second.Effects) {
      ObjKind Kind =
          (K == EffectKind::AllocatePool || K == EffectKind::FreePool) ? E.Pool
                                                                        : E.Item;
      const std::string &Name = Entry.second.Name;
      if (E.Kind == K && Kind == Obj &&
          (Best.empty() || Name.size() < Best.size() ||
           (Name.size() == Best.size() && Name < Best)))
        Best = Name;
    }
  return Best;
}

void RuleSet::addDdi(DdiRule R) {
  std::string Name = R.Name;
  Ddis[Name] = std::move(R);
}

void RuleSet::addRoles(std::vector<RoleRule> Rs) {
  for (RoleRule &R : Rs) {
    std::string Name = R.Name;
    Roles[Name] = std::move(R);
  }
  indexFields();
}

void RuleSet::indexFields() {
  // The first role (by name) wins for a field shared by two roles; the
  // rules file only shares fields between roles of one IRQL and phase.
  FieldToRoles.clear();
  std::vector<const RoleRule *> Sorted;
  for (const auto &Entry : Roles)
    Sorted.push_back(&Entry.second);
  std::sort(Sorted.begin(), Sorted.end(),
            [](const RoleRule *A, const RoleRule *B) { return A->Name < B->Name; });
  for (const RoleRule *R : Sorted)
    for (const std::string &F : R->Fields)
      FieldToRoles[F].push_back(R->Name);
}

void RuleSet::merge(const RuleSet &Other) {
  // Only the built-in rules have a table, and they are merged into, never
  // merged: Other's rows would otherwise be made into entries here.
  if (Other.Table)
    for (const IrqlOnlyDdi &Row : Other.Table->Rows)
      if (!Other.Ddis.count(Row.Name))
        Ddis[Row.Name] = *Other.ddi(Row.Name);
  for (const auto &Entry : Other.Ddis)
    Ddis[Entry.first()] = Entry.second;
  for (const auto &Entry : Other.Roles)
    Roles[Entry.first()] = Entry.second;
  for (const auto &Entry : Other.Ndis6Macros)
    Ndis6Macros[Entry.first()] = true;
  indexFields();
}

} // namespace ndis
