//===--- Lifecycle.cpp - Pools across the driver's callbacks --------------===//

#include "Lifecycle.h"
#include "DdiCalls.h"
#include "DrainEvidence.h"
#include "BodyParents.h"
#include "AccessPath.h"
#include "summary/DriverIndex.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <set>

using namespace clang;

namespace ndis {

namespace {
/// Which tests in one body are on a reference count: a reference
/// decrement (InterlockedDecrement, NdisInterlockedDecrement) called in the
/// test itself, or a local holding what one returned
/// (`Count = NdisInterlockedDecrement(&Open->Ref); if (Count == 0)`).
class ReferenceTests {
public:
  ReferenceTests(const Stmt *Body, const RuleSet &Rules, ASTContext &Ctx)
      : Rules(Rules), Ctx(Ctx) {
    // The locals a decrement's result is stored in, anywhere in the body.
    llvm::SmallVector<const Stmt *, 32> Stack{Body};
    while (!Stack.empty()) {
      const Stmt *S = Stack.pop_back_val();
      if (const auto *DS = dyn_cast<DeclStmt>(S)) {
        for (const Decl *D : DS->decls())
          if (const auto *V = dyn_cast<VarDecl>(D))
            if (V->getInit() && isDecrement(V->getInit()))
              Counts.insert(V);
      } else if (const auto *B = dyn_cast<BinaryOperator>(S);
                 B && B->getOpcode() == BO_Assign && isDecrement(B->getRHS())) {
        if (const auto *R = dyn_cast<DeclRefExpr>(stripCasts(B->getLHS())))
          if (const auto *V = dyn_cast<VarDecl>(R->getDecl()))
            Counts.insert(V);
      }
      for (const Stmt *Child : S->children())
        if (Child)
          Stack.push_back(Child);
    }
  }

  /// Does Cond test a reference count?
  bool tests(const Expr *Cond) const {
    llvm::SmallVector<const Stmt *, 16> Stack{Cond};
    while (!Stack.empty()) {
      const Stmt *S = Stack.pop_back_val();
      if (const auto *E = dyn_cast<Expr>(S); E && isDecrement(E))
        return true;
      if (const auto *R = dyn_cast<DeclRefExpr>(S))
        if (const auto *V = dyn_cast<VarDecl>(R->getDecl()); V && Counts.count(V))
          return true;
      for (const Stmt *Child : S->children())
        if (Child)
          Stack.push_back(Child);
    }
    return false;
  }

private:
  bool isDecrement(const Expr *E) const {
    const auto *C = dyn_cast<CallExpr>(stripCasts(E));
    if (!C)
      return false;
    const DdiRule *R = ddiRuleFor(C, Rules, Ctx);
    return R && R->find(EffectKind::DecrementReference);
  }

  const RuleSet &Rules;
  ASTContext &Ctx;
  llvm::SmallPtrSet<const VarDecl *, 4> Counts;
};

/// Does S leave the function (`return;`, or a block ending in one)?
bool leaves(const Stmt *S) {
  while (const auto *CS = dyn_cast_or_null<CompoundStmt>(S))
    S = CS->body_empty() ? nullptr : CS->body_back();
  return isa_and_nonnull<ReturnStmt>(S);
}
} // namespace

/// Does the free run only when a reference count drops to zero? Under a
/// test of one (`if (InterlockedDecrement(&Ref) == 0) ...`, or of a local
/// holding its result), or after a test of one that returns (`if (Count !=
/// 0) return;`). Then it runs when the last reference drops, which the
/// driver's own counting keeps safe.
static bool guardedByLastReference(const CallExpr *Free, const RuleSet &Rules,
                                   const DriverModel &Model, ASTContext &Ctx) {
  const FunctionInfo *In = Model.callerOf(Free);
  if (!In)
    return false;
  const Stmt *Body = In->Fn->getBody();
  BodyParents Parents(Body);
  ReferenceTests Tests(Body, Rules, Ctx);
  const Stmt *S = Free;
  for (int Depth = 0; Depth < 64; ++Depth) {
    const Stmt *Up = Parents.parent(S);
    if (!Up)
      return false;
    const Expr *Cond = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(Up))
      Cond = If->getCond();
    else if (const auto *W = dyn_cast<WhileStmt>(Up))
      Cond = W->getCond();
    if (Cond && Cond != S && Tests.tests(Cond))
      return true;
    if (const auto *CS = dyn_cast<CompoundStmt>(Up))
      for (const Stmt *Before : CS->body()) {
        if (Before == S)
          break;
        if (const auto *If = dyn_cast<IfStmt>(Before);
            If && !If->getElse() && leaves(If->getThen()) &&
            Tests.tests(If->getCond()))
          return true;
      }
    S = Up;
  }
  return false;
}

