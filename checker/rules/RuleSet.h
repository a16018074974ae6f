//===--- RuleSet.h - NDIS knowledge loaded from rules/ndis.yaml -----------===//
//
// The typed form of the rules file (docs/rules-file.md). The checks and the
// analysis engine ask a RuleSet what a DDI does and what a callback role
// implies; no DDI name appears in C++.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_RULES_RULESET_H
#define NDIS_TIDY_RULES_RULESET_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ndis {

/// IRQL levels, in order. DIRQL stands for every device level above DISPATCH.
enum class Irql { Passive = 0, Apc = 1, Dispatch = 2, Dirql = 3 };

const char *irqlName(Irql Level);

/// A closed range of IRQLs.
struct IrqlRange {
  Irql Min = Irql::Passive;
  Irql Max = Irql::Dirql;

  bool contains(Irql L) const { return Min <= L && L <= Max; }
  bool isAny() const { return Min == Irql::Passive && Max == Irql::Dirql; }
  /// The documentation's spelling: "PASSIVE_LEVEL", "<= DISPATCH_LEVEL", ...
  std::string str() const;
  /// Parses the spellings listed in docs/rules-file.md.
  static std::optional<IrqlRange> parse(llvm::StringRef Text);
};

/// What a pool holds, or what kind an item is.
enum class ObjKind { None, NetBuffer, NetBufferList, Packet, Buffer };

const char *objKindName(ObjKind K);   // "net-buffer", ...
const char *objKindCName(ObjKind K);  // "NET_BUFFER", ...

enum class EffectKind {
  AllocatePool,
  FreePool,
  AllocateItem,
  FreeItem,
  FreeItemMdl,
  HandToNdis,
  AcquireLock,
  ReleaseLock,
  RaiseIrql,
  LowerIrql,
  Wait,
  AllocateSharedMemory,
  FreeSharedMemory,
  RegisterCallback,
  ZeroMemory,         ///< fills its argument with zeros (pool parameters)
  DecrementReference, ///< InterlockedDecrement: "free on the last reference"
  CurrentIrql,        ///< KeGetCurrentIrql: tests on it narrow the IRQL
  IrqlIfZero, ///< allowed up to `To` when argument Arg points to a zero
  SignalEvent,  ///< NdisSetEvent: wakes the waits on argument Arg
  CompletePause, ///< NdisMPauseComplete: ends a pause that returned pending
  ChainItem,   ///< NdisChainBufferAtFront: item Arg goes inside item Into
  UnchainItem, ///< NdisUnchainBufferAtFront: an item of Arg comes out in Out
  DisableApcs, ///< KeEnterCriticalRegion: normal kernel APCs off until...
  EnableApcs,  ///< ...KeLeaveCriticalRegion turns them back on
};

/// One thing a DDI does. Argument indexes count from 0; -1 means "absent".
struct Effect {
  EffectKind Kind = EffectKind::Wait;
  ObjKind Pool = ObjKind::None;
  ObjKind Item = ObjKind::None;
  int Arg = -1;       ///< the argument the effect applies to
  int Out = -1;       ///< result written through this argument
  int StatusOut = -1; ///< NDIS_STATUS written through this argument
  int Params = -1;    ///< pool parameters struct (DataSize)
  int NdisHandle = -1;
  int AllocationHandle = -1;
  int Token = -1; ///< lock state / lock handle / old IRQL argument
  int Fill = -1;  ///< zero-memory: the fill-value argument, which must be 0
  int Into = -1;  ///< chain-item: the item the other goes inside
  bool MdlAndData = false;
  bool AtDispatch = false;
  std::string Lock;          ///< ndis-spin, ke-spin, ex-spin, ... (LockKinds)
  std::optional<Irql> To;    ///< raise-irql to a fixed level
  std::string Role;          ///< register-callback
  /// acquire-lock, release-lock: a lock the kernel keeps one of, which no
  /// argument names (IoAcquireCancelSpinLock): its key and its name.
  std::string Global;
  /// Only where the call's result is tested true (`if (ExTryTo...(&M))`):
  /// a try-acquire that may fail.
  bool IfTrue = false;
  /// allocate-pool: documented to always succeed (NdisAllocateBufferPool):
  /// no check of its status or handle is needed before the pool is used.
  bool NeverFails = false;
};

struct DdiRule {
  std::string Name;
  std::optional<IrqlRange> Irql;
  bool NoSpinLockHeld = false;
  std::vector<Effect> Effects;
  std::string Doc;
  /// Must be called with normal kernel APCs disabled: in a critical or
  /// guarded region, or at APC_LEVEL (ExAcquireResourceExclusiveLite).
  bool ApcsDisabled = false;

  const Effect *find(EffectKind K) const {
    for (const Effect &E : Effects)
      if (E.Kind == K)
        return &E;
    return nullptr;
  }
  /// Does it enter or leave a critical or guarded region?
  bool changesRegions() const {
    return find(EffectKind::DisableApcs) || find(EffectKind::EnableApcs);
  }
};

enum class Phase { Setup, Teardown, Pause, DataPath, Control, Other };

const char *phaseName(Phase P);

