//===--- SummaryFile.cpp - The summary file: one JSON document ------------===//
//
// Layout (docs/whole-driver.md has the full description):
//   { "format": "ndis-tidy-summary", "version": 1,
//     "source": PATH, "hash": "xxh3:...",
//     "files": [PATH...],
//     "sites": [[FILE-INDEX, LINE, COL, CALLER, CALLEE]...],
//     "functions": [{"name": ..., "may_free": [[KEY, CHAIN]...], ...}...],
//     "roles": [...], "pools": [...], "freed_pools": [...],
//     "shared_memory": [...], "aliases": [...], "contexts": [...] }
// A CHAIN is a list of site indices, or {"calls": [...], "omitted": N,
// "at": I} when a long one kept its ends only (ChainedSite).
//
//===----------------------------------------------------------------------===//

#include "SummaryFile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <map>
#include <set>

namespace ndis {

std::string hashOfBytes(llvm::StringRef Bytes) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "xxh3:" << llvm::format_hex_no_prefix(llvm::xxh3_64bits(Bytes), 16);
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

const char *howName(RoleEvidence::How H) {
  switch (H) {
  case RoleEvidence::Typedef: return "typedef";
  case RoleEvidence::Field: return "field";
  case RoleEvidence::Registration: return "registration";
  case RoleEvidence::Option: return "option";
  }
  return "field";
}

const char *sourceKindName(IrqlSource::Kind K) {
  switch (K) {
  case IrqlSource::None: return "none";
  case IrqlSource::Role: return "role";
  case IrqlSource::Sal: return "sal";
  case IrqlSource::Lock: return "lock";
  case IrqlSource::Raise: return "raise";
  case IrqlSource::Required: return "required";
  }
  return "none";
}

/// Numbers sites and files in the order they are first written.
class Writer {
public:
  Value site(const ExternalCall *C) {
    if (!C)
      return nullptr;
    auto Key = std::make_tuple(C->File, C->Line, C->Col, C->Caller, C->Callee);
    auto [It, New] = SiteIndex.try_emplace(Key, Sites.size());
    if (New)
      Sites.push_back(Array{file(C->File), C->Line, C->Col, name(C->Caller),
                            name(C->Callee)});
    return static_cast<int64_t>(It->second);
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
  Value source(Value S) {
    std::string Key;
    llvm::raw_string_ostream OS(Key);
    OS << S;
    auto [It, New] = SourceIndex.try_emplace(Key, Sources.size());
    if (New)
      Sources.push_back(std::move(S));
    return static_cast<int64_t>(It->second);
  }
  int64_t name(const std::string &N) {
    auto [It, New] = NameIndex.try_emplace(N, Names.size());
    if (New)
      Names.push_back(N);
    return It->second;
  }
  Array Files, Sites, Names, Sources;

private:
  std::map<std::string, size_t> NameIndex, SourceIndex;
  int64_t file(const std::string &F) {
    auto [It, New] = FileIndex.try_emplace(F, Files.size());
    if (New) {
      // Under the source's folder: written relative to it.
      llvm::StringRef Rel(F);
      if (!Base.empty() && Rel.starts_with(Base))
        Rel = Rel.drop_front(Base.size());
      Files.push_back(Rel);
    }
    return It->second;
  }

public:
  std::string Base; ///< the source's folder, with its separator

private:
  std::map<std::tuple<std::string, unsigned, unsigned, std::string,
                      std::string>,
           size_t>
      SiteIndex;
  std::map<std::string, size_t> FileIndex;
};

Value functionJson(const UnitSummary::Function &F, Writer &W) {
  const FunctionSummary &P = F.Pools;
  Object O{{"name", F.Name}};
  auto ByKey = [&](const SitesByKey &M) {
    Array A;
    for (const auto &[K, S] : M)
      A.push_back(Array{K, W.chain(S)});
    return A;
  };
  auto ByInt = [&](const auto &M, auto Name) {
    Array A;
    for (const auto &[K, S] : M)
      A.push_back(Array{Name(K), W.chain(S)});
    return A;
  };
  auto Int = [](int N) { return Value(N); };
  auto Kind = [](ObjKind K) { return Value(objKindName(K)); };
  if (!P.MayFreePools.empty())
    O["may_free"] = ByKey(P.MayFreePools);
  if (!P.MustFreePools.empty())
    O["must_free"] = ByKey(P.MustFreePools);
  if (!P.FreesItemParam.empty())
    O["frees_item_param"] = ByInt(P.FreesItemParam, Int);
  if (!P.HandsItemParam.empty())
    O["hands_item_param"] = ByInt(P.HandsItemParam, Int);
  if (!P.FreesItemsOfKind.empty())
    O["frees_items_of_kind"] = ByInt(P.FreesItemsOfKind, Kind);
  if (P.Waits)
    O["waits"] = W.chain(P.WaitSite);
  if (!P.FreedAfterWait.empty()) {
    Array A;
    for (const std::string &K : P.FreedAfterWait)
      A.push_back(K);
    O["freed_after_wait"] = std::move(A);
  }
  if (!P.AllocatesPools.empty()) {
    Array A;
    for (const PoolAllocation &X : P.AllocatesPools)
      A.push_back(Array{X.Path, objKindName(X.Kind), W.chain(X.Site)});
    O["allocates_pools"] = std::move(A);
  }
  if (!P.EscapingItems.empty()) {
    Array A;
    for (const EscapingItem &X : P.EscapingItems)
      A.push_back(Array{X.Pool, objKindName(X.Kind), W.chain(X.Alloc),
                        W.site(X.EscapeElsewhere), X.EscapeHow, X.Handed});
    O["escaping_items"] = std::move(A);
  }
  const LockSummary &L = F.Locks;
  if (!L.Acquires.empty()) {
    Array A;
    for (const auto &[K, S] : L.Acquires)
      A.push_back(Array{K, W.chain(S)});
    O["acquires"] = std::move(A);
  }
  if (!L.Releases.empty()) {
    Array A;
    for (const std::string &K : L.Releases)
      A.push_back(K);
    O["releases"] = std::move(A);
  }
  if (L.LowersToParam >= 0)
    O["lowers_to_param"] = L.LowersToParam;
  if (L.ChangesIrql)
    O["changes_irql"] = true;
  return O;
}

/// A context: the call's site alone when nothing is known of it;
/// ["inherits", SITE]; else [SITE, [MIN, MAX] or null, SOURCE or null,
/// [LOCK...]] with LOCK = [KEY, DISPLAY, ACQUIRE, INNER, CALLS].
Value contextJson(const CallContext &C, Writer &W) {
  Value Call = W.site(C.Call);
  if (C.Inherits)
    return Array{"inherits", std::move(Call)};
  Value Range = nullptr, Source = nullptr;
  if (C.Known) {
    Range = Array{irqlName(C.Range.Min), irqlName(C.Range.Max)};
    Source = W.source(Array{sourceKindName(C.SourceKind), C.SourceFn,
                            C.SourceText, C.SourceRole, howName(C.SourceHow),
                            C.SourceDetail, irqlName(C.SourceLevel),
                            W.site(C.SourceAt), W.chain(C.SourceInner),
                            W.chain(C.SourceCalls)});
  }
  Array Locks;
  for (const ContextLock &L : C.Locks)
    Locks.push_back(Array{L.Key, L.Display, W.site(L.Acquire), W.chain(L.Inner),
                          W.chain(L.Calls)});
  return Array{std::move(Call), std::move(Range), std::move(Source),
               std::move(Locks)};
}

// ---------------------------------------------------------------------------
// Reading: every value is checked; the first problem ends the read.

class Reader {
public:
  Reader(UnitSummary &S, llvm::StringRef Path) : S(S), Path(Path) {}

