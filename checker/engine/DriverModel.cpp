//===--- DriverModel.cpp - The driver's functions, roles and call graph ---===//

#include "DriverModel.h"
#include "AccessPath.h"
#include "DdiCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"

using namespace clang;

namespace ndis {

const FunctionDecl *calleeWithBody(const CallExpr *Call) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def))
    return Def;
  return nullptr;
}

/// The typedef a declaration's type was written with, looking through
/// attributes and parentheses: `MINIPORT_HALT MPHaltEx;`.
static const TypedefNameDecl *declaredTypedef(const FunctionDecl *FD) {
  QualType T = FD->getType();
  for (int Depth = 0; Depth < 8 && !T.isNull(); ++Depth) {
    if (const auto *TT = T->getAs<TypedefType>())
      if (TT->getDecl()->getUnderlyingType()->isFunctionType() ||
          TT->getDecl()->getUnderlyingType()->getAs<ParenType>())
        return TT->getDecl();
    if (const auto *AT = dyn_cast<AttributedType>(T.getTypePtr())) {
      T = AT->getModifiedType();
      continue;
    }
    if (const auto *PT = dyn_cast<ParenType>(T.getTypePtr())) {
      T = PT->getInnerType();
      continue;
    }
    break;
  }
  return nullptr;
}

namespace {
/// Collects function definitions from declaration contexts only: function
/// bodies are not walked here (C has no local functions).
void collectDefinitions(const DeclContext *DC,
                        std::vector<const FunctionDecl *> &Out, int Depth = 0) {
  if (Depth > 32)
    return;
  for (const Decl *D : DC->decls()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext())
        Out.push_back(FD);
    } else if (const auto *Inner = dyn_cast<DeclContext>(D)) {
      if (isa<LinkageSpecDecl, NamespaceDecl, ExternCContextDecl>(D))
        collectDefinitions(Inner, Out, Depth + 1);
    }
  }
}

std::string recordName(const RecordDecl *RD) {
  std::string Name = RD->getName().str();
  if (Name.empty())
    if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
      Name = TD->getName().str();
  return Name;
}

std::string structName(const MemberExpr *M) {
  if (const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
    return recordName(F->getParent());
  return "";
}

const FunctionDecl *functionOf(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr()->IgnoreParenCasts();
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(D->getDecl());
  return nullptr;
}

/// The one walk of a body: the direct calls, the calls the rules describe,
/// the functions stored into fields, and the assignments the later phases
/// read (so that none of them walks the body again).
class CallFinder : public RecursiveASTVisitor<CallFinder> {
public:
  CallFinder(const RuleSet &Rules, const ASTContext &Ctx)
      : Rules(Rules), Ctx(Ctx) {}
  std::vector<CallSite> Calls;
  std::vector<DdiCall> Ddis;
  std::vector<Assignment> PointerAssigns, DataSizeAssigns;
  std::vector<const VarDecl *> RecordInits;
  std::vector<Registration> Registrations;

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() != BO_Assign)
      return true;
    const Expr *L = B->getLHS();
    if (B->getType()->isPointerType())
      PointerAssigns.push_back({L, nullptr, B->getRHS()});
    if (const auto *M = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts())) {
      if (const FunctionDecl *FD = functionOf(B->getRHS()))
        Registrations.push_back({FD, M->getMemberDecl()->getNameAsString(),
                                 B->getBeginLoc(), structName(M)});
      if (M->getMemberDecl()->getName() == "DataSize")
        DataSizeAssigns.push_back({L, nullptr, B->getRHS()});
    }
    return true;
  }
  bool VisitStmt(Stmt *S) {
    if (isa<IfStmt, ForStmt, WhileStmt, DoStmt, SwitchStmt, GotoStmt,
            IndirectGotoStmt, LabelStmt, ConditionalOperator,
            BinaryConditionalOperator, StmtExpr, CXXTryStmt>(S))
      Branches = true;
    else if (const auto *B = dyn_cast<BinaryOperator>(S))
      Branches |= B->isLogicalOp();
    return true;
  }
  bool Branches = false;
  bool VisitVarDecl(VarDecl *V) {
    const Expr *Init = V->getInit();
    if (!Init)
      return true;
    if (V->getType()->isPointerType())
      PointerAssigns.push_back({nullptr, V, Init});
    else if (V->getType()->isRecordType())
      RecordInits.push_back(V);
    return true;
  }
  bool VisitInitListExpr(InitListExpr *IL) {
    const RecordDecl *RD =
        IL->getType().isNull() ? nullptr : IL->getType()->getAsRecordDecl();
    if (!RD || IL->isTransparent())
      return true;
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= IL->getNumInits())
        break;
      if (const FunctionDecl *FD = functionOf(IL->getInit(I)))
        Registrations.push_back({FD, F->getNameAsString(),
                                 IL->getInit(I)->getBeginLoc(),
                                 recordName(RD)});
      ++I;
    }
    return true;
  }
  /// Functions named other than as the callee of a direct call.
  llvm::DenseMap<const FunctionDecl *, int> Uses;
  bool VisitDeclRefExpr(DeclRefExpr *D) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
      ++Uses[FD->getCanonicalDecl()];
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    if (const auto *D = dyn_cast<DeclRefExpr>(C->getCallee()->IgnoreParenImpCasts()))
      if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
        --Uses[FD->getCanonicalDecl()];
    if (const DdiRule *R = ddiRuleFor(C, Rules, Ctx))
      Ddis.push_back({C, R});
    else if (const FunctionDecl *Def = calleeWithBody(C))
      Calls.push_back({C, Def});
    return true;
  }

