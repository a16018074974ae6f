//===--- CallContexts.cpp - A function's entry states, per calling context -===//
//
// See CallContexts.h.
//
//===----------------------------------------------------------------------===//

#include "CallContexts.h"
#include <set>
#include <tuple>

namespace ndis {
namespace {

/// What of a state's source the checks read (not where it is: the notes).
int sourceShape(const IrqlSource *Src) {
  if (!Src)
    return -1;
  bool Control = Src->K == IrqlSource::Role && Src->RoleEv.Role &&
                 Src->RoleEv.Role->Stage == Phase::Control;
  return int(Src->K) * 4 + Control * 2 + Src->AtLeast;
}

std::vector<std::string> heldKeys(const CallState &S) {
  std::vector<std::string> Keys;
  for (const HeldLock *H : S.Held)
    Keys.push_back(H->Key);
  llvm::sort(Keys);
  return Keys;
}

} // namespace

bool sameContext(const CallState &A, const CallState &B) {
  if (A.Known != B.Known)
    return false;
  if (A.Known &&
      (A.Irql.Min != B.Irql.Min || A.Irql.Max != B.Irql.Max ||
       sourceShape(A.Src) != sourceShape(B.Src)))
    return false;
  // An unknown context enters with no lock (CallContexts.h).
  return A.Consts == B.Consts && (!A.Known || heldKeys(A) == heldKeys(B));
}

void addCallState(std::vector<CallState> &States, CallState St) {
  for (const CallState &Kept : States)
    if (sameContext(Kept, St))
      return;
  States.push_back(std::move(St));
}

std::vector<EntryContext>
distinctContexts(const std::vector<EntryContext> &Calls, bool &Over) {
  Over = false;
  std::vector<EntryContext> Out;
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
                         const void *, const void *, std::vector<std::string>>;
  std::set<Key> Seen;
  llvm::erase_if(Outgoing, [&](const OutgoingCall &O) {
    std::vector<std::string> Locks;
    for (const HeldLock &H : O.Locks)
      Locks.push_back(H.Key);
    llvm::sort(Locks);
    return !Seen
                .insert({O.Call, O.Known, O.Inherits, int(O.Range.Min),
                         int(O.Range.Max), O.Known ? int(O.Source.K) : -1,
                         O.Known ? O.Source.Fn : nullptr,
                         O.Known ? O.Source.Loc.getPtrEncoding() : nullptr,
                         std::move(Locks)})
                .second;
  });
}

void dedupeFindings(std::vector<LockIrqlEvent> &Events) {
  std::set<std::tuple<int, const clang::CallExpr *, const void *, std::string>>
      Seen;
  llvm::erase_if(Events, [&](const LockIrqlEvent &E) {
    std::string Lock = E.K == LockIrqlEvent::HeldAtExit ? E.Lock.Key : "";
    return !Seen
                .insert({int(E.K), E.At, E.Exit.getPtrEncoding(),
                         std::move(Lock)})
                .second;
  });
}

} // namespace ndis
