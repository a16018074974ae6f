//===--- PointerTargets.h - What a call through a pointer may call --------===//
//
// A call through a function pointer can reach only a function whose
// address the driver takes, and only one of the pointer's type: C has no
// other way to call through a pointer (a call through an incompatible type
// is undefined). So once the whole driver is known (every file's summary
// read, none left out: DriverIndex::complete), the targets of
// `Request->Callback(...)` are
//
//   this file's functions whose address is taken, of that type  (the model)
//   + the other files' ones                     ("pointer_targets" in their
//                                                 summaries)
//
// and a type that no function of the driver has points into code that is
// not the driver's (NDIS's, the system's, another driver's).
//
// Types are compared by a key of their canonical spelling, which is the
// same in every file of a driver; a function declared without a prototype
// may be called through any pointer, and a call through a pointer without
// a prototype is not resolved. File by file (no summaries), or with a
// summary left out, nothing is resolved: a file we do not see may take the
// address of a function of any type.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_POINTERTARGETS_H
#define NDIS_TIDY_ENGINE_POINTERTARGETS_H

#include "summary/UnitSummary.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <string>

namespace ndis {

class DriverModel;
class DriverIndex;

/// The key of a function type: a hash of its canonical spelling; "" for a
/// function type without a prototype (it matches every pointer).
std::string functionTypeKey(clang::QualType T, const clang::ASTContext &Ctx);

/// What a call through a pointer may call.
struct PointerTargetSet {
  /// False: anything (the driver is not wholly known, or the pointer has
  /// no prototype). True with no target: nothing of the driver's.
  bool Resolved = false;
  /// This file's declarations of the targets (defined here or not).
  llvm::SmallVector<const clang::FunctionDecl *, 4> Local;
  /// Targets only other files name.
  llvm::SmallVector<const UnitSummary::PointerTarget *, 4> Imported;
};

class PointerTargets {
public:
  PointerTargets(const DriverModel &Model, const DriverIndex *Imports,
                 const clang::ASTContext &Ctx)
      : Model(Model), Imports(Imports), Ctx(Ctx) {}

  /// The targets of C, a call with no direct callee.
  const PointerTargetSet &of(const clang::CallExpr *C);

private:
  void indexLocal();

  const DriverModel &Model;
  const DriverIndex *Imports;
  const clang::ASTContext &Ctx;
  bool Indexed = false;
  /// This file's address-taken functions by type key ("" for those
  /// without a prototype), and their names.
  llvm::StringMap<llvm::SmallVector<const clang::FunctionDecl *, 2>> ByKey;
  llvm::StringMap<const clang::FunctionDecl *> ByName;
  llvm::DenseMap<const clang::Type *, PointerTargetSet> Cache;
  PointerTargetSet Unresolved;
};

} // namespace ndis

#endif
