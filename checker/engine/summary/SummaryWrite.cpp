//===--- SummaryWrite.cpp - Writing the summary file (JSON) ---------------===//
//
// Layout (docs/whole-driver.md has the full description):
//   { "ndis-tidy-summary": 4, "source": PATH, "hash": XXH3,
//     "functions": [{"name": NAME, "may_free": [[KEY, CHAIN]...], ...}...],
//     "apcs_unknown": [NAME...],
//     "roles": [...], "pools": [...], "freed_pools": [...],
//     "shared_memory": [...], "aliases": [...],
//     "contexts": [[[SITE...], STATE...]...],
//     "inherits": [SITE or [SITE, CONSTS]...],
//     "unknown_contexts": [NAME...],
//     "address_taken": [NAME...],
//     "pointer_targets": [[TYPE, [NAME or [NAME]...]]...],
//       (a TYPE is its key, PointerTargets.h's functionTypeKey, as a string)
//     "files": [PATH...], "names": [STRING...], "sources": [...],
//     "locks": [...], "sites": [[[LINE, COL, CALLER, CALLEE]...]...] }
// A NAME is an index into "names": every string but the source, its hash,
// the files and the TYPEs is one (function names, keys, display texts), so
// that a string is written once however often it is used. "sites" holds
// one list per file: the source's, then those of "files" (the others, in
// the order first written; relative to the source's folder when under
// it); a SITE is an index into them all, in that order. A CHAIN is a
// list of site indices, or {"calls": [...], "omitted": N, "at": I} when a
// long one kept its ends only (ChainedSite). Lists that would be empty are
// left out.
//
//===----------------------------------------------------------------------===//

#include "SummaryFile.h"
#include "SummaryNames.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <map>
#include <set>

namespace ndis {

std::string hashOfBytes(llvm::StringRef Bytes) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::format_hex_no_prefix(llvm::xxh3_64bits(Bytes), 16);
  return Out;
}

std::string hashOfFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return "";
  return hashOfBytes((*Buffer)->getBuffer());
}

std::string summaryFileName(llvm::StringRef Source) {
  std::string Out = llvm::sys::path::filename(Source).str();
  llvm::raw_string_ostream OS(Out);
  OS << "." << llvm::format_hex_no_prefix(llvm::xxh3_64bits(Source), 8)
     << SummaryExtension;
  return Out;
}

namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

/// Numbers names, files and sites in the order they are first written.
/// Sites are listed file by file ("sites": one list per file), so their
/// numbers are known only once every site is met: writeSummary writes
/// twice, the first pass (Final null) numbering them as they come, the
/// second writing each one's number in the file-by-file order (Final).
class Writer {
public:
  explicit Writer(const std::string &Source,
                  const std::vector<int64_t> *Final = nullptr)
      : Final(Final) {
    FileIndex[Source] = 0;
    if (llvm::sys::path::is_absolute(Source))
      Base = (llvm::sys::path::parent_path(Source) + "/").str();
  }

  Value site(const ExternalCall *C) {
    if (!C)
      return nullptr;
    auto Key = std::make_tuple(C->File, C->Line, C->Col, C->Caller, C->Callee);
    auto [It, New] = SiteIndex.try_emplace(Key, Sites.size());
    if (New) {
      // [LINE, COL, CALLER, CALLEE] in its file's list. A point (a
      // registration, a lock's acquire) has no caller or callee: the items
      // left out are empty.
      Array Site{C->Line, C->Col};
      if (!C->Caller.empty() || !C->Callee.empty())
        Site.push_back(name(C->Caller));
      if (!C->Callee.empty())
        Site.push_back(name(C->Callee));
      Sites.push_back(std::move(Site));
      SiteFiles.push_back(file(C->File));
    }
    return Final ? (*Final)[It->second] : static_cast<int64_t>(It->second);
  }
  Value chain(const ChainedSite &S) {
    Array Calls;
    for (CallRef C : S.Calls)
      Calls.push_back(site(C.external()));
    if (!S.Omitted)
      return Calls;
    return Object{{"calls", std::move(Calls)},
                  {"omitted", S.Omitted},
                  {"at", S.OmittedAt}};
  }
  /// A source of a context, numbered: the calls a function makes under
  /// one lock share it.
  Value source(Value S) { return numbered(std::move(S), Sources, SourceIndex); }
  /// A lock held at a call, numbered: the calls under one lock share it.
  Value lock(Value L) { return numbered(std::move(L), Locks, LockIndex); }
  int64_t name(llvm::StringRef N) {
    auto It = NameIndex.find(N);
    if (It == NameIndex.end()) {
      It = NameIndex.emplace(N.str(), Names.size()).first;
      Names.push_back(N.str()); // (owned: the tables outlive some names)
    }
    return It->second;
  }

