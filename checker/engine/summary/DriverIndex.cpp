//===--- DriverIndex.cpp - The other files' summaries, by name ------------===//

#include "DriverIndex.h"
#include "SummaryFile.h"
#include "../../rules/InputFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace ndis {

namespace {
/// A summary is a small fraction of its source; anything larger than this
/// is not one of ours (docs/robustness.md: every input is bounded).
constexpr uint64_t MaxSummaryBytes = 64u << 20;
/// And a driver is not this many files.
constexpr size_t MaxSummaries = 100000;

/// The summary files Path names, sorted (a folder's listing order is the
/// file system's).
std::vector<std::string> summaryFiles(llvm::StringRef Path,
                                      std::vector<std::string> &Errors) {
  std::vector<std::string> Files;
  if (!llvm::sys::fs::is_directory(Path)) {
    Files.push_back(Path.str());
    return Files;
  }
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End;
       It != End && !EC && Files.size() < MaxSummaries; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(SummaryExtension))
      Files.push_back(It->path());
  if (EC)
    Errors.push_back("cannot list summary folder '" + Path.str() +
                     "': " + EC.message());
  std::sort(Files.begin(), Files.end());
  return Files;
}
} // namespace

namespace {
/// What a file looked like when it was read: a file with the same size and
/// time is not read again.
struct Stamp {
  llvm::sys::TimePoint<> Time;
  uint64_t Size = 0;
  bool operator==(const Stamp &O) const {
    return Time == O.Time && Size == O.Size;
  }
};
std::optional<Stamp> stampOf(llvm::StringRef Path) {
  llvm::sys::fs::file_status St;
  if (llvm::sys::fs::status(Path, St))
    return std::nullopt;
  return Stamp{St.getLastModificationTime(), St.getSize()};
}

/// Summaries and source hashes already read by this thread: a run over
/// many files (or clangd, one thread per file) reads each summary once,
/// not once per translation unit. Per thread, because the sites of a
/// summary remember where they are in one translation unit at a time.
struct ReadCache {
  struct Unit {
    Stamp At;
    std::shared_ptr<UnitSummary> Summary;
    std::string Error;
    std::string OtherVersion; ///< left out as stale, with this remark
  };
  llvm::StringMap<Unit> Units;
  llvm::StringMap<std::pair<Stamp, std::string>> Hashes;
};
ReadCache &readCache() {
  static thread_local ReadCache Cache;
  return Cache;
}

/// The summary in File, read now or earlier; its sites forget where they
/// were in the last translation unit. Null with Error (unreadable) or
/// OtherVersion (an older ndis-tidy's: left out as stale) set.
std::shared_ptr<UnitSummary> readCached(const std::string &File,
                                        std::string &Error,
                                        std::string &OtherVersion) {
  ReadCache &Cache = readCache();
  std::optional<Stamp> Now = stampOf(File);
  auto It = Cache.Units.find(File);
  if (Now && It != Cache.Units.end() && It->second.At == *Now) {
    Error = It->second.Error;
    OtherVersion = It->second.OtherVersion;
    if (It->second.Summary)
      for (const ExternalCall &C : It->second.Summary->Sites)
        C.Resolved = false;
    return It->second.Summary;
  }
  ReadCache::Unit U;
  if (Now)
    U.At = *Now;
  auto Text = readInputFile(File, "summary", MaxSummaryBytes);
  if (!Text) {
    U.Error = llvm::toString(Text.takeError());
  } else if (auto S = readSummary((*Text)->getBuffer(), File)) {
    U.Summary = std::move(*S);
  } else {
    llvm::handleAllErrors(
        S.takeError(),
        [&](const OtherVersionError &E) { U.OtherVersion = E.Message; },
        [&](const llvm::ErrorInfoBase &E) { U.Error = E.message(); });
  }
  Error = U.Error;
  OtherVersion = U.OtherVersion;
  std::shared_ptr<UnitSummary> Out = U.Summary;
  if (Now)
    Cache.Units[File] = std::move(U);
  return Out;
}

std::string cachedHashOfFile(const std::string &Path) {
  ReadCache &Cache = readCache();
  std::optional<Stamp> Now = stampOf(Path);
  if (!Now)
    return "";
  auto It = Cache.Hashes.find(Path);
  if (It != Cache.Hashes.end() && It->second.first == *Now)
    return It->second.second;
  std::string Hash = hashOfFile(Path);
  Cache.Hashes[Path] = {*Now, Hash};
  return Hash;
}
} // namespace

