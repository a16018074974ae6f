//===--- Calls.cpp - What a call does to the locks and the IRQL -------------===//
//
// A DDI's effects (its rule, or its SAL annotations), a callee's summary
// under the constants passed, a call into another file or through a
// pointer; the acquires and releases they make, the regions they enter,
// and the checks made at each call.
//
//===----------------------------------------------------------------------===//

#include "FunctionPass.h"
#include "../summary/DriverIndex.h"

using namespace clang;

namespace ndis {
namespace lockflow {

std::optional<Irql> levelValue(const Expr *E, ASTContext &Ctx) {
  std::optional<int64_t> V = integerConstant(E, Ctx);
  if (!V)
    return std::nullopt;
  return *V == 0 ? Irql::Passive
         : *V == 1 ? Irql::Apc
         : *V == 2 ? Irql::Dispatch
                   : Irql::Dirql;
}

/// The key of a lock argument: `&Adapter->Lock` names MP_ADAPTER::Lock;
/// a pointer to a lock (`Adapter->pLock`) names what it points to.
std::optional<AccessPath> lockPath(const Expr *Arg) {
  if (!Arg)
    return std::nullopt;
  if (auto P = pointeePathOf(Arg))
    return P;
  if (auto P = accessPathOf(Arg)) {
    P->Fields.push_back("*");
    return P;
  }
  return std::nullopt;
}

/// Do these effects (a DDI's rule) change the locks held or the IRQL?
bool changesLocksOrIrql(llvm::ArrayRef<Effect> Effects) {
  for (const Effect &E : Effects)
    if (E.Kind == EffectKind::AcquireLock || E.Kind == EffectKind::ReleaseLock ||
        E.Kind == EffectKind::RaiseIrql || E.Kind == EffectKind::LowerIrql)
      return true;
  return false;
}

/// An argument that is a constant here: a constant, or a local or
/// parameter holding one on this path.
std::optional<int64_t> constantArg(const Expr *Arg, const LState &L,
                                   ASTContext &Ctx) {
  if (!Arg || Arg->isValueDependent() || !Arg->getType()->isIntegerType())
    return std::nullopt;
  if (const auto *D = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts())) {
    const auto *V = dyn_cast<VarDecl>(D->getDecl());
    if (!V || !V->isLocalVarDeclOrParm() || L.ParamConst.empty())
      return std::nullopt;
    AccessPath P;
    P.Root = V->getCanonicalDecl();
    if (auto It = L.ParamConst.find(P.key());
        It != L.ParamConst.end() && It->second != OtherValue)
      return It->second;
    return std::nullopt;
  }
  return integerConstant(Arg, Ctx);
}

/// The constant arguments of a call to Callee, for its context: none for
/// a callee that no constant can steer (FunctionInfo::usesConstants); each
/// as the context keeps it (keptConstant).
llvm::SmallVector<std::pair<unsigned, int64_t>, 2>
constantArgs(const FunctionDecl &Callee, const CallExpr *C, const LState &L,
             const Shared &S) {
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> Out;
  // Most calls pass no integer at all (constantArg): no callee to look up.
  if (llvm::none_of(C->arguments(), [](const Expr *Arg) {
        return Arg->getType()->isIntegerType();
      }))
    return Out;
  const FunctionInfo *Info = S.Model.info(&Callee);
  if (!Info || !Info->usesConstants())
    return Out;
  uint32_t ByValue = S.valueTested(&Callee);
  for (const ParmVarDecl *Parm : Callee.parameters()) {
    unsigned I = Parm->getFunctionScopeIndex();
    if (auto V = constantArg(argOf(C, I), L, S.Ctx))
      Out.push_back({I, keptConstant(ByValue, I, *V)});
  }
  return Out;
}

llvm::SmallVector<std::pair<unsigned, int64_t>, 2>
argumentConsts(const CallExpr *C, const LState &L, ASTContext &Ctx,
               bool &FromEntry, uint32_t Only) {
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> Out;
  FromEntry = false;
  // (Indexes past 31 stand for no parameter a summary can test.)
  for (unsigned I = 0, N = std::min(C->getNumArgs(), 32u); I < N; ++I)
    if (!(Only >> I & 1))
      continue;
    else if (auto V = constantArg(C->getArg(I), L, Ctx)) {
      Out.push_back({I, *V});
      const auto *Ref =
          dyn_cast<DeclRefExpr>(C->getArg(I)->IgnoreParenImpCasts());
      FromEntry |= Ref && isa<ParmVarDecl>(Ref->getDecl());
    }
  return Out;
}

void exportConsts(OutgoingCall &Out, const LState &L, const Shared &S) {
  // (A context that says nothing is not written: no constants for it.)
  if (!Out.Known && !Out.Inherits && Out.Locks.empty())
    return;
  // Only those the callee's summary says steer it: a log level, a pool
  // tag or a size would split the contexts for nothing.
  const auto *Callee = importedCallee(Out.Call, S.Imports);
  if (!Callee || !Callee->Steers)
    return;
  bool FromEntry;
  Out.Consts = argumentConsts(Out.Call, L, S.Ctx, FromEntry, Callee->Steers);
  // A parameter's constant is this entry's, and the thin link would give
  // it to every state the function is entered with: the state is written
  // out instead (the other entries write theirs).
  if (FromEntry)
    Out.Inherits = false;
}

/// A lock kind (Effect::Lock) a thread that holds it cannot take again
/// without deadlocking: the exclusive spin locks. (ex-spin's shared and
/// exclusive acquires share their kind; the read/write locks allow
/// recursive reads.)
bool exclusiveSpin(llvm::StringRef Kind) {
  return Kind == "ndis-spin" || Kind == "ke-spin" || Kind == "ke-queued" ||
         Kind == "ke-interrupt" || Kind == "sal";
}

std::optional<llvm::StringRef>
FunctionPass::fieldLockKey(const Expr *Arg) const {
  // As pointeePathOf and accessPathOf take it apart: the path of
  // `&Base->Field` depends on these three only (AccessPath.cpp).
  const auto *U =
      dyn_cast_or_null<UnaryOperator>(Arg ? stripCasts(Arg) : nullptr);
  if (!U || U->getOpcode() != UO_AddrOf)
    return std::nullopt;
  const auto *M = dyn_cast_or_null<MemberExpr>(stripCasts(U->getSubExpr()));
  if (!M || !M->isArrow() || !isa<FieldDecl>(M->getMemberDecl()))
    return std::nullopt;
  const Expr *Base = M->getBase();
  auto [It, New] = S.FieldLockKeys.try_emplace(
      {Base->getType().getAsOpaquePtr(),
       stripCasts(Base)->getType().getAsOpaquePtr(), M->getMemberDecl()});
  if (New)
    if (std::optional<AccessPath> P = pointeePathOf(Arg))
      It->second = intern(P->key());
  if (!It->second.data())
    return std::nullopt; // no path: lockKey's other ways
  return It->second;
}

void FunctionPass::check(const CallExpr *C, const DdiRule &R, const LState &L) {
  if (!Reporting || !Reported.insert(C).second)
    return;
  if (R.NoSpinLockHeld && !L.Held.empty()) {
    LockIrqlEvent E;
    E.K = LockIrqlEvent::FreeUnderLock;
    E.Fn = Fn;
    E.At = C;
    E.Rule = &R;
    E.Lock = *L.Held.begin()->second.Lock;
    Effects.Events.push_back(std::move(E));
  }
  if (L.Known)
    checkIrql(S, Effects.Events, Effects.NotTooLow, Fn, C, R, L.Irql, L.Src);
  else if (R.Irql)
    Effects.NotTooLow.insert(C);
  // Normal kernel APCs enabled on every path: no region entered since an
  // entry known to be in none, at PASSIVE_LEVEL, explained.
  if (R.ApcsDisabled && L.apcsDepth() == 0 && L.Known && L.Src &&
      L.Irql.Max == Irql::Passive && !L.LastRef) {
    LockIrqlEvent E;
    E.K = LockIrqlEvent::ApcsEnabled;
    E.Fn = Fn;
    E.At = C;
    E.Rule = &R;
    E.Current = L.Irql;
    E.Source = *L.Src;
    E.ApcsLeft = L.ApcsLeft;
    Effects.Events.push_back(std::move(E));
  }
}

void FunctionPass::acquire(llvm::StringRef Lock, const Expr *Shown,
                           const CallExpr *C, bool AtDispatch, Chain Inner,
                           LState &L, llvm::StringRef Display,
                           const Expr *AddrOf, std::optional<LockAddr> Addr) {
  // (Built where it stays: a held lock and a source are made at every
  // acquire.)
  HeldLock &H = S.newLock();
  H.Key = Lock; // (interned)
  if (Addr)
    H.setAddr(std::move(Addr));
  else
    H.setAddrOf(AddrOf);
  // `&Adapter->Lock` is shown as the lock itself.
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Shown ? stripCasts(Shown) : nullptr))
    if (U->getOpcode() == UO_AddrOf)
      Shown = U->getSubExpr();
  H.Shown = Shown; // Display: finishTexts, for reports only
  if (!Shown)
    H.Display = Display.str();
  H.Acquire = Inner.empty() ? CallRef(C) : Inner.back();
  H.Fn = Fn;
  H.Inner = std::move(Inner);
  HeldVal V;
  V.Lock = &H;
  V.How = AtDispatch ? HeldVal::Acquire::AtDpc : HeldVal::Acquire::Raised;
  V.SavedKnown = L.Known;
  V.Saved = L.Irql;
  V.SavedSrc = L.Src;
  L.Held.atInterned(H.Key) = V;
  // A Dpr acquire does not raise; it tells us we are at DISPATCH_LEVEL.
  if (AtDispatch && L.Known && L.Src) {
    L.Irql = IrqlRange{Irql::Dispatch, Irql::Dispatch};
    return;
  }
  IrqlSource &Src = S.newSource();
  Src.K = AtDispatch ? IrqlSource::Required : IrqlSource::Lock;
  Src.Fn = Fn;
  Src.Loc = C->getBeginLoc();
  if (AtDispatch)
    Src.Text = callName(H.Acquire, S.Rules, S.Ctx);
  else if (!(Src.Shown = H.Shown))
    Src.Text = H.Display.empty() ? H.Key.str() : H.Display;
  Src.Level = Irql::Dispatch;
  Src.Inner = H.Inner;
  setLevel(L, Irql::Dispatch, &Src);
}

