//===--- PoolFacts.cpp - Flow-insensitive facts about pools, TU-wide -------===//

#include "PoolFacts.h"
#include "DdiCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ndis {

namespace {
class TargetFinder : public RecursiveASTVisitor<TargetFinder> {
public:
  llvm::DenseMap<const CallExpr *, ResultTarget> Out;
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign)
      if (const auto *C = dyn_cast<CallExpr>(B->getRHS()->IgnoreParenCasts()))
        if (auto P = accessPathOf(B->getLHS()))
          Out[C] = {*P, B->getLHS()};
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (const Expr *Init = V->getInit())
      if (const auto *C = dyn_cast<CallExpr>(Init->IgnoreParenCasts())) {
        AccessPath P;
        P.Root = V->getCanonicalDecl();
        Out[C] = {P, nullptr};
      }
    return true;
  }
};
} // namespace

llvm::DenseMap<const CallExpr *, ResultTarget>
resultTargets(const Stmt *Body) {
  TargetFinder F;
  if (Body)
    F.TraverseStmt(const_cast<Stmt *>(Body));
  return std::move(F.Out);
}

namespace {
/// What a function body says about one struct's DataSize field.
struct DataSizeFinder : RecursiveASTVisitor<DataSizeFinder> {
  DataSizeFinder(const AccessPath &Params, const RuleSet &Rules,
                 ASTContext &Ctx)
      : Rules(Rules), Ctx(Ctx) {
    AccessPath Field = Params;
    Field.Fields.push_back("DataSize");
    FieldKey = Field.key();
    ParamsKey = Params.key();
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() != BO_Assign)
      return true;
    auto L = accessPathOf(B->getLHS());
    if (!L || L->key() != FieldKey)
      return true;
    record(B->getRHS(), B);
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    AccessPath P;
    P.Root = V->getCanonicalDecl();
    if (P.key() != ParamsKey || !V->getInit())
      return true;
    const auto *IL = dyn_cast<InitListExpr>(V->getInit()->IgnoreImplicit());
    const RecordDecl *RD = V->getType()->getAsRecordDecl();
    if (!IL || !RD)
      return true;
    // { 0 } and designated initializers: fields not named are zero.
    unsigned I = 0;
    bool Found = false;
    for (const FieldDecl *F : RD->fields()) {
      if (F->getName() == "DataSize" && I < IL->getNumInits()) {
        record(IL->getInit(I), V);
        Found = true;
      }
      ++I;
    }
    if (!Found)
      zeroed(V);
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    const DdiRule *R = ddiRuleFor(C, Rules, Ctx);
    const Effect *E = R ? R->find(EffectKind::ZeroMemory) : nullptr;
    if (!E)
      return true;
    auto P = pointeePathOf(argOf(C, E->Arg));
    if (!P || P->key() != ParamsKey)
      return true;
    if (E->Fill >= 0) {
      const Expr *Fill = argOf(C, E->Fill);
      Expr::EvalResult V;
      if (!Fill || !Fill->EvaluateAsInt(V, Ctx) || V.Val.getInt() != 0)
        return true;
    }
    zeroed(C);
    return true;
  }

  void record(const Expr *Value, const Stmt *Site) {
    Expr::EvalResult V;
    if (Value->isValueDependent() || !Value->EvaluateAsInt(V, Ctx)) {
      Unknown = true;
      return;
    }
    int Kind = V.Val.getInt() != 0 ? 1 : 0;
    if (Assigned >= 0 && Assigned != Kind)
      Unknown = true;
    Assigned = Kind;
    if (!AssignSite)
      AssignSite = Site;
  }
  void record(const Expr *Value, const VarDecl *V) {
    record(Value, static_cast<const Stmt *>(nullptr));
    if (!AssignSite)
      DeclSite = V;
  }
  void zeroed(const Stmt *Site) {
    if (!ZeroSite)
      ZeroSite = Site;
  }
  void zeroed(const VarDecl *V) {
    HasZeroInit = true;
    DeclSite = V;
  }

  const RuleSet &Rules;
  ASTContext &Ctx;
  std::string FieldKey, ParamsKey;
  int Assigned = -1;
  bool Unknown = false, HasZeroInit = false;
  const Stmt *AssignSite = nullptr, *ZeroSite = nullptr;
  const VarDecl *DeclSite = nullptr;
};
} // namespace

static void dataSizeOf(PoolSite &Site, const Expr *ParamsArg,
                       const RuleSet &Rules, ASTContext &Ctx) {
  auto Params = pointeePathOf(ParamsArg);
  if (!Params || !Params->isLocal())
    return;
  DataSizeFinder F(*Params, Rules, Ctx);
  F.TraverseStmt(const_cast<Stmt *>(Site.Fn->getBody()));
  if (F.Unknown)
    return;
  if (F.Assigned >= 0)
    Site.DataSize = F.Assigned;
  else if (F.ZeroSite || F.HasZeroInit)
    Site.DataSize = 0;
  else
    return;
  if (F.Assigned >= 0 && F.AssignSite)
    Site.DataSizeLoc = F.AssignSite->getBeginLoc();
  else if (F.ZeroSite && F.Assigned < 0)
    Site.DataSizeLoc = F.ZeroSite->getBeginLoc();
  else if (F.DeclSite)
    Site.DataSizeLoc = F.DeclSite->getLocation();
}

PoolFacts::PoolFacts(ASTContext &Ctx, const RuleSet &Rules,
                     const DriverModel &Model) {
  for (const FunctionInfo &F : Model.functions()) {
    if (F.Ddis.empty())
      continue;
    auto Targets = resultTargets(F.Fn->getBody());
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
          S.Key = P->key();
          S.Display = Written ? sourceText(Written, Ctx)
                              : (P->Root ? P->Root->getNameAsString() : "");
          S.Kind = E.Pool;
          S.Call = C.Call;
          S.Fn = F.Fn;
          if (E.Params >= 0)
            if (const Expr *Params = argOf(C.Call, E.Params))
              dataSizeOf(S, Params, Rules, Ctx);
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
            if (const auto *ME = dyn_cast<MemberExpr>(M))
              if (auto Base = accessPathOf(ME->getBase()))
                MdlFrees.push_back({*Base, C.Call, C.Rule});
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