/// Is X kept by the driver in a slot it names (a field, an array element,
/// a ring)? Such items the teardown must free from there, before the pool
/// (or wait, in a way that may drain): no Pause handler and no free of
/// other items of their kind does.
static bool keptInSlot(const EscapingItem &X) {
  return !X.Handed && !X.Slot.empty();
}

/// Does the teardown free the items kept where X is before the pool: from
/// that slot (or the whole collection), or items of its kind from where it
/// cannot tell (walked off a list: perhaps these)?
static bool freedFirst(const EscapingItem &X, const ItemsFreedFirst *Before) {
  if (!Before)
    return false;
  if (Before->Kinds.count(X.Kind))
    return true;
  return llvm::any_of(Before->Slots, [&](const std::string &R) {
    return releasesSlot(R, X.Slot);
  });
}

std::vector<TeardownFinding>
findTeardownWithOutstanding(const DriverModel &Model, const SummaryMap &Sums,
                            const ValueAliases &Aliases, const RuleSet &Rules,
                            ASTContext &Ctx, const DriverIndex *Imports) {
  std::vector<TeardownFinding> Out;
  std::set<const void *> Reported;
  // Items that leave their function, by the pool they come from: in this
  // file's functions and in the other files' (Fn null, by name).
  struct Escaping {
    const FunctionDecl *Fn;
    llvm::StringRef Name;
    const EscapingItem *X;
  };
  // (std::less<>: looked up by a summary's StringRef key without a copy.)
  std::map<std::string, std::vector<Escaping>, std::less<>> EscapingFrom;
  for (const FunctionInfo &G : Model.functions())
    if (auto GIt = Sums.find(G.Fn); GIt != Sums.end())
      for (const EscapingItem &X : GIt->second.EscapingItems)
        EscapingFrom[X.Pool].push_back({G.Fn, G.Fn->getName(), &X});
  if (Imports)
    for (const UnitSummary::Function *G : Imports->functions())
      for (const EscapingItem &X : G->Pools.EscapingItems)
        EscapingFrom[X.Pool].push_back({nullptr, G->Name, &X});

  // NDIS runs the Pause handler, which must drain the data path, before
  // halt and detach. That handler is mandatory but often in another file:
  // out of view, the drain is assumed; in view, it must show one
  // (DrainEvidence.h).
  PauseEvidence Pause = pauseEvidence(Model, Sums, Ctx);
  bool PauseDrains = !Pause.InView || Pause.Drains;
  for (const FunctionInfo &T : Model.functions()) {
    if (!T.hasPhase(Phase::Teardown))
      continue;
    bool ByPause = false;
    for (const RoleEvidence &R : T.Roles)
      ByPause |= R.Role->DrainedByPause;
    bool Drained = ByPause && PauseDrains;
    auto SIt = Sums.find(T.Fn);
    if (SIt == Sums.end())
      continue;
    const FunctionSummary &S = SIt->second;
    for (const auto &[PoolKey, Free] : S.MayFreePools) {
      if (PoolKey.empty() || PoolKey[0] == '%' || !Free.last() ||
          Reported.count(Free.last().opaque()))
        continue;
      // Every path waits (for what may be the items) first.
      bool Waited = S.FreedAfterWait.count(PoolKey) != 0;
      auto First = S.ItemsFreedBefore.find(PoolKey);
      const ItemsFreedFirst *Before =
          First == S.ItemsFreedBefore.end() ? nullptr : &First->second;
      int Guarded = -1; // computed when first needed (it walks parents)
      // Items from this pool that other functions let go of.
      auto Found = EscapingFrom.find(PoolKey);
      if (Found == EscapingFrom.end())
        continue;
      for (const Escaping &G : Found->second) {
        const EscapingItem &X = *G.X;
        if (G.Fn ? G.Fn == T.Fn : G.Name == T.Fn->getName())
          continue;
        // (A wait may be for kept items too: a cache a DPC drains, a
        // counter that counts them. Where it may drain, it stays silent.)
        if (Waited)
          continue;
        if (!keptInSlot(X)) {
          if (S.FreesItemsOfKind.count(X.Kind))
            continue; // it frees such items, from where we cannot tell
        } else if (freedFirst(X, Before)) {
          continue; // it frees the items kept there before the pool
        }
        if (Drained && X.Handed)
          continue; // the Pause handler drained what NDIS held
        if (Guarded < 0) {
          // Any call on the way down may be the last reference's. (Of a
          // chain longer than ChainedSite::MaxKept, the calls it kept.)
          Guarded = 0;
          for (CallRef C : Free.Calls)
            if (C.local())
              Guarded |= guardedByLastReference(C.local(), Rules, Model, Ctx);
        }
        if (Guarded)
          break;
        if (!Reported.insert(Free.last().opaque()).second)
          break;
        TeardownFinding Finding;
        Finding.Teardown = &T;
        Finding.Free = Free;
        if (Free.ddi())
          if (const DdiRule *R = ddiRuleFor(Free.ddi(), Rules, Ctx))
            if (const Effect *E = R->find(EffectKind::FreePool))
              if (const Expr *A = argOf(Free.ddi(), E->Arg))
                Finding.PoolDisplay = sourceText(A, Ctx);
        if (Finding.PoolDisplay.empty())
          Finding.PoolDisplay = PoolKey.str();
        Finding.Item = X;
        if (keptInSlot(X))
          for (const auto &[Slot, Site] : S.FreesItemsAt)
            if (releasesSlot(Slot, X.Slot)) {
              Finding.FreedAfter = Site;
              break;
            }
        Finding.ItemFn = G.Fn;
        Finding.ItemFnName = G.Name.str();
        // (Named by where the allocation is: a helper that allocated it
        // from its caller's pool, through an out-parameter.)
        CallRef Alloc = X.Alloc.last();
        if (const ExternalCall *Elsewhere = Alloc.external())
          Finding.ItemFnName = Elsewhere->Caller;
        else if (const FunctionInfo *In =
                     Alloc ? Model.callerOf(Alloc.local()) : nullptr)
          Finding.ItemFnName = In->Fn->getName().str();
        if (ByPause && X.Handed)
          Finding.UndrainedPause = Pause.Undrained;
        Out.push_back(std::move(Finding));
        break;
      }
    }
  }
  return Out;
}

