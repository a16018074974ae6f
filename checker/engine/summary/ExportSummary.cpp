//===--- ExportSummary.cpp - A translation unit's analysis, as a summary --===//

#include "ExportSummary.h"
#include "../DdiCalls.h"
#include "../PointerTargets.h"
#include "DriverIndex.h"
#include "../TUAnalysis.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace clang;

namespace ndis {

namespace {

/// Can a value of type T be a pointer, a handle or a lock (what a callee's
/// "%N" keys stand for)? Not a number narrower than a pointer (a checksum,
/// a port, a length), a floating value or a truth value.
bool mayHoldHandle(QualType T, const ASTContext &Ctx) {
  T = T.getCanonicalType();
  if (T->isRealFloatingType() || T->isBooleanType())
    return false;
  if (T->isIntegerType() && !T->isDependentType())
    return Ctx.getTypeSize(T) >= Ctx.getTypeSize(Ctx.VoidPtrTy);
  return true;
}

/// What a caller's summary calls an argument: "%N" for its parameter N, the
/// key of a field or global, "&" and that key for the address of a field
/// or global handle (where a callee hands back a pool: its "%N*"), "" for
/// anything else (as HandleFlow's keys), and for an argument too narrow to
/// hold a pointer (the thin link translates only keys of pools, items and
/// locks: docs/whole-driver.md, "The thin link").
std::string argumentKey(const Expr *Arg, const ASTContext &Ctx) {
  if (!mayHoldHandle(Arg->getType(), Ctx) ||
      !mayHoldHandle(Arg->IgnoreParenCasts()->getType(), Ctx))
    return "";
  if (auto X = pointeePathOf(Arg)) {
    std::optional<std::string> Key = summaryKeyOf(*X);
    const auto *U = cast<UnaryOperator>(stripCasts(Arg));
    if (Key && isSharedKey(*Key) && U->getSubExpr()->getType()->isVoidPointerType())
      return "&" + *Key;
    return "";
  }
  auto P = accessPathOf(Arg);
  std::optional<std::string> Key = P ? summaryKeyOf(*P) : std::nullopt;
  if (!Key || ((*Key)[0] != '%' && !isSharedKey(*Key)))
    return "";
  return *Key;
}

/// Makes this file's calls and points into the summary's sites.
class SiteMaker {
public:
  SiteMaker(UnitSummary &U, const TUAnalysis &A, ASTContext &Ctx,
            const RuleSet &Rules)
      : U(U), A(A), Ctx(Ctx), Rules(Rules) {}

  const ExternalCall *call(CallRef C) {
    if (!C)
      return nullptr;
    auto [It, New] = Made.try_emplace(C.opaque(), nullptr);
    if (!New)
      return It->second;
    if (const ExternalCall *X = C.external()) {
      ExternalCall Copy;
      Copy.File = X->File;
      Copy.Line = X->Line;
      Copy.Col = X->Col;
      Copy.Caller = X->Caller;
      Copy.Callee = X->Callee;
      return It->second = U.site(std::move(Copy));
    }
    const CallExpr *Local = C.local();
    const FunctionInfo *In = A.Model.callerOf(Local);
    return It->second =
               point(Local->getBeginLoc(),
                     In ? In->Fn->getName().str() : std::string("?"),
                     callName(Local, Rules, Ctx));
  }

  /// A point of this file (Callee empty for one that is not a call).
  const ExternalCall *point(SourceLocation Loc, std::string Caller,
                            std::string Callee) {
    const SourceManager &SM = Ctx.getSourceManager();
    if (Loc.isInvalid())
      return nullptr;
    SourceLocation At = SM.getExpansionLoc(Loc);
    FileID FID = SM.getFileID(At);
    ExternalCall X;
    X.File = fileName(FID);
    if (X.File.empty())
      return nullptr;
    X.Line = SM.getExpansionLineNumber(At);
    X.Col = SM.getExpansionColumnNumber(At);
    X.Caller = std::move(Caller);
    X.Callee = std::move(Callee);
    return U.site(std::move(X));
  }

