//===--- CallContexts.cpp - A function's entry states, per calling context -===//
//
// See CallContexts.h.
//
//===----------------------------------------------------------------------===//

#include "CallContexts.h"
#include "AccessPath.h"
#include "DdiCalls.h"
#include "LockIrqlState.h"
#include <map>
#include <set>
#include <tuple>

namespace ndis {
namespace {

/// What of a state's source the checks read (not where it is, nor what
/// it is: the notes).
int sourceShape(const IrqlSource *Src) {
  if (!Src)
    return -1;
  bool Control = Src->K == IrqlSource::Role && Src->RoleEv.Role &&
                 Src->RoleEv.Role->Stage == Phase::Control;
  return Control * 2 + Src->AtLeast;
}

/// The keys of the locks held, sorted (no copies: contexts are compared
/// at every call a caller's context makes).
llvm::SmallVector<llvm::StringRef, 4> heldKeys(const CallState &S) {
  llvm::SmallVector<llvm::StringRef, 4> Keys;
  for (const HeldLock *H : S.Held)
    Keys.push_back(H->Key);
  llvm::sort(Keys);
  return Keys;
}

bool sameHeldKeys(const CallState &A, const CallState &B) {
  if (A.Held.size() != B.Held.size())
    return false;
  if (A.Held.size() < 2)
    return A.Held.empty() || A.Held[0]->Key == B.Held[0]->Key;
  return heldKeys(A) == heldKeys(B);
}

} // namespace

bool sameContext(const CallState &A, const CallState &B) {
  if (A.Known != B.Known || A.Apcs != B.Apcs)
    return false;
  if (A.Known &&
      (A.Irql.Min != B.Irql.Min || A.Irql.Max != B.Irql.Max ||
       sourceShape(A.Src) != sourceShape(B.Src)))
    return false;
  // An unknown context enters with no lock (CallContexts.h).
  return A.Consts == B.Consts && (!A.Known || sameHeldKeys(A, B));
}

void addCallState(CallStates &States, CallState &&St) {
  for (const CallState &Kept : States)
    if (sameContext(Kept, St))
      return;
  States.push_back(std::move(St));
}

llvm::SmallVector<EntryContext, 2>
distinctContexts(llvm::ArrayRef<EntryContext> Calls, bool &Over) {
  Over = false;
  llvm::SmallVector<EntryContext, 2> Out;
  bool Unknown = false; // the unknown contexts are one
  for (const EntryContext &C : Calls) {
    if (!C.St) {
      if (!Unknown)
        Out.push_back({nullptr, C.Via});
      Unknown = true;
    } else if (llvm::none_of(Out, [&](const EntryContext &Kept) {
                 return Kept.St && sameContext(*Kept.St, *C.St);
               })) {
      Out.push_back(C);
    }
    if (Out.size() > MaxContexts) {
      Over = true;
      return {};
    }
  }
  return Out;
}

void dedupeOutgoing(std::vector<OutgoingCall> &Outgoing) {
  using Key = std::tuple<const clang::CallExpr *, bool, bool, int, int, int,
                         const void *, const void *, std::vector<std::string>,
                         std::vector<std::pair<unsigned, int64_t>>>;
  std::set<Key> Seen;
  llvm::erase_if(Outgoing, [&](const OutgoingCall &O) {
    std::vector<std::string> Locks;
    for (const HeldLock &H : O.Locks)
      Locks.push_back(H.Key.str());
    llvm::sort(Locks);
    return !Seen
                .insert({O.Call, O.Known, O.Inherits, int(O.Range.Min),
                         int(O.Range.Max), O.Known ? int(O.Source.K) : -1,
                         O.Known ? O.Source.Fn : nullptr,
                         O.Known ? O.Source.Loc.getPtrEncoding() : nullptr,
                         std::move(Locks),
                         std::vector<std::pair<unsigned, int64_t>>(
                             O.Consts.begin(), O.Consts.end())})
                .second;
  });
}

void dedupeFindings(std::vector<LockIrqlEvent> &Events) {
  std::set<std::tuple<int, const clang::CallExpr *, const void *, std::string>>
      Seen;
  llvm::erase_if(Events, [&](const LockIrqlEvent &E) {
    std::string Lock =
        E.K == LockIrqlEvent::HeldAtExit ? E.Lock.Key.str() : std::string();
    return !Seen
                .insert({int(E.K), E.At, E.Exit.getPtrEncoding(),
                         std::move(Lock)})
                .second;
  });
}

bool isEntryLockSite(CallRef Acquire) {
  const ExternalCall *X = Acquire.external();
  return X && llvm::StringRef(X->Callee).starts_with("_Requires_");
}

namespace lockflow {
using namespace clang;

/// The states at the calls into F that the other files' summaries
/// recorded, as this file's own call states (their sources and locks kept
/// in S).
std::vector<CallState> importedCallStates(Shared &S, const FunctionInfo &F) {
  std::vector<CallState> Out;
  if (!S.Imports || !F.Fn->isExternallyVisible() || !F.Fn->getIdentifier())
    return Out;
  // The constants they pass, kept as constantArgs keeps a local caller's.
  uint32_t ByValue = S.valueTested(F.Fn);
  for (const CallContext *C : S.Imports->contextsFor(F.Fn->getName())) {
    CallState St;
    St.Via = C->Call;
    St.Known = C->Known;
    St.Irql = C->Range;
    if (F.usesConstants())
      for (const auto &[I, V] : C->Consts)
        if (I < F.Fn->getNumParams() &&
            F.Fn->getParamDecl(I)->getType()->isIntegerType())
          St.Consts.push_back({I, keptConstant(ByValue, I, V)});
    if (C->Known) {
      IrqlSource Src;
      Src.K = C->SourceKind;
      Src.FnName = C->SourceFn;
      if (C->SourceAt)
        Src.Loc = locOf(C->SourceAt, S.Ctx);
      Src.Text = C->SourceText;
      Src.Level = C->SourceLevel;
      Src.Inner = C->SourceInner.Calls;
      Src.Calls = C->SourceCalls.Calls;
      if (C->SourceKind == IrqlSource::Role) {
        Src.RoleEv.Role = S.Rules.role(C->SourceRole);
        Src.RoleEv.Loc = Src.Loc;
        Src.RoleEv.Kind = C->SourceHow;
        if (!Src.RoleEv.Role)
          St.Known = false; // a role these rules do not know
        else // (a field left out is the one the rules name)
          Src.RoleEv.Detail = RoleEvidence::detailOrRules(
              C->SourceDetail, C->SourceHow, *Src.RoleEv.Role);
      }
      St.Src = S.keep(std::move(Src));
    }
    for (const ContextLock &CL : C->Locks) {
      HeldLock H;
      H.Key = intern(CL.Key);
      H.Display = CL.Display;
      H.Acquire = CL.Acquire;
      H.Inner = CL.Inner.Calls;
      H.Calls = CL.Calls.Calls;
      St.Held.push_back(S.keep(std::move(H)));
    }
    Out.push_back(std::move(St));
  }
  return Out;
}

/// Is F's address taken in another file (a function table there)?
bool importedAddressTaken(const Shared &S, const FunctionInfo &F) {
  return S.Imports && F.Fn->getIdentifier() &&
         S.Imports->addressTaken(F.Fn->getName());
}

/// The entry state a role gives F, if any.
std::optional<LState> roleEntry(Shared &S, const FunctionInfo &F) {
  const RoleEvidence *R = F.firstRole();
  if (!R)
    return std::nullopt;
  LState Entry;
  Entry.Reached = true;
  Entry.ApcsEntry = 0; // NDIS and the kernel call callbacks in no region
  IrqlRange Range = R->Role->Irql;
  for (const RoleEvidence &Other : F.Roles) {
    Range.Min = std::min(Range.Min, Other.Role->Irql.Min);
    Range.Max = std::max(Range.Max, Other.Role->Irql.Max);
  }
  if (!Range.isAny()) {
    IrqlSource Src;
    Src.K = IrqlSource::Role;
    Src.Fn = F.Fn;
    Src.Loc = R->Loc;
    Src.RoleEv = *R;
    Src.Level = Range.Max;
    Entry.Known = true;
    Entry.Irql = Range;
    Entry.Src = S.keep(std::move(Src));
  }
  return Entry;
}

/// The entry state F's SAL annotation gives it. A minimum alone is a
/// source that reports only what the minimum proves (IrqlSource::AtLeast).
LState salEntry(Shared &S, const FunctionInfo &F, const SalIrql &Sal) {
  LState Entry;
  Entry.Reached = true;
  IrqlSource Src;
  Src.K = IrqlSource::Sal;
  Src.Fn = F.Fn;
  Src.Loc = Sal.Loc;
  Src.Text = Sal.Text;
  Src.Level = Sal.Requires->Max;
  Src.AtLeast = !Sal.HasMax;
  Entry.Known = true;
  Entry.Irql = *Sal.Requires;
  Entry.Src = S.keep(std::move(Src));
  return Entry;
}

/// The merge of every call into F (over MaxContexts of them): the union of
/// the IRQL ranges, all known, and the locks every caller holds.
LState mergedEntry(Shared &S, const FunctionInfo &F,
                   llvm::ArrayRef<EntryContext> Calls) {
  LState Entry;
  Entry.Reached = true;
  bool First = true, AllKnown = true;
  CallRef SrcVia;
  std::map<std::string, const HeldLock *> Common;
  for (const EntryContext &C : Calls) {
    if (!C.St || !C.St->Known) {
      AllKnown = false;
      Common.clear();
      break;
    }
    const CallState &St = *C.St;
    std::map<std::string, const HeldLock *> Mine;
    for (const HeldLock *H : St.Held)
      Mine[H->Key.str()] = H;
    if (First) {
      Entry.Irql = St.Irql;
      Entry.Src = St.Src;
      SrcVia = C.Via;
      Common = Mine;
      First = false;
      continue;
    }
    if (St.Irql.Max > Entry.Irql.Max) {
      Entry.Irql.Max = St.Irql.Max;
      Entry.Src = St.Src;
      SrcVia = C.Via;
    }
    Entry.Irql.Min = std::min(Entry.Irql.Min, St.Irql.Min);
    for (auto I = Common.begin(); I != Common.end();)
      I = Mine.count(I->first) ? std::next(I) : Common.erase(I);
  }
  if (AllKnown && !First && Entry.Src) {
    // Extend the source's chain with the call into this function.
    IrqlSource &Src = S.newSource(*Entry.Src);
    if (SrcVia)
      Src.Calls.push_back(SrcVia);
    Entry.Known = true;
    Entry.Src = &Src;
  } else {
    Entry.Src = nullptr;
  }
  CallRef LockVia = Calls.empty() ? CallRef() : Calls.front().Via;
  for (const auto &[Key, H] : Common) {
    HeldLock &Copy = S.newLock(*H);
    if (LockVia)
      Copy.Calls.push_back(LockVia);
    HeldVal V;
    V.Lock = &Copy;
    Entry.Held[Key] = V;
  }
  // The regions, where every call is made in as many.
  if (!Calls.empty() && Calls.front().St &&
      llvm::all_of(Calls, [&](const EntryContext &C) {
        return C.St && C.St->Apcs == Calls.front().St->Apcs;
      }))
    Entry.ApcsEntry = Calls.front().St->Apcs;
  // Parameters every caller passes the same constant for (a call from
  // another file, as its context says).
  for (const ParmVarDecl *Parm : F.Fn->parameters()) {
    unsigned I = Parm->getFunctionScopeIndex();
    std::optional<int64_t> Value;
    bool Same = true;
    for (const EntryContext &C : Calls) {
      const CallState *St = C.St;
      auto Const = St ? llvm::find_if(St->Consts,
                                      [&](const auto &P) { return P.first == I; })
                      : nullptr;
      if (!St || Const == St->Consts.end() ||
          (Value && *Value != Const->second)) {
        Same = false;
        break;
      }
      Value = Const->second;
    }
    if (Same && Value) {
      AccessPath P;
      P.Root = Parm->getCanonicalDecl();
      Entry.ParamConst[intern(P.key())] = *Value;
    }
  }
  return Entry;
}

/// The entry state of one context: its IRQL and source, its locks, each
/// with the call into F added to its chain, and its constant arguments.
/// (Entry is a new state: made in its place, not moved there.)
void contextEntry(Shared &S, const FunctionInfo &F, const EntryContext &C,
                  LState &Entry) {
  Entry.Reached = true;
  if (!C.St)
    return;
  Entry.ApcsEntry = C.St->Apcs;
  for (const auto &[I, V] : C.St->Consts) {
    AccessPath P;
    P.Root = F.Fn->getParamDecl(I)->getCanonicalDecl();
    Entry.ParamConst[intern(P.key())] = V;
  }
  if (!C.St->Known || !C.St->Src)
    return; // unknown: no IRQL, no locks, no reports
  // (Copies made where they stay: an entry is made for every context.)
  IrqlSource &Src = S.newSource(*C.St->Src);
  if (C.Via)
    Src.Calls.push_back(C.Via);
  Entry.Known = true;
  Entry.Irql = C.St->Irql;
  Entry.Src = &Src;
  for (const HeldLock *H : C.St->Held) {
    HeldLock &Copy = S.newLock(*H);
    if (C.Via)
      Copy.Calls.push_back(C.Via);
    HeldVal V;
    V.Lock = &Copy;
    Entry.Held.atInterned(Copy.Key) = V;
  }
}

/// The key the lock flow gives the lock R names on F: what parameter
/// R.Param points to, or R.Key.
std::string requiredKey(const FunctionDecl *F, const SalLock &R) {
  if (R.Param < 0)
    return R.Key;
  AccessPath P;
  P.Root = F->getParamDecl(R.Param)->getCanonicalDecl();
  P.Fields.push_back("*");
  return P.key().str().str();
}

llvm::SmallVector<std::string, 1> requiredLockKeys(const Shared &S,
                                                   const FunctionDecl *F) {
  llvm::SmallVector<std::string, 1> Keys;
  if (S.Sal.empty())
    return Keys;
  auto It = S.Sal.find(F->getCanonicalDecl());
  if (It != S.Sal.end())
    for (const SalLock &R : It->second.RequiresHeld)
      if (R.Spin)
        Keys.push_back(requiredKey(F, R));
  return Keys;
}

void addRequiredLocks(Shared &S, const FunctionInfo &F, LState &Entry) {
  auto It = S.Sal.find(F.Fn->getCanonicalDecl());
  if (It == S.Sal.end())
    return;
  const SourceManager &SM = S.Ctx.getSourceManager();
  for (const SalLock &R : It->second.RequiresHeld) {
    if (R.ApcsOff && Entry.ApcsEntry < 1)
      Entry.ApcsEntry = 1; // a mutex or resource held: in a region
    if (!R.Spin || (Entry.Known && Entry.Irql.Max < Irql::Dispatch))
      continue; // not a spin lock we follow, or a caller says otherwise
    std::string Key = requiredKey(F.Fn, R);
    llvm::StringRef Interned = intern(Key);
    const std::string &Annotation = R.Annotation;
    if (!Entry.Held.count(Interned)) {
      // The annotation as the lock's "acquire": a point the notes and the
      // summary file show like any other (isEntryLockSite).
      SourceLocation At = SM.getExpansionLoc(R.Loc);
      ExternalCall X;
      X.File = absoluteFileName(SM.getFileID(At), SM);
      X.Line = SM.getExpansionLineNumber(At);
      X.Col = SM.getExpansionColumnNumber(At);
      X.Caller = F.Fn->getNameAsString();
      X.Callee = Annotation;
      X.Loc = At;
      X.Resolved = true;
      S.EntrySites.push_back(std::move(X));
      HeldLock H;
      H.Key = Interned;
      H.Display = R.Text;
      H.Acquire = CallRef(&S.EntrySites.back());
      H.Fn = F.Fn;
      if (R.BaseParam >= 0)
        H.setAddr(LockAddr{F.Fn->getParamDecl(R.BaseParam), true, R.Rest});
      else if (R.BaseGlobal)
        H.setAddr(LockAddr{R.BaseGlobal, false, R.Rest});
      HeldVal V;
      V.Lock = S.keep(std::move(H));
      Entry.Held[Interned] = V;
    }
    if (Entry.Known && Entry.Irql.Min >= Irql::Dispatch)
      continue; // the callers' own IRQL already says it
    if (Entry.Known) {
      Entry.Irql.Min = Irql::Dispatch;
      Entry.Irql.Max = std::max(Entry.Irql.Max, Irql::Dispatch);
      continue;
    }
    IrqlSource Src;
    Src.K = IrqlSource::Sal;
    Src.Fn = F.Fn;
    Src.Loc = SM.getExpansionLoc(R.Loc);
    Src.Text = Annotation;
    Src.Level = Irql::Dispatch;
    Entry.Known = true;
    Entry.Irql = IrqlRange{Irql::Dispatch, Irql::Dispatch};
    Entry.Src = S.keep(std::move(Src));
  }
}

/// The states F is entered with: its role's, its SAL annotation's, or one
/// per distinct context of its callers (here and in the other files).
llvm::SmallVector<LState, 1>
entryStates(Shared &S, const FunctionInfo &F,
            const std::vector<CallState> &Imported) {
  llvm::SmallVector<LState, 1> Entries;
  if (std::optional<LState> Role = roleEntry(S, F)) {
    Entries.push_back(std::move(*Role));
  } else {
    auto SalIt = S.Sal.find(F.Fn->getCanonicalDecl());
    const SalIrql *Sal = SalIt != S.Sal.end() && SalIt->second.Requires
                             ? &SalIt->second
                             : nullptr;
    bool FromCalls = (!F.Callers.empty() || !Imported.empty()) &&
                     !S.Model.addressTaken(F.Fn) && !importedAddressTaken(S, F);
    // (Inline: most functions have a few callers, and every function asks.)
    llvm::SmallVector<EntryContext, 8> Calls;
    if (FromCalls && (!Sal || !Sal->HasMax)) {
      Calls.reserve(F.Callers.size() + Imported.size());
      for (const CallSite &C : F.Callers) {
        auto CS = S.CallStates.find(C.Call);
        if (CS == S.CallStates.end() || CS->second.empty())
          Calls.push_back({nullptr, C.Call});
        else
          for (const CallState &St : CS->second)
            Calls.push_back({&St, C.Call});
      }
      for (const CallState &St : Imported)
        Calls.push_back({&St, St.Via});
    }
    bool AllKnown = llvm::all_of(
        Calls, [](const EntryContext &C) { return C.St && C.St->Known; });
    if (Sal && (Calls.empty() || !AllKnown)) {
      // An annotation with a maximum; or a minimum alone, the callers'
      // contexts not all known.
      Entries.push_back(salEntry(S, F, *Sal));
    } else if (!Calls.empty()) {
      bool Over;
      for (const EntryContext &C : distinctContexts(Calls, Over))
        contextEntry(S, F, C, Entries.emplace_back());
      if (Over)
        Entries.push_back(mergedEntry(S, F, Calls));
    }
  }
  if (Entries.empty()) {
    Entries.emplace_back();
    Entries.back().Reached = true;
  }
  for (LState &Entry : Entries) {
    addRequiredLocks(S, F, Entry);
    // (Known, such an entry is one the other files' contexts gave.)
    Entry.Pristine = enteredPristine(S, F);
  }
  return Entries;
}

bool enteredPristine(const Shared &S, const FunctionInfo &F) {
  // Entered only from other files (or from nowhere we see): the calls it
  // makes there take its entry state, which the thin link works out.
  return !F.firstRole() && F.Callers.empty() && !S.Model.addressTaken(F.Fn) &&
         F.Fn->isExternallyVisible() && !importedAddressTaken(S, F) &&
         S.Sal.find(F.Fn->getCanonicalDecl()) == S.Sal.end();
}

} // namespace lockflow
} // namespace ndis