struct RoleRule {
  std::string Name;
  IrqlRange Irql;
  Phase Stage = Phase::Other;
  std::vector<std::string> Fields;
  /// Setup roles: the teardown roles that must undo what this one did
  /// (PROTOCOL_BIND_ADAPTER_EX -> PROTOCOL_UNBIND_ADAPTER_EX).
  std::vector<std::string> UndoneBy;
  /// Teardown roles NDIS always runs after the Pause handler has drained
  /// the data path (MINIPORT_HALT, FILTER_DETACH).
  bool DrainedByPause = false;
  std::string Doc;
};

/// A compiled-in rule that holds a name, an IRQL range and a page and
/// nothing else: most of the rules generated from the DDI reference
/// (rules/ddi-irql.yaml). The built-in rules keep them in one static
/// table, sorted by name, instead of building a DdiRule for each at
/// startup; RuleSet::ddi() makes the DdiRule the first time a name is
/// asked for.
struct IrqlOnlyDdi {
  const char *Name;
  Irql Min, Max;
  const char *Doc;
};

/// The whole rules file: DDIs and roles by name.
class RuleSet {
public:
  const DdiRule *ddi(llvm::StringRef Name) const;
  const RoleRule *role(llvm::StringRef Name) const;
  /// The role a characteristics-struct field registers, if any. A field
  /// several roles share (PauseHandler: MINIPORT_PAUSE, FILTER_PAUSE) goes
  /// to the role whose prefix (MINIPORT, FILTER, PROTOCOL) the struct's
  /// name contains (NDIS_MINIPORT_DRIVER_CHARACTERISTICS).
  const RoleRule *roleForField(llvm::StringRef Field,
                               llvm::StringRef StructName = "") const;
  bool isNdis6Macro(llvm::StringRef Macro) const;

  /// The names of every DDI with an effect of kind K, for AST matchers.
  std::vector<std::string> ddisWith(EffectKind K) const;
  /// The DDI whose effect K works on pools or items of kind Obj, for
  /// naming it in a message; of several (NdisFreeNetBufferList and
  /// NdisFreeCloneNetBufferList), the plainest: the shortest name. Empty
  /// when there is none.
  std::string ddiFor(EffectKind K, ObjKind Obj) const;
  /// Every DDI rule but the table's (IrqlOnlyDdi), which have no effects;
  /// allDdiNames() lists them all.
  const llvm::StringMap<DdiRule> &ddis() const { return Ddis; }
  std::vector<llvm::StringRef> allDdiNames() const;
  const llvm::StringMap<RoleRule> &roles() const { return Roles; }
  const llvm::StringMap<bool> &ndis6Macros() const { return Ndis6Macros; }

  /// Adds or replaces (by name) every entry of Other.
  void merge(const RuleSet &Other);

  void addDdi(DdiRule R);
  /// Adds or replaces (by name) each role; the fields are indexed once for
  /// the whole batch.
  void addRoles(std::vector<RoleRule> Rs);
  void addNdis6Macro(llvm::StringRef M) { Ndis6Macros[M] = true; }
  /// Rows sorted by name (allDdiNames' order), in static storage. An entry
  /// added by addDdi or merge hides the row of its name.
  void setIrqlOnlyTable(llvm::ArrayRef<IrqlOnlyDdi> Rows);

private:
  void indexFields();

  /// The table and the DdiRules made from it so far. Shared by copies of
  /// the RuleSet (the rows are the same facts); the lock is for the making.
  struct IrqlOnlyTable {
    llvm::ArrayRef<IrqlOnlyDdi> Rows;
    /// The rows by the hash of their names (open addressing, a power of
    /// two at least twice the rows): nearly every name asked is a driver's
    /// own function, not in the table, and a miss here ends at an empty
    /// slot or a differing hash, where a binary search over the rows made
    /// eleven string comparisons.
    struct Slot {
      uint32_t Hash = 0;
      uint32_t Row = ~0u; ///< ~0u: empty
    };
    std::vector<Slot> Slots;
    std::mutex Lock;
    llvm::StringMap<DdiRule> Made;
  };
  /// Hash is StringMapImpl::hash(Name), computed once for both maps.
  const DdiRule *fromTable(llvm::StringRef Name, uint32_t Hash) const;

  llvm::StringMap<DdiRule> Ddis;
  std::shared_ptr<IrqlOnlyTable> Table;
  llvm::StringMap<RoleRule> Roles;
  llvm::StringMap<std::vector<std::string>> FieldToRoles;
  llvm::StringMap<bool> Ndis6Macros;
};

/// Parses rules text. BufferName is used in the error message, which reads
/// "<BufferName>:<line>:<col>: <what>" (the first mistake). The roles the
/// text names (register-callback, undone-by) must be in it or in Base, the
/// rules it will be merged over.
llvm::Expected<RuleSet> parseRules(llvm::StringRef Text,
                                   llvm::StringRef BufferName,
                                   const RuleSet *Base = nullptr);

/// The built-in rules: rules/ndis.yaml, turned into C++ at build time by
/// ndis-rules-gen (BuiltinRules.cpp). Builds a new RuleSet on each call.
RuleSet builtinRules();

/// The built-in rules, built once per process.
std::shared_ptr<const RuleSet> defaultRules();

/// The built-in rules with the file at Path merged over them. Cached by
/// path: every check of a run shares one RuleSet. An empty Path gives the
/// built-in rules.
llvm::Expected<std::shared_ptr<const RuleSet>>
rulesWithOverrides(llvm::StringRef Path);

} // namespace ndis

#endif