  /// The chain as this file's sites. A chain that comes back to a call it
  /// already passed (helpers in two files that call each other: each round
  /// of a whole-driver run would add one more turn, and the summaries never
  /// settle) loses the turn: the call, then what followed its last pass.
  ChainedSite chain(const ChainedSite &S) {
    ChainedSite Out;
    Out.Omitted = S.Omitted;
    Out.OmittedAt = S.OmittedAt;
    bool Cut = false;
    for (CallRef C : S.Calls) {
      const ExternalCall *X = call(C);
      if (!X)
        continue;
      auto Same = [X](const ExternalCall *Y) {
        return Y->Line == X->Line && Y->Col == X->Col && Y->File == X->File;
      };
      auto Seen = std::find_if(Out.Calls.begin(), Out.Calls.end(),
                               [&](CallRef R) { return Same(R.external()); });
      if (Seen != Out.Calls.end()) {
        Out.Calls.erase(Seen + 1, Out.Calls.end());
        Cut = true;
        continue;
      }
      Out.Calls.push_back(X);
    }
    if (Cut || Out.Calls.size() != S.Calls.size())
      Out.Omitted = Out.OmittedAt = 0; // calls left out: no gap kept
    return Out;
  }
  ChainedSite chain(const Chain &C) {
    ChainedSite S;
    S.Calls = C;
    return chain(S);
  }

private:
  std::string fileName(FileID FID) {
    auto [It, New] = Files.try_emplace(FID);
    if (!New)
      return It->second;
    return It->second = absoluteFileName(FID, Ctx.getSourceManager());
  }

