//===--- CallContexts.h - A function's entry states, one per calling context
//
// The top-down pass of the lock flow (LockIrqlFlow.h) enters a helper once
// per distinct calling context, not once with the merge of its callers: a
// helper called under a lock from teardown and without it from an error
// path is checked with the lock held for the first caller's sake.
//
//   a call site's state (per context of its caller)   ─┐
//   an imported call state (another file's call)      ─┤ CallState
//                                                      ▼
//      distinct by value: known?, IRQL range, a control role's range or a
//      SAL minimum, the held lock keys, the constant arguments (to a
//      callee with a branch: none steers straight code)
//        ├─ at most MaxContexts: one pass per context, its notes from
//        │  the first call that had it
//        └─ more: one pass with the merge (the union of the IRQL ranges,
//           the intersection of the lock sets; all must be known)
//
// A context whose state is unknown (a caller the flow could not follow, a
// call where the last reference drops) enters unknown and reports nothing;
// it does not silence the other contexts.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_CALLCONTEXTS_H
#define NDIS_TIDY_ENGINE_CALLCONTEXTS_H

#include "LockIrqlFlow.h"
#include "llvm/ADT/SmallVector.h"

namespace ndis {

/// The state at a call site, kept for the callee's entry.
struct CallState {
  bool Known = false;
  /// The critical and guarded regions the call is made in (LState::apcsDepth);
  /// -1 when unknown.
  int8_t Apcs = -1;
  IrqlRange Irql;
  const IrqlSource *Src = nullptr;
  /// (Inline: a state is kept at every call a context makes, and holds a
  /// lock or two.)
  llvm::SmallVector<const HeldLock *, 2> Held;
  /// The call, for a call from another file (an imported context).
  CallRef Via;
  /// The arguments that are constants here (parameter index, 0 or 1):
  /// literals, or the caller's own parameters constant in its context.
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> Consts;
};

/// At most this many distinct contexts per function; over it, the merge.
constexpr size_t MaxContexts = 8;

/// Do two states enter a callee the same way (the notes aside)?
bool sameContext(const CallState &A, const CallState &B);

/// The states kept at one call: most calls have one.
using CallStates = llvm::SmallVector<CallState, 1>;

/// Adds St to the states kept at one call unless one the same is there.
void addCallState(CallStates &States, CallState &&St);

/// One context to enter a function with: its state and the call that
/// brought it (the first of the calls that had it).
struct EntryContext {
  const CallState *St = nullptr; ///< null: an unknown context
  CallRef Via;
};

/// The distinct contexts among the calls into a function, in the order
/// the calls come; empty, with Over set, when there are more than
/// MaxContexts.
llvm::SmallVector<EntryContext, 2>
distinctContexts(llvm::ArrayRef<EntryContext> Calls, bool &Over);

/// Keeps one of the calls into other files with the same state (each
/// context of a function records its calls).
void dedupeOutgoing(std::vector<OutgoingCall> &Outgoing);

/// Keeps one event per DDI call and kind (per exit and lock, for exits):
/// every context that reaches a call reports it, the first one is kept.
void dedupeFindings(std::vector<LockIrqlEvent> &Events);

} // namespace ndis

#endif