  bool fail(const llvm::Twine &What) {
    if (Error.empty())
      Error = What.str();
    return false;
  }
  bool string(const Value *V, std::string &Out, const char *What) {
    auto Str = V ? V->getAsString() : std::nullopt;
    if (!Str)
      return fail(llvm::Twine(What) + ": expected a string");
    Out = Str->str();
    return true;
  }
  bool integer(const Value *V, int64_t &Out, int64_t Min, int64_t Max,
               const char *What) {
    auto N = V ? V->getAsInteger() : std::nullopt;
    if (!N || *N < Min || *N > Max)
      return fail(llvm::Twine(What) + ": expected an integer from " +
                  llvm::Twine(Min) + " to " + llvm::Twine(Max));
    Out = *N;
    return true;
  }
  const Array *array(const Value *V, const char *What, size_t MinSize = 0) {
    const Array *A = V ? V->getAsArray() : nullptr;
    if (!A || A->size() < MinSize) {
      fail(llvm::Twine(What) + ": expected a list" +
           (MinSize ? " of at least " + llvm::Twine(MinSize) + " items"
                    : llvm::Twine()));
      return nullptr;
    }
    return A;
  }
  /// An optional list: absent is empty.
  const Array *list(const Object &O, llvm::StringRef Key) {
    static const Array Empty;
    const Value *V = O.get(Key);
    if (!V)
      return &Empty;
    const Array *A = V->getAsArray();
    if (!A)
      fail(Key + ": expected a list");
    return A;
  }

