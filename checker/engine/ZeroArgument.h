//===--- ZeroArgument.h - An IRQL range that depends on an argument -------===//
//
// Some DDIs allow a higher IRQL for one constant argument value: a wait
// with a zero timeout is a poll that never blocks, so KeWaitForSingleObject
// may then be called at DISPATCH_LEVEL although a blocking wait needs
// <= APC_LEVEL. The rules say so with an `irql-if-zero` effect: `arg` is the
// pointer to the value, `to` the highest IRQL allowed when it is zero.
//
// The value is known to be zero only in the plainest case, decided from the
// whole body of the calling function (flow-insensitive):
//
//      &X passed as that argument, X a local variable (not static, not a
//      parameter, not volatile), and every write to X writes zeros:
//          X's initializer                  = {0}, = {{0}}, = 0, none
//          X = 0, X.QuadPart = 0            (a constant zero)
//          RtlZeroMemory(&X, ...)           (a zero-memory DDI)
//      &X taken nowhere else but as the argument of such DDIs
//      at least one zero write (an uninitialised X is not zero)
//
// Anything else (X.QuadPart = -10000, X += ..., &X handed to a helper, a
// pointer parameter) leaves the strict range of the rule.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_ZEROARGUMENT_H
#define NDIS_TIDY_ENGINE_ZEROARGUMENT_H

#include "../rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace ndis {

/// The IRQL range R allows at Call (made in Fn): R's own, widened to the
/// effect's `to` when an irql-if-zero effect's argument is known zero.
IrqlRange allowedIrql(const DdiRule &R, const clang::CallExpr *Call,
                      const clang::FunctionDecl *Fn, const RuleSet &Rules,
                      clang::ASTContext &Ctx);

} // namespace ndis

#endif