  UnitSummary &U;
  const TUAnalysis &A;
  ASTContext &Ctx;
  const RuleSet &Rules;
  llvm::DenseMap<const void *, const ExternalCall *> Made;
  llvm::DenseMap<FileID, std::string> Files;
};

FunctionSummary exportedPools(const FunctionSummary &S, UnitSummary &U,
                              SiteMaker &Sites) {
  FunctionSummary Out;
  for (const auto &[K, C] : S.MayFreePools)
    Out.MayFreePools.emplace(U.keep(K), Sites.chain(C));
  for (const auto &[K, C] : S.MustFreePools)
    Out.MustFreePools.emplace(U.keep(K), Sites.chain(C));
  // (Handles a setup path may leave dangling: a teardown in another file
  // frees them again, Lifecycle's findDanglingFrees.)
  for (const auto &[K, C] : S.FreedOnError)
    Out.FreedOnError.emplace(U.keep(K), Sites.chain(C));
  for (const auto &[K, C] : S.MayDangle)
    Out.MayDangle.emplace(U.keep(K), Sites.chain(C));
  for (const auto &[N, C] : S.FreesItemParam)
    Out.FreesItemParam.emplace(N, Sites.chain(C));
  for (const auto &[N, C] : S.HandsItemParam)
    Out.HandsItemParam.emplace(N, Sites.chain(C));
  for (const auto &[K, C] : S.FreesItemsOfKind)
    Out.FreesItemsOfKind.emplace(K, Sites.chain(C));
  for (const auto &[K, C] : S.FreesItemsAt)
    Out.FreesItemsAt.emplace(U.keep(K), Sites.chain(C));
  Out.FreesItemsUnseen = S.FreesItemsUnseen;
  Out.ItemsFreedBefore = S.ItemsFreedBefore;
  Out.Waits = S.Waits;
  if (S.Waits)
    Out.WaitSite = Sites.chain(S.WaitSite);
  Out.WaitsIfParam = S.WaitsIfParam;
  Out.WaitsIfSet = S.WaitsIfSet;
  Out.WaitsIfValue = S.WaitsIfValue;
  if (S.WaitsIfParam >= 0)
    Out.WaitsIfSite = Sites.chain(S.WaitsIfSite);
  Out.FreedAfterWait = S.FreedAfterWait;
  for (const PoolAllocation &A : S.AllocatesPools) {
    PoolAllocation X = A;
    X.Site = Sites.chain(A.Site);
    Out.AllocatesPools.push_back(std::move(X));
  }
  Out.ReturnsPool = S.ReturnsPool;
  Out.ReturnsDataSize = S.ReturnsDataSize;
  if (S.ReturnsPool != ObjKind::None)
    Out.ReturnSite = Sites.chain(S.ReturnSite);
  for (const EscapingItem &E : S.EscapingItems) {
    EscapingItem X = E;
    X.Alloc = Sites.chain(E.Alloc);
    X.EscapeSite = nullptr;
    X.EscapeElsewhere =
        E.EscapeSite ? Sites.point(E.EscapeSite->getBeginLoc(), "", "")
                     : Sites.call(E.EscapeElsewhere);
    Out.EscapingItems.push_back(std::move(X));
  }
  return Out;
}

LockSummary exportedLocks(const LockSummary &S, SiteMaker &Sites) {
  LockSummary Out = S;
  for (auto &[K, C] : Out.Acquires)
    C = Sites.chain(C);
  return Out;
}

/// Does F reach a call into another file, or through a pointer, through
/// its helpers in this file or (a pointer) itself? Where the flow did not
/// count the regions (no DDI here needs them), such a function's count is
/// unknown to the other files: a callee there may enter one. Its own calls
/// into other files are in its summary ("calls"), through which the thin
/// link composes their counts (DriverIndex::compose); the others enter
/// none (no DDI here does).
class ReachesOtherFile {
public:
  /// The functions that call into another file, and their callers up the
  /// call graph (a worklist: the helpers may call each other).
  explicit ReachesOtherFile(const DriverModel &Model) {
    std::vector<const FunctionInfo *> Work;
    for (const FunctionInfo &F : Model.functions())
      if ((!F.OtherFileCalls.empty() || F.CallsThroughPointer) &&
          Reaching.insert(F.Fn).second)
        Work.push_back(&F);
    while (!Work.empty()) {
      const FunctionInfo *F = Work.back();
      Work.pop_back();
      for (const CallSite &C : F->Callers)
        if (Reaching.insert(C.Callee).second)
          if (const FunctionInfo *Caller = Model.info(C.Callee))
            Work.push_back(Caller);
    }
  }
  bool throughHelpers(const FunctionInfo &F) const {
    return F.CallsThroughPointer ||
           llvm::any_of(F.Calls, [&](const CallSite &C) {
             return Reaching.count(C.Callee) != 0;
           });
  }

private:
  llvm::DenseSet<const FunctionDecl *> Reaching;
};

void exportRoles(const TUAnalysis &A, UnitSummary &U, SiteMaker &Sites) {
  std::set<std::pair<std::string, std::string>> Seen;
  auto Add = [&](const std::string &Fn, const RoleEvidence &R) {
    if (!R.Role || R.Imported || !Seen.insert({Fn, R.Role->Name}).second)
      return;
    RoleMark M;
    M.Function = Fn;
    M.Role = R.Role->Name;
    M.Where = Sites.point(R.Loc, "", "");
    M.Kind = R.Kind;
    // The field a role is registered through is what the rules name for
    // it, most often: the reader takes it from there (one string fewer
    // per registration, most of what a small registering file writes).
    M.Detail = R.writtenDetail();
    U.Roles.push_back(std::move(M));
  };
  for (const FunctionInfo &F : A.Model.functions())
    if (F.Fn->isExternallyVisible() && F.Fn->getIdentifier())
      for (const RoleEvidence &R : F.Roles)
        Add(F.Fn->getName().str(), R);
  for (const auto &[Fn, R] : A.Model.foreignRoles())
    Add(Fn, R);
  std::stable_sort(U.Roles.begin(), U.Roles.end(),
                   [](const RoleMark &X, const RoleMark &Y) {
                     return std::tie(X.Function, X.Role) <
                            std::tie(Y.Function, Y.Role);
                   });
}

void exportContexts(const LockIrqlOutcome &Locks, UnitSummary &U,
                    SiteMaker &Sites, ASTContext &Ctx) {
  std::set<std::string> Seen;
  for (const OutgoingCall &O : Locks.Outgoing) {
    const FunctionDecl *Callee = O.Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      continue;
    CallContext C;
    C.Callee = Callee->getName().str();
    C.Call = Sites.call(O.Call);
    if (!C.Call)
      continue;
    const IrqlSource &S = O.Source;
    // A call that has its function's entry state says so, whatever this
    // run took that state to be (the other files' contexts, imported): the
    // thin link gives it those contexts, and the file does not copy them.
    C.Inherits = O.Inherits;
    C.Known = O.Known && !C.Inherits;
    C.Consts.assign(O.Consts.begin(), O.Consts.end());
    if (C.Known) {
      C.Range = O.Range;
      C.SourceKind = S.K;
      C.SourceFn = S.Fn ? S.Fn->getName().str() : S.FnName;
      C.SourceText = S.Text.empty() && S.Shown ? sourceText(S.Shown, Ctx)
                                               : S.Text;
      if (S.K == IrqlSource::Role && S.RoleEv.Role) {
        C.SourceRole = S.RoleEv.Role->Name;
        C.SourceHow = S.RoleEv.Kind;
        C.SourceDetail = S.RoleEv.writtenDetail(); // (as a role's)
      }
      C.SourceLevel = S.Level;
      C.SourceAt = Sites.point(
          S.K == IrqlSource::Role ? S.RoleEv.Loc : S.Loc, C.SourceFn, "");
      C.SourceInner = Sites.chain(S.Inner);
      C.SourceCalls = Sites.chain(S.Calls);
      if (!C.SourceAt)
        C.Known = false;
    }
    // (Inheriting, the locks are the entry's: the contexts' own.)
    if (!C.Inherits)
      for (const HeldLock &H : O.Locks) {
        if (!isSharedKey(H.Key))
          continue; // a lock this file names by a local: not the callee's
        ContextLock L;
        L.Key = H.Key;
        L.Display = H.Display.empty() ? H.Key.str() : H.Display;
        L.Acquire = Sites.call(H.Acquire);
        if (!L.Acquire)
          continue;
        L.Inner = Sites.chain(H.Inner);
        L.Calls = Sites.chain(H.Calls);
        C.Locks.push_back(std::move(L));
      }
    // A set of states per callee: the same state at two calls adds nothing
    // to the callee's entry (the first call's chain is the one shown).
    std::string Key = C.Callee + "|" + std::to_string(C.Inherits) +
                      (C.Inherits ? C.Call->Caller : std::string()) + "|" +
                      std::to_string(C.Known);
    for (const auto &[I, V] : C.Consts)
      Key += "|" + std::to_string(I) + "=" + std::to_string(V);
    if (C.Known)
      Key += std::string("|") + irqlName(C.Range.Min) + irqlName(C.Range.Max) +
             std::to_string(C.SourceKind) + C.SourceFn + "|" + C.SourceText +
             "|" + C.SourceAt->File + ":" + std::to_string(C.SourceAt->Line) +
             ":" + std::to_string(C.SourceAt->Col);
    for (const ContextLock &L : C.Locks)
      Key += "|" + L.Key + "@" +
             std::to_string(reinterpret_cast<uintptr_t>(L.Acquire));
    if (Seen.insert(std::move(Key)).second)
      U.Contexts.push_back(std::move(C));
  }
}

/// Bit N when S names Fn's parameter N (N < 32), else 0.
uint32_t paramBit(const Stmt *S, const FunctionDecl *Fn) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(S);
  const auto *Parm = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!Parm || Parm->getDeclContext() != Fn ||
      Parm->getFunctionScopeIndex() >= 32)
    return 0;
  return 1u << Parm->getFunctionScopeIndex();
}

