//===--- PoolFacts.cpp - Flow-insensitive facts about pools, TU-wide -------===//

#include "PoolFacts.h"
#include "DdiCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"

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
      Out[C] = {P, nullptr};
    } else if (auto P = accessPathOf(A.LHS)) {
      Out[C] = {*P, A.LHS};
    }
  }
  return Out;
}

/// A NET_BUFFER pool's DataSize, from what the allocating function does to
/// its parameters struct: assigns DataSize (all constants that agree),
/// initializes it (`= {0}`: unnamed fields are zero), or zeroes it.
static void dataSizeOf(PoolSite &Site, const FunctionInfo &F,
                       const Expr *ParamsArg, ASTContext &Ctx) {
  auto Params = pointeePathOf(ParamsArg);
  if (!Params || !Params->isLocal())
    return;
  AccessPath Field = *Params;
  Field.Fields.push_back("DataSize");
  llvm::SmallString<64> FieldKey = Field.key(), ParamsKey = Params->key();

  int Assigned = -1;
  SourceLocation AssignLoc, ZeroLoc, DeclLoc;
  bool Zeroed = false;
  auto Record = [&](const Expr *Value, SourceLocation Loc) {
    Expr::EvalResult V;
    if (Value->isValueDependent() || !Value->EvaluateAsInt(V, Ctx))
      return false;
    int Kind = V.Val.getInt() != 0 ? 1 : 0;
    if (Assigned >= 0 && Assigned != Kind)
      return false;
    Assigned = Kind;
    if (AssignLoc.isInvalid())
      AssignLoc = Loc;
    return true;
  };
  for (const Assignment &A : F.DataSizeAssigns) {
    auto L = accessPathOf(A.LHS);
    if (L && L->key() == FieldKey && !Record(A.RHS, A.LHS->getBeginLoc()))
      return; // not a constant, or two different ones: unknown
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
    unsigned I = 0;
    bool Named = false;
    for (const FieldDecl *FD : RD->fields()) {
      if (FD->getName() == "DataSize" && I < IL->getNumInits()) {
        if (!Record(IL->getInit(I), V->getLocation()))
          return;
        Named = true;
      }
      ++I;
    }
    if (!Named) {
      Zeroed = true;
      DeclLoc = V->getLocation();
    }
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
    Zeroed = true;
    if (ZeroLoc.isInvalid())
      ZeroLoc = C.Call->getBeginLoc();
  }
  if (Assigned >= 0) {
    Site.DataSize = Assigned;
    Site.DataSizeLoc = AssignLoc;
  } else if (Zeroed) {
    Site.DataSize = 0;
    Site.DataSizeLoc = ZeroLoc.isValid() ? ZeroLoc : DeclLoc;
  }
}

void PoolFacts::add(const FunctionInfo &F, ASTContext &Ctx) {
  if (F.Ddis.empty())
    return;
  auto Targets = resultTargets(F);
  auto TargetOf = [&](const CallExpr *C,
                      const Expr **Written) -> std::optional<AccessPath> {
    auto It = Targets.find(C);
    if (It == Targets.end())
      return std::nullopt;
    if (Written)
      *Written = It->second.Written;
    return It->second.Path;
  };
  for (const DdiCall &C : F.Ddis) {
    for (const Effect &E : C.Rule->Effects) {
      switch (E.Kind) {
      case EffectKind::AllocatePool: {
        const Expr *Written = nullptr;
        std::optional<AccessPath> P;
        if (E.Out >= 0) {
          const Expr *Arg = argOf(C.Call, E.Out);
          P = pointeePathOf(Arg);
          if (P)
            if (const auto *U = dyn_cast<UnaryOperator>(stripCasts(Arg)))
              Written = U->getSubExpr();
        } else {
          P = TargetOf(C.Call, &Written);
        }
        if (!P)
          break;
        PoolSite S;
        S.Path = *P;
        S.Key = P->key().str().str();
        S.Written = Written;
        S.Kind = E.Pool;
        S.Call = C.Call;
        S.Fn = F.Fn;
        if (E.Params >= 0)
          if (const Expr *Params = argOf(C.Call, E.Params))
            dataSizeOf(S, F, Params, Ctx);
        Pools.push_back(std::move(S));
        break;
      }
      case EffectKind::AllocateItem: {
        ItemSite S;
        S.PoolArg = argOf(C.Call, E.Arg);
        S.Pool = S.PoolArg ? accessPathOf(S.PoolArg) : std::nullopt;
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
          if (auto P = accessPathOf(Arg)) {
            FreeSite S;
            S.Path = *P;
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
  if (Written)
    return sourceText(Written, Ctx);
  return Path.Root ? Path.Root->getNameAsString() : "";
}

void PoolFacts::index(const ValueAliases &A) {
  ByRoot.clear();
  for (const PoolSite &S : Pools)
    ByRoot[A.root(S.Key)].push_back(&S);
}

std::vector<const PoolSite *> PoolFacts::poolsAt(const AccessPath &P,
                                                 const ValueAliases &A) const {
  auto It = ByRoot.find(A.root(P.key()));
  return It == ByRoot.end() ? std::vector<const PoolSite *>() : It->second;
}

} // namespace ndis
