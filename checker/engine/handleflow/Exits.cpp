//===--- Exits.cpp - Returns, leaks and events ----------------------------===//
//
// The function's exits: a return (or the closing brace) with a pool still
// live is a leak (HandleFlow.h, the events); what every path to the exit
// freed, kept and waited for goes into the summary; and events are emitted
// once each, in the reporting pass only.
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"

using namespace clang;

namespace ndis {
namespace handleflow {

void FunctionFlow::emit(FlowEvent E) {
  if (!Reporting)
    return;
  const void *A = E.At.ddi() ? E.At.Calls.front().opaque() : nullptr;
  const void *B = E.Related.ddi() ? (const void *)E.Related.ddi()
                                  : (const void *)E.ReturnLoc.getPtrEncoding();
  if (!Emitted.insert({E.K, A, B}).second)
    return;
  E.Fn = Fn;
  Events.push_back(std::move(E));
}

void FunctionFlow::checkLeaksAtExit(const State &St, SourceLocation Loc,
                                    bool ErrorReturn) {
  // A pool that is live on every path here and was allocated in this
  // function: a local is lost at any return; a field or global only at an
  // error return of a setup callback, which nobody else will clean up.
  // A failed initialize, bind or attach is the end: nothing undoes it. (A
  // failed restart is still followed by halt or detach.)
  bool Setup = false;
  for (const RoleEvidence &R : F.Roles)
    Setup |= R.Role->Stage == Phase::Setup && !R.Role->UndoneBy.empty();
  // At an error return, live on one path is enough: a path where it was
  // not yet allocated, or its allocation failed, does not hide the one
  // where it was; a path that may free it (a helper's may-free) or handed
  // it to code we cannot see does.
  uint8_t Hiding = ErrorReturn ? (PFreed | PUnknown) : ~(PLive | PMaybeNull);
  for (const auto &[K, V] : St.Pools) {
    if (!V.Alloc || !(V.Bits & (PLive | PMaybeNull)) || (V.Bits & Hiding))
      continue;
    // (A caller's handle, through an out-parameter, is the caller's.)
    bool Local = K.contains('@') && !isOutParamKey(K);
    if (!Local && !(Setup && ErrorReturn))
      continue;
    if (Local && !V.Group.empty()) {
      bool Stored = false;
      for (const auto &[K2, V2] : St.Pools)
        Stored |= V2.Group == V.Group &&
                  (!K2.contains('@') || isOutParamKey(K2));
      if (Stored)
        continue; // the handle lives on in a field, a global or the caller's
    }
    FlowEvent E;
    E.K = FlowEvent::ReturnLeak;
    E.Related.Calls = {V.Alloc};
    E.ReturnLoc = Loc;
    E.ErrorReturn = ErrorReturn;
    E.Display = text(V.Display).str();
    emit(std::move(E));
  }
}

void FunctionFlow::handleReturn(const ReturnStmt *R, State &St) {
  bool ErrorReturn = false;
  if (const Expr *V = R->getRetValue()) {
    if (auto P = accessPathOf(V)) {
      escapeItem(P->key(), St, R, "returned");
      if (auto It = St.Pools.find(P->key()); It != St.Pools.end())
        It->second.Bits = PUnknown;
    }
    // An error is a failure status: a constant, or a status that holds
    // one on every path here.
    ErrorReturn = isFailureStatus(V, Ctx);
    if (!ErrorReturn && V->getType()->isIntegerType())
      if (llvm::StringRef Key = keyOf(V); !Key.empty())
        ErrorReturn = St.Failed.count(Key) != 0;
  }
  if (Reporting)
    checkLeaksAtExit(St, R->getBeginLoc(), ErrorReturn);
  // A field freed on every path here and not cleared: if the caller goes
  // on after this error, the handle dangles.
  if (Reporting && ErrorReturn)
    for (const auto &[K, V] : St.Pools)
      if (V.Bits == PFreed && V.Free && isSharedKey(K))
        Sum.FreedOnError.emplace(Summaries.keep(K), *V.Free);
}

void FunctionFlow::recordMustFree(const State &AtExit) {
  recordStoredAtExit(AtExit);
  // A wait on every path to the exit; frees all after a wait.
  Sum.Waits = AtExit.Reached && AtExit.Waited && !Sum.WaitSite.Calls.empty();
  if (!Sum.Waits) {
    // A wait on some path only: perhaps on every path where a parameter
    // says so.
    bool WaitedSomewhere = !Sum.WaitSite.Calls.empty();
    Sum.WaitSite = ChainedSite();
    if (WaitedSomewhere)
      recordConditionalWait();
  }
  for (const auto &[K, Site] : Sum.MayFreePools)
    if (!Unwaited.count(K))
      Sum.FreedAfterWait.insert(K.str());
  // What is freed on every path to the exit (room made once: a cleanup
  // helper frees several).
  auto FreedHere = [](const PoolVal &V) {
    return V.Bits == PFreed && V.Free && V.Free->ddi();
  };
  Sum.MustFreePools.reserve(
      Sum.MustFreePools.size() +
      llvm::count_if(AtExit.Pools,
                     [&](const auto &KV) { return FreedHere(KV.second); }));
  // Parameters are stored by their key; turn them back into "%N". (Their
  // keys are worked out once, not for each pool.)
  llvm::SmallVector<std::pair<llvm::SmallString<64>, unsigned>, 4> Params;
  bool ParamsKeyed = false;
  for (const auto &[K, V] : AtExit.Pools) {
    if (!FreedHere(V))
      continue;
    if (!ParamsKeyed) {
      ParamsKeyed = true;
      for (const ParmVarDecl *P : Fn->parameters()) {
        AccessPath AP;
        AP.Root = P->getCanonicalDecl();
        Params.push_back({AP.key(), P->getFunctionScopeIndex()});
      }
    }
    std::string Key = K.str();
    for (const auto &[ParamKey, Index] : Params)
      if (ParamKey == K)
        Key = "%" + std::to_string(Index);
    if (Key.find('@') == std::string::npos)
      Sum.MustFreePools.emplace(Summaries.keep(Key), *V.Free);
  }
}

} // namespace handleflow
} // namespace ndis
