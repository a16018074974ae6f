//===--- LockIrqlFlow.cpp - Spin locks held and the IRQL, at every point --===//
//
// See LockIrqlFlow.h for the lattice and the passes.
//
//===----------------------------------------------------------------------===//

#include "LockIrqlFlow.h"
#include "lockflow/FunctionPass.h"
#include "AccessPath.h"
#include "CallContexts.h"
#include "LockIrqlState.h"
#include "DdiCalls.h"
#include "FlatMap.h"
#include "CfgOrder.h"
#include "ZeroArgument.h"
#include "summary/DriverIndex.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include <deque>
#include <iterator>
#include <set>
#include <tuple>

using namespace clang;

namespace ndis {
using namespace lockflow;
namespace {

/// A lock key rooted at one of Fn's parameters, as a summary key: the
/// parameter itself or what it points to ("%N"); any other key unchanged.
std::string parameterKey(const FunctionDecl &Fn, const std::string &Key) {
  for (const ParmVarDecl *Parm : Fn.parameters()) {
    AccessPath Param;
    Param.Root = Parm->getCanonicalDecl();
    AccessPath Pointee = Param;
    Pointee.Fields.push_back("*");
    if (Key == Param.key() || Key == Pointee.key())
      return "%" + std::to_string(Parm->getFunctionScopeIndex());
  }
  return Key;
}

/// Does anything in F change or depend on locks and the IRQL?
bool relevant(const FunctionInfo &F, const Shared &S) {
  for (const DdiCall &C : F.Ddis) {
    for (const Effect &E : C.Rule->Effects)
      if (E.Kind == EffectKind::AcquireLock ||
          E.Kind == EffectKind::ReleaseLock ||
          E.Kind == EffectKind::RaiseIrql || E.Kind == EffectKind::LowerIrql ||
          E.Kind == EffectKind::CurrentIrql ||
          (S.TracksApcs && (E.Kind == EffectKind::DisableApcs ||
                            E.Kind == EffectKind::EnableApcs)))
        return true;
    if (C.Rule->ApcsDisabled)
      return true;
  }
  // A call into another file, or through a pointer, may enter a region.
  if (S.TracksApcs && (!F.OtherFileCalls.empty() || F.CallsThroughPointer))
    return true;
  for (const CallSite &C : F.Calls) {
    auto It = S.Summaries.find(C.Callee);
    if (It != S.Summaries.end() && !It->second.empty())
      return true;
    auto Sal = S.Sal.find(C.Callee->getCanonicalDecl());
    if (Sal != S.Sal.end() && Sal->second.mattersToCallers())
      return true;
  }
  for (const CallExpr *C : F.OtherFileCalls)
    if (const UnitSummary::Function *Other = importedCallee(C, S.Imports))
      if (!Other->Locks.empty())
        return true;
  if (S.Sal.empty())
    return false;
  // Functions declared here only, and DDIs: their annotations.
  auto Annotated = [&](const CallExpr *C) {
    const FunctionDecl *Callee = C->getDirectCallee();
    auto Sal = Callee ? S.Sal.find(Callee->getCanonicalDecl()) : S.Sal.end();
    return Sal != S.Sal.end() && Sal->second.mattersToCallers();
  };
  return llvm::any_of(F.OtherFileCalls, Annotated) ||
         llvm::any_of(F.Ddis, [&](const DdiCall &C) { return Annotated(C.Call); });
}

/// The source text of the locks and lock sources the reports show: read
/// from the (by then cold) source only for them, not at every acquire.
void finishTexts(std::vector<LockIrqlEvent> &Events, const ASTContext &Ctx) {
  for (LockIrqlEvent &E : Events) {
    if (E.Lock.Display.empty())
      E.Lock.Display =
          E.Lock.Shown ? sourceText(E.Lock.Shown, Ctx) : E.Lock.Key.str();
    if (E.Source.Text.empty() && E.Source.Shown)
      E.Source.Text = sourceText(E.Source.Shown, Ctx);
  }
}

/// Could two lock keys name the same lock? The same key; or the same last
/// field (`Queue->Lock` and `Adapter->Queues[i].Lock`); or a lock reached
/// through a pointer the flow does not follow ("...*").
bool maySameLock(llvm::StringRef A, llvm::StringRef B) {
  if (A == B)
    return true;
  auto Last = [](llvm::StringRef K) {
    size_t At = K.find_last_of(".:");
    return At == llvm::StringRef::npos ? K : K.substr(At + 1);
  };
  llvm::StringRef LA = Last(A), LB = Last(B);
  return LA == LB || LA == "*" || LB == "*";
}

bool releasesLock(const Undoes &U, llvm::StringRef Key) {
  if (U.AnyLock)
    return true;
  for (llvm::StringRef Released : U.Locks)
    if (maySameLock(Released, Key))
      return true;
  return false;
}

/// Does the caller of F at C release F's lock Key (F's name for it) after
/// the call, as far as the flow can tell?
bool callerReleases(const Shared &S, const FunctionDecl &F, const CallSite &C,
                    const std::string &Key) {
  auto U = S.UndoneBy.find(C.Callee);
  if (U == S.UndoneBy.end())
    return false; // no lock or IRQL effect in the caller at all
  std::string Param = parameterKey(F, Key);
  if (Param[0] != '%')
    return releasesLock(*U->second, Key);
  auto Lock = lockPath(argOf(C.Call, std::atoi(Param.c_str() + 1)));
  return !Lock || releasesLock(*U->second, Lock->key());
}

/// Turns the states at exits into findings: see the tree in LockIrqlFlow.h.
void selectExits(Shared &S) {
  std::set<std::pair<SourceLocation::UIntTy, std::string>> Seen;
  for (const ExitState &X : S.Exits) {
    const FunctionInfo &F = *X.F;
    const FunctionDecl *Fn = F.Fn;
    bool Role = F.firstRole() != nullptr;
    if (!Role && (F.Callers.empty() || S.Model.addressTaken(Fn)))
      continue;
    if (!Seen.insert({X.Loc.getRawEncoding(),
                      X.Lock ? X.Lock->Key.str() : std::string()})
             .second)
      continue; // two edges into the exit at one closing brace
    LockIrqlEvent E;
    E.Fn = Fn;
    E.Exit = X.Loc;
    if (X.Lock) {
      std::string Key = parameterKey(*Fn, X.Lock->Key.str());
      auto Sum = S.Summaries.find(Fn);
      if (!Role && Sum != S.Summaries.end() &&
          llvm::any_of(Sum->second.Acquires,
                       [&](const auto &A) { return A.first == Key; }))
        continue; // a lock helper: its callers hold the lock
      // Released here under another name.
      auto Here = S.UndoneBy.find(Fn);
      if (Here != S.UndoneBy.end() &&
          llvm::any_of(Here->second->Locks, [&](llvm::StringRef K) {
            return K != X.Lock->Key && maySameLock(K, X.Lock->Key);
          }))
        continue;
      if (llvm::any_of(F.Callers, [&](const CallSite &C) {
            return callerReleases(S, *Fn, C, X.Lock->Key.str());
          }))
        continue;
      E.K = LockIrqlEvent::HeldAtExit;
      E.Lock = *X.Lock;
    } else {
      auto Sal = S.Sal.find(Fn->getCanonicalDecl());
      if (Sal != S.Sal.end() && Sal->second.Raises)
        continue; // _IRQL_raises_: returning raised is its contract
      if (llvm::any_of(F.Callers, [&](const CallSite &C) {
            auto U = S.UndoneBy.find(C.Callee);
            return U != S.UndoneBy.end() && U->second->Irql;
          }))
        continue;
      E.K = LockIrqlEvent::RaisedAtExit;
      E.Source = *X.Raise;
    }
    S.Events.push_back(std::move(E));
  }
}

/// The calls from where the event's lock or IRQL comes from down to the
/// function it is in.
const Chain &callsTo(const LockIrqlEvent &E) {
  return E.K == LockIrqlEvent::FreeUnderLock ||
                 E.K == LockIrqlEvent::Reacquired
             ? E.Lock.Calls
             : E.Source.Calls;
}

/// Events that are one finding: the same kind, the same DDI rule, the lock
/// or IRQL from the same place.
using FindingKey = std::tuple<int, const DdiRule *, int, const void *,
                              const void *, std::string>;
FindingKey findingOf(const LockIrqlEvent &E) {
  if (E.K == LockIrqlEvent::FreeUnderLock || E.K == LockIrqlEvent::Reacquired)
    return {E.K, E.Rule, 0, E.Lock.Fn, E.Lock.Acquire.opaque(),
            E.Lock.Key.str()};
  const IrqlSource &Src = E.Source;
  return {E.K, E.Rule, Src.K, Src.Fn, Src.Loc.getPtrEncoding(), ""};
}

/// Reports a chain once, at its deepest DDI call. A lock held (or an IRQL
/// raised) in F reaches every function F's calls lead to; where one on the
/// way calls the DDI and also calls further down to another that does,
/// only the deepest is reported: one finding, one fix (release the lock
/// before the first call), not one warning per level of the chain. A DDI
/// in F itself, where the lock is taken, is always reported.
///
/// An event is shallower than another of its finding when the call into
/// its function is on the other's chain, before its end.
void keepDeepest(std::vector<LockIrqlEvent> &Events) {
  std::set<std::pair<FindingKey, CallRef>> PassedThrough;
  for (const LockIrqlEvent &E : Events) {
    const Chain &Calls = callsTo(E);
    if (Calls.size() < 2)
      continue;
    FindingKey Key = findingOf(E);
    // From the deep end up; where a call is already marked, so is every
    // call above it, so the marking stops: linear in the chains' calls.
    // (Contexts that are the same by value share one pass and one chain,
    // so two chains of a finding part above a shared call only where a
    // function is entered in two contexts that differ, by another lock or
    // a constant argument; then a shallower event may stay reported.)
    for (size_t I = Calls.size() - 1; I-- > 0;)
      if (!PassedThrough.insert({Key, Calls[I]}).second)
        break;
  }
  if (PassedThrough.empty())
    return;
  llvm::erase_if(Events, [&](const LockIrqlEvent &E) {
    const Chain &Calls = callsTo(E);
    return !Calls.empty() &&
           PassedThrough.count({findingOf(E), Calls.back()}) != 0;
  });
}

/// A reporting pass of F from the plain entry (unknown IRQL, no lock, no
/// constant), run bottom-up while F's summary is taken: where the top-down
/// pass enters F that way, it applies what this pass found instead of
/// running F again. Kept only where F's callees were all summarized first
/// (not in a recursion), so the pass saw what a top-down one would.
struct PlainRun {
  PassEffects Effects;
  Undoes Undone;
  bool Ok = false;
  bool Pristine = false; ///< the entry's LState::Pristine
  bool Applied = false;  ///< Effects moved out: a second such entry runs
};

/// Is Entry the one a PlainRun of F was run from?
bool isPlainEntry(const LState &Entry, const PlainRun &Run) {
  return !Run.Applied && Entry.Reached && !Entry.Known && !Entry.Src &&
         Entry.Irql.Min == IrqlRange().Min &&
         Entry.Irql.Max == IrqlRange().Max && Entry.Held.empty() &&
         Entry.TokenLock.empty() && Entry.Saved.empty() &&
         Entry.CurrentIrqlVars.empty() && Entry.ParamConst.empty() &&
         Entry.LockAlias.empty() && Entry.RefCountVars.empty() &&
         !Entry.LastRef && Entry.Pristine == Run.Pristine &&
         Entry.ApcsEntry < 0 && Entry.ApcsDelta == 0 && !Entry.ApcsLost;
}

/// What F does to its callers' locks and IRQL, run from Entry (bottom-up,
/// before any caller is seen); none when the flow cannot follow F. Tested:
/// the parameters F tests as a condition. With Plain, Entry is the plain
/// entry and the pass reports into it (PlainRun).
std::optional<LockSummary>
summarize(Shared &S, const FunctionInfo &F, const LState &Entry,
          llvm::SmallVectorImpl<TestedParam> *Tested,
          PlainRun *Plain = nullptr) {
  FunctionPass P(S, F, Plain != nullptr, Plain ? &Plain->Effects : nullptr);
  bool Ok;
  LState Exit = P.run(Entry, Ok);
  if (Plain) {
    Plain->Undone = std::move(P.Undone);
    Plain->Ok = Ok;
    Plain->Pristine = Entry.Pristine;
  }
  if (!Ok || !Exit.Reached)
    return std::nullopt;
  if (Tested)
    Tested->assign(P.TestedParams.begin(), P.TestedParams.end());
  LockSummary Sum = std::move(P.Summary);
  if (S.TracksApcs) { // (else no summary is made for the regions alone)
    Sum.ApcsUnknown = Exit.ApcsLost;
    Sum.ApcsDelta = Exit.ApcsLost ? 0 : Exit.ApcsDelta;
  }
  // (The lists are their own sets: a function holds and releases few
  // locks, and a StringSet is an allocation per key.)
  for (const auto &[K, V] : Exit.Held) {
    // Parameters ("Name@address" with or without "*") become "%N".
    std::string Key = parameterKey(*F.Fn, K.str());
    if (Key.find('@') != std::string::npos)
      continue; // a local lock: nothing the caller can name
    if (llvm::any_of(Sum.Acquires,
                     [&](const auto &A) { return A.first == Key; }))
      continue; // the parameter and what it points to: one lock
    ChainedSite Site;
    Site.Calls = V.Lock->Inner;
    Sum.Acquires.push_back({Key, std::move(Site)});
  }
  // Releases of locks passed in: keep those the caller can name.
  // (Two keys may name one parameter: keep the set a set.)
  std::vector<std::string> Releases;
  for (const std::string &Key : Sum.Releases) {
    std::string K = parameterKey(*F.Fn, Key);
    if (K.find('@') == std::string::npos && !llvm::is_contained(Releases, K))
      Releases.push_back(K);
  }
  Sum.Releases = std::move(Releases);
  return Sum;
}

/// Records what F undoes of its callees' locks (joined over contexts).
void noteUndone(Shared &S, const FunctionInfo &F, const Undoes &Undone,
                bool Ok) {
  Undoes *&Kept = S.UndoneBy[F.Fn];
  if (!Kept)
    Kept = &S.UndoneStore.make();
  Undoes &U = *Kept;
  U.Locks.insert(Undone.Locks.begin(), Undone.Locks.end());
  U.AnyLock |= Undone.AnyLock || !Ok;
  U.Irql |= Undone.Irql || !Ok;
}

/// Runs F from one entry state, reporting, and records the states at its
/// calls and what it undoes of its callees' locks (joined over contexts).
/// Plain: F's PlainRun, if it has one.
void enterFunction(Shared &S, const FunctionInfo &F, const LState &Entry,
                   PlainRun *Plain) {
  // A constant argument may rule out a branch, and so a DDI on it.
  int8_t Known = S.relevance(F);
  bool NeedsFlow = (Known >= 0 ? Known : relevant(F, S)) ||
                   (F.Branches && !Entry.ParamConst.empty()) ||
                   llvm::any_of(F.Ddis, [](const DdiCall &C) {
                     return C.Rule->find(EffectKind::DecrementReference);
                   });
  if (!NeedsFlow) {
    // Nothing here changes the state: every point has the entry state,
    // its locks held on every path.
    for (const DdiCall &C : F.Ddis) {
      if (C.Rule->NoSpinLockHeld && !Entry.Held.empty()) {
        LockIrqlEvent E;
        E.K = LockIrqlEvent::FreeUnderLock;
        E.Fn = F.Fn;
        E.At = C.Call;
        E.Rule = C.Rule;
        E.Lock = *Entry.Held.begin()->second.Lock;
        S.Events.push_back(std::move(E));
      }
      if (Entry.Known)
        checkIrql(S, S.Events, S.NotTooLow, F.Fn, C.Call, *C.Rule, Entry.Irql,
                  Entry.Src);
      else if (C.Rule->Irql)
        S.NotTooLow.insert(C.Call);
    }
    llvm::SmallVector<const HeldLock *, 2> Held;
    for (const auto &[K, V] : Entry.Held)
      Held.push_back(V.Lock);
    for (const CallSite &C : F.Calls) {
      CallState CS;
      CS.Known = Entry.Known && Entry.Src;
      CS.Apcs = S.TracksApcs ? static_cast<int8_t>(Entry.apcsDepth()) : -1;
      CS.Irql = Entry.Irql;
      CS.Src = Entry.Src;
      CS.Held = Held;
      CS.Consts = constantArgs(*C.Callee, C.Call, Entry, S);
      addCallState(S.CallStates[C.Call], std::move(CS));
    }
    for (const CallExpr *C : F.OtherFileCalls) {
      OutgoingCall Out;
      Out.Call = C;
      Out.Inherits = Entry.Pristine;
      Out.Known = Entry.Known && Entry.Src && !Entry.Src->AtLeast;
      Out.Range = Entry.Irql;
      if (Out.Known)
        Out.Source = *Entry.Src;
      for (const HeldLock *H : Held)
        Out.Locks.push_back(*H);
      exportConsts(Out, Entry, S);
      S.Outgoing.push_back(std::move(Out));
    }
    return;
  }
  if (Plain && isPlainEntry(Entry, *Plain)) {
    Plain->Effects.applyTo(S);
    Plain->Applied = true;
    noteUndone(S, F, Plain->Undone, Plain->Ok);
    return;
  }
  FunctionPass P(S, F, true);
  bool Ok;
  P.run(Entry, Ok);
  P.Effects.applyTo(S);
  noteUndone(S, F, P.Undone, Ok);
}

} // namespace

bool LockSummary::sameEffects(const LockSummary &O) const {
  auto Keys = [](const LockSummary &L) {
    std::vector<std::string> K;
    for (const auto &A : L.Acquires)
      K.push_back(A.first);
    return K;
  };
  return Keys(*this) == Keys(O) && Releases == O.Releases &&
         LowersToParam == O.LowersToParam && ChangesIrql == O.ChangesIrql &&
         ApcsDelta == O.ApcsDelta && ApcsUnknown == O.ApcsUnknown;
}

LockIrqlOutcome
analyzeLocksAndIrql(ASTContext &Ctx, const RuleSet &Rules,
                    const DriverModel &Model,
                    const llvm::DenseMap<const FunctionDecl *, SalIrql> &Sal,
                    const DriverIndex *Imports) {
  Shared S(Ctx, Rules, Model, Sal, Imports);
  InternerScope Scope(*S.Strings);
  // (And in a file that enters or leaves one: its region wrappers tell the
  // other files what they do, ExportSummary.)
  size_t Calls = 0, Ddis = 0;
  for (const FunctionInfo *F : Model.bottomUp()) {
    S.TracksApcs |= llvm::any_of(F->Ddis, [](const DdiCall &C) {
      return C.Rule->ApcsDisabled || C.Rule->changesRegions();
    });
    Calls += F->Calls.size();
    Ddis += F->Ddis.size();
  }
  // The maps keyed by function or call, at their full size: grown as they
  // fill, each rehash moved every call state made so far. (Only looked up,
  // never walked: their order is no output's.)
  size_t Functions = Model.bottomUp().size();
  S.CallStates.reserve(Calls);
  S.ValueTested.reserve(Functions);
  S.NotTooLow.reserve(Ddis);
  S.Relevance.assign(Model.functions().size(), -1);

  // Bottom-up: lock helpers.
  llvm::DenseSet<const FunctionDecl *> &Summarized = S.Summarized;
  // (The runs stay where they are made: a map of them moved each one, its
  // lists and records, at every rehash.)
  StableStore<PlainRun> PlainRunStore;
  llvm::DenseMap<const FunctionDecl *, PlainRun *> PlainRuns;
  Summarized.reserve(Functions);
  for (const FunctionInfo *F : Model.bottomUp()) {
    bool Relevant = relevant(*F, S);
    // Every callee summarized before it (not in a recursion): nothing
    // changes the answer later, and the top-down pass reads it.
    bool CalleesFirst = llvm::all_of(F->Calls, [&](const CallSite &C) {
      return Summarized.count(C.Callee) != 0;
    });
    if (CalleesFirst)
      S.relevance(*F) = Relevant;
    // Entered plain top-down, most likely: not a role's, nor SAL's.
    bool Plain = Relevant && !F->firstRole() &&
                 !S.Sal.count(F->Fn->getCanonicalDecl()) && CalleesFirst;
    Summarized.insert(F->Fn);
    if (!Relevant)
      continue;
    llvm::SmallVector<TestedParam, 2> Tested;
    LState PlainEntry;
    PlainEntry.Reached = true;
    PlainEntry.Pristine = enteredPristine(S, *F);
    std::optional<LockSummary> Sum =
        Plain ? summarize(S, *F, PlainEntry, &Tested,
                          PlainRuns[F->Fn] = &PlainRunStore.make())
              : summarize(S, *F, LState(), &Tested);
    if (!Sum)
      continue;
    // Effects under a test of a parameter: the summary with the parameter
    // constant, where that differs (at most two parameters; 0 and 1, and
    // the constants it is compared with, at most two).
    llvm::SmallVector<unsigned, 2> Params;
    // (An entry, if only 0, for every function summarized: the others'
    // constants keep their value, since what they compare is not known.)
    uint32_t &ByValue = S.ValueTested[F->Fn];
    for (const TestedParam &T : Tested) {
      if (!llvm::is_contained(Params, T.Param) && Params.size() < 2)
        Params.push_back(T.Param);
      if (T.Value && T.Param < 32)
        ByValue |= 1u << T.Param;
    }
    // (TestedParams keeps at most eight: a full list may have left some
    // compared constant out.)
    bool AllTested = Tested.size() < 8;
    for (unsigned Param : Params) {
      llvm::SmallVector<int64_t, 4> Values{0, 1};
      bool ByTruth = true, AllValues = AllTested;
      for (const TestedParam &T : Tested)
        if (T.Param == Param && T.Value) {
          ByTruth = false;
          if (llvm::is_contained(Values, *T.Value))
            continue;
          if (Values.size() < 4)
            Values.push_back(*T.Value);
          else
            AllValues = false;
        }
      auto Under = [&](int64_t Value) {
        LState Entry;
        if (const ParmVarDecl *Parm = F->Fn->getParamDecl(Param)) {
          AccessPath P;
          P.Root = Parm->getCanonicalDecl();
          Entry.ParamConst[intern(P.key())] = Value;
        }
        std::optional<LockSummary> Effects = summarize(S, *F, Entry, nullptr);
        if (Effects && Effects->sameEffects(*Sum))
          Effects.reset();
        return Effects;
      };
      for (int64_t Value : Values)
        if (std::optional<LockSummary> Effects = Under(Value))
          Sum->When.push_back(
              {Param, Value, ByTruth, false, {}, std::move(*Effects)});
      // A value compared with none of the constants takes none of the
      // tests' equal branches: its own variant, where every compared
      // constant is known (else the either-path summary serves it).
      if (!ByTruth && AllValues)
        if (std::optional<LockSummary> Effects = Under(OtherValue))
          Sum->When.push_back({Param, OtherValue, false, true, Values,
                               std::move(*Effects)});
    }
    if (!Sum->empty())
      S.Summaries[F->Fn] = std::move(*Sum);
  }

  // Top-down: entry states from roles, SAL and callers, one pass per
  // calling context (CallContexts.h); report.
  const auto &Up = Model.bottomUp();
  for (auto It = Up.rbegin(); It != Up.rend(); ++It) {
    const FunctionInfo &F = **It;
    // The states at the calls into F from the other files.
    std::vector<CallState> Imported = importedCallStates(S, F);
    auto Plain = PlainRuns.find(F.Fn);
    for (LState &Entry : entryStates(S, F, Imported))
      enterFunction(S, F, Entry,
                    Plain == PlainRuns.end() ? nullptr : Plain->second);
  }
  // "Too low" is certain only when every context reaching the call says so.
  llvm::erase_if(S.Events, [&](const LockIrqlEvent &E) {
    return E.K == LockIrqlEvent::IrqlTooLow && S.NotTooLow.count(E.At);
  });
  keepDeepest(S.Events);
  dedupeFindings(S.Events);
  selectExits(S);
  finishTexts(S.Events, Ctx);
  LockIrqlOutcome Out;
  Out.TracksApcs = S.TracksApcs;
  Out.Events = std::move(S.Events);
  Out.Summaries = std::move(S.Summaries);
  Out.Outgoing = std::move(S.Outgoing);
  Out.EntrySites = std::move(S.EntrySites);
  Out.Strings = std::move(S.Strings);
  dedupeOutgoing(Out.Outgoing);
  for (OutgoingCall &O : Out.Outgoing)
    for (HeldLock &H : O.Locks)
      if (H.Display.empty())
        H.Display = H.Shown ? sourceText(H.Shown, Ctx) : H.Key.str();
  return Out;
}

} // namespace ndis