bool FunctionPass::isTestedCall(const CallExpr *C) {
  if (!TestedCallsFound) {
    TestedCallsFound = true;
    llvm::SmallVector<const Stmt *, 32> Work{Fn->getBody()};
    llvm::SmallVector<std::pair<const Expr *, int>, 8> Parts;
    while (!Work.empty()) {
      const Stmt *St = Work.pop_back_val();
      if (!St)
        continue;
      const Expr *Cond = nullptr;
      if (const auto *If = dyn_cast<IfStmt>(St))
        Cond = If->getCond();
      else if (const auto *W = dyn_cast<WhileStmt>(St))
        Cond = W->getCond();
      else if (const auto *D = dyn_cast<DoStmt>(St))
        Cond = D->getCond();
      else if (const auto *For = dyn_cast<ForStmt>(St))
        Cond = For->getCond();
      if (Cond)
        Parts.push_back({Cond, 0});
      while (!Parts.empty()) {
        auto [Part, Depth] = Parts.pop_back_val();
        Part = Part->IgnoreParenImpCasts();
        if (Depth > 16)
          continue;
        if (const auto *U = dyn_cast<UnaryOperator>(Part);
            U && U->getOpcode() == UO_LNot)
          Parts.push_back({U->getSubExpr(), Depth + 1});
        else if (const auto *B = dyn_cast<BinaryOperator>(Part);
                 B && B->isLogicalOp()) {
          Parts.push_back({B->getLHS(), Depth + 1});
          Parts.push_back({B->getRHS(), Depth + 1});
        } else if (const auto *Call = dyn_cast<CallExpr>(Part))
          TestedCalls.insert(Call);
      }
      for (const Stmt *Child : St->children())
        Work.push_back(Child);
    }
  }
  return TestedCalls.count(C) != 0;
}

