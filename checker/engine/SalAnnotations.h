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
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_SALANNOTATIONS_H
#define NDIS_TIDY_ENGINE_SALANNOTATIONS_H

#include "../rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"

namespace ndis {

struct SalIrql {
  std::optional<IrqlRange> Requires; ///< the IRQL the function runs at
  /// A maximum was written (_IRQL_requires_ or _max_): a minimum alone
  /// gives Requires DIRQL as its top, which bounds nothing.
  bool HasMax = false;
  std::optional<Irql> Raises;        ///< _IRQL_raises_
  clang::SourceLocation Loc;         ///< the first IRQL annotation
  std::string Text;                  ///< as written: "_IRQL_requires_(DISPATCH_LEVEL)"
};

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
  };
};

} // namespace ndis

#endif