std::vector<LeakFinding> findPoolLeaks(const DriverModel &Model,
                                       const SummaryMap &Sums,
                                       const PoolFacts &Facts,
                                       const ValueAliases &Aliases,
                                       const DriverIndex *Imports) {
  std::vector<LeakFinding> Out;
  // Teardown callbacks by role name.
  std::map<std::string, std::vector<const FunctionInfo *>> ByRole;
  for (const FunctionInfo &T : Model.functions())
    for (const RoleEvidence &R : T.Roles)
      ByRole[R.Role->Name].push_back(&T);
  // Setup callbacks' allocations, by the allocating call.
  llvm::DenseMap<const CallExpr *,
                 std::vector<std::pair<const FunctionInfo *, const PoolAllocation *>>>
      SetupAllocs;
  for (const FunctionInfo &S : Model.functions())
    if (S.hasPhase(Phase::Setup))
      if (auto It = Sums.find(S.Fn); It != Sums.end())
        for (const PoolAllocation &A : It->second.AllocatesPools)
          if (A.Site.ddi())
            SetupAllocs[A.Site.ddi()].push_back({&S, &A});
  // What the functions of each role may free, as alias classes.
  // (String sets from slabs: they are built and dropped whole.)
  using KeySet = llvm::StringSet<llvm::BumpPtrAllocator>;
  std::map<std::string, KeySet> RootsFreedByRole;
  for (const auto &[Role, Fns] : ByRole)
    for (const FunctionInfo *T : Fns)
      if (auto TIt = Sums.find(T->Fn); TIt != Sums.end())
        for (const auto &[Key, Site] : TIt->second.MayFreePools)
          RootsFreedByRole[Role].insert(Aliases.root(Key));
  // The other files' functions of each role: what they free counts, and a
  // teardown there is one this file cannot name (it stays silent).
  std::set<std::string> ImportedRoles;
  if (Imports)
    for (const RoleMark *R : Imports->allRoles())
      if (const UnitSummary::Function *T = Imports->function(R->Function)) {
        ImportedRoles.insert(R->Role);
        for (const auto &[Key, Site] : T->Pools.MayFreePools)
          RootsFreedByRole[R->Role].insert(Aliases.root(Key));
      }
  // The alias classes of everything freed anywhere, once. (Helpers pass
  // their frees up the call chain: many summaries free the same keys.)
  KeySet FreedKeys, FreedRoots;
  for (const FreeSite &F : Facts.Frees)
    if (!F.Item)
      FreedKeys.insert(F.Key);
  for (const auto &[Fn, S] : Sums)
    for (const auto &[Key, Site] : S.MayFreePools)
      FreedKeys.insert(Key);
  if (Imports)
    for (const auto &K : Imports->freedKeys())
      FreedKeys.insert(K.getKey());
  for (const auto &K : FreedKeys)
    FreedRoots.insert(Aliases.root(K.getKey()));
  auto FreedAnywhere = [&](llvm::StringRef Root) {
    return FreedRoots.count(Root) != 0;
  };

  for (const PoolSite &Pool : Facts.Pools) {
    // Locals are the flow analysis's (leak on return).
    if (Pool.Path.isLocal() || Pool.Path.Kind == AccessPath::Constant)
      continue;
    llvm::StringRef Root = Aliases.root(Pool.Key);
    if (!FreedAnywhere(Root)) {
      LeakFinding L;
      L.Pool = &Pool;
      L.NeverFreed = true;
      Out.push_back(L);
      continue;
    }
    // Freed somewhere: is it freed by the teardown that undoes the setup
    // callback that allocates it?
    auto Allocs = SetupAllocs.find(Pool.Call);
    if (Allocs == SetupAllocs.end())
      continue;
    for (const auto &[SetupFn, Alloc] : Allocs->second) {
      const FunctionInfo &S = *SetupFn;
      // (The first teardown is enough to name: collecting them all would
      // cost every pool of a many-adapter driver every halt callback.)
      const FunctionInfo *Teardown = nullptr;
      bool Freed = false;
      for (const RoleEvidence &R : S.Roles)
        for (const std::string &Undo : R.Role->UndoneBy) {
          if (auto It = ByRole.find(Undo); !Teardown && It != ByRole.end())
            Teardown = It->second.front();
          if (auto It = RootsFreedByRole.find(Undo);
              It != RootsFreedByRole.end())
            Freed |= It->second.count(Root) != 0;
        }
      bool ElsewhereToo = false;
      for (const RoleEvidence &R : S.Roles)
        for (const std::string &Undo : R.Role->UndoneBy)
          ElsewhereToo |= ImportedRoles.count(Undo) != 0;
      if (!Teardown || Freed || ElsewhereToo)
        continue;
      LeakFinding L;
      L.Pool = &Pool;
      L.Setup = &S;
      L.SetupChain = Alloc->Site;
      L.Teardown = Teardown;
      Out.push_back(L);
      break;
    }
  }
  return Out;
}