private:
  const RuleSet &Rules;
  const ASTContext &Ctx;
};

} // namespace

DriverModel::DriverModel(
    ASTContext &Ctx, const RuleSet &Rules,
    llvm::ArrayRef<std::pair<std::string, std::string>> ExtraRoles) {
  collectFunctions(Ctx, Rules);
  collectRoles(Ctx, Rules, ExtraRoles);
  orderBottomUp();
  indexCallers();
}

void DriverModel::collectFunctions(ASTContext &Ctx, const RuleSet &Rules) {
  std::vector<const FunctionDecl *> Defs;
  collectDefinitions(Ctx.getTranslationUnitDecl(), Defs);
  for (const FunctionDecl *FD : Defs) {
    if (Index.count(FD))
      continue;
    Index[FD] = Functions.size();
    FunctionInfo Info;
    Info.Fn = FD;
    Functions.push_back(std::move(Info));
  }
  for (FunctionInfo &F : Functions) {
    CallFinder Finder(Rules, Ctx);
    Finder.TraverseStmt(F.Fn->getBody());
    F.Calls = std::move(Finder.Calls);
    F.Ddis = std::move(Finder.Ddis);
    F.PointerAssigns = std::move(Finder.PointerAssigns);
    F.DataSizeAssigns = std::move(Finder.DataSizeAssigns);
    F.RecordInits = std::move(Finder.RecordInits);
    F.Registrations = std::move(Finder.Registrations);
    F.Branches = Finder.Branches;
    for (const auto &[FD, N] : Finder.Uses)
      if (N > 0)
        AddressTaken.insert(FD);
    for (const DdiCall &C : F.Ddis)
      F.RuleOf[C.Call] = C.Rule;
  }
  for (FunctionInfo &F : Functions)
    for (const CallSite &C : F.Calls)
      if (auto It = Index.find(C.Callee); It != Index.end())
        Functions[It->second].Callers.push_back({C.Call, F.Fn});
}

void DriverModel::addRole(const FunctionDecl *FD, RoleEvidence E) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def))
    return;
  auto It = Index.find(Def);
  if (It == Index.end())
    return;
  auto &Roles = Functions[It->second].Roles;
  for (const RoleEvidence &Have : Roles)
    if (Have.Role == E.Role)
      return;
  Roles.push_back(std::move(E));
}