void FunctionPass::reportIfHeld(const CallExpr *C,
                                const std::optional<LockAddr> &Now,
                                llvm::StringRef NotHeld, const LState &L) {
  if (!Reporting || !Now || L.Held.empty())
    return;
  for (const auto &[K, V] : L.Held) {
    const HeldLock &H = *V.Lock;
    if (V.Mixed || !H.addr() ||
        !S.Roots.same(*H.addr(), H.Fn, *Now, Fn, H.Calls, S.Model))
      continue;
    LockIrqlEvent E;
    E.K = LockIrqlEvent::Reacquired;
    E.Fn = Fn;
    E.At = C;
    E.Rule = F.ruleOf(C);
    E.Lock = H;
    E.NotHeld = NotHeld.str();
    Effects.Events.push_back(std::move(E));
    return;
  }
}

void FunctionPass::checkNotHeld(const CallExpr *C, const SalIrql *Sal,
                                const LState &L) {
  if (!Sal)
    return;
  for (const SalLock &R : Sal->RequiresNotHeld) {
    std::optional<LockAddr> Now;
    if (R.BaseParam >= 0)
      Now = lockAddress(argOf(C, R.BaseParam));
    else if (R.BaseGlobal)
      Now = LockAddr{R.BaseGlobal, false, ""};
    if (!Now)
      continue;
    Now->Rest += R.Rest;
    reportIfHeld(C, Now, R.Annotation, L);
  }
}