std::vector<FlowEvent> findDanglingFrees(const DriverModel &Model,
                                         const SummaryMap &Sums,
                                         const RuleSet &Rules,
                                         ASTContext &Ctx,
                                         const DriverIndex *Imports) {
  std::vector<FlowEvent> Out;
  // The setup callbacks that may leave a handle dangling, here and in the
  // other files, with the roles they have.
  struct Setup {
    const FunctionDecl *Fn; ///< null: in another file
    llvm::StringRef Name;
    const FunctionSummary *Sum;
    std::vector<const RoleRule *> Roles;
  };
  std::vector<Setup> Setups;
  for (const FunctionInfo &S : Model.functions()) {
    if (!S.hasPhase(Phase::Setup))
      continue;
    auto SIt = Sums.find(S.Fn);
    if (SIt == Sums.end() || SIt->second.MayDangle.empty())
      continue;
    Setup X{S.Fn, S.Fn->getName(), &SIt->second, {}};
    for (const RoleEvidence &R : S.Roles)
      X.Roles.push_back(R.Role);
    Setups.push_back(std::move(X));
  }
  llvm::StringSet<> DefinedHere; // (their summaries are this file's own)
  if (Imports)
    for (const UnitSummary::Function *G : Imports->functions()) {
      if (G->Pools.MayDangle.empty())
        continue;
      if (DefinedHere.empty())
        for (const FunctionInfo &F : Model.functions())
          if (F.Fn->getIdentifier())
            DefinedHere.insert(F.Fn->getName());
      if (DefinedHere.count(G->Name))
        continue;
      Setup X{nullptr, G->Name, &G->Pools, {}};
      for (const RoleMark *R : Imports->rolesOf(G->Name))
        if (const RoleRule *Role = Rules.role(R->Role))
          X.Roles.push_back(Role);
      Setups.push_back(std::move(X));
    }
  if (Setups.empty())
    return Out;
  std::map<std::string, std::vector<const FunctionInfo *>> ByRole;
  for (const FunctionInfo &T : Model.functions())
    for (const RoleEvidence &R : T.Roles)
      ByRole[R.Role->Name].push_back(&T);
  std::set<const void *> Reported;
  for (const Setup &S : Setups) {
    for (const auto &[Key, First] : S.Sum->MayDangle) {
      // Allocated again some other way: it may be a new pool by teardown.
      bool Again = false;
      for (const PoolAllocation &A : S.Sum->AllocatesPools)
        Again |= A.Path == Key && A.Site.first() != First.first();
      if (Again)
        continue;
      for (const RoleRule *Role : S.Roles) {
        if (Role->Stage != Phase::Setup)
          continue;
        for (const std::string &Undo : Role->UndoneBy) {
          auto It = ByRole.find(Undo);
          if (It == ByRole.end())
            continue;
          for (const FunctionInfo *T : It->second) {
            auto TIt = Sums.find(T->Fn);
            if (TIt == Sums.end())
              continue;
            for (const auto &[FreedKey, Second] : TIt->second.MayFreePools) {
              if (FreedKey != Key || !Second.first().local() ||
                  !Reported.insert(Second.last().opaque()).second)
                continue;
              FlowEvent E;
              E.K = FlowEvent::DanglingFree;
              E.Fn = T->Fn;
              E.Setup = S.Fn;
              E.SetupName = S.Name.str();
              E.At = Second;
              E.Related = First;
              if (const CallExpr *D = Second.ddi())
                if (const DdiRule *Rule = ddiRuleFor(D, Rules, Ctx))
                  if (const Effect *Eff = Rule->find(EffectKind::FreePool))
                    if (const Expr *Arg = argOf(D, Eff->Arg))
                      E.Display = sourceText(Arg, Ctx);
              if (E.Display.empty())
                E.Display = Key.str();
              Out.push_back(std::move(E));
            }
          }
        }
      }
    }
  }
  return Out;
}

} // namespace ndis
