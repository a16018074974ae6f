//===--- SharedMemoryHandleMismatchCheck.cpp ------------------------------===//
//
// For each free-shared-memory call, the allocate-shared-memory calls whose
// allocation-handle out-parameter is the free's allocation handle, in any
// function of the translation unit (Adapter->SharedMemHandle allocated in
// MiniportInitializeEx, freed in MiniportHaltEx). When they all used one
// NdisHandle and the free names a different one, report it at the free.
//
// Silent when unsure: a handle whose path is unknown (a call result), two
// allocations with different handles, or handles the driver copies into
// each other anywhere (`Adapter->Handle = MiniportAdapterHandle`).
//
//===----------------------------------------------------------------------===//

#include "SharedMemoryHandleMismatchCheck.h"
#include "../engine/AccessPath.h"
#include "../engine/DdiCalls.h"
#include "../engine/ValueAliases.h"
#include "../engine/BodyParents.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <map>
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

/// Is every variable E names visible at the statement At? Parameters and
/// globals always are; a local only inside the block that declares it.
static bool visibleAt(const Expr *E, const Stmt *At, const FunctionDecl *Fn) {
  struct Finder : RecursiveASTVisitor<Finder> {
    std::vector<const VarDecl *> Vars;
    bool VisitDeclRefExpr(DeclRefExpr *D) {
      if (const auto *V = dyn_cast<VarDecl>(D->getDecl()))
        Vars.push_back(V);
      return true;
    }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  std::optional<BodyParents> Parents;
  for (const VarDecl *V : F.Vars) {
    if (isa<ParmVarDecl>(V) || !V->isLocalVarDecl())
      continue;
    if (!Parents)
      Parents.emplace(Fn->getBody());
    // The compound statement that declares V must enclose At.
    const DeclStmt *DS = Parents->declaration(V);
    const auto *Scope =
        DS ? dyn_cast_or_null<CompoundStmt>(Parents->parent(DS)) : nullptr;
    if (!Scope || !Parents->within(At, Scope))
      return false;
  }
  return true;
}

void SharedMemoryHandleMismatchCheck::check(
    const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  const PoolFacts &Facts = A.Facts;
  // Aliases join every assignment and parameter binding of the translation
  // unit: `Adapter->MiniportAdapterHandle = MiniportAdapterHandle;` makes the
  // two one handle, in any function.
  const ValueAliases &Aliases = A.Aliases;

  // The allocations by the alias class of their allocation handle: this
  // file's, and the other files' (ImportSummaries).
  struct Allocation {
    std::string Key, Handle; ///< Handle empty: not known
    const SharedMemorySite *Local = nullptr;
    const SharedMemoryFact *Elsewhere = nullptr;
  };
  std::map<std::string, std::vector<Allocation>> AllocsAt;
  for (const SharedMemorySite &Alloc : Facts.SharedAllocs)
    if (Alloc.Allocation) {
      std::string Key = Alloc.Allocation->key().str().str();
      AllocsAt[Aliases.root(Key).str()].push_back(
          {Key, Alloc.Handle ? Alloc.Handle->key().str().str() : "", &Alloc,
           nullptr});
    }
  if (A.Imports)
    for (const auto &U : A.Imports->units())
      for (const SharedMemoryFact &M : U->SharedMemory)
        if (M.Where)
          AllocsAt[Aliases.root(M.Allocation).str()].push_back(
              {M.Allocation, M.Handle, nullptr, &M});

  for (const SharedMemorySite &Free : Facts.SharedFrees) {
    if (!Free.Handle || !Free.Allocation || !Free.HandleExpr)
      continue;
    // The allocations into this allocation handle; all must agree on one
    // NdisHandle.
    const Allocation *Match = nullptr;
    bool Unsure = false;
    auto Candidates = AllocsAt.find(Aliases.root(Free.Allocation->key()).str());
    if (Candidates == AllocsAt.end())
      continue;
    for (const Allocation &Alloc : Candidates->second) {
      // A local allocation handle belongs to its own function.
      if (Free.Allocation->isLocal() && (!Alloc.Local || Alloc.Local->Fn != Free.Fn))
        continue;
      if (Alloc.Handle.empty() ||
          (Match && !Aliases.mayBeEqual(Match->Handle, Alloc.Handle))) {
        Unsure = true;
        break;
      }
      Match = &Alloc;
    }
    if (!Match || Unsure ||
        Aliases.mayBeEqual(Match->Handle, Free.Handle->key()))
      continue;

    const SharedMemorySite *Local = Match->Local;
    std::string AllocText = Local ? sourceText(Local->HandleExpr, Ctx)
                                  : Match->Elsewhere->HandleText;
    {
      // The warning must be emitted before its note is begun.
      auto D = diag(Free.Call->getBeginLoc(),
                    "%0 is given NdisHandle '%1', but the shared memory '%2' "
                    "was allocated with NdisHandle '%3'; NDIS requires the "
                    "same handle")
               << Free.Rule->Name << sourceText(Free.HandleExpr, Ctx)
               << sourceText(Free.AllocationExpr, Ctx) << AllocText;
      SourceRange Range = Free.HandleExpr->getSourceRange();
      // A fix-it only where the allocation's handle expression means the
      // same thing at the free: same function, names in scope.
      if (Local && Local->Fn == Free.Fn && !Range.getBegin().isMacroID() &&
          !Range.getEnd().isMacroID() &&
          !Local->HandleExpr->getBeginLoc().isMacroID() &&
          visibleAt(Local->HandleExpr, Free.Call, Free.Fn))
        D << FixItHint::CreateReplacement(Range, AllocText);
      D << Range;
    }
    if (Local)
      diag(Local->Call->getBeginLoc(),
           "the shared memory was allocated here by %0 with NdisHandle "
           "'%1'%select{| in '%3'}2",
           DiagnosticIDs::Note)
          << Local->Rule->Name << AllocText << (Local->Fn != Free.Fn)
          << Local->Fn->getName();
    else
      diag(locOf(Match->Elsewhere->Where, Ctx),
           "the shared memory was allocated here by %0 with NdisHandle "
           "'%1'%select{| in '%3'}2",
           DiagnosticIDs::Note)
          << Match->Elsewhere->Where->Callee << AllocText << 1
          << Match->Elsewhere->Where->Caller;
  }
}

} // namespace ndis