/// The parameters of Fn a condition in its body reads (bit N for
/// parameter N): `if (Reset)`, `while (Count--)`, `switch (Mode)`.
uint32_t paramsInConditions(const FunctionDecl *Fn) {
  uint32_t Mask = 0;
  auto Reads = [&](const Stmt *Cond) {
    llvm::SmallVector<const Stmt *, 16> Work{Cond};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S)
        continue;
      Mask |= paramBit(S, Fn);
      Work.append(S->child_begin(), S->child_end());
    }
  };
  llvm::SmallVector<const Stmt *, 64> Work{Fn->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *If = dyn_cast<IfStmt>(S))
      Reads(If->getCond());
    else if (const auto *While = dyn_cast<WhileStmt>(S))
      Reads(While->getCond());
    else if (const auto *Do = dyn_cast<DoStmt>(S))
      Reads(Do->getCond());
    else if (const auto *For = dyn_cast<ForStmt>(S))
      Reads(For->getCond());
    else if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      Reads(Switch->getCond());
    else if (const auto *Cond = dyn_cast<ConditionalOperator>(S))
      Reads(Cond->getCond());
    Work.append(S->child_begin(), S->child_end());
  }
  return Mask;
}

/// The parameters whose constant arguments may steer each function
/// (UnitSummary::Function::Steers), bottom-up: those its conditions read,
/// and those it hands on unchanged to a parameter that steers its callee,
/// here or in another file as its summary says (`SelectPortVia(A, Reset)`
/// calling `SelectPort(A, Reset)`, whose `if (Reset)` guards a sleep).
/// None for most functions.
llvm::DenseMap<const FunctionDecl *, uint32_t>
steeringParams(const DriverModel &Model, const DriverIndex *Imports) {
  llvm::DenseMap<const FunctionDecl *, uint32_t> Steers;
  for (const FunctionInfo *F : Model.bottomUp()) {
    uint32_t Mine = F->Branches ? paramsInConditions(F->Fn) : 0;
    auto HandsOn = [&](const CallExpr *C, uint32_t Theirs) {
      for (unsigned I = 0, N = std::min(C->getNumArgs(), 32u); I < N; ++I)
        if (Theirs >> I & 1)
          Mine |= paramBit(C->getArg(I)->IgnoreParenImpCasts(), F->Fn);
    };
    for (const CallSite &C : F->Calls)
      if (auto It = Steers.find(C.Callee); It != Steers.end())
        HandsOn(C.Call, It->second);
    for (const CallExpr *C : F->OtherFileCalls)
      if (const UnitSummary::Function *Callee = importedCallee(C, Imports))
        HandsOn(C, Callee->Steers);
    if (Mine)
      Steers[F->Fn] = Mine;
  }
  return Steers;
}

} // namespace