void FunctionPass::release(llvm::StringRef Key, bool Restore, LState &L) {
  if (Reporting) // Undone is read from the top-down (reporting) pass only
    Undone.Locks.insert(Key);
  auto It = L.Held.find(Key);
  if (It == L.Held.end()) {
    // A lock we did not see taken: the IRQL it restores is unknown.
    // (Each key once: see LockSummary. A function releases few.)
    if (!llvm::is_contained(Summary.Releases, Key))
      Summary.Releases.push_back(Key.str());
    if (Restore && L.Held.empty())
      L.Known = false;
    return;
  }
  HeldVal V = It->second;
  L.Held.erase(It);
  if (!Restore)
    return;
  if (V.SavedKnown) {
    L.Known = true;
    L.Irql = V.Saved;
    L.Src = V.SavedSrc;
  } else if (!L.Held.empty()) {
    L.Irql = IrqlRange{Irql::Dispatch, Irql::Dispatch};
  } else {
    L.Known = false;
  }
}

void FunctionPass::handleDdi(const CallExpr *C, const DdiRule &R, LState &L,
                             CalleeSal &Sal) {
  check(C, R, L);
  applyEffects(C, R.Effects, L);
  // A try-acquire: its effects where its result is tested true (refinePart);
  // a result the flow does not see tested leaves them unknown.
  if (llvm::any_of(R.Effects, [](const Effect &E) { return E.IfTrue; }) &&
      !isTestedCall(C))
    for (const Effect &E : R.Effects) {
      if (!E.IfTrue)
        continue;
      if (E.Kind == EffectKind::RaiseIrql) {
        L.Known = false;
        L.Pristine = false;
        Summary.ChangesIrql = true;
      }
      if (E.Kind == EffectKind::DisableApcs)
        L.ApcsLost = true;
    }
  // The callee's annotations fill in what its rule leaves out (with the
  // WDK's headers, a DDI whose rule gives only its IRQL).
  if (!S.Sal.empty() && !changesLocksOrIrql(R.Effects))
    applySal(C, Sal.get(), L);
}

bool FunctionPass::applySal(const CallExpr *C, const SalIrql *Sal, LState &L) {
  if (!Sal)
    return false;
  std::vector<std::pair<Effect, std::string>> Effects = salCallEffects(*Sal);
  for (const auto &[E, Display] : Effects)
    applyEffects(C, E, L, Display, /*FromSal=*/true);
  return !Effects.empty();
}

void FunctionPass::applySalLocks(const CallExpr *C, const SalIrql *Sal,
                                 LState &L) {
  if (!Sal || !Sal->speaksOfLocks())
    return;
  for (const auto &[E, Display] : salCallEffects(*Sal)) {
    if (E.Kind != EffectKind::AcquireLock && E.Kind != EffectKind::ReleaseLock)
      continue;
    std::optional<llvm::StringRef> Key = effectLockKey(C, E, L);
    if (!Key)
      continue;
    bool Held = L.Held.find(*Key) != L.Held.end();
    if ((E.Kind == EffectKind::AcquireLock) != Held)
      applyEffects(C, E, L, Display, /*FromSal=*/true);
  }
}