  bool sites(const Object &Root) {
    std::vector<std::string> Files;
    for (const Value &F : *list(Root, "files")) {
      std::string Name;
      if (!string(&F, Name, "files"))
        return false;
      Files.push_back(std::move(Name));
    }
    std::vector<std::string> Names;
    for (const Value &N : *list(Root, "names")) {
      std::string Name;
      if (!string(&N, Name, "names"))
        return false;
      Names.push_back(std::move(Name));
    }
    for (const Value &V : *list(Root, "sites")) {
      const Array *A = array(&V, "sites", 5);
      if (!A)
        return false;
      int64_t File, Line, Col, Caller, Callee;
      ExternalCall C;
      if (!integer(&(*A)[0], File, 0, int64_t(Files.size()) - 1, "sites") ||
          !integer(&(*A)[1], Line, 0, 1 << 30, "sites") ||
          !integer(&(*A)[2], Col, 0, 1 << 30, "sites") ||
          !integer(&(*A)[3], Caller, 0, int64_t(Names.size()) - 1, "sites") ||
          !integer(&(*A)[4], Callee, 0, int64_t(Names.size()) - 1, "sites"))
        return false;
      C.Caller = Names[Caller];
      C.Callee = Names[Callee];
      C.File = llvm::sys::path::is_absolute(Files[File])
                   ? Files[File]
                   : (llvm::sys::path::parent_path(S.Source) + "/" + Files[File])
                         .str();
      C.Line = Line;
      C.Col = Col;
      Sites.push_back(S.site(std::move(C)));
    }
    return Error.empty();
  }
  /// A site index, or null (JSON null).
  bool site(const Value *V, const ExternalCall *&Out, const char *What) {
    if (V && V->kind() == Value::Null) {
      Out = nullptr;
      return true;
    }
    auto I = V ? V->getAsInteger() : std::nullopt;
    if (!I || *I < 0 || *I >= int64_t(Sites.size()))
      return fail(llvm::Twine(What) + ": expected a site, one of the " +
                  llvm::Twine(Sites.size()) + " in \"sites\"");
    Out = Sites[*I];
    return true;
  }
  bool chain(const Value *V, ChainedSite &Out, const char *What) {
    const Array *Calls = V ? V->getAsArray() : nullptr;
    if (const Object *O = V ? V->getAsObject() : nullptr) {
      int64_t Omitted, At;
      Calls = O->getArray("calls");
      if (!Calls || !integer(O->get("omitted"), Omitted, 0, 1 << 30, What) ||
          !integer(O->get("at"), At, 0, ChainedSite::MaxKept, What))
        return fail(llvm::Twine(What) + ": a malformed chain");
      Out.Omitted = Omitted;
      Out.OmittedAt = At;
    }
    if (!Calls)
      return fail(llvm::Twine(What) + ": expected a chain");
    if (Calls->size() > ChainedSite::MaxKept + 1)
      return fail(llvm::Twine(What) + ": a chain longer than kept chains are");
    for (const Value &C : *Calls) {
      const ExternalCall *X;
      if (!site(&C, X, What) || !X)
        return fail(llvm::Twine(What) + ": expected a site in a chain");
      Out.Calls.push_back(X);
    }
    if (Out.Omitted && Out.OmittedAt > Out.Calls.size())
      return fail(llvm::Twine(What) + ": a malformed chain");
    return true;
  }
  bool kind(const Value *V, ObjKind &Out, const char *What) {
    std::string Name;
    if (!string(V, Name, What))
      return false;
    for (ObjKind K : {ObjKind::None, ObjKind::NetBuffer, ObjKind::NetBufferList,
                      ObjKind::Packet, ObjKind::Buffer})
      if (Name == objKindName(K)) {
        Out = K;
        return true;
      }
    return fail(llvm::Twine(What) + ": unknown kind '" + Name + "'");
  }
  bool irql(const Value *V, Irql &Out, const char *What) {
    std::string Name;
    if (!string(V, Name, What))
      return false;
    for (Irql L : {Irql::Passive, Irql::Apc, Irql::Dispatch, Irql::Dirql})
      if (Name == irqlName(L)) {
        Out = L;
        return true;
      }
    return fail(llvm::Twine(What) + ": unknown IRQL '" + Name + "'");
  }
  bool how(const Value *V, RoleEvidence::How &Out, const char *What) {
    std::string Name;
    if (!string(V, Name, What))
      return false;
    for (auto H : {RoleEvidence::Typedef, RoleEvidence::Field,
                   RoleEvidence::Registration, RoleEvidence::Option})
      if (Name == howName(H)) {
        Out = H;
        return true;
      }
    return fail(llvm::Twine(What) + ": unknown role evidence '" + Name + "'");
  }

