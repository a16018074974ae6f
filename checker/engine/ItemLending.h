//===--- ItemLending.h - Helpers an item is only lent to ------------------===//
//
// An item passed to a function is out of the caller's hands unless that
// function only reads or fills it in. A parameter is lent when every use of
// it in the function's body is one of:
//
//     P->Field, P[i], *P              (reads or writes the item's own fields)
//     P == Q, P != NULL, !P, (T)P ...  (tests; casts are looked through)
//     an argument to a DDI             (what a DDI does to it, the rules say:
//                                       frees and hand-offs are in the
//                                       summary, and the caller applies them)
//     an argument to a function of this translation unit that lends it too
//
// Anything else (stored, returned, passed to a function out of view or
// through a pointer, its address taken) lets it escape. Recursion stops at
// a depth bound and counts as escaping. HandleFlow keeps an item lent to a
// helper in the caller's hands (`TunNblInitialize(Nbl, Offset);` then the
// hand-off to NDIS): the escape is then decided by what the caller does.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_ITEMLENDING_H
#define NDIS_TIDY_ENGINE_ITEMLENDING_H

#include "../rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace ndis {

class ItemLending {
public:
  ItemLending(const RuleSet &Rules, clang::ASTContext &Ctx)
      : Rules(Rules), Ctx(Ctx) {}

  /// Does Fn (a definition) only lend its parameter Index?
  bool lends(const clang::FunctionDecl *Fn, unsigned Index, int Depth = 0);

private:
  const RuleSet &Rules;
  clang::ASTContext &Ctx;
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, unsigned>, bool> Known;
};

} // namespace ndis

#endif
