//===--- IrqlCheck.h ------------------------------------------------------===//
//
// A DDI called at an IRQL its documentation does not allow, too high or
// too low, with notes that show where the IRQL came from
// (docs/checks/ndis-irql.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_IRQLCHECK_H
#define NDIS_TIDY_CHECKS_IRQLCHECK_H

#include "NdisCheck.h"

namespace ndis {

struct IrqlSource;

class IrqlCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void sourceNotes(const IrqlSource &S, const clang::CallExpr *At,
                   clang::ASTContext &Ctx);
};

} // namespace ndis

#endif
