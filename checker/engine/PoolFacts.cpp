//===--- PoolFacts.cpp - Flow-insensitive facts about pools, TU-wide -------===//

#include "PoolFacts.h"
#include "BodyParents.h"
#include "DdiCalls.h"
#include "LocalVersions.h"
#include "summary/DriverIndex.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ndis {

llvm::DenseMap<const CallExpr *, ResultTarget>
resultTargets(const FunctionInfo &F) {
  llvm::DenseMap<const CallExpr *, ResultTarget> Out;
  for (const Assignment &A : F.PointerAssigns) {
    const auto *C = dyn_cast<CallExpr>(A.RHS->IgnoreParenCasts());
    if (!C)
      continue;
    if (A.Var) {
      AccessPath P;
      P.Root = A.Var->getCanonicalDecl();
      Out[C] = {P, nullptr, A.Var};
    } else if (auto P = handlePathOf(A.LHS)) { // (`*PoolOut = ...`)
      Out[C] = {*P, A.LHS, A.LHS};
    }
  }
  return Out;
}

/// A NET_BUFFER pool's DataSize: the value its parameters struct holds
/// when the pool is allocated. The struct is written by DataSize
/// assignments, an initializer (`= {0}`: unnamed fields are zero) and
/// zeroing; the last of these before the allocation, in code order, gives
/// it (one struct may serve several pools in turn). When that last write
/// is in a branch or loop the allocation is not in, the writes before the
/// allocation must all agree; else the DataSize is unknown.
static void dataSizeOf(PoolSite &Site, const FunctionInfo &F,
                       const Expr *ParamsArg, ASTContext &Ctx) {
  auto Params = pointeePathOf(ParamsArg);
  if (!Params || !Params->isLocal())
    return;
  AccessPath Field = *Params;
  Field.Fields.push_back("DataSize");
  llvm::SmallString<64> FieldKey = Field.key(), ParamsKey = Params->key();

  struct Write {
    SourceLocation Loc, Order; ///< as written; its expansion, for the order
    int Value; ///< -1 not a constant, 0 zero, 1 non-zero
    const Stmt *At;
  };
  std::vector<Write> Writes;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation AllocLoc = SM.getExpansionLoc(Site.Call->getBeginLoc());
  auto Add = [&](SourceLocation Loc, int Value, const Stmt *At) {
    SourceLocation Order = SM.getExpansionLoc(Loc);
    if (SM.isBeforeInTranslationUnit(Order, AllocLoc))
      Writes.push_back({Loc, Order, Value, At});
  };
  auto ValueOf = [&](const Expr *Value) {
    Expr::EvalResult V;
    if (Value->isValueDependent() || !Value->EvaluateAsInt(V, Ctx))
      return -1;
    return V.Val.getInt() != 0 ? 1 : 0;
  };
  for (const Assignment &A : F.DataSizeAssigns) {
    auto L = accessPathOf(A.LHS);
    if (L && L->key() == FieldKey)
      Add(A.LHS->getBeginLoc(), ValueOf(A.RHS), A.LHS);
  }
  for (const VarDecl *V : F.RecordInits) {
    AccessPath P;
    P.Root = V->getCanonicalDecl();
    if (P.key() != ParamsKey)
      continue;
    const auto *IL = dyn_cast<InitListExpr>(V->getInit()->IgnoreImplicit());
    const RecordDecl *RD = V->getType()->getAsRecordDecl();
    if (!IL || !RD)
      continue;
    int Value = 0; // unnamed fields are zero
    unsigned I = 0;
    for (const FieldDecl *FD : RD->fields()) {
      if (FD->getName() == "DataSize" && I < IL->getNumInits())
        Value = ValueOf(IL->getInit(I));
      ++I;
    }
    Add(V->getLocation(), Value, V->getInit());
  }
  for (const DdiCall &C : F.Ddis) {
    const Effect *E = C.Rule->find(EffectKind::ZeroMemory);
    if (!E)
      continue;
    auto P = pointeePathOf(argOf(C.Call, E->Arg));
    if (!P || P->key() != ParamsKey)
      continue;
    if (E->Fill >= 0) {
      const Expr *Fill = argOf(C.Call, E->Fill);
      Expr::EvalResult V;
      if (!Fill || !Fill->EvaluateAsInt(V, Ctx) || V.Val.getInt() != 0)
        continue;
    }
    Add(C.Call->getBeginLoc(), 0, C.Call);
  }
  if (Writes.empty())
    return;
  std::stable_sort(Writes.begin(), Writes.end(),
                   [&](const Write &A, const Write &B) {
                     return SM.isBeforeInTranslationUnit(A.Order, B.Order);
                   });
  const Write &Last = Writes.back();
  if (Writes.size() > 1 &&
      BodyParents(F.Fn->getBody()).conditionalTo(Last.At, Site.Call))
    for (const Write &W : Writes)
      if (W.Value != Last.Value)
        return; // it depends on the path
  if (Last.Value < 0)
    return;
  Site.DataSize = Last.Value;
  Site.DataSizeLoc = Last.Loc;
}

