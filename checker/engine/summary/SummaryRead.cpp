//===--- SummaryRead.cpp - Reading the summary file (JSON) ----------------===//
//
// Every value is checked for its type and range before it is used; the
// first problem ends the read with an error naming the file (SummaryFile.h).
// The layout is SummaryWrite.cpp's.
//
//===----------------------------------------------------------------------===//

#include "SummaryFile.h"
#include "SummaryNames.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <map>

namespace ndis {
namespace {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

// Reading: every value is checked; the first problem ends the read.

class Reader {
public:
  Reader(UnitSummary &S, llvm::StringRef Path) : S(S), Path(Path) {}

  bool fail(const llvm::Twine &What) {
    if (Error.empty())
      Error = What.str();
    return false;
  }
  /// Reading builds what the file shares (a name used many times, a state
  /// with many calls) once per use: bounded, so that a small hostile file
  /// cannot make it build gigabytes (a real one builds a few hundred KB).
  static constexpr uint64_t MaxBuilt = 64u << 20;
  bool spend(uint64_t Bytes, const char *What) {
    Built += Bytes;
    if (Built > MaxBuilt)
      return fail(llvm::Twine(What) + ": the summary expands to more than " +
                  llvm::Twine(MaxBuilt >> 20) + " MiB");
    return true;
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
  /// [[ARGUMENT, VALUE]...]: a call's constant integer arguments, by
  /// argument index (0 to 31), in order.
  bool consts(const Value *V, std::vector<std::pair<unsigned, int64_t>> &Out,
              const char *What) {
    const Array *A = array(V, What);
    if (!A)
      return false;
    for (const Value &E : *A) {
      const Array *P = array(&E, What, 2);
      int64_t I;
      if (!P || P->size() != 2 || !integer(&(*P)[0], I, 0, 31, What))
        return fail(llvm::Twine(What) + ": expected [argument, value]");
      auto Value = (*P)[1].getAsInteger();
      if (!Value)
        return fail(llvm::Twine(What) + ": a value that is not an integer");
      if (!Out.empty() && Out.back().first >= unsigned(I))
        return fail(llvm::Twine(What) + ": arguments out of order");
      Out.push_back({unsigned(I), *Value});
    }
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
    if (!A) {
      fail(Key + ": expected a list");
      return &Empty; // the read fails; nothing to walk meanwhile
    }
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
    for (const Value &N : *list(Root, "names")) {
      std::string Name;
      if (!string(&N, Name, "names"))
        return false;
      Names.push_back(std::move(Name));
    }
    // One list per file: the source's, then each of "files".
    const Array *Lists = list(Root, "sites");
    if (Lists->size() > Files.size() + 1)
      return fail("sites: more lists than files");
    for (size_t File = 0; File < Lists->size(); ++File) {
      const Array *Of = array(&(*Lists)[File], "sites");
      if (!Of)
        return false;
      // (Relative to the source's folder, as written: an absolute source
      // only, writeSummary makes paths relative to no other.)
      std::string Path = S.Source;
      if (File > 0) {
        Path = Files[File - 1];
        if (!llvm::sys::path::is_absolute(Path) &&
            llvm::sys::path::is_absolute(S.Source))
          Path = (llvm::sys::path::parent_path(S.Source) + "/" + Path).str();
      }
      for (const Value &V : *Of) {
        const Array *A = array(&V, "sites", 2);
        if (!A)
          return false;
        int64_t Line, Col, Caller = -1, Callee = -1;
        ExternalCall C;
        // (A caller and a callee left out are empty: a point.)
        if (A->size() > 4 || !integer(&(*A)[0], Line, 0, 1 << 30, "sites") ||
            !integer(&(*A)[1], Col, 0, 1 << 30, "sites") ||
            (A->size() > 2 && !integer(&(*A)[2], Caller, 0,
                                       int64_t(Names.size()) - 1, "sites")) ||
            (A->size() > 3 && !integer(&(*A)[3], Callee, 0,
                                       int64_t(Names.size()) - 1, "sites")) ||
            !spend(Path.size(), "sites"))
          return fail("sites: expected [line, column, caller, callee]");
        if (Caller >= 0)
          C.Caller = Names[Caller];
        if (Callee >= 0)
          C.Callee = Names[Callee];
        C.File = Path;
        C.Line = Line;
        C.Col = Col;
        Sites.push_back(S.site(std::move(C)));
      }
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
    if (!spend(Calls->size() * sizeof(CallRef), What))
      return false;
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
    if (!name(V, Name, What))
      return false;
    for (ObjKind K : {ObjKind::None, ObjKind::NetBuffer, ObjKind::NetBufferList,
                      ObjKind::Packet, ObjKind::Buffer})
      if (Name == objKindName(K)) {
        Out = K;
        return true;
      }
    return fail(llvm::Twine(What) + ": unknown kind '" + Name + "'");
  }
  /// An IRQL: its number (0 PASSIVE_LEVEL ... 3 DIRQL).
  bool irql(const Value *V, Irql &Out, const char *What) {
    int64_t N;
    if (!integer(V, N, 0, 3, What))
      return false;
    Out = static_cast<Irql>(N);
    return true;
  }
  bool how(const Value *V, RoleEvidence::How &Out, const char *What) {
    std::string Name;
    if (!name(V, Name, What))
      return false;
    for (auto H : {RoleEvidence::Typedef, RoleEvidence::Field,
                   RoleEvidence::Registration, RoleEvidence::Option})
      if (Name == howName(H)) {
        Out = H;
        return true;
      }
    return fail(llvm::Twine(What) + ": unknown role evidence '" + Name + "'");
  }

  /// A NAME: an index into "names".
  bool name(const Value *V, std::string &Out, const char *What) {
    int64_t I;
    if (!integer(V, I, 0, int64_t(Names.size()) - 1, What) ||
        !spend(Names[I].size(), What))
      return false;
    Out = Names[I];
    return true;
  }

  bool function(const Value &V);
  bool apcsUnknown(const Object &Root);
  bool contexts(const Value &V, const Array &Sources, const Array &Locks);
  bool rest(const Object &Root);

  UnitSummary &S;
  llvm::StringRef Path;
  std::string Error;
  uint64_t Built = 0;
  std::vector<const ExternalCall *> Sites;
  std::vector<std::string> Names;
};

bool Reader::function(const Value &V) {
  const Object *O = V.getAsObject();
  if (!O)
    return fail("functions: expected an object");
  UnitSummary::Function F;
  if (!name(O->get("name"), F.Name, "functions.name"))
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
      if (!name(&A[0], K, "functions") || !chain(&A[1], C, "functions"))
        return false;
      Into->emplace(S.keep(K), C);
      return true;
    };
  };
  if (!Pairs("may_free", KeyedInto(P.MayFreePools)) ||
      !Pairs("must_free", KeyedInto(P.MustFreePools)) ||
      !Pairs("freed_on_error", KeyedInto(P.FreedOnError)) ||
      !Pairs("may_dangle", KeyedInto(P.MayDangle)) ||
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
  if (!Pairs("frees_items_at", KeyedInto(P.FreesItemsAt)))
    return false;
  auto Kinds = [&](const Array &A, std::set<ObjKind> &Into, const char *What) {
    for (const Value &K : A) {
      ObjKind Kind;
      if (!kind(&K, Kind, What))
        return false;
      Into.insert(Kind);
    }
    return true;
  };
  if (!Kinds(*list(*O, "frees_items_unseen"), P.FreesItemsUnseen,
             "frees_items_unseen"))
    return false;
  for (const Value &E : *list(*O, "items_freed_before")) {
    const Array *A = array(&E, "items_freed_before", 3);
    std::string Pool;
    if (!A || !name(&(*A)[0], Pool, "items_freed_before"))
      return false;
    const Array *Slots = array(&(*A)[1], "items_freed_before");
    const Array *KindList = array(&(*A)[2], "items_freed_before");
    if (!Slots || !KindList)
      return false;
    ItemsFreedFirst &First = P.ItemsFreedBefore[Pool];
    for (const Value &S : *Slots) {
      std::string Slot;
      if (!name(&S, Slot, "items_freed_before"))
        return false;
      First.Slots.insert(std::move(Slot));
    }
    if (!Kinds(*KindList, First.Kinds, "items_freed_before"))
      return false;
  }
  if (const Value *V = O->get("waits_if")) {
    const Array *A = array(V, "waits_if", 3);
    int64_t N;
    auto Set = A ? (*A)[1].getAsBoolean() : std::nullopt;
    if (!A || !integer(&(*A)[0], N, 0, 255, "waits_if") || !Set ||
        !chain(&(*A)[2], P.WaitsIfSite, "waits_if"))
      return fail("waits_if: malformed");
    P.WaitsIfParam = int(N);
    P.WaitsIfSet = *Set;
    if (A->size() > 3) {
      auto Value = (*A)[3].getAsInteger();
      if (!Value)
        return fail("waits_if: the value tested is not an integer");
      P.WaitsIfValue = *Value;
    }
  }
  if (const Value *W = O->get("waits")) {
    P.Waits = true;
    if (!chain(W, P.WaitSite, "functions.waits"))
      return false;
  }
  for (const Value &E : *list(*O, "freed_after_wait")) {
    std::string K;
    if (!name(&E, K, "functions.freed_after_wait"))
      return false;
    P.FreedAfterWait.insert(std::move(K));
  }
  for (const Value &E : *list(*O, "allocates_pools")) {
    const Array *A = array(&E, "allocates_pools", 3);
    PoolAllocation X;
    if (!A || !name(&(*A)[0], X.Path, "allocates_pools") ||
        !kind(&(*A)[1], X.Kind, "allocates_pools") ||
        !chain(&(*A)[2], X.Site, "allocates_pools"))
      return false;
    P.AllocatesPools.push_back(std::move(X));
  }
  if (const Value *R = O->get("returns_pool")) {
    const Array *A = array(R, "returns_pool", 3);
    int64_t DataSize = -1;
    if (!A || !kind(&(*A)[0], P.ReturnsPool, "returns_pool") ||
        !integer(&(*A)[1], DataSize, -1, 1, "returns_pool") ||
        !chain(&(*A)[2], P.ReturnSite, "returns_pool") ||
        P.ReturnsPool == ObjKind::None)
      return fail("returns_pool: malformed");
    P.ReturnsDataSize = int(DataSize);
  }
  for (const Value &E : *list(*O, "escaping_items")) {
    const Array *A = array(&E, "escaping_items", 5);
    EscapingItem X;
    // (Handed to NDIS: false when left out.)
    auto Handed = !A ? std::nullopt
                     : A->size() > 5 ? (*A)[5].getAsBoolean()
                                     : std::optional<bool>(false);
    if (!A || !name(&(*A)[0], X.Pool, "escaping_items") ||
        !kind(&(*A)[1], X.Kind, "escaping_items") ||
        !chain(&(*A)[2], X.Alloc, "escaping_items") ||
        !site(&(*A)[3], X.EscapeElsewhere, "escaping_items") ||
        !name(&(*A)[4], X.EscapeHow, "escaping_items") || !Handed)
      return fail("escaping_items: malformed");
    X.Handed = *Handed;
    if (A->size() > 6 && !name(&(*A)[6], X.Slot, "escaping_items"))
      return false;
    P.EscapingItems.push_back(std::move(X));
  }
  LockSummary &L = F.Locks;
  for (const Value &E : *list(*O, "acquires")) {
    const Array *A = array(&E, "acquires", 2);
    std::string K;
    ChainedSite C;
    if (!A || !name(&(*A)[0], K, "acquires") ||
        !chain(&(*A)[1], C, "acquires"))
      return false;
    L.Acquires.push_back({std::move(K), std::move(C)});
  }
  for (const Value &E : *list(*O, "releases")) {
    std::string K;
    if (!name(&E, K, "releases"))
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
  if (const Value *V = O->get("apcs_delta")) {
    int64_t N;
    if (!integer(V, N, -16, 16, "apcs_delta"))
      return false;
    L.ApcsDelta = int(N);
  }
  if (const Value *V = O->get("steers")) {
    int64_t N;
    if (!integer(V, N, 1, int64_t(UINT32_MAX), "steers"))
      return false;
    F.Steers = uint32_t(N);
  }
  for (const Value &E : *list(*O, "calls")) {
    const Array *A = array(&E, "calls", 1);
    UnitSummary::OutCall C;
    if (!A || !site(&(*A)[0], C.Site, "calls") || !C.Site || A->size() > 256)
      return fail("calls: malformed");
    for (size_t I = 1; I < A->size(); ++I) {
      std::string K;
      if ((*A)[I].kind() != Value::Null && !name(&(*A)[I], K, "calls"))
        return false;
      C.Args.push_back(std::move(K));
    }
    F.Calls.push_back(std::move(C));
  }
  S.Functions.push_back(std::move(F));
  return Error.empty();
}

/// [[SITE...], [MIN, MAX] or null, SOURCE or null, [LOCK...]]: one state
/// and the calls made in it (SummaryWrite.cpp's stateJson).
bool Reader::contexts(const Value &V, const Array &Sources,
                      const Array &LockTable) {
  CallContext C;
  const Array *A = array(&V, "contexts", 3);
  const Array *Calls = A ? (*A)[0].getAsArray() : nullptr;
  if (!A || A->size() > 5 || !Calls || Calls->empty())
    return fail("contexts: expected [[site...], range, source, locks, "
                "constants]");
  const ChainedSite *SourceCalls = nullptr;
  if ((*A)[1].kind() != Value::Null) {
    const Array *R = array(&(*A)[1], "contexts.irql", 2);
    const Array *Src = array(&(*A)[2], "contexts.source", 2);
    int64_t Index;
    if (!R || !irql(&(*R)[0], C.Range.Min, "contexts.irql") ||
        !irql(&(*R)[1], C.Range.Max, "contexts.irql") || !Src ||
        !integer(&(*Src)[0], Index, 0, int64_t(Sources.size()) - 1,
                 "contexts.source") ||
        !chain(&(*Src)[1], C.SourceCalls, "contexts.source"))
      return fail("contexts: malformed IRQL");
    // [KIND, TEXT, LEVEL, AT, INNER, ROLE, HOW, DETAIL]: AT null for
    // INNER's first call; ROLE, HOW and DETAIL left out when "", typedef
    // and "", HOW alone when field (SummaryWrite.cpp's stateJson).
    const Array *From = array(&Sources[Index], "sources", 5);
    std::string Kind;
    if (!From || From->size() > 8 || !name(&(*From)[0], Kind, "sources"))
      return fail("sources: malformed");
    bool Found = false;
    for (auto K : {IrqlSource::Role, IrqlSource::Sal, IrqlSource::Lock,
                   IrqlSource::Raise, IrqlSource::Required})
      if (Kind == sourceKindName(K)) {
        C.SourceKind = K;
        Found = true;
      }
    size_t N = From->size();
    if (!Found || !name(&(*From)[1], C.SourceText, "sources") ||
        !irql(&(*From)[2], C.SourceLevel, "sources") ||
        !site(&(*From)[3], C.SourceAt, "sources") ||
        !chain(&(*From)[4], C.SourceInner, "sources"))
      return fail("sources: malformed");
    if (N > 5)
      C.SourceHow = RoleEvidence::Field;
    if ((N > 5 && !name(&(*From)[5], C.SourceRole, "sources")) ||
        (N > 6 && !how(&(*From)[6], C.SourceHow, "sources")) ||
        (N > 7 && !name(&(*From)[7], C.SourceDetail, "sources")))
      return fail("sources: malformed");
    if (!C.SourceAt && !C.SourceInner.Calls.empty())
      C.SourceAt = C.SourceInner.Calls.front().external();
    if (C.SourceAt) // (the function the IRQL comes from)
      C.SourceFn = C.SourceAt->Caller;
    C.Known = true;
    SourceCalls = &C.SourceCalls;
  } else if ((*A)[2].kind() != Value::Null) {
    return fail("contexts: a source with no IRQL");
  }
  static const Array NoLocks;
  const Array *Locks =
      A->size() >= 4 ? array(&(*A)[3], "contexts.locks") : &NoLocks;
  if (!Locks)
    return false;
  if (A->size() == 5 && !consts(&(*A)[4], C.Consts, "contexts.constants"))
    return false;
  for (const Value &E : *Locks) {
    // L, with the source's chain, or [L, CHAIN].
    const Array *Own = E.getAsArray();
    if (!Own && !SourceCalls)
      return fail("contexts.locks: a lock with no chain of its own needs the "
                  "IRQL's source");
    if (Own && Own->size() != 2)
      return fail("contexts.locks: expected a lock or [lock, chain]");
    int64_t Index;
    if (!integer(Own ? &Own->front() : &E, Index, 0,
                 int64_t(LockTable.size()) - 1, "contexts.locks"))
      return false;
    const Array *L = array(&LockTable[Index], "locks", 4);
    ContextLock K;
    if (!L || L->size() > 4 || !name(&(*L)[0], K.Key, "locks") ||
        !name(&(*L)[1], K.Display, "locks") ||
        !site(&(*L)[2], K.Acquire, "locks") || !K.Acquire ||
        !chain(&(*L)[3], K.Inner, "locks"))
      return fail("locks: malformed");
    if (!Own)
      K.Calls = *SourceCalls;
    else if (!chain(&(*Own)[1], K.Calls, "contexts.locks"))
      return false;
    C.Locks.push_back(std::move(K));
  }
  // Each call gets a copy of the state.
  uint64_t StateBytes = sizeof(CallContext) +
                        C.Consts.size() * sizeof(C.Consts.front()) +
                        C.SourceText.size() +
                        C.SourceFn.size() + C.SourceRole.size() +
                        C.SourceDetail.size() +
                        (C.SourceInner.Calls.size() + C.SourceCalls.Calls.size()) *
                            sizeof(CallRef);
  for (const ContextLock &L : C.Locks)
    StateBytes += sizeof(ContextLock) + L.Key.size() + L.Display.size() +
                  (L.Inner.Calls.size() + L.Calls.Calls.size()) * sizeof(CallRef);
  for (const Value &Site : *Calls) {
    if (!spend(StateBytes, "contexts"))
      return false;
    CallContext Each = C;
    if (!site(&Site, Each.Call, "contexts") || !Each.Call)
      return fail("contexts: expected a call's site");
    Each.Callee = Each.Call->Callee;
    S.Contexts.push_back(std::move(Each));
  }
  return Error.empty();
}

/// "apcs_unknown": the functions whose count of regions their callers cannot
/// know, with an entry in "functions" or none (nothing else to say).
bool Reader::apcsUnknown(const Object &Root) {
  std::map<std::string, size_t> Entry;
  for (size_t I = 0; I < S.Functions.size(); ++I)
    Entry.emplace(S.Functions[I].Name, I);
  bool Added = false;
  for (const Value &V : *list(Root, "apcs_unknown")) {
    std::string Name;
    if (!name(&V, Name, "apcs_unknown"))
      return false;
    auto [It, New] = Entry.emplace(Name, S.Functions.size());
    if (New) {
      S.Functions.emplace_back();
      S.Functions.back().Name = std::move(Name);
      Added = true;
    }
    S.Functions[It->second].Locks.ApcsUnknown = true;
  }
  if (Added) // (sorted by name, as the summary made them)
    std::stable_sort(S.Functions.begin(), S.Functions.end(),
                     [](const auto &X, const auto &Y) { return X.Name < Y.Name; });
  return Error.empty();
}

bool Reader::rest(const Object &Root) {
  for (const Value &V : *list(Root, "roles")) {
    const Array *A = array(&V, "roles", 3);
    RoleMark R;
    R.Kind = RoleEvidence::Field; // (left out: a field the rules name)
    if (!A || !name(&(*A)[0], R.Function, "roles") ||
        !name(&(*A)[1], R.Role, "roles") ||
        !site(&(*A)[2], R.Where, "roles") ||
        (A->size() > 3 && !how(&(*A)[3], R.Kind, "roles")) ||
        (A->size() > 4 && !name(&(*A)[4], R.Detail, "roles")))
      return fail("roles: malformed");
    S.Roles.push_back(std::move(R));
  }
  for (const Value &V : *list(Root, "pools")) {
    const Array *A = array(&V, "pools", 5);
    PoolFact P;
    int64_t DataSize;
    if (!A || !name(&(*A)[0], P.Key, "pools") ||
        !kind(&(*A)[1], P.Kind, "pools") ||
        !integer(&(*A)[2], DataSize, -1, 1, "pools") ||
        !site(&(*A)[3], P.Where, "pools") || !P.Where ||
        !name(&(*A)[4], P.Display, "pools"))
      return fail("pools: malformed");
    P.DataSize = int(DataSize);
    S.Pools.push_back(std::move(P));
  }
  for (const Value &V : *list(Root, "freed_pools")) {
    std::string K;
    if (!name(&V, K, "freed_pools"))
      return false;
    S.FreedPools.push_back(std::move(K));
  }
  for (const Value &V : *list(Root, "shared_memory")) {
    const Array *A = array(&V, "shared_memory", 4);
    SharedMemoryFact M;
    if (!A || !name(&(*A)[0], M.Allocation, "shared_memory") ||
        !name(&(*A)[1], M.Handle, "shared_memory") ||
        !name(&(*A)[2], M.HandleText, "shared_memory") ||
        !site(&(*A)[3], M.Where, "shared_memory"))
      return fail("shared_memory: malformed");
    S.SharedMemory.push_back(std::move(M));
  }
  for (const Value &V : *list(Root, "aliases")) {
    const Array *A = array(&V, "aliases", 2);
    std::string X, Y;
    if (!A || !name(&(*A)[0], X, "aliases") ||
        !name(&(*A)[1], Y, "aliases"))
      return fail("aliases: malformed");
    S.Aliases.push_back({std::move(X), std::move(Y)});
  }
  const Array *Sources = list(Root, "sources");
  const Array *Locks = list(Root, "locks");
  for (const Value &V : *list(Root, "contexts"))
    if (!contexts(V, *Sources, *Locks))
      return false;
  for (const Value &V : *list(Root, "inherits")) {
    // SITE, or [SITE, CONSTS] for a call that passes constants.
    CallContext C;
    const Array *WithConsts = V.getAsArray();
    if (WithConsts && (WithConsts->size() != 2 ||
                       !consts(&(*WithConsts)[1], C.Consts, "inherits")))
      return fail("inherits: expected a site or [site, constants]");
    if (!site(WithConsts ? &WithConsts->front() : &V, C.Call, "inherits") ||
        !C.Call)
      return fail("inherits: expected a site");
    C.Inherits = true;
    C.Callee = C.Call->Callee;
    S.Contexts.push_back(std::move(C));
  }
  for (const Value &V : *list(Root, "unknown_contexts")) {
    CallContext C;
    if (!name(&V, C.Callee, "unknown_contexts"))
      return false;
    S.Contexts.push_back(std::move(C));
  }
  for (const Value &V : *list(Root, "address_taken")) {
    std::string N;
    if (!name(&V, N, "address_taken"))
      return false;
    S.AddressTaken.push_back(std::move(N));
  }
  for (const Value &V : *list(Root, "pointer_targets")) {
    const Array *A = array(&V, "pointer_targets", 2);
    std::pair<std::string, std::vector<UnitSummary::PointerTarget>> Of;
    const Array *Names = A ? (*A)[1].getAsArray() : nullptr;
    if (!A || !string(&(*A)[0], Of.first, "pointer_targets") || !Names)
      return fail("pointer_targets: expected [type, [name...]]");
    for (const Value &N : *Names) {
      UnitSummary::PointerTarget T;
      const Array *Own = N.getAsArray();
      if (Own) { // [NAME]: internal linkage
        T.Internal = true;
        if (Own->size() != 1 || !name(&(*Own)[0], T.Name, "pointer_targets"))
          return fail("pointer_targets: expected a name or [name]");
      } else if (!name(&N, T.Name, "pointer_targets")) {
        return false;
      }
      Of.second.push_back(std::move(T));
    }
    S.PointerTargets.push_back(std::move(Of));
  }
  return Error.empty();
}

} // namespace

char OtherVersionError::ID = 0;

OtherVersionError::OtherVersionError(llvm::StringRef Path, int64_t Version)
    : Message(("summary '" + Path + "' is of format version " +
               llvm::Twine(Version) + ", and this ndis-tidy reads version " +
               llvm::Twine(UnitSummary::FormatVersion) +
               "; its facts are left out until it is exported again")
                  .str()) {}

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
  if (!Root)
    return Bad("not an ndis-tidy summary");
  // {"ndis-tidy-summary": 3, ...}; before version 3, {"format":
  // "ndis-tidy-summary", "version": N, ...}: an older ndis-tidy's.
  std::optional<int64_t> Version = Root->getInteger(SummaryFormat);
  if (!Version && Root->getString("format") == SummaryFormat)
    Version = Root->getInteger("version").value_or(0);
  if (!Version)
    return Bad(Root->get(SummaryFormat) ? "no format version"
                                        : "not an ndis-tidy summary");
  if (*Version != UnitSummary::FormatVersion)
    return llvm::make_error<OtherVersionError>(Path, *Version);
  auto S = std::make_unique<UnitSummary>();
  Reader R(*S, Path);
  if (!R.string(Root->get("source"), S->Source, "source") ||
      !R.string(Root->get("hash"), S->Hash, "hash") || !R.sites(*Root))
    return Bad(R.Error);
  for (const Value &F : *R.list(*Root, "functions"))
    if (!R.function(F))
      break;
  if (R.Error.empty() && R.apcsUnknown(*Root))
    R.rest(*Root);
  if (!R.Error.empty())
    return Bad(R.Error);
  return llvm::Expected<std::unique_ptr<UnitSummary>>(std::move(S));
}

} // namespace ndis