void FunctionPass::applyEffects(const CallExpr *C,
                                llvm::ArrayRef<Effect> Effects, LState &L,
                                llvm::StringRef Display, bool FromSal) {
  if (L.Pristine && changesLocksOrIrql(Effects))
    L.Pristine = false;
  SavedIrql Before{L.Known, L.Irql, L.Src, C};
  for (const Effect &E : Effects) {
    if (E.IfTrue)
      continue; // only where the result is tested true (refinePart)
    switch (E.Kind) {
    case EffectKind::DisableApcs:
      if (L.ApcsDelta < 16)
        ++L.ApcsDelta;
      break;
    case EffectKind::EnableApcs:
      --L.ApcsDelta;
      L.ApcsLeft = C;
      if (L.ApcsDelta < -16 || (L.ApcsEntry >= 0 && L.apcsDepth() < 0))
        L.ApcsLost = true; // left a region it was not in: unknown
      break;
    case EffectKind::AcquireLock:
      if (auto Lock = effectLockKey(C, E, L)) {
        if (E.Token >= 0)
          if (auto T = pointeePathOf(argOf(C, E.Token)))
            L.TokenLock[T->key()] = *Lock;
        const Expr *LockArg = E.Global.empty() ? argOf(C, E.Arg) : nullptr;
        std::optional<LockAddr> Addr;
        // A spin lock is not recursive; a shared or read acquire may be.
        if (LockArg && exclusiveSpin(E.Lock) && Reporting && !L.Held.empty()) {
          Addr = lockAddress(LockArg);
          reportIfHeld(C, Addr, "", L);
        }
        acquire(*Lock, argOf(C, E.Arg), C, E.AtDispatch, {C}, L, Display,
                LockArg, std::move(Addr));
        BeforeCall[C] = Before;
      }
      break;
    case EffectKind::ReleaseLock: {
      std::optional<llvm::StringRef> Key = effectLockKey(C, E, L);
      if (!Key && E.Token >= 0)
        if (auto T = pointeePathOf(argOf(C, E.Token)))
          if (auto It = L.TokenLock.find(T->key()); It != L.TokenLock.end())
            Key = It->second;
      if (Key) {
        // Annotations say no restore when another of their effects
        // restores the IRQL, or the lock is no spin lock. A DDI's
        // FromDpcLevel form leaves the IRQL at DISPATCH_LEVEL, where the
        // acquire raised to it (ExAcquireSpinLockExclusive, then
        // ExReleaseSpinLockExclusiveFromDpcLevel); after an AtDpcLevel
        // acquire, the level before it is the one it stays at: restored.
        auto It = FromSal ? L.Held.end() : L.Held.find(*Key);
        HeldVal::Acquire How = It != L.Held.end()
                                   ? It->second.How
                                   : HeldVal::Acquire::Unknown;
        bool Restore = E.AtDispatch && !FromSal
                           ? How != HeldVal::Acquire::Raised
                           : !E.AtDispatch;
        // A restoring release of a lock taken at DPC level goes to the
        // IRQL its argument holds, which that acquire did not save
        // (ExAcquireSpinLockSharedAtDpcLevel after an exclusive acquire,
        // then ExReleaseSpinLockShared(Lock, OldIrql)): unknown here.
        bool ToArgument = !E.AtDispatch && How == HeldVal::Acquire::AtDpc;
        release(*Key, Restore, L);
        if (ToArgument)
          L.Known = false;
      }
      else if (L.Held.empty())
        L.Known = false;
      Undone.AnyLock |= !Key;
      break;
    }
    case EffectKind::RaiseIrql: {
      std::optional<Irql> To = E.To;
      if (!To)
        To = levelValue(argOf(C, E.Arg), S.Ctx);
      if (E.Out >= 0)
        if (auto Old = pointeePathOf(argOf(C, E.Out)))
          L.Saved[Old->key()] = Before;
      BeforeCall[C] = Before;
      if (!To) {
        L.Known = false;
        Summary.ChangesIrql = true;
        break;
      }
      IrqlSource &Src = S.newSource();
      Src.K = IrqlSource::Raise;
      Src.Fn = Fn;
      Src.Loc = C->getBeginLoc();
      Src.Text = callName(C, S.Rules, S.Ctx);
      Src.Level = *To;
      Src.Inner = {C};
      setLevel(L, *To, &Src);
      break;
    }
    case EffectKind::LowerIrql: {
      Undone.Irql = true;
      const Expr *Arg = argOf(C, E.Arg);
      // ExReleaseFastMutex(&M): back to what the raise saved in M.
      std::optional<AccessPath> Token;
      if (E.Token >= 0 && (Token = pointeePathOf(argOf(C, E.Token))))
        if (auto It = L.Saved.find(Token->key()); It != L.Saved.end()) {
          L.Known = It->second.Known;
          L.Irql = It->second.Range;
          L.Src = It->second.Src;
          break; // raised and restored here: nothing for the callers
        }
      if (const auto *D = dyn_cast_or_null<DeclRefExpr>(Arg ? stripCasts(Arg) : nullptr))
        if (const auto *Parm = dyn_cast<ParmVarDecl>(D->getDecl()))
          Summary.LowersToParam = Parm->getFunctionScopeIndex();
      if (auto P = Arg ? accessPathOf(Arg) : std::nullopt)
        if (auto It = L.Saved.find(P->key()); It != L.Saved.end()) {
          L.Known = It->second.Known;
          L.Irql = It->second.Range;
          L.Src = It->second.Src;
          break;
        }
      if (auto To = levelValue(Arg, S.Ctx)) {
        // Lowered to a constant: the IRQL is known, but nothing above this
        // point explains it, so it reports nothing on its own.
        L.Known = true;
        L.Irql = IrqlRange{*To, *To};
        L.Src = nullptr;
      } else {
        L.Known = false;
      }
      // Not to what this function saved: its callers' IRQL changes too.
      Summary.ChangesIrql = true;
      break;
    }
    default:
      break;
    }
  }
}