std::unique_ptr<DriverIndex> DriverIndex::load(llvm::StringRef Path,
                                               llvm::StringRef ThisSource) {
  auto Index = std::make_unique<DriverIndex>();
  if (!llvm::sys::fs::exists(Path)) {
    // A first run: nothing collected yet. Not an error, but said once.
    Index->Notes.push_back("no summaries in '" + Path.str() +
                           "' yet; run the export pass first "
                           "(docs/whole-driver.md)");
    return Index;
  }
  std::vector<std::shared_ptr<UnitSummary>> Read;
  for (const std::string &File : summaryFiles(Path, Index->Errors)) {
    std::string Error, OtherVersion;
    std::shared_ptr<UnitSummary> S = readCached(File, Error, OtherVersion);
    if (!S && !OtherVersion.empty()) {
      Index->Notes.push_back(OtherVersion);
      continue;
    }
    if (!S) {
      Index->Errors.push_back(Error);
      continue;
    }
    if (S->Source == ThisSource)
      continue;
    std::string Now = cachedHashOfFile(S->Source);
    if (Now != S->Hash) {
      Index->Notes.push_back(
          "summary '" + File + "' of '" + S->Source + "' is stale (" +
          (Now.empty() ? "the file is gone" : "the file changed since") +
          "); its facts are left out until it is exported again");
      continue;
    }
    Read.push_back(std::move(S));
  }
  std::stable_sort(Read.begin(), Read.end(), [](const auto &A, const auto &B) {
    return A->Source < B->Source;
  });
  for (auto &U : Read)
    Index->add(std::move(U));
  return Index;
}

void DriverIndex::add(std::shared_ptr<UnitSummary> U) {
  for (const UnitSummary::Function &F : U->Functions)
    if (Functions.try_emplace(F.Name, &F).second)
      Ordered.push_back(&F);
  for (const RoleMark &R : U->Roles) {
    Roles[R.Function].push_back(&R);
    RoleList.push_back(&R);
  }
  for (const CallContext &C : U->Contexts)
    Contexts[C.Callee].push_back(&C);
  for (const PoolFact &P : U->Pools)
    Pools[P.Key].push_back(&P);
  for (const std::string &K : U->FreedPools)
    Freed.insert(K);
  for (const std::string &N : U->AddressTaken)
    AddressTaken.insert(N);
  for (const RoleMark &R : U->Roles)
    if (takesAddress(R))
      AddressTaken.insert(R.Function);
  for (const auto &[Key, Targets] : U->PointerTargets) {
    std::vector<const UnitSummary::PointerTarget *> &Into =
        PointerTargets[Key];
    for (const UnitSummary::PointerTarget &T : Targets)
      if (T.Internal ||
          llvm::none_of(Into, [&](const UnitSummary::PointerTarget *O) {
            return !O->Internal && O->Name == T.Name;
          }))
        Into.push_back(&T);
  }
  Units.push_back(std::move(U));
}

namespace {
/// No more callers deep than this through functions entered only from
/// other files, and no more distinct states per function: beyond, the
/// entry is unknown (and nothing is reported from it).
constexpr unsigned MaxInheritDepth = 32;
constexpr size_t MaxContextsPerFunction = 64;
} // namespace

/// No deeper than this through helpers of other files; and a cycle is cut.
constexpr unsigned MaxComposeDepth = 8;