  bool function(const Value &V);
  bool context(const Value &V, const Array &Sources);
  bool rest(const Object &Root);

  UnitSummary &S;
  llvm::StringRef Path;
  std::string Error;
  std::vector<const ExternalCall *> Sites;
};

bool Reader::function(const Value &V) {
  const Object *O = V.getAsObject();
  if (!O)
    return fail("functions: expected an object");
  UnitSummary::Function F;
  if (!string(O->get("name"), F.Name, "functions.name"))
    return false;
  FunctionSummary &P = F.Pools;
  auto Pairs = [&](llvm::StringRef Key, auto Each) {
    for (const Value &E : *list(*O, Key)) {
      const Array *A = array(&E, "functions", 2);
      if (!A || !Each(*A))
        return false;
    }
    return Error.empty();
  };
  // (SitesByKey keeps StringRefs: the keys live in the summary's store.)
  auto Param = [&](std::map<int, ChainedSite> &M) {
    return [&](const Array &A) {
      int64_t N;
      ChainedSite C;
      if (!integer(&A[0], N, 0, 255, "functions") ||
          !chain(&A[1], C, "functions"))
        return false;
      M.emplace(int(N), C);
      return true;
    };
  };
  auto KeyedInto = [&](SitesByKey &M) {
    return [&, Into = &M](const Array &A) {
      std::string K;
      ChainedSite C;
      if (!string(&A[0], K, "functions") || !chain(&A[1], C, "functions"))
        return false;
      Into->emplace(S.keep(K), C);
      return true;
    };
  };
  if (!Pairs("may_free", KeyedInto(P.MayFreePools)) ||
      !Pairs("must_free", KeyedInto(P.MustFreePools)) ||
      !Pairs("frees_item_param", Param(P.FreesItemParam)) ||
      !Pairs("hands_item_param", Param(P.HandsItemParam)) ||
      !Pairs("frees_items_of_kind", [&](const Array &A) {
        ObjKind K;
        ChainedSite C;
        if (!kind(&A[0], K, "functions") || !chain(&A[1], C, "functions"))
          return false;
        P.FreesItemsOfKind.emplace(K, C);
        return true;
      }))
    return false;
  if (const Value *W = O->get("waits")) {
    P.Waits = true;
    if (!chain(W, P.WaitSite, "functions.waits"))
      return false;
  }
  for (const Value &E : *list(*O, "freed_after_wait")) {
    std::string K;
    if (!string(&E, K, "functions.freed_after_wait"))
      return false;
    P.FreedAfterWait.insert(std::move(K));
  }
  for (const Value &E : *list(*O, "allocates_pools")) {
    const Array *A = array(&E, "allocates_pools", 3);
    PoolAllocation X;
    if (!A || !string(&(*A)[0], X.Path, "allocates_pools") ||
        !kind(&(*A)[1], X.Kind, "allocates_pools") ||
        !chain(&(*A)[2], X.Site, "allocates_pools"))
      return false;
    P.AllocatesPools.push_back(std::move(X));
  }
  for (const Value &E : *list(*O, "escaping_items")) {
    const Array *A = array(&E, "escaping_items", 6);
    EscapingItem X;
    auto Handed = A ? (*A)[5].getAsBoolean() : std::nullopt;
    if (!A || !string(&(*A)[0], X.Pool, "escaping_items") ||
        !kind(&(*A)[1], X.Kind, "escaping_items") ||
        !chain(&(*A)[2], X.Alloc, "escaping_items") ||
        !site(&(*A)[3], X.EscapeElsewhere, "escaping_items") ||
        !string(&(*A)[4], X.EscapeHow, "escaping_items") || !Handed)
      return fail("escaping_items: malformed");
    X.Handed = *Handed;
    P.EscapingItems.push_back(std::move(X));
  }
  LockSummary &L = F.Locks;
  for (const Value &E : *list(*O, "acquires")) {
    const Array *A = array(&E, "acquires", 2);
    std::string K;
    ChainedSite C;
    if (!A || !string(&(*A)[0], K, "acquires") ||
        !chain(&(*A)[1], C, "acquires"))
      return false;
    L.Acquires.push_back({std::move(K), std::move(C)});
  }
  for (const Value &E : *list(*O, "releases")) {
    std::string K;
    if (!string(&E, K, "releases"))
      return false;
    L.Releases.push_back(std::move(K));
  }
  if (const Value *V = O->get("lowers_to_param")) {
    int64_t N;
    if (!integer(V, N, 0, 255, "lowers_to_param"))
      return false;
    L.LowersToParam = int(N);
  }
  L.ChangesIrql = O->getBoolean("changes_irql").value_or(false);
  S.Functions.push_back(std::move(F));
  return Error.empty();
}

bool Reader::context(const Value &V, const Array &Sources) {
  CallContext C;
  const Array *A = V.getAsArray();
  if (!A) { // the site alone
    if (!site(&V, C.Call, "contexts") || !C.Call)
      return fail("contexts: malformed");
  } else if (A->size() == 2 && (*A)[0].getAsString() == "inherits") {
    if (!site(&(*A)[1], C.Call, "contexts") || !C.Call)
      return fail("contexts: malformed");
    C.Inherits = true;
  } else {
    if (A->size() != 4 || !site(&(*A)[0], C.Call, "contexts") || !C.Call)
      return fail("contexts: malformed");
    if ((*A)[1].kind() != Value::Null) {
      const Array *R = array(&(*A)[1], "contexts.irql", 2);
      int64_t Index;
      if (!R || !irql(&(*R)[0], C.Range.Min, "contexts.irql") ||
          !irql(&(*R)[1], C.Range.Max, "contexts.irql") ||
          !integer(&(*A)[2], Index, 0, int64_t(Sources.size()) - 1,
                   "contexts.source"))
        return fail("contexts: malformed IRQL");
      const Array *Src = array(&Sources[Index], "sources", 10);
      std::string Kind;
      if (!Src || !string(&(*Src)[0], Kind, "sources"))
        return fail("sources: malformed");
      bool Found = false;
      for (auto K : {IrqlSource::Role, IrqlSource::Sal, IrqlSource::Lock,
                     IrqlSource::Raise, IrqlSource::Required})
        if (Kind == sourceKindName(K)) {
          C.SourceKind = K;
          Found = true;
        }
      if (!Found || !string(&(*Src)[1], C.SourceFn, "sources") ||
          !string(&(*Src)[2], C.SourceText, "sources") ||
          !string(&(*Src)[3], C.SourceRole, "sources") ||
          !how(&(*Src)[4], C.SourceHow, "sources") ||
          !string(&(*Src)[5], C.SourceDetail, "sources") ||
          !irql(&(*Src)[6], C.SourceLevel, "sources") ||
          !site(&(*Src)[7], C.SourceAt, "sources") ||
          !chain(&(*Src)[8], C.SourceInner, "sources") ||
          !chain(&(*Src)[9], C.SourceCalls, "sources"))
        return fail("sources: malformed");
      C.Known = true;
    }
    const Array *Locks = array(&(*A)[3], "contexts.locks");
    if (!Locks)
      return false;
    for (const Value &E : *Locks) {
      const Array *L = array(&E, "contexts.locks", 5);
      ContextLock K;
      if (!L || !string(&(*L)[0], K.Key, "contexts.locks") ||
          !string(&(*L)[1], K.Display, "contexts.locks") ||
          !site(&(*L)[2], K.Acquire, "contexts.locks") || !K.Acquire ||
          !chain(&(*L)[3], K.Inner, "contexts.locks") ||
          !chain(&(*L)[4], K.Calls, "contexts.locks"))
        return fail("contexts.locks: malformed");
      C.Locks.push_back(std::move(K));
    }
  }
  C.Callee = C.Call->Callee;
  S.Contexts.push_back(std::move(C));
  return Error.empty();
}

bool Reader::rest(const Object &Root) {
  for (const Value &V : *list(Root, "roles")) {
    const Array *A = array(&V, "roles", 5);
    RoleMark R;
    if (!A || !string(&(*A)[0], R.Function, "roles") ||
        !string(&(*A)[1], R.Role, "roles") ||
        !site(&(*A)[2], R.Where, "roles") || !how(&(*A)[3], R.Kind, "roles") ||
        !string(&(*A)[4], R.Detail, "roles"))
      return fail("roles: malformed");
    S.Roles.push_back(std::move(R));
  }
  for (const Value &V : *list(Root, "pools")) {
    const Array *A = array(&V, "pools", 5);
    PoolFact P;
    int64_t DataSize;
    if (!A || !string(&(*A)[0], P.Key, "pools") ||
        !kind(&(*A)[1], P.Kind, "pools") ||
        !integer(&(*A)[2], DataSize, -1, 1, "pools") ||
        !site(&(*A)[3], P.Where, "pools") || !P.Where ||
        !string(&(*A)[4], P.Display, "pools"))
      return fail("pools: malformed");
    P.DataSize = int(DataSize);
    S.Pools.push_back(std::move(P));
  }
  for (const Value &V : *list(Root, "freed_pools")) {
    std::string K;
    if (!string(&V, K, "freed_pools"))
      return false;
    S.FreedPools.push_back(std::move(K));
  }
  for (const Value &V : *list(Root, "shared_memory")) {
    const Array *A = array(&V, "shared_memory", 4);
    SharedMemoryFact M;
    if (!A || !string(&(*A)[0], M.Allocation, "shared_memory") ||
        !string(&(*A)[1], M.Handle, "shared_memory") ||
        !string(&(*A)[2], M.HandleText, "shared_memory") ||
        !site(&(*A)[3], M.Where, "shared_memory"))
      return fail("shared_memory: malformed");
    S.SharedMemory.push_back(std::move(M));
  }
  for (const Value &V : *list(Root, "aliases")) {
    const Array *A = array(&V, "aliases", 2);
    std::string X, Y;
    if (!A || !string(&(*A)[0], X, "aliases") ||
        !string(&(*A)[1], Y, "aliases"))
      return fail("aliases: malformed");
    S.Aliases.push_back({std::move(X), std::move(Y)});
  }
  const Array *Sources = list(Root, "sources");
  for (const Value &V : *list(Root, "contexts"))
    if (!Sources || !context(V, *Sources))
      return false;
  for (const Value &V : *list(Root, "unknown_contexts")) {
    CallContext C;
    if (!string(&V, C.Callee, "unknown_contexts"))
      return false;
    S.Contexts.push_back(std::move(C));
  }
  for (const Value &V : *list(Root, "address_taken")) {
    std::string N;
    if (!string(&V, N, "address_taken"))
      return false;
    S.AddressTaken.push_back(std::move(N));
  }
  return Error.empty();
}

} // namespace

std::string writeSummary(const UnitSummary &S) {
  Writer W;
  if (llvm::sys::path::is_absolute(S.Source))
    W.Base = (llvm::sys::path::parent_path(S.Source) + "/").str();
  Array Functions, Roles, Pools, Freed, Shared, Aliases, Contexts;
  for (const UnitSummary::Function &F : S.Functions)
    Functions.push_back(functionJson(F, W));
  for (const RoleMark &R : S.Roles)
    Roles.push_back(
        Array{R.Function, R.Role, W.site(R.Where), howName(R.Kind), R.Detail});
  for (const PoolFact &P : S.Pools)
    Pools.push_back(Array{P.Key, objKindName(P.Kind), P.DataSize,
                          W.site(P.Where), P.Display});
  for (const std::string &K : S.FreedPools)
    Freed.push_back(K);
  for (const SharedMemoryFact &M : S.SharedMemory)
    Shared.push_back(
        Array{M.Allocation, M.Handle, M.HandleText, W.site(M.Where)});
  for (const auto &[X, Y] : S.Aliases)
    Aliases.push_back(Array{X, Y});
  // A call in an unknown state says only that its callee's entry is
  // unknown: one name per callee ("unknown_contexts").
  std::set<std::string> UnknownCallees;
  for (const CallContext &C : S.Contexts) {
    if (!C.Known && !C.Inherits && C.Locks.empty())
      UnknownCallees.insert(C.Callee);
    else
      Contexts.push_back(contextJson(C, W));
  }
  Array Unknown;
  for (const std::string &N : UnknownCallees)
    Unknown.push_back(N);
  Array Taken;
  for (const std::string &N : S.AddressTaken)
    Taken.push_back(N);
  Object Root{{"format", "ndis-tidy-summary"},
              {"version", UnitSummary::FormatVersion},
              {"source", S.Source},
              {"hash", S.Hash}};
  // Lists are written only when not empty (a reader takes an absent one
  // for empty): most files have few of them.
  auto Put = [&](const char *Key, Array &&List) {
    if (!List.empty())
      Root[Key] = std::move(List);
  };
  Put("functions", std::move(Functions));
  Put("roles", std::move(Roles));
  Put("pools", std::move(Pools));
  Put("freed_pools", std::move(Freed));
  Put("shared_memory", std::move(Shared));
  Put("aliases", std::move(Aliases));
  Put("contexts", std::move(Contexts));
  Put("unknown_contexts", std::move(Unknown));
  Put("address_taken", std::move(Taken));
  // The tables last: every reference above has numbered its site.
  Put("files", std::move(W.Files));
  Put("sites", std::move(W.Sites));
  Put("names", std::move(W.Names));
  Put("sources", std::move(W.Sources));
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << Value(std::move(Root)) << "\n";
  return Out;
}

llvm::Expected<std::unique_ptr<UnitSummary>>
readSummary(llvm::StringRef Text, llvm::StringRef Path) {
  auto Bad = [&](const llvm::Twine &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot read summary '" + Path +
                                       "': " + Why);
  };
  llvm::Expected<Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return Bad(llvm::toString(Parsed.takeError()));
  const Object *Root = Parsed->getAsObject();
  if (!Root || Root->getString("format") != "ndis-tidy-summary")
    return Bad("not an ndis-tidy summary");
  auto Version = Root->getInteger("version");
  if (!Version || *Version != UnitSummary::FormatVersion)
    return Bad("version " +
               (Version ? llvm::Twine(*Version) : llvm::Twine("?")) +
               ", but this ndis-tidy reads version " +
               llvm::Twine(UnitSummary::FormatVersion) +
               "; run the export again");
  auto S = std::make_unique<UnitSummary>();
  Reader R(*S, Path);
  if (!R.string(Root->get("source"), S->Source, "source") ||
      !R.string(Root->get("hash"), S->Hash, "hash") || !R.sites(*Root))
    return Bad(R.Error);
  for (const Value &F : *R.list(*Root, "functions"))
    if (!R.function(F))
      break;
  if (R.Error.empty())
    R.rest(*Root);
  if (!R.Error.empty())
    return Bad(R.Error);
  return std::move(S);
}

llvm::Error exportSummary(const UnitSummary &S, llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create summary folder '" + Dir +
                                           "': " + EC.message());
  llvm::SmallString<256> Final(Dir);
  llvm::sys::path::append(Final, summaryFileName(S.Source));
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