void PoolFacts::add(const FunctionInfo &F, ASTContext &Ctx,
                    const LocalVersions &Versions) {
  // Handles other functions return, stored: they may be new pools.
  for (const Assignment &A : F.PointerAssigns) {
    const auto *C = dyn_cast<CallExpr>(A.RHS->IgnoreParenCasts());
    const FunctionDecl *Callee = C ? C->getDirectCallee() : nullptr;
    if (!Callee || !Callee->getReturnType()->isVoidPointerType() ||
        F.ruleOf(C))
      continue;
    CallResult R;
    R.Call = C;
    R.Fn = F.Fn;
    if (A.Var) {
      R.Path.Root = A.Var->getCanonicalDecl();
    } else if (auto P = accessPathOf(A.LHS)) {
      R.Path = *P;
      R.Written = A.LHS;
    } else {
      continue;
    }
    llvm::StringRef Version =
        Versions.writeKey(A.Var ? (const void *)A.Var : (const void *)A.LHS);
    R.Key = Version.empty() ? R.Path.key().str().str() : Version.str();
    CallResults.push_back(std::move(R));
  }
  if (F.Ddis.empty())
    return;
  // Where call results are stored: asked only of allocations that return
  // what they allocate, so made on first need (most functions with DDI
  // calls have none).
  std::optional<llvm::DenseMap<const CallExpr *, ResultTarget>> Targets;
  const void *Write = nullptr; ///< TargetOf's write, for writeKey
  auto TargetOf = [&](const CallExpr *C,
                      const Expr **Written) -> std::optional<AccessPath> {
    if (!Targets)
      Targets = resultTargets(F);
    auto It = Targets->find(C);
    if (It == Targets->end())
      return std::nullopt;
    if (Written)
      *Written = It->second.Written;
    Write = It->second.Write;
    return It->second.Path;
  };
  // The key a read is looked up by: the latest version of a reused local
  // that may reach it (the aliases join the others to it), or its path's.
  auto ReadKey = [&](const Expr *E, const AccessPath &P) {
    auto Keys = Versions.readKeys(E);
    return Keys.empty() ? P.key().str().str() : Keys.front().str();
  };
  for (const DdiCall &C : F.Ddis) {
    for (const Effect &E : C.Rule->Effects) {
      switch (E.Kind) {
      case EffectKind::AllocatePool: {
        const Expr *Written = nullptr;
        std::optional<AccessPath> P;
        Write = nullptr;
        if (E.Out >= 0) {
          const Expr *Arg = argOf(C.Call, E.Out);
          P = outArgPathOf(Arg);
          if (P)
            if (const auto *U = dyn_cast<UnaryOperator>(stripCasts(Arg))) {
              Written = U->getSubExpr();
              Write = U;
            }
        } else {
          P = TargetOf(C.Call, &Written);
        }
        // Not stored: maybe returned (addReturnedPools looks).
        if (!P && (E.Out >= 0 || !F.Fn->getReturnType()->isVoidPointerType()))
          break;
        PoolSite S;
        S.Kind = E.Pool;
        S.Call = C.Call;
        S.Fn = F.Fn;
        if (E.Params >= 0)
          if (const Expr *Params = argOf(C.Call, E.Params))
            dataSizeOf(S, F, Params, Ctx);
        if (!P) {
          Unstored.push_back(std::move(S));
          break;
        }
        S.Path = *P;
        llvm::StringRef Version = Write ? Versions.writeKey(Write) : "";
        S.Key = Version.empty() ? P->key().str().str() : Version.str();
        S.Written = Written;
        Pools.push_back(std::move(S));
        break;
      }
      case EffectKind::AllocateItem: {
        ItemSite S;
        S.PoolArg = argOf(C.Call, E.Arg);
        S.Pool = S.PoolArg ? handlePathOf(S.PoolArg) : std::nullopt;
        if (S.Pool)
          S.PoolKey = ReadKey(S.PoolArg, *S.Pool);
        S.Item = E.Out >= 0 ? pointeePathOf(argOf(C.Call, E.Out))
                            : TargetOf(C.Call, nullptr);
        S.Kind = E.Item;
        S.MdlAndData = E.MdlAndData;
        S.Call = C.Call;
        S.Rule = C.Rule;
        Items.push_back(std::move(S));
        break;
      }
      case EffectKind::FreePool:
      case EffectKind::FreeItem:
        if (const Expr *Arg = argOf(C.Call, E.Arg))
          if (auto P = E.Kind == EffectKind::FreePool ? handlePathOf(Arg)
                                                      : accessPathOf(Arg)) {
            FreeSite S;
            S.Path = *P;
            S.Key = ReadKey(Arg, *P);
            S.Arg = Arg;
            S.Kind = E.Kind == EffectKind::FreePool ? E.Pool : E.Item;
            S.Item = E.Kind == EffectKind::FreeItem;
            S.Call = C.Call;
            S.Rule = C.Rule;
            Frees.push_back(std::move(S));
          }
        break;
      case EffectKind::FreeItemMdl:
        if (const Expr *Arg = argOf(C.Call, E.Arg)) {
          // The MDL of an item: Nb->MdlChain, NET_BUFFER_FIRST_MDL(Nb).
          const Expr *M = stripCasts(Arg);
          if (const auto *ME = dyn_cast<MemberExpr>(M)) {
            // Through anonymous struct/union members to the item itself.
            const Expr *Base = stripCasts(ME->getBase());
            while (const auto *Inner = dyn_cast<MemberExpr>(Base)) {
              const auto *FD = dyn_cast<FieldDecl>(Inner->getMemberDecl());
              if (!FD || !FD->isAnonymousStructOrUnion())
                break;
              Base = stripCasts(Inner->getBase());
            }
            if (auto BasePath = accessPathOf(Base))
              MdlFrees.push_back({*BasePath, C.Call, C.Rule});
          }
        }
        break;
      case EffectKind::AllocateSharedMemory:
      case EffectKind::FreeSharedMemory: {
        SharedMemorySite S;
        S.HandleExpr = argOf(C.Call, E.NdisHandle);
        S.AllocationExpr = argOf(C.Call, E.AllocationHandle);
        if (S.HandleExpr)
          S.Handle = accessPathOf(S.HandleExpr);
        if (S.AllocationExpr)
          S.Allocation = E.Kind == EffectKind::AllocateSharedMemory
                             ? pointeePathOf(S.AllocationExpr)
                             : accessPathOf(S.AllocationExpr);
        S.Call = C.Call;
        S.Fn = F.Fn;
        S.Rule = C.Rule;
        (E.Kind == EffectKind::AllocateSharedMemory ? SharedAllocs
                                                    : SharedFrees)
            .push_back(std::move(S));
        break;
      }
      default:
        break;
      }
    }
  }
}