UnitSummary summarizeUnit(const TUAnalysis &A, const LockIrqlOutcome &Locks,
                          ASTContext &Ctx, const RuleSet &Rules) {
  UnitSummary U;
  const SourceManager &SM = Ctx.getSourceManager();
  U.Source = mainFilePath(Ctx);
  U.Hash = hashOfBytes(SM.getBufferData(SM.getMainFileID()));
  SiteMaker Sites(U, A, Ctx, Rules);
  // (Asked only where the flow did not count the regions.)
  std::optional<ReachesOtherFile> Reaches;
  if (!Locks.TracksApcs)
    Reaches.emplace(A.Model);
  llvm::DenseMap<const FunctionDecl *, uint32_t> Steers =
      steeringParams(A.Model, A.Imports.get());

  for (const FunctionInfo &F : A.Model.functions()) {
    if (!F.Fn->isExternallyVisible() || !F.Fn->getIdentifier())
      continue;
    UnitSummary::Function Out;
    Out.Name = F.Fn->getName().str();
    if (auto It = A.Summaries.find(F.Fn); It != A.Summaries.end())
      Out.Pools = exportedPools(It->second, U, Sites);
    if (auto It = Locks.Summaries.find(F.Fn); It != Locks.Summaries.end())
      Out.Locks = exportedLocks(It->second, Sites);
    if (auto It = Steers.find(F.Fn); It != Steers.end())
      Out.Steers = It->second;
    if (Reaches && Reaches->throughHelpers(F))
      Out.Locks.ApcsUnknown = true;
    // A set: one call per callee and arguments (the first, for its site).
    std::set<std::pair<std::string, std::vector<std::string>>> Seen;
    for (const CallExpr *C : F.OtherFileCalls) {
      UnitSummary::OutCall Call;
      for (const Expr *Arg : C->arguments())
        Call.Args.push_back(argumentKey(Arg, Ctx));
      while (!Call.Args.empty() && Call.Args.back().empty())
        Call.Args.pop_back();
      const FunctionDecl *Callee = C->getDirectCallee();
      if (Call.Args.size() > 255 ||
          !Seen.insert({Callee->getName().str(), Call.Args}).second)
        continue;
      if ((Call.Site = Sites.call(C)))
        Out.Calls.push_back(std::move(Call));
    }
    if (!Out.Pools.empty() || !Out.Locks.empty() || !Out.Calls.empty())
      U.Functions.push_back(std::move(Out));
  }
  std::stable_sort(U.Functions.begin(), U.Functions.end(),
                   [](const auto &X, const auto &Y) { return X.Name < Y.Name; });

  exportRoles(A, U, Sites);

  std::set<std::pair<std::string, const void *>> PoolsSeen;
  for (const PoolSite &P : A.Facts.Pools)
    if (isSharedKey(P.Key) && PoolsSeen.insert({P.Key, P.Call}).second) {
      PoolFact F;
      F.Key = P.Key;
      F.Kind = P.Kind;
      F.DataSize = P.DataSize;
      F.Where = Sites.call(P.Call);
      F.Display = P.display(Ctx);
      if (F.Where)
        U.Pools.push_back(std::move(F));
    }

  std::set<std::string> Freed;
  for (const FreeSite &F : A.Facts.Frees)
    if (!F.Item && isSharedKey(F.Path.key()))
      Freed.insert(F.Path.key().str().str());
  for (const auto &[Fn, S] : A.Summaries)
    for (const auto &[K, C] : S.MayFreePools)
      if (isSharedKey(K))
        Freed.insert(K.str());
  U.FreedPools.assign(Freed.begin(), Freed.end());

  for (const SharedMemorySite &M : A.Facts.SharedAllocs) {
    if (!M.Allocation || !M.Handle || !M.HandleExpr)
      continue;
    std::string Alloc = M.Allocation->key().str().str();
    std::string Handle = M.Handle->key().str().str();
    if (!isSharedKey(Alloc) || !isSharedKey(Handle))
      continue;
    U.SharedMemory.push_back(
        {Alloc, Handle, sourceText(M.HandleExpr, Ctx), Sites.call(M.Call)});
  }

  // The aliases among the paths this file's facts name (the rest, a
  // header's list links and the like, would repeat in every summary).
  std::set<std::string> Named(Freed.begin(), Freed.end());
  for (const PoolFact &P : U.Pools)
    Named.insert(P.Key);
  for (const SharedMemoryFact &M : U.SharedMemory) {
    Named.insert(M.Allocation);
    Named.insert(M.Handle);
  }
  for (const ItemSite &I : A.Facts.Items)
    if (I.Pool)
      Named.insert(I.Pool->key().str().str());
  for (const SharedMemorySite &M : A.Facts.SharedFrees) {
    if (M.Allocation)
      Named.insert(M.Allocation->key().str().str());
    if (M.Handle)
      Named.insert(M.Handle->key().str().str());
  }
  for (const UnitSummary::Function &F : U.Functions)
    for (const EscapingItem &X : F.Pools.EscapingItems)
      Named.insert(X.Pool);
  std::set<std::string> NamedRoots;
  for (const std::string &K : Named)
    NamedRoots.insert(A.Aliases.root(K).str());
  for (const auto &[X, Y] : A.Aliases.sharedEdges())
    if (NamedRoots.count(A.Aliases.root(X).str()))
      U.Aliases.push_back({X, Y});
  exportContexts(Locks, U, Sites, Ctx);

  // (A function registered here through a field or a DDI has its address
  // taken: the reader knows that from "roles", DriverIndex::add.)
  std::set<std::string> Registered;
  for (const RoleMark &R : U.Roles)
    if (takesAddress(R))
      Registered.insert(R.Function);
  std::set<std::string> Taken;
  for (const FunctionDecl *FD : A.Model.addressTakenSet())
    if (isOtherFileFunction(FD, Ctx) && !Registered.count(FD->getName().str()))
      Taken.insert(FD->getName().str());
  U.AddressTaken.assign(Taken.begin(), Taken.end());
  // The functions whose address is taken here that a call through a
  // pointer of their type cannot count the regions past (PointerTargets.h):
  // a function that enters or leaves none goes unsaid, as if its address
  // were not taken (a call that may reach only such functions keeps the
  // caller's count). One of internal linkage has no entry in Functions.
  auto MayChange = [&](const FunctionDecl *FD, const FunctionInfo *F) {
    if (!F) { // defined elsewhere: its entry says; a DDI: its rule
      if (const DdiRule *R = calleeRule(FD, Rules, Ctx))
        return R->changesRegions();
      // Every other file read: one whose entry enters none, or that has
      // none, goes unsaid too (as FunctionPass::countPointerRegions
      // judges it), until its entry changes.
      if (!A.Imports || !A.Imports->complete())
        return true;
      const UnitSummary::Function *Other = A.Imports->function(FD->getName());
      return Other && Other->Locks.changesRegions();
    }
    if (Reaches) // the flow did not count: only other files may enter one
      return Reaches->throughHelpers(*F) || !F->OtherFileCalls.empty();
    auto It = Locks.Summaries.find(F->Fn);
    // (One of external linkage: the reader composes its calls into other
    // files, its entry's "calls", into its count.)
    return (It != Locks.Summaries.end() && It->second.changesRegions()) ||
           (FD->isExternallyVisible() && !F->OtherFileCalls.empty());
  };
  std::map<std::string, std::map<std::string, bool>> ByType;
  for (const FunctionDecl *FD : A.Model.addressTakenSet()) {
    if (!FD->getIdentifier() ||
        (Ctx.getSourceManager().isInSystemHeader(FD->getLocation()) &&
         !calleeRule(FD, Rules, Ctx)))
      continue;
    const FunctionDecl *Def = FD->getDefinition();
    const FunctionInfo *F = Def ? A.Model.info(Def) : nullptr;
    if (MayChange(FD, F))
      ByType[functionTypeKey(FD->getType(), Ctx)][FD->getName().str()] =
          F && !Def->isExternallyVisible();
  }
  for (auto &[Key, Targets] : ByType) {
    std::vector<UnitSummary::PointerTarget> List;
    for (auto &[Name, Internal] : Targets)
      List.push_back({Name, Internal});
    U.PointerTargets.push_back({Key, std::move(List)});
  }
  return U;
}

} // namespace ndis