const UnitSummary::Function *DriverIndex::composed(llvm::StringRef Name,
                                                   unsigned Depth) const {
  if (auto It = Composed.find(Name); It != Composed.end())
    return It->second;
  auto Own = Functions.find(Name);
  if (Own == Functions.end())
    return nullptr;
  const UnitSummary::Function &F = *Own->second;
  if (F.Calls.empty() || Depth >= MaxComposeDepth || Composing.count(Name))
    return &F; // (not memoized when cut short: a shallower ask composes)
  Composing.insert(Name);
  UnitSummary::Function Whole = F;
  for (const UnitSummary::OutCall &Call : F.Calls)
    if (const UnitSummary::Function *Callee =
            composed(Call.Site->Callee, Depth + 1))
      compose(Whole, F.Locks, Call, *Callee);
  Composing.erase(Name);
  ComposedStore.push_back(std::move(Whole));
  return Composed[Name] = &ComposedStore.back();
}

void DriverIndex::compose(UnitSummary::Function &Into, const LockSummary &Own,
                          const UnitSummary::OutCall &Call,
                          const UnitSummary::Function &Callee) const {
  // The callee's "%N" is what the caller passed for argument N, in the
  // caller's own terms (its parameter "%M", a field); none for a local.
  // Its "%N*", what the argument points to: the field of `&X` ("&" and
  // its key), or what the caller's own parameter points to ("%M*").
  auto Translate = [&](llvm::StringRef Key) -> std::optional<llvm::StringRef> {
    if (Key.empty() || Key[0] != '%')
      return Key;
    bool Pointee = Key.consume_back("*");
    unsigned N;
    if (Key.drop_front().getAsInteger(10, N) || N >= Call.Args.size() ||
        Call.Args[N].empty())
      return std::nullopt;
    llvm::StringRef Arg = Call.Args[N];
    if (!Pointee)
      return Arg[0] == '&' ? std::nullopt
                           : std::optional<llvm::StringRef>(Keys.save(Arg));
    if (Arg[0] == '&')
      return Keys.save(Arg.drop_front());
    if (Arg[0] == '%' && !Arg.ends_with("*"))
      return Keys.save((Arg + "*").str());
    return std::nullopt;
  };
  auto Param = [&](int N) -> std::optional<int> {
    auto K = N >= 0 ? Translate("%" + std::to_string(N)) : std::nullopt;
    unsigned M;
    if (!K || K->empty() || (*K)[0] != '%' || K->drop_front().getAsInteger(10, M))
      return std::nullopt;
    return int(M);
  };
  auto Through = [&](const ChainedSite &S) { return S.through(Call.Site); };
  FunctionSummary &P = Into.Pools;
  const FunctionSummary &C = Callee.Pools;
  // Item frees against pool frees: a caller whose file saw the callee's
  // summary has the callee's item frees among its own and its pool frees
  // among its own, in the order its flow found (HandleFlow applies them
  // at the call). One that did not: the thin link cannot tell the order,
  // and stays silent (the callee's item frees may come before the
  // caller's pool frees, and the caller's item frees before the callee's).
  bool SawItemFrees =
      llvm::all_of(C.FreesItemsAt,
                   [&](const auto &E) { return P.FreesItemsAt.count(E.first); }) &&
      llvm::all_of(C.FreesItemsUnseen,
                   [&](ObjKind K) { return P.FreesItemsUnseen.count(K); });
  std::set<std::string, std::less<>> OwnPools;
  for (const auto &[K, S] : P.MayFreePools)
    OwnPools.insert(K.str());
  if (!SawItemFrees)
    for (const auto &[K, S] : P.MayFreePools) {
      ItemsFreedFirst &Into = P.ItemsFreedBefore[K.str()];
      for (const auto &[Slot, Site] : C.FreesItemsAt)
        Into.Slots.insert(Slot.str());
      Into.Kinds.insert(C.FreesItemsUnseen.begin(), C.FreesItemsUnseen.end());
    }
  // What the callee may do, the caller may: a may-free, never a must-free
  // (whether the call is on every path is the caller's flow's to say).
  for (const auto &[K, S] : C.MayFreePools)
    if (auto T = Translate(K); T && !P.MayFreePools.count(*T)) {
      P.MayFreePools.emplace(Keys.save(*T), Through(S));
      if (C.FreedAfterWait.count(K))
        P.FreedAfterWait.insert(T->str());
    }
  for (const auto &[N, S] : C.FreesItemParam)
    if (auto M = Param(N))
      P.FreesItemParam.emplace(*M, Through(S));
  for (const auto &[N, S] : C.HandsItemParam)
    if (auto M = Param(N))
      P.HandsItemParam.emplace(*M, Through(S));
  for (const auto &[K, S] : C.FreesItemsOfKind)
    P.FreesItemsOfKind.emplace(K, Through(S));
  // The items the callee frees before a pool come first (its other item
  // frees after its pool frees).
  for (const auto &[K, First] : C.ItemsFreedBefore)
    if (auto T = Translate(K)) {
      ItemsFreedFirst &Into = P.ItemsFreedBefore[T->str()];
      Into.Slots.insert(First.Slots.begin(), First.Slots.end());
      Into.Kinds.insert(First.Kinds.begin(), First.Kinds.end());
    }
  for (const auto &[K, S] : C.MayFreePools)
    if (auto T = Translate(K); T && !OwnPools.count(*T) &&
                               (!P.FreesItemsAt.empty() ||
                                !P.FreesItemsUnseen.empty())) {
      ItemsFreedFirst &Into = P.ItemsFreedBefore[T->str()];
      for (const auto &[Slot, Site] : P.FreesItemsAt)
        Into.Slots.insert(Slot.str());
      Into.Kinds.insert(P.FreesItemsUnseen.begin(), P.FreesItemsUnseen.end());
    }
  for (const auto &[K, S] : C.FreesItemsAt)
    if (!P.FreesItemsAt.count(K))
      P.FreesItemsAt.emplace(Keys.save(K), Through(S));
  P.FreesItemsUnseen.insert(C.FreesItemsUnseen.begin(),
                            C.FreesItemsUnseen.end());
  if (C.Waits && !P.Waits) {
    P.Waits = true;
    P.WaitSite = Through(C.WaitSite);
  }
  for (const PoolAllocation &A : C.AllocatesPools)
    if (auto T = Translate(A.Path)) {
      PoolAllocation X = A;
      X.Path = T->str();
      X.Site = Through(A.Site);
      if (llvm::none_of(P.AllocatesPools, [&](const PoolAllocation &Y) {
            return Y.Path == X.Path && Y.Kind == X.Kind;
          }))
        P.AllocatesPools.push_back(std::move(X));
    }
  for (const EscapingItem &E : C.EscapingItems)
    if (auto T = Translate(E.Pool)) {
      EscapingItem X = E;
      X.Pool = T->str();
      X.Alloc = Through(E.Alloc);
      P.EscapingItems.push_back(std::move(X));
    }
  // Locks: a set, and only where the caller's own summary (Own, its flow's)
  // says nothing of the same lock (a caller that takes a lock through the
  // helper and releases it itself holds none when it returns; the order is
  // the caller's flow's to know). The callees' effects are composed as the
  // flow applies a summary at a call (FunctionPass::handleCall: its
  // acquires, then its releases), one call after the other in the order of
  // the source: a release lets go of a lock an earlier callee took, as
  // `Lock(R); ... Unlock(R);` through two helpers of another file holds
  // nothing at the return (what the caller's flow finds once its file has
  // read theirs, and its own summary then says nothing of the lock). The
  // calls are one per callee and arguments, the first: `Lock(R);
  // Unlock(R); Lock(R);` composes as holding nothing until the caller's
  // own summary (which says it holds R) is made with theirs read.
  LockSummary &L = Into.Locks;
  auto Says = [&](llvm::StringRef K) {
    return llvm::is_contained(Own.Releases, K) ||
           llvm::any_of(Own.Acquires,
                        [&](const auto &A) { return A.first == K; });
  };
  auto Taken = [&](llvm::StringRef K) {
    return llvm::find_if(L.Acquires,
                         [&](const auto &A) { return A.first == K; });
  };
  for (const auto &[K, S] : Callee.Locks.Acquires)
    if (auto T = Translate(K); T && !Says(*T) && Taken(*T) == L.Acquires.end())
      L.Acquires.push_back({T->str(), Through(S)});
  for (const std::string &K : Callee.Locks.Releases)
    if (auto T = Translate(K); T && !Says(*T)) {
      if (auto It = Taken(*T); It != L.Acquires.end())
        L.Acquires.erase(It); // an earlier callee took it: let go here
      else if (!llvm::is_contained(L.Releases, *T))
        L.Releases.push_back(T->str());
    }
  L.ChangesIrql |= Callee.Locks.ChangesIrql || Callee.Locks.LowersToParam >= 0;
  // Regions: where in the caller's count the callee's falls is its flow's;
  // its own file's summary has it once that file imported the callee's.
  L.ApcsUnknown |= Callee.Locks.changesRegions();
}