std::string PoolSite::display(const ASTContext &Ctx) const {
  if (Elsewhere)
    return ElsewhereDisplay;
  if (Written)
    return sourceText(Written, Ctx);
  return Path.Root ? Path.Root->getNameAsString() : "";
}

void PoolFacts::index(const ValueAliases &A) {
  ByRoot.clear();
  for (const PoolSite &S : Pools)
    ByRoot[A.root(S.Key)].push_back(&S);
  for (const PoolSite &S : ImportedPools)
    ByRoot[A.root(S.Key)].push_back(&S);
}

std::vector<const PoolSite *> PoolFacts::poolsAt(llvm::StringRef Key,
                                                 const ValueAliases &A) const {
  auto It = ByRoot.find(A.root(Key));
  return It == ByRoot.end() ? std::vector<const PoolSite *>() : It->second;
}

const ReturnedPool *PoolFacts::returnedBy(const CallExpr *C,
                                          const DriverIndex *Imports) {
  if (const FunctionDecl *Callee = calleeWithBody(C))
    return returnedPool(Callee);
  const UnitSummary::Function *Other = importedCallee(C, Imports);
  if (!Other || Other->Pools.ReturnsPool == ObjKind::None)
    return nullptr;
  auto [It, New] = ImportedReturns.try_emplace(Other);
  if (New) {
    It->second.Kind = Other->Pools.ReturnsPool;
    It->second.DataSize = Other->Pools.ReturnsDataSize;
    It->second.Site = Other->Pools.ReturnSite;
  }
  return &It->second;
}

