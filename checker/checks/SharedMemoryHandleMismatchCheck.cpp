//===--- SharedMemoryHandleMismatchCheck.cpp ------------------------------===//
//
// Within one function: for each free-shared-memory call, the
// allocate-shared-memory calls whose allocation-handle out-parameter is the
// free's allocation handle. When they all used one NdisHandle and the free
// names a different one, report it at the free.
//
// Silent when unsure: a handle whose path is unknown (a call result), two
// allocations with different handles, or a handle the function copies into
// the other one (`Adapter->Handle = MiniportAdapterHandle`).
//
//===----------------------------------------------------------------------===//

#include "SharedMemoryHandleMismatchCheck.h"
#include "../engine/AccessPath.h"
#include "../engine/DdiCalls.h"
#include "../engine/ValueAliases.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void SharedMemoryHandleMismatchCheck::registerMatchers(MatchFinder *Finder) {
  if (!rules())
    return;
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(stmt())).bind("fn"),
                     this);
}

namespace {
struct Allocation {
  const CallExpr *Call;
  const Expr *NdisHandle;
  AccessPath HandlePath;
};
} // namespace

/// Is every variable E names visible at the statement At? Parameters and
/// globals always are; a local only inside the block that declares it.
static bool visibleAt(const Expr *E, const Stmt *At, ASTContext &Ctx) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<const VarDecl *> Vars;
    bool VisitDeclRefExpr(DeclRefExpr *D) {
      if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
        Vars.push_back(V);
      return true;
    }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  for (const VarDecl *V : F.Vars) {
    if (isa<ParmVarDecl>(V) || !V->isLocalVarDecl())
      continue;
    // The compound statement that declares V must enclose At.
    const Stmt *Scope = nullptr;
    for (DynTypedNode P : Ctx.getParents(*V))
      if (const auto *DS = P.get<DeclStmt>())
        for (DynTypedNode PP : Ctx.getParents(*DS))
          Scope = PP.get<CompoundStmt>();
    if (!Scope)
      return false;
    bool Inside = false;
    DynTypedNode Cur = DynTypedNode::create(*At);
    for (int Depth = 0; Depth < 512 && !Inside; ++Depth) {
      auto Parents = Ctx.getParents(Cur);
      if (Parents.empty())
        break;
      Cur = Parents[0];
      Inside = Cur.get<Stmt>() == Scope;
    }
    if (!Inside)
      return false;
  }
  return true;
}

void SharedMemoryHandleMismatchCheck::check(
    const MatchFinder::MatchResult &Result) {
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  ASTContext &Ctx = *Result.Context;
  std::vector<DdiCall> Calls = collectDdiCalls(Fn->getBody(), *rules(), Ctx);

  std::vector<std::pair<AccessPath, Allocation>> Allocations;
  for (const DdiCall &C : Calls)
    if (const Effect *E = C.Rule->find(EffectKind::AllocateSharedMemory)) {
      const Expr *Handle = argOf(C.Call, E->NdisHandle);
      auto Out = pointeePathOf(argOf(C.Call, E->AllocationHandle));
      auto HandlePath = Handle ? accessPathOf(Handle) : std::nullopt;
      if (Out && HandlePath)
        Allocations.push_back({*Out, {C.Call, Handle, *HandlePath}});
      else if (Out) // an allocation we cannot name: never report its frees
        Allocations.push_back({*Out, {C.Call, nullptr, AccessPath()}});
    }
  if (Allocations.empty())
    return;

  ValueAliases Aliases;
  Aliases.addAssignmentsIn(Fn->getBody());

  for (const DdiCall &C : Calls) {
    const Effect *E = C.Rule->find(EffectKind::FreeSharedMemory);
    if (!E)
      continue;
    const Expr *FreeHandle = argOf(C.Call, E->NdisHandle);
    const Expr *FreeAlloc = argOf(C.Call, E->AllocationHandle);
    if (!FreeHandle || !FreeAlloc)
      continue;
    auto FreeHandlePath = accessPathOf(FreeHandle);
    auto FreeAllocPath = accessPathOf(FreeAlloc);
    if (!FreeHandlePath || !FreeAllocPath)
      continue;

    // The allocations of this block; all must agree on one NdisHandle.
    const Allocation *Match = nullptr;
    bool Unsure = false;
    for (const auto &[Out, A] : Allocations) {
      if (!Aliases.mayBeEqual(Out, *FreeAllocPath))
        continue;
      if (!A.NdisHandle ||
          (Match && !Aliases.mayBeEqual(Match->HandlePath, A.HandlePath)))
        Unsure = true;
      Match = &A;
    }
    if (!Match || Unsure ||
        Aliases.mayBeEqual(Match->HandlePath, *FreeHandlePath))
      continue;

    std::string AllocText = sourceText(Match->NdisHandle, Ctx);
    { // the warning must be emitted before its note is begun
    auto D = diag(C.Call->getBeginLoc(),
                  "%0 is given NdisHandle '%1', but the shared memory '%2' "
                  "was allocated with NdisHandle '%3'; NDIS requires the same "
                  "handle")
             << C.Rule->Name << sourceText(FreeHandle, Ctx)
             << sourceText(FreeAlloc, Ctx) << AllocText;
    SourceRange Range = FreeHandle->getSourceRange();
    if (!Range.getBegin().isMacroID() && !Range.getEnd().isMacroID() &&
        !Match->NdisHandle->getBeginLoc().isMacroID() &&
        visibleAt(Match->NdisHandle, C.Call, Ctx))
      D << FixItHint::CreateReplacement(Range, AllocText);
    D << FreeHandle->getSourceRange();
    }

    const auto *AllocFn = Match->Call->getDirectCallee();
    diag(Match->Call->getBeginLoc(),
         "the shared memory was allocated here by %0 with NdisHandle '%1'",
         DiagnosticIDs::Note)
        << (AllocFn ? AllocFn->getName() : StringRef("the allocation"))
        << AllocText;
  }
}

} // namespace ndis
