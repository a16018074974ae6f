//===--- DrainEvidence.h - Which waits and Pause handlers can drain -------===//
//
// A teardown callback that frees a pool while items from it may still be
// out is safe when something drained those items first. What counts:
//
//  A wait (a `wait` DDI, or a helper that waits on every path):
//
//    on an event E (NdisWaitEvent(&X->E), KeWaitForSingleObject(&X->E)):
//      no function in view signals E (`signal-event`)   -> may drain (unknown)
//      some signaller of E is a data-path callback, a
//        function that decrements a reference count, or
//        a function of no callback role (a helper)      -> may drain
//      every signaller is another kind of callback
//        (a close-adapter or OID completion ...)        -> unrelated
//
//    on no object (NdisMSleep, KeDelayExecutionThread):
//      not in a loop                                    -> may drain (unknown)
//      in a loop whose condition reads a path that is
//        decremented somewhere (a reference decrement,
//        `--`, `-=`), written by a data-path callback
//        or a helper, never written in view, or no path
//        at all                                         -> may drain
//      in a loop whose condition reads only state other
//        callbacks write (a polling loop on other state) -> unrelated
//
//  A branch that skips such a wait counts as having waited: the exit of
//  the loop that holds it (it ran until nothing was out), and the other
//  side of an `if` whose condition reads a decremented counter or
//  decrements one (`if (Adapter->Pending != 0) NdisWaitEvent(...)`).
//  HandleFlow keeps "waited" as a must-bit (intersected at joins): a free
//  is drained only when every path to it passed a wait that may drain.
//
//  The Pause assumption (halt, detach: `drained-by-pause` roles):
//
//    no Pause handler (a `pause` role) in this file     -> assumed drained
//    a Pause handler in view that waits (as above) on
//      every path, frees items, or returns
//      NDIS_STATUS_PENDING (completed later with a
//      `complete-pause` DDI)                            -> drained
//    otherwise (it returns success at once)             -> no free pass
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_DRAINEVIDENCE_H
#define NDIS_TIDY_ENGINE_DRAINEVIDENCE_H

#include "AccessPath.h"
#include "DriverModel.h"
#include "Summaries.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

namespace ndis {

class DrainEvidence {
public:
  DrainEvidence(const DriverModel &Model, const RuleSet &Rules,
                clang::ASTContext &Ctx);

  /// May Wait (a call with a `wait` effect, in function In) be a wait for
  /// outstanding items? (Unknown is yes.)
  bool mayDrain(const clang::CallExpr *Wait, const FunctionInfo &In) const;
  /// Does Cond read (or decrement) a counter some function decrements?
  bool testsCounter(const clang::Expr *Cond) const;

private:
  /// How a path is written across the translation unit.
  struct Writes {
    bool Decremented = false;
    bool ByDrainSide = false; ///< by a data-path callback or a helper
    bool Any = false;
  };
  /// Could F be where outstanding items come back?
  bool drainSide(const FunctionInfo &F) const;
  /// How the path P of E (a field access or a name) is written; null when
  /// nothing in view writes it.
  const Writes *writesTo(const clang::Expr *E, const AccessPath &P) const;
  /// What may be written, from what the model's walk listed
  /// (DriverModel::writesOf), by the last name of its path: a path is
  /// asked about by its key, and only the written expressions whose path
  /// ends in the same name can have that key. Most of them are never
  /// asked about, so a name's paths are worked out on first need.
  struct Target {
    const clang::Expr *E;
    unsigned Next; ///< the name's next target; ~0u: none
    bool Decrement, ByDrainSide;
  };
  void indexTargets() const;
  void addTarget(const clang::Expr *E, bool Decrement, bool Side) const;
  bool pollMayDrain(const clang::CallExpr *Wait, const FunctionInfo &In) const;

  const DriverModel &Model;
  const RuleSet &Rules;
  clang::ASTContext &Ctx;
  /// Event path -> is some signaller on the drain side.
  llvm::StringMap<bool> Signalled;
  mutable std::vector<Target> Targets;
  /// Each name's first target in Targets, the others linked from it (one
  /// list for the translation unit: no allocation per name).
  mutable llvm::DenseMap<const clang::IdentifierInfo *, unsigned>
      FirstTarget;
  mutable bool TargetsIndexed = false;
  /// The writes of each path whose last name's targets were worked out
  /// (their entries in FirstTarget are gone then).
  mutable llvm::StringMap<Writes> WriteMap;
  /// mayDrain's answers: the flow asks again on each pass over a loop.
  mutable llvm::DenseMap<const clang::CallExpr *, bool> Answers;
};

/// The Pause handlers in view, and whether one of them drains.
struct PauseEvidence {
  bool InView = false;
  bool Drains = false;
  const FunctionInfo *Undrained = nullptr; ///< the first one that does not
};
PauseEvidence pauseEvidence(const DriverModel &Model, const SummaryMap &Sums,
                            clang::ASTContext &Ctx);

} // namespace ndis

#endif