  /// Each site's number in the file-by-file order (the first pass's).
  std::vector<int64_t> fileOrder() const {
    std::vector<size_t> Order(Sites.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Order[I] = I;
    std::stable_sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
      return SiteFiles[A] < SiteFiles[B];
    });
    std::vector<int64_t> Number(Sites.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Number[Order[I]] = int64_t(I);
    return Number;
  }
  /// "sites": the source's list, then each file's (the second pass's).
  Array siteLists() {
    std::vector<Array> Lists(FileIndex.size()); // (the source and Files)
    std::vector<size_t> Order(Sites.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Order[(*Final)[I]] = I;
    for (size_t I : Order)
      Lists[SiteFiles[I]].push_back(std::move(Sites[I]));
    Array Out;
    for (Array &L : Lists)
      Out.push_back(std::move(L));
    return Out;
  }

  Array Files, Names, Sources, Locks;

private:
  static Value numbered(Value V, Array &Table,
                        std::map<std::string, size_t> &Index) {
    std::string Key;
    llvm::raw_string_ostream OS(Key);
    OS << V;
    auto [It, New] = Index.try_emplace(Key, Table.size());
    if (New)
      Table.push_back(std::move(V));
    return static_cast<int64_t>(It->second);
  }
  /// The source is file 0; the others are numbered from 1.
  int64_t file(const std::string &F) {
    auto [It, New] = FileIndex.try_emplace(F, Files.size() + 1);
    if (New) {
      // Under the source's folder: written relative to it.
      llvm::StringRef Rel(F);
      if (!Base.empty() && Rel.starts_with(Base))
        Rel = Rel.drop_front(Base.size());
      Files.push_back(Rel.str());
    }
    return It->second;
  }

  const std::vector<int64_t> *Final;
  std::string Base; ///< the source's folder, with its separator
  std::vector<Array> Sites;  ///< in the order first written
  std::vector<int64_t> SiteFiles; ///< each one's file
  std::map<std::string, size_t, std::less<>> NameIndex;
  std::map<std::string, size_t> SourceIndex, LockIndex;
  std::map<std::tuple<std::string, unsigned, unsigned, std::string,
                      std::string>,
           size_t>
      SiteIndex;
  std::map<std::string, size_t> FileIndex;
};

Value functionJson(const UnitSummary::Function &F, Writer &W) {
  const FunctionSummary &P = F.Pools;
  Object O{{"name", W.name(F.Name)}};
  auto ByKey = [&](const SitesByKey &M) {
    Array A;
    for (const auto &[K, S] : M)
      A.push_back(Array{W.name(K), W.chain(S)});
    return A;
  };
  auto ByInt = [&](const auto &M, auto Name) {
    Array A;
    for (const auto &[K, S] : M)
      A.push_back(Array{Name(K), W.chain(S)});
    return A;
  };
  auto Int = [](int N) { return Value(N); };
  auto Kind = [&](ObjKind K) { return Value(W.name(objKindName(K))); };
  if (!P.MayFreePools.empty())
    O["may_free"] = ByKey(P.MayFreePools);
  if (!P.MustFreePools.empty())
    O["must_free"] = ByKey(P.MustFreePools);
  if (!P.FreedOnError.empty())
    O["freed_on_error"] = ByKey(P.FreedOnError);
  if (!P.MayDangle.empty())
    O["may_dangle"] = ByKey(P.MayDangle);
  if (!P.FreesItemParam.empty())
    O["frees_item_param"] = ByInt(P.FreesItemParam, Int);
  if (!P.HandsItemParam.empty())
    O["hands_item_param"] = ByInt(P.HandsItemParam, Int);
  if (!P.FreesItemsOfKind.empty())
    O["frees_items_of_kind"] = ByInt(P.FreesItemsOfKind, Kind);
  if (!P.FreesItemsAt.empty())
    O["frees_items_at"] = ByKey(P.FreesItemsAt);
  auto Kinds = [&](const std::set<ObjKind> &Set) {
    Array A;
    for (ObjKind K : Set)
      A.push_back(Kind(K));
    return A;
  };
  if (!P.FreesItemsUnseen.empty())
    O["frees_items_unseen"] = Kinds(P.FreesItemsUnseen);
  if (!P.ItemsFreedBefore.empty()) {
    Array A;
    for (const auto &[Pool, First] : P.ItemsFreedBefore) {
      Array Slots;
      for (const std::string &S : First.Slots)
        Slots.push_back(W.name(S));
      A.push_back(Array{W.name(Pool), std::move(Slots), Kinds(First.Kinds)});
    }
    O["items_freed_before"] = std::move(A);
  }
  if (P.Waits)
    O["waits"] = W.chain(P.WaitSite);
  if (P.WaitsIfParam >= 0) {
    Array A{P.WaitsIfParam, P.WaitsIfSet, W.chain(P.WaitsIfSite)};
    if (P.WaitsIfValue)
      A.push_back(*P.WaitsIfValue);
    O["waits_if"] = std::move(A);
  }
  if (!P.FreedAfterWait.empty()) {
    Array A;
    for (const std::string &K : P.FreedAfterWait)
      A.push_back(W.name(K));
    O["freed_after_wait"] = std::move(A);
  }
  if (!P.AllocatesPools.empty()) {
    Array A;
    for (const PoolAllocation &X : P.AllocatesPools)
      A.push_back(Array{W.name(X.Path), Kind(X.Kind), W.chain(X.Site)});
    O["allocates_pools"] = std::move(A);
  }
  if (P.ReturnsPool != ObjKind::None)
    O["returns_pool"] = Array{Kind(P.ReturnsPool), P.ReturnsDataSize,
                              W.chain(P.ReturnSite)};
  if (!P.EscapingItems.empty()) {
    Array A;
    for (const EscapingItem &X : P.EscapingItems) {
      // [POOL, KIND, CHAIN, SITE, HOW, HANDED, SLOT]: HANDED (to NDIS)
      // and SLOT (kept there by the driver) left out when false and none.
      Array E{W.name(X.Pool), Kind(X.Kind), W.chain(X.Alloc),
              W.site(X.EscapeElsewhere), W.name(X.EscapeHow)};
      if (X.Handed || !X.Slot.empty())
        E.push_back(X.Handed);
      if (!X.Slot.empty())
        E.push_back(W.name(X.Slot));
      A.push_back(std::move(E));
    }
    O["escaping_items"] = std::move(A);
  }
  const LockSummary &L = F.Locks;
  if (!L.Acquires.empty()) {
    Array A;
    for (const auto &[K, S] : L.Acquires)
      A.push_back(Array{W.name(K), W.chain(S)});
    O["acquires"] = std::move(A);
  }
  if (!L.Releases.empty()) {
    Array A;
    for (const std::string &K : L.Releases)
      A.push_back(W.name(K));
    O["releases"] = std::move(A);
  }
  if (L.LowersToParam >= 0)
    O["lowers_to_param"] = L.LowersToParam;
  if (L.ChangesIrql)
    O["changes_irql"] = true;
  if (L.ApcsDelta != 0)
    O["apcs_delta"] = L.ApcsDelta;
  if (F.Steers)
    O["steers"] = int64_t(F.Steers);
  if (!F.Calls.empty()) {
    Array A;
    // [SITE, ARG...]: an argument's key (a NAME) or null, trailing nulls
    // left out.
    for (const UnitSummary::OutCall &C : F.Calls) {
      Array Call{W.site(C.Site)};
      size_t Last = C.Args.size();
      while (Last && C.Args[Last - 1].empty())
        --Last;
      for (size_t I = 0; I < Last; ++I)
        Call.push_back(C.Args[I].empty() ? Value(nullptr) : W.name(C.Args[I]));
      A.push_back(std::move(Call));
    }
    O["calls"] = std::move(A);
  }
  return O;
}

/// The constant integer arguments of a call: [[ARGUMENT, VALUE]...].
Array constsJson(const std::vector<std::pair<unsigned, int64_t>> &Consts) {
  Array Out;
  for (const auto &[I, V] : Consts)
    Out.push_back(Array{int64_t(I), V});
  return Out;
}

/// The state at a call that is not inherited: [[MIN, MAX] or null, SOURCE
/// or null, [LOCK...], CONSTS], the lock list left out when empty and no
/// constants follow, CONSTS (constsJson) left out when empty. An IRQL is its
/// number: 0 PASSIVE_LEVEL, 1 APC_LEVEL, 2 DISPATCH_LEVEL, 3 DIRQL.
/// SOURCE is [S, CHAIN]: S an index into "sources" = [[KIND, TEXT, LEVEL,
/// AT, INNER, ROLE, HOW, DETAIL]...] (the function is AT's caller, AT null
/// when it is INNER's first call; ROLE, HOW and DETAIL left out when "",
/// typedef and "", and for a role's source, HOW when field and DETAIL when
/// the field its rules name), CHAIN the calls from there down to the
/// caller. A LOCK is [L, CHAIN], L an index into "locks"
/// = [[KEY, DISPLAY, ACQUIRE, INNER]...], or L alone when its CHAIN is the
/// source's (most often: the lock raised the IRQL). The calls a function
/// makes in one state share its sources and locks, and the contexts list
/// each state once with all its calls (writeSummary).
Array stateJson(const CallContext &C, Writer &W) {
  Value Range = nullptr, Source = nullptr, SourceCalls = nullptr;
  if (C.Known) {
    Range = Array{int(C.Range.Min), int(C.Range.Max)};
    // AT is most often where INNER starts (the acquire, the raise): null.
    const ExternalCall *At = C.SourceAt;
    const ExternalCall *First = C.SourceInner.Calls.empty()
                                    ? nullptr
                                    : C.SourceInner.Calls.front().external();
    if (At && First && At->File == First->File && At->Line == First->Line &&
        At->Col == First->Col && At->Caller == First->Caller)
      At = nullptr;
    Array Src{W.name(sourceKindName(C.SourceKind)), W.name(C.SourceText),
              int(C.SourceLevel), W.site(At), W.chain(C.SourceInner)};
    // (Trailing defaults: a source that is not a role's has none of them;
    // a role's given through a field, the one its rules name, no more.)
    bool Detail = !C.SourceDetail.empty();
    bool Role = Detail || C.SourceHow != RoleEvidence::Typedef ||
                !C.SourceRole.empty();
    bool How = Role && (Detail || C.SourceHow != RoleEvidence::Field);
    if (Role)
      Src.push_back(W.name(C.SourceRole));
    if (How)
      Src.push_back(W.name(howName(C.SourceHow)));
    if (Detail)
      Src.push_back(W.name(C.SourceDetail));
    SourceCalls = W.chain(C.SourceCalls);
    Source = Array{W.source(std::move(Src)), SourceCalls};
  }
  Array Locks;
  for (const ContextLock &L : C.Locks) {
    Value Lock = W.lock(Array{W.name(L.Key), W.name(L.Display),
                              W.site(L.Acquire), W.chain(L.Inner)});
    Value Calls = W.chain(L.Calls);
    if (C.Known && Calls == SourceCalls)
      Locks.push_back(std::move(Lock));
    else
      Locks.push_back(Array{std::move(Lock), std::move(Calls)});
  }
  Array Out{std::move(Range), std::move(Source)};
  if (!Locks.empty() || !C.Consts.empty())
    Out.push_back(std::move(Locks));
  if (!C.Consts.empty())
    Out.push_back(constsJson(C.Consts));
  return Out;
}

/// The contexts as [[SITE...], STATE...]: one entry per state, with the
/// calls in it. A callee's contexts keep their order (the first of two
/// alike is the one whose notes are shown, CallContexts.h): a call joins
/// its state's last entry only if no earlier context of its callee is in
/// a later one.
class ContextGroups {
public:
  void add(Value Site, Array State, llvm::StringRef Callee) {
    std::string Key;
    llvm::raw_string_ostream OS(Key);
    OS << Value(Array(State));
    size_t &Floor = LastOfCallee[Callee.str()];
    auto It = LastOfState.find(Key);
    if (It == LastOfState.end() || It->second < Floor) {
      Array Entry;
      Entry.push_back(Array()); // (not Array{Array{}}: a copy, to some compilers)
      for (Value &V : State)
        Entry.push_back(std::move(V));
      Entries.push_back(std::move(Entry));
      It = LastOfState.insert_or_assign(std::move(Key), Entries.size() - 1)
               .first;
    }
    Floor = It->second;
    Entries[It->second].getAsArray()->front().getAsArray()->push_back(
        std::move(Site));
  }
  Array Entries;

private:
  std::map<std::string, size_t> LastOfState, LastOfCallee;
};

/// The summary as JSON, every table but "sites" (Writer::siteLists).
Object summaryJson(const UnitSummary &S, Writer &W) {
  Array Functions, Roles, Pools, Freed, Shared, Aliases, Contexts, Inherits;
  // The functions whose count of regions their callers cannot know are
  // many where a file counts none (ExportSummary): one list of names, and
  // no entry for a function with nothing else to say.
  Array ApcsUnknown;
  for (const UnitSummary::Function &F : S.Functions) {
    if (F.Locks.ApcsUnknown)
      ApcsUnknown.push_back(W.name(F.Name));
    if (!F.Pools.empty() || !F.Calls.empty() || F.Steers ||
        F.Locks.changesLocksOrIrql() || F.Locks.ApcsDelta != 0)
      Functions.push_back(functionJson(F, W));
  }
  for (const RoleMark &R : S.Roles) {
    // A registration through a field, with no detail (the field the rules
    // name), is the common case: the items left out mean just that.
    Array Role{W.name(R.Function), W.name(R.Role), W.site(R.Where)};
    if (R.Kind != RoleEvidence::Field || !R.Detail.empty())
      Role.push_back(W.name(howName(R.Kind)));
    if (!R.Detail.empty())
      Role.push_back(W.name(R.Detail));
    Roles.push_back(std::move(Role));
  }
  for (const PoolFact &P : S.Pools)
    Pools.push_back(Array{W.name(P.Key), W.name(objKindName(P.Kind)),
                          P.DataSize, W.site(P.Where), W.name(P.Display)});
  for (const std::string &K : S.FreedPools)
    Freed.push_back(W.name(K));
  for (const SharedMemoryFact &M : S.SharedMemory)
    Shared.push_back(Array{W.name(M.Allocation), W.name(M.Handle),
                           W.name(M.HandleText), W.site(M.Where)});
  for (const auto &[X, Y] : S.Aliases)
    Aliases.push_back(Array{W.name(X), W.name(Y)});
  // A call in an unknown state says only that its callee's entry is
  // unknown: one name per callee ("unknown_contexts").
  std::set<std::string> UnknownCallees;
  ContextGroups Groups;
  for (const CallContext &C : S.Contexts) {
    if (!C.Known && !C.Inherits && C.Locks.empty())
      UnknownCallees.insert(C.Callee);
    else if (C.Inherits && C.Consts.empty())
      Inherits.push_back(W.site(C.Call));
    else if (C.Inherits)
      Inherits.push_back(Array{W.site(C.Call), constsJson(C.Consts)});
    else if (C.Call) {
      Array State = stateJson(C, W);
      Groups.add(W.site(C.Call), std::move(State), C.Call->Callee);
    }
  }
  Contexts = std::move(Groups.Entries);
  Array Unknown;
  for (const std::string &N : UnknownCallees)
    Unknown.push_back(W.name(N));
  Array Taken;
  for (const std::string &N : S.AddressTaken)
    Taken.push_back(W.name(N));
  Array Targets;
  for (const auto &[Key, Names] : S.PointerTargets) {
    // A NAME, or [NAME] for a function of internal linkage.
    Array Of;
    for (const UnitSummary::PointerTarget &T : Names)
      if (T.Internal)
        Of.push_back(Array{W.name(T.Name)});
      else
        Of.push_back(W.name(T.Name));
    Targets.push_back(Array{Key, std::move(Of)}); // (once in a file)
  }
  // The format and its version: the first key a reader asks for.
  Object Root{{SummaryFormat, UnitSummary::FormatVersion},
              {"source", S.Source},
              {"hash", S.Hash}};
  // Lists are written only when not empty (a reader takes an absent one
  // for empty): most files have few of them.
  auto Put = [&](const char *Key, Array &&List) {
    if (!List.empty())
      Root[Key] = std::move(List);
  };
  Put("functions", std::move(Functions));
  Put("apcs_unknown", std::move(ApcsUnknown));
  Put("roles", std::move(Roles));
  Put("pools", std::move(Pools));
  Put("freed_pools", std::move(Freed));
  Put("shared_memory", std::move(Shared));
  Put("aliases", std::move(Aliases));
  Put("contexts", std::move(Contexts));
  Put("inherits", std::move(Inherits));
  Put("unknown_contexts", std::move(Unknown));
  Put("address_taken", std::move(Taken));
  Put("pointer_targets", std::move(Targets));
  // The tables last: every reference above has numbered its site.
  Put("files", std::move(W.Files));
  Put("names", std::move(W.Names));
  Put("sources", std::move(W.Sources));
  Put("locks", std::move(W.Locks));
  return Root;
}

} // namespace

