//===--- SalAnnotations.h - _IRQL_requires_ and friends, from the preprocessor
//
// The WDK's SAL macros expand to nothing under clang, so the AST never sees
// `_IRQL_requires_max_(DISPATCH_LEVEL)`. We record their expansions as the
// preprocessor meets them and tie each one to the function declaration that
// follows it (the annotation stands between the previous declaration and the
// function's name). This works the same with the real WDK headers.
//
//   _IRQL_requires_(X)       runs at X          -> [X, X]
//   _IRQL_requires_max_(X)   runs at most at X  -> [PASSIVE, X]
//   _IRQL_requires_min_(X)   runs at least at X -> [X, DIRQL], no maximum
//                            (HasMax unset: the lock flow takes its callers'
//                            contexts, or reports only what X alone proves)
//   _IRQL_raises_(X)         returns at X       -> (a raise, at call sites)
//   __drv_maxIRQL, __drv_minIRQL, __drv_requiresIRQL, __drv_raisesIRQL: the
//   older spellings of the same.
//   _IRQL_always_function_max_(X), _min_(X): read as _IRQL_requires_max_,
//                            _min_ (the body runs within them)
//
// And what a call does to locks and the IRQL, for a callee the flow sees
// no body of (or could not summarise), read from any declaration:
//   _Acquires_lock_(L) (exclusive, shared, nonreentrant)
//                            acquires L; a spin lock only with
//                            _IRQL_raises_(DISPATCH_LEVEL or above), or
//                            _IRQL_requires_(_min_) DISPATCH_LEVEL (the
//                            AtDpcLevel forms); otherwise not in the lock
//                            set
//   _Releases_lock_(L) (...) releases L
// And what the function requires of its callers, from any declaration:
//   _Requires_lock_held_(L) (exclusive, shared)
//                            L is held on entry (LockIrqlFlow: a spin lock
//                            is in the entry lock set, at DISPATCH_LEVEL;
//                            a mutex or resource disables normal kernel
//                            APCs on entry)
//   _Requires_lock_not_held_(L)
//                            a call with L held deadlocks (spin locks are
//                            not recursive): ndis-spinlock-reacquired
//   _IRQL_saves_ on a parameter, _IRQL_saves_global_(kind, P)
//                            the raise saves the old IRQL through P
//   _IRQL_restores_ on a parameter P
//                            back to the IRQL P holds (KeLowerIrql)
//   _IRQL_restores_global_(kind, P)
//                            back to what a raise saved through P
// L is resolved against the declaration's parameters: `*Lock` or `Lock`
// is the lock parameter Lock's argument points to; `Adapter->Lock` is the
// field every call names alike (ADAPTER::Lock), a global likewise; any
// other spelling (`_Global_cancel_spin_lock_`) is left out. Annotations
// inside _When_ and _At_ are conditional and are never read.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SALANNOTATIONS_H
#define NDIS_TIDY_ENGINE_SALANNOTATIONS_H

#include "../rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"

namespace ndis {

/// A lock a SAL lock annotation names: parameter Param's argument (the
/// lock it points to), or Key, a lock every call names alike.
struct SalLock {
  int Param = -1;
  std::string Key;
  std::string Text; ///< as written: "Adapter->Lock"
  /// Where the lock is, for telling one lock from another of its type
  /// (LockIdentity.h): parameter BaseParam's value, or the address of
  /// global BaseGlobal, then the fields in Rest (LockIdentity.h). Unset
  /// (-1 and null) when the spelling goes through a pointer field.
  int BaseParam = -1;
  const clang::VarDecl *BaseGlobal = nullptr;
  std::string Rest;
  /// What the lock's type says it is: a spin lock (KSPIN_LOCK,
  /// NDIS_SPIN_LOCK, EX_SPIN_LOCK), or a lock whose holder runs with normal
  /// kernel APCs disabled (FAST_MUTEX, KGUARDED_MUTEX, ERESOURCE); neither
  /// for a type the flow does not know.
  bool Spin = false, ApcsOff = false;
  bool Shared = false;   ///< _Acquires_shared_lock_, _Requires_shared_...
  /// The annotation as written: "_Requires_lock_held_(*SpinLock)".
  std::string Annotation;
  clang::SourceLocation Loc; ///< where the annotation is written
};

struct SalIrql {
  std::optional<IrqlRange> Requires; ///< the IRQL the function runs at
  /// A maximum was written (_IRQL_requires_ or _max_): a minimum alone
  /// gives Requires DIRQL as its top, which bounds nothing.
  bool HasMax = false;
  std::optional<Irql> Raises;        ///< _IRQL_raises_
  clang::SourceLocation Loc;         ///< the first IRQL annotation
  std::string Text;                  ///< as written: "_IRQL_requires_(DISPATCH_LEVEL)"
  std::vector<SalLock> Acquires, Releases;
  /// _Requires_lock_held_ (and _exclusive_, _shared_), _Requires_lock_not_held_.
  std::vector<SalLock> RequiresHeld, RequiresNotHeld;
  int SavesParam = -1;     ///< _IRQL_saves_ on it, _IRQL_saves_global_(_, it)
  int RestoresParam = -1;  ///< _IRQL_restores_ on it
  int RestoresGlobal = -1; ///< _IRQL_restores_global_(_, it)
  /// A _Releases_lock_ of a lock left out: the IRQL after it is unknown.
  bool ReleasesOther = false;
  /// Any lock annotation: the function says what it does to locks.
  bool speaksOfLocks() const {
    return !Acquires.empty() || !Releases.empty() || ReleasesOther ||
           !RequiresHeld.empty() || !RequiresNotHeld.empty();
  }
  /// Something a call changes, or requires of the locks held.
  bool mattersToCallers() const {
    return Raises || hasCallEffects() || !RequiresNotHeld.empty();
  }
  /// Something a call changes beyond _IRQL_raises_ alone.
  bool hasCallEffects() const {
    return !Acquires.empty() || !Releases.empty() || RestoresParam >= 0 ||
           RestoresGlobal >= 0 || ReleasesOther;
  }
};

/// What a call to a function annotated S does, as the rules would say it
/// (see the table above), each effect with the lock's text for a lock no
/// argument names. Empty when S says nothing a call changes.
std::vector<std::pair<Effect, std::string>> salCallEffects(const SalIrql &S);

class SalAnnotations {
public:
  /// The store of the translation unit PP is preprocessing; registers the
  /// recording callback the first time it is asked for this PP.
  static void attach(clang::Preprocessor &PP);
  /// Ties what was recorded to the functions of Ctx and hands it over (the
  /// store starts afresh for the next translation unit).
  static llvm::DenseMap<const clang::FunctionDecl *, SalIrql>
  take(clang::ASTContext &Ctx);

  struct Expansion {
    clang::SourceLocation Loc;
    std::string Macro;
    std::string Arg;
    std::string Arg2; ///< the second argument (_IRQL_saves_global_)
  };
};

} // namespace ndis

#endif