void FunctionPass::countRegions(const CallExpr *C, const LockSummary &Sum,
                                LState &L) {
  if (Sum.ApcsUnknown || L.ApcsDelta + Sum.ApcsDelta < -16 ||
      L.ApcsDelta + Sum.ApcsDelta > 16) {
    L.ApcsLost = true;
  } else if (Sum.ApcsDelta != 0) {
    L.ApcsDelta += Sum.ApcsDelta;
    if (Sum.ApcsDelta < 0)
      L.ApcsLeft = C;
    if (L.ApcsEntry >= 0 && L.apcsDepth() < 0)
      L.ApcsLost = true;
  }
}

void FunctionPass::countOtherFileRegions(const CallExpr *C, LState &L) {
  const FunctionDecl *Direct = C->getDirectCallee();
  if (!Direct) {
    countPointerRegions(C, L);
    return;
  }
  if (!isOtherFileFunction(Direct, S.Ctx))
    return;
  if (const UnitSummary::Function *Other = importedCallee(C, S.Imports))
    countRegions(C, Other->Locks, L);
  else if (!S.Imports || !S.Imports->complete())
    L.ApcsLost = true; // its file may not have been read
}

void FunctionPass::countPointerRegions(const CallExpr *C, LState &L) {
  const PointerTargetSet &Targets = S.Pointers.of(C);
  // Each function it may call enters and leaves no region (or the count
  // is lost): a target that changes the count is not followed, since the
  // other files list only such targets, never the ones that agree with it.
  bool Lost = !Targets.Resolved;
  auto Imported = [&](llvm::StringRef Name) {
    if (const DdiRule *R = S.Rules.ddi(Name))
      return R->changesRegions();
    // (A function of the driver no summary names enters no region: the
    // index is complete.)
    const UnitSummary::Function *Other = S.Imports->function(Name);
    return Other && Other->Locks.changesRegions();
  };
  for (const FunctionDecl *FD : Targets.Local) {
    if (Lost)
      break;
    const FunctionDecl *Def = FD->getDefinition();
    if (Def && S.Model.info(Def)) {
      // Not summarized yet (later in bottom-up order): unknown.
      auto It = S.Summaries.find(Def);
      Lost = !S.Summarized.count(Def) ||
             (It != S.Summaries.end() && It->second.changesRegions());
    } else if (const DdiRule *R = calleeRule(FD, S.Rules, S.Ctx)) {
      Lost = R->changesRegions();
    } else {
      Lost = Imported(FD->getName());
    }
  }
  for (const UnitSummary::PointerTarget *T : Targets.Imported)
    Lost = Lost || T->Internal || Imported(T->Name);
  if (Lost)
    L.ApcsLost = true;
}