std::string writeSummary(const UnitSummary &S) {
  // Twice: the first pass meets every site, the second writes the numbers
  // they have in "sites", file by file (Writer).
  std::vector<int64_t> Final;
  {
    Writer First(S.Source);
    summaryJson(S, First);
    Final = First.fileOrder();
  }
  Writer W(S.Source, &Final);
  Object Root = summaryJson(S, W);
  if (!Final.empty())
    Root["sites"] = W.siteLists();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << Value(std::move(Root)) << "\n";
  return Out;
}

llvm::Error exportSummary(const UnitSummary &S, llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create summary folder '" + Dir +
                                           "': " + EC.message());
  llvm::SmallString<256> Final(Dir);
  llvm::sys::path::append(Final, summaryFileName(S.Source));
  // A file with nothing to say (a precompiled-header stub, a file of
  // tables) writes no summary, and takes back the one it wrote before.
  if (S.saysNothing()) {
    llvm::sys::fs::remove(Final);
    return llvm::Error::success();
  }
  std::string Text = writeSummary(S);
  // Unchanged: leave the file (and its time) alone.
  if (auto Old = llvm::MemoryBuffer::getFile(Final); Old &&
      (*Old)->getBuffer() == Text)
    return llvm::Error::success();
  int FD;
  llvm::SmallString<256> Temp;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Final + ".tmp-%%%%%%%%", FD, Temp))
    return llvm::createStringError(EC, "cannot write summary into '" + Dir +
                                           "': " + EC.message());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      llvm::sys::fs::remove(Temp);
      return llvm::createStringError(OS.error(), "cannot write summary '" +
                                                     Temp + "'");
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Final)) {
    llvm::sys::fs::remove(Temp);
    return llvm::createStringError(EC, "cannot write summary '" + Final +
                                           "': " + EC.message());
  }
  return llvm::Error::success();
}

} // namespace ndis