/// Adds Got to what a function returns so far; false when they differ in
/// kind (then it returns no one kind of pool).
static bool mergeReturn(std::optional<ReturnedPool> &R, ReturnedPool Got) {
  if (!R) {
    R = std::move(Got);
    return true;
  }
  if (R->Kind != Got.Kind)
    return false;
  if (R->DataSize != Got.DataSize)
    R->DataSize = -1;
  return true;
}

std::optional<ReturnedPool> PoolFacts::returnOf(const FunctionInfo &F,
                                                const DriverIndex *Imports) {
  // The writes of each local handle: pool allocations, new pools from
  // calls, anything else.
  auto FromCall = [&](const CallExpr *C) -> std::optional<ReturnedPool> {
    for (const PoolSite &S : Unstored)
      if (S.Call == C)
        return ReturnedPool{S.Kind, S.DataSize, S.DataSizeLoc,
                            ChainedSite{{C}}};
    if (const ReturnedPool *R = returnedBy(C, Imports))
      return ReturnedPool{R->Kind, R->DataSize, R->DataSizeLoc,
                          R->Site.through(C)};
    return std::nullopt;
  };
  auto FromLocal = [&](const VarDecl *V) -> std::optional<ReturnedPool> {
    std::optional<ReturnedPool> R;
    llvm::SmallPtrSet<const CallExpr *, 4> Allocating;
    for (const PoolSite &S : Pools)
      if (S.Fn == F.Fn && S.Path.Root == V && S.Path.Fields.empty()) {
        Allocating.insert(S.Call);
        if (!mergeReturn(R, {S.Kind, S.DataSize, S.DataSizeLoc,
                             ChainedSite{{S.Call}}}))
          return std::nullopt;
      }
    for (const CallResult &CR : CallResults)
      if (CR.Fn == F.Fn && CR.Path.Root == V && CR.Path.Fields.empty())
        if (auto Got = FromCall(CR.Call)) {
          Allocating.insert(CR.Call);
          if (!mergeReturn(R, std::move(*Got)))
            return std::nullopt;
        }
    // Any other value written to it: it may return that instead.
    for (const Assignment &A : F.PointerAssigns) {
      const VarDecl *To = A.Var;
      if (!To)
        if (const auto *Ref = dyn_cast<DeclRefExpr>(stripCasts(A.LHS)))
          To = dyn_cast<VarDecl>(Ref->getDecl());
      if (!To || To->getCanonicalDecl() != V)
        continue;
      const Expr *RHS = A.RHS->IgnoreParenCasts();
      if (const auto *C = dyn_cast<CallExpr>(RHS); C && Allocating.count(C))
        continue;
      if (RHS->isNullPointerConstant(F.Fn->getASTContext(),
                                     Expr::NPC_ValueDependentIsNotNull))
        continue;
      return std::nullopt;
    }
    return R;
  };

  std::optional<ReturnedPool> R;
  bool Any = false;
  std::vector<const Stmt *> Stack{F.Fn->getBody()};
  while (!Stack.empty()) {
    const Stmt *S = Stack.back();
    Stack.pop_back();
    if (!S)
      continue;
    if (const auto *Ret = dyn_cast<ReturnStmt>(S)) {
      const Expr *V = Ret->getRetValue();
      if (!V || V->IgnoreParenCasts()->isNullPointerConstant(
                    F.Fn->getASTContext(), Expr::NPC_ValueDependentIsNotNull))
        continue; // a failure: no pool
      const Expr *E = stripCasts(V);
      std::optional<ReturnedPool> Got;
      if (const auto *C = dyn_cast<CallExpr>(E))
        Got = FromCall(C);
      else if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
            Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var))
          Got = FromLocal(Var->getCanonicalDecl());
      if (!Got || !mergeReturn(R, std::move(*Got)))
        return std::nullopt; // it may return something else
      Any = true;
      continue;
    }
    for (const Stmt *Child : S->children())
      Stack.push_back(Child);
  }
  return Any ? R : std::nullopt;
}