const FunctionDecl *FunctionPass::calleeOf(const CallExpr *C,
                                           const FunctionDecl *Direct) {
  size_t N = F.Calls.size();
  for (size_t I = 0; I < N && I < 8; ++I) {
    size_t At = CallCursor + I < N ? CallCursor + I : CallCursor + I - N;
    if (F.Calls[At].Call == C) {
      CallCursor = At + 1 < N ? At + 1 : 0;
      return F.Calls[At].Callee;
    }
  }
  const FunctionDecl *Def = nullptr;
  return Direct && Direct->hasBody(Def) ? Def : nullptr;
}

void FunctionPass::handleCall(const CallExpr *C, LState &L) {
  const DdiRule *R = F.ruleOf(C);
  const FunctionDecl *Direct = C->getDirectCallee();
  CalleeSal Sal(S, Direct);
  // (A DDI that acquires is reported as an acquire: KeAcquireSpinLock is
  // also declared _Requires_lock_not_held_.)
  if ((!R || !R->find(EffectKind::AcquireLock)) && Reporting && !L.Held.empty())
    checkNotHeld(C, Sal.get(), L);
  if (R) {
    handleDdi(C, *R, L, Sal);
    return;
  }
  const FunctionDecl *Callee = calleeOf(C, Direct);
  const LockSummary *Sum = underArguments(S.summaryOf(C, Callee), C, L);
  if (!Callee && Reporting && isOtherFileFunction(Direct, S.Ctx)) {
    // A call into another file: its state is exported for the callee's.
    OutgoingCall Out;
    Out.Call = C;
    Out.Known = L.Known && L.Src && !L.LastRef && !L.Src->AtLeast;
    // (Where the last reference drops, the caller may not hold it: no
    // context, as for a known one.)
    Out.Inherits = L.Pristine && !L.LastRef;
    Out.Range = L.Irql;
    if (Out.Known)
      Out.Source = *L.Src;
    for (const auto &[K, V] : L.Held)
      Out.Locks.push_back(*V.Lock);
    exportConsts(Out, L, S);
    Effects.Outgoing.push_back(std::move(Out));
  }
  if (!Callee && S.TracksApcs)
    countOtherFileRegions(C, L);
  if (!Callee && !Sum) {
    // A function of another file the flow knows nothing of may release a
    // lock and take it again: which acquire holds it now is unknown (for
    // ndis-spinlock-reacquired; the lock is still taken to be held). One
    // whose SAL annotations speak of locks says what it does to them.
    if ((!Direct || isOtherFileFunction(Direct, S.Ctx)) &&
        (!Sal.get() || !Sal.get()->speaksOfLocks()))
      for (auto &KV : L.Held)
        KV.second.Mixed = true;
    // A function this file declares only: what its annotations say.
    applySal(C, Sal.get(), L);
    return;
  }
  if (Sum && Sum->changesLocksOrIrql())
    L.Pristine = false; // (the regions alone leave the IRQL and locks be)
  if (Reporting && Callee) {
    // (Made in its place: a state is kept at every call.)
    CallState &CS = Effects.CallStates.emplace_back(C, CallState()).second;
    // A call made where the last reference drops (`if (!Count) Free(A);`)
    // hands its callee no context: the caller may well not hold the last
    // reference (tap-windows6 drops one under its list lock while the
    // adapter's own reference keeps the free for later, at PASSIVE_LEVEL).
    CS.Known = L.Known && L.Src && !L.LastRef;
    CS.Apcs = S.TracksApcs ? static_cast<int8_t>(L.apcsDepth()) : -1;
    CS.Irql = L.Irql;
    CS.Src = L.Src;
    for (const auto &[K, V] : L.Held) {
      if (V.Mixed && V.Lock->addr()) {
        HeldLock &Unnamed = S.newLock(*V.Lock); // which of the paths' locks:
        Unnamed.setAddr(std::nullopt);          // unknown
        CS.Held.push_back(&Unnamed);
        continue;
      }
      CS.Held.push_back(V.Lock);
    }
    CS.Consts = constantArgs(*Callee, C, L, S);
  }
  // The callee's own lock effects.
  if (Sum) {
    for (const auto &[Key, Site] : Sum->Acquires) {
      std::optional<llvm::StringRef> Lock;
      const Expr *Shown = nullptr;
      if (!Key.empty() && Key[0] == '%') {
        Shown = argOf(C, std::atoi(Key.c_str() + 1));
        Lock = lockKey(Shown, L);
      }
      Chain Calls{C};
      Calls.insert(Calls.end(), Site.Calls.begin(), Site.Calls.end());
      if (Lock) {
        acquire(*Lock, Shown, C, false, std::move(Calls), L, {}, Shown);
      } else if (Key.empty() || Key[0] != '%') {
        // A field or global lock: its key is the same here; it is shown as
        // the acquiring DDI wrote it.
        const Expr *Written = nullptr;
        if (const CallExpr *D = Site.ddi())
          if (const DdiRule *DR = ddiRuleFor(D, S.Rules, S.Ctx))
            if (const Effect *AE = DR->find(EffectKind::AcquireLock))
              Written = argOf(D, AE->Arg);
        acquire(intern(Key), Written, C, false, std::move(Calls), L);
      }
    }
    for (const std::string &Key : Sum->Releases) {
      if (!Key.empty() && Key[0] == '%') {
        if (auto Lock = lockKey(argOf(C, std::atoi(Key.c_str() + 1)), L))
          release(*Lock, true, L);
      } else {
        release(intern(Key), true, L);
      }
    }
  }
  if (Sum && Callee)
    countRegions(C, *Sum, L);
  if (Sum) {
    const LockSummary &LS = *Sum;
    Undone.Irql |= LS.LowersToParam >= 0 || LS.ChangesIrql;
    if (LS.LowersToParam >= 0) {
      const Expr *Arg = argOf(C, LS.LowersToParam);
      auto P = Arg ? accessPathOf(Arg) : std::nullopt;
      auto Saved = P ? L.Saved.find(P->key()) : L.Saved.end();
      if (Saved != L.Saved.end()) {
        L.Known = Saved->second.Known;
        L.Irql = Saved->second.Range;
        L.Src = Saved->second.Src;
      } else {
        L.Known = false;
      }
    } else if (LS.ChangesIrql && LS.Acquires.empty() && LS.Releases.empty()) {
      L.Known = false;
    }
  }
  if (!Callee)
    return;
  // A body the flow could not summarise: its annotations.
  if (!Sum && applySal(C, Sal.get(), L))
    return;
  // A summary that takes and lets go of no lock, of a callee annotated
  // with some: the annotations name a lock the body cannot show.
  if (Sum && Sum->Acquires.empty() && Sum->Releases.empty())
    applySalLocks(C, Sal.get(), L);
  // _IRQL_raises_(X) on the callee.
  if (const SalIrql *Raises = Sal.get(); Raises && Raises->Raises) {
    L.Pristine = false;
    BeforeCall[C] = SavedIrql{L.Known, L.Irql, L.Src, C};
    IrqlSource &Src = S.newSource();
    Src.K = IrqlSource::Raise;
    Src.Fn = Fn;
    Src.Loc = C->getBeginLoc();
    Src.Text = Callee->getNameAsString();
    Src.Level = *Raises->Raises;
    Src.Inner = {C};
    setLevel(L, *Raises->Raises, &Src);
  }
}

const LockSummary *FunctionPass::underArguments(const LockSummary *Sum,
                                                const CallExpr *C,
                                                const LState &L) const {
  if (!Sum)
    return Sum;
  for (const LockSummary::Conditional &W : Sum->When)
    if (auto V = constantArg(argOf(C, W.Param), L, S.Ctx); V && W.appliesTo(*V))
      return &W.Effects;
  return Sum;
}

} // namespace lockflow
} // namespace ndis