llvm::ArrayRef<const CallContext *>
DriverIndex::contextsFor(llvm::StringRef Name) const {
  return effective(Name, 0);
}

const std::vector<const CallContext *> &
DriverIndex::effective(llvm::StringRef Name, unsigned Depth) const {
  auto Found = Effective.find(Name);
  if (Found != Effective.end())
    return Found->second;
  std::vector<const CallContext *> Out;
  bool Unknown = false;
  Visiting.insert(Name);
  for (const CallContext *C : lookup(Contexts, Name)) {
    if (!C->Inherits) {
      Unknown |= !C->Known;
      Out.push_back(C);
      continue;
    }
    llvm::StringRef Caller = C->Call->Caller;
    if (Depth >= MaxInheritDepth || Visiting.count(Caller) ||
        AddressTaken.count(Caller)) {
      Unknown = true;
      continue;
    }
    const std::vector<const CallContext *> &Into = effective(Caller, Depth + 1);
    if (Into.empty()) {
      Unknown = true; // nothing calls the caller that we see
      continue;
    }
    for (const CallContext *E : Into) {
      // E's state, carried on through the caller's call into Name.
      CallContext D = *E;
      D.Callee = C->Callee;
      D.Call = C->Call;
      D.Inherits = false;
      D.Consts = C->Consts; // this call's arguments, not the caller's
      D.SourceCalls.Calls.push_back(E->Call);
      for (ContextLock &L : D.Locks)
        L.Calls.Calls.push_back(E->Call);
      Unknown |= !D.Known;
      Derived.push_back(std::move(D));
      Out.push_back(&Derived.back());
    }
  }
  Visiting.erase(Name);
  if (Unknown || Out.size() > MaxContextsPerFunction) {
    // One unknown state makes the entry unknown: keep just that.
    CallContext D;
    D.Callee = Name.str();
    D.Call = Out.empty() ? nullptr : Out.front()->Call;
    if (!D.Call)
      for (const CallContext *C : lookup(Contexts, Name))
        D.Call = C->Call;
    Derived.push_back(std::move(D));
    Out.assign(1, &Derived.back());
  }
  return Effective[Name] = std::move(Out);
}

bool isOtherFileFunction(const clang::FunctionDecl *FD,
                         const clang::ASTContext &Ctx) {
  if (!FD || FD->hasBody() || FD->getBuiltinID() || !FD->getIdentifier() ||
      !FD->isExternallyVisible())
    return false;
  return !Ctx.getSourceManager().isInSystemHeader(FD->getLocation());
}

const UnitSummary::Function *importedCallee(const clang::CallExpr *C,
                                            const DriverIndex *Imports) {
  if (!Imports)
    return nullptr;
  const clang::FunctionDecl *FD = C->getDirectCallee();
  if (!FD || !FD->getIdentifier() || FD->hasBody())
    return nullptr;
  return Imports->function(FD->getName());
}

} // namespace ndis
