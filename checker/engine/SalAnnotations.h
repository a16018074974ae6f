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
  int SavesParam = -1;     ///< _IRQL_saves_ on it, _IRQL_saves_global_(_, it)
  int RestoresParam = -1;  ///< _IRQL_restores_ on it
  int RestoresGlobal = -1; ///< _IRQL_restores_global_(_, it)
  /// A _Releases_lock_ of a lock left out: the IRQL after it is unknown.
  bool ReleasesOther = false;
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