void PoolFacts::addOutParamPools(const DriverModel &Model,
                                 const DriverIndex *Imports) {
  std::vector<PoolSite> Made;
  // A pool site for the handle whose address Call passes as argument N
  // (`&X`), as Like says of the pool; none for any other argument.
  auto AtArgument = [&](const CallExpr *Call, unsigned N,
                        const FunctionDecl *Caller, PoolSite Like) {
    const Expr *Arg = argOf(Call, N);
    auto X = Arg ? pointeePathOf(Arg) : std::nullopt;
    if (!X)
      return;
    Like.Path = *X;
    Like.Key = X->key().str().str();
    Like.Written = cast<UnaryOperator>(stripCasts(Arg))->getSubExpr();
    Like.Call = Call;
    Like.Fn = Caller;
    Made.push_back(std::move(Like));
  };
  // A helper of another file whose summary allocates a pool into a
  // parameter's pointee ("%N*"): the kind (its DataSize is not in the
  // summary: unknown).
  if (Imports)
    for (const FunctionInfo &F : Model.functions())
      for (const CallExpr *C : F.OtherFileCalls) {
        const UnitSummary::Function *Other = importedCallee(C, Imports);
        if (!Other)
          continue;
        for (const PoolAllocation &A : Other->Pools.AllocatesPools) {
          llvm::StringRef Key = A.Path;
          unsigned N;
          if (!Key.consume_front("%") || !Key.consume_back("*") ||
              Key.getAsInteger(10, N))
            continue;
          PoolSite Like;
          Like.Kind = A.Kind;
          AtArgument(C, N, F.Fn, std::move(Like));
        }
      }
  // A helper of this file: what its own allocation into `*Out` says.
  struct OutPool {
    unsigned Param;
    const PoolSite *Site;
  };
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<OutPool, 1>> ByFn;
  for (const PoolSite &S : Pools)
    if (S.Fn && isOutParamPath(S.Path))
      ByFn[S.Fn->getCanonicalDecl()].push_back(
          {cast<ParmVarDecl>(S.Path.Root)->getFunctionScopeIndex(), &S});
  if (!ByFn.empty())
    for (const FunctionInfo &F : Model.functions())
      for (const CallSite &C : F.Calls)
        if (auto It = ByFn.find(C.Callee->getCanonicalDecl()); It != ByFn.end())
          for (const OutPool &O : It->second)
            AtArgument(C.Call, O.Param, F.Fn, *O.Site);
  for (PoolSite &S : Made)
    Pools.push_back(std::move(S));
}

void PoolFacts::addReturnedPools(const DriverModel &Model,
                                 const DriverIndex *Imports) {
  if (Unstored.empty() && CallResults.empty())
    return;
  // Only a function that allocates a pool, or stores or returns a call's
  // handle, can return a new one: the others' bodies are not walked.
  llvm::DenseSet<const FunctionDecl *> Allocating;
  for (const PoolSite &S : Unstored)
    Allocating.insert(S.Fn);
  for (const PoolSite &S : Pools)
    if (S.Path.isLocal())
      Allocating.insert(S.Fn);
  // Callees first, so that a helper returning another's pool is seen.
  for (const FunctionInfo *F : Model.bottomUp()) {
    if (!F->Fn->getReturnType()->isVoidPointerType())
      continue;
    bool Maybe = Allocating.count(F->Fn) != 0;
    for (const CallSite &C : F->Calls)
      Maybe |= returnedPool(C.Callee) != nullptr;
    for (const CallExpr *C : F->OtherFileCalls)
      Maybe |= returnedBy(C, Imports) != nullptr;
    if (!Maybe)
      continue;
    if (auto R = returnOf(*F, Imports))
      Returns[F->Fn->getCanonicalDecl()] = std::move(*R);
  }
  if (Returns.empty() && ImportedReturns.empty() && !Imports)
    return;
  for (const CallResult &CR : CallResults) {
    const ReturnedPool *R = returnedBy(CR.Call, Imports);
    if (!R)
      continue;
    PoolSite S;
    S.Path = CR.Path;
    S.Key = CR.Key;
    S.Written = CR.Written;
    S.Kind = R->Kind;
    S.Call = CR.Call;
    S.Fn = CR.Fn;
    S.DataSize = R->DataSize;
    S.DataSizeLoc = R->DataSizeLoc;
    Pools.push_back(std::move(S));
  }
}

} // namespace ndis