void DriverModel::collectRoles(
    ASTContext &Ctx, const RuleSet &Rules,
    llvm::ArrayRef<std::pair<std::string, std::string>> Extra) {
  // Typedef declarations, on any redeclaration.
  for (const FunctionInfo &F : Functions)
    for (const FunctionDecl *Redecl : F.Fn->redecls())
      if (const TypedefNameDecl *TD = declaredTypedef(Redecl))
        if (const RoleRule *R = Rules.role(TD->getName()))
          addRole(F.Fn, {R, Redecl->getLocation(), RoleEvidence::Typedef,
                         TD->getName().str()});

  // Characteristics fields: in function bodies, and in the initializers of
  // global structs.
  auto Register = [&](const Registration &R) {
    if (const RoleRule *Role = Rules.roleForField(R.Field, R.Struct))
      addRole(R.Fn, {Role, R.Loc, RoleEvidence::Field, R.Field});
  };
  for (const FunctionInfo &F : Functions)
    for (const Registration &R : F.Registrations)
      Register(R);
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (const auto *V = dyn_cast<VarDecl>(D))
      if (V->getInit()) {
        CallFinder Refs(Rules, Ctx);
        Refs.TraverseStmt(const_cast<Expr *>(V->getInit()));
        for (const Registration &R : Refs.Registrations)
          Register(R);
        // A function in a global table may be called from anywhere.
        for (const auto &[FD, N] : Refs.Uses)
          if (N > 0)
            AddressTaken.insert(FD);
      }

  // Registering DDIs: KeInitializeDpc(&Dpc, MPDpc, ...).
  for (const FunctionInfo &F : Functions)
    for (const DdiCall &C : F.Ddis)
      for (const Effect &E : C.Rule->Effects) {
        if (E.Kind != EffectKind::RegisterCallback)
          continue;
        const Expr *Arg = argOf(C.Call, E.Arg);
        const RoleRule *R = Rules.role(E.Role);
        if (!Arg || !R)
          continue;
        const Expr *Stripped = Arg->IgnoreParenCasts();
        if (const auto *U = dyn_cast<UnaryOperator>(Stripped))
          if (U->getOpcode() == UO_AddrOf)
            Stripped = U->getSubExpr()->IgnoreParenCasts();
        if (const auto *D = dyn_cast<DeclRefExpr>(Stripped))
          if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
            addRole(FD, {R, C.Call->getBeginLoc(), RoleEvidence::Registration,
                         C.Rule->Name});
      }

  // The Roles option.
  for (const auto &[Name, RoleName] : Extra)
    if (const RoleRule *R = Rules.role(RoleName))
      for (const FunctionInfo &F : Functions)
        if (F.Fn->getName() == Name)
          addRole(F.Fn, {R, F.Fn->getLocation(), RoleEvidence::Option,
                         RoleName});
}

void DriverModel::orderBottomUp() {
  // Iterative post-order DFS over the call graph: a callee is finished
  // before its callers. Recursion is cut where it closes.
  std::vector<char> State(Functions.size(), 0); // 0 new, 1 open, 2 done
  for (size_t Root = 0; Root < Functions.size(); ++Root) {
    if (State[Root])
      continue;
    std::vector<std::pair<size_t, size_t>> Stack{{Root, 0}};
    State[Root] = 1;
    while (!Stack.empty()) {
      auto &[Node, Next] = Stack.back();
      const auto &Calls = Functions[Node].Calls;
      if (Next < Calls.size()) {
        auto It = Index.find(Calls[Next++].Callee);
        if (It != Index.end() && State[It->second] == 0) {
          State[It->second] = 1;
          Stack.push_back({It->second, 0});
        }
        continue;
      }
      State[Node] = 2;
      BottomUp.push_back(&Functions[Node]);
      Stack.pop_back();
    }
  }
}

void DriverModel::indexCallers() {
  for (size_t I = 0; I < Functions.size(); ++I) {
    for (const CallSite &C : Functions[I].Calls)
      CallerIndex[C.Call] = I;
    for (const DdiCall &C : Functions[I].Ddis)
      CallerIndex[C.Call] = I;
  }
}

const FunctionInfo *DriverModel::info(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def))
    Def = FD;
  auto It = Index.find(Def);
  return It == Index.end() ? nullptr : &Functions[It->second];
}

bool DriverModel::anyFunctionWithPhase(Phase P) const {
  for (const FunctionInfo &F : Functions)
    if (F.hasPhase(P))
      return true;
  return false;
}

} // namespace ndis
