//===--- BodyParents.h - Parent statements within one function body -------===//
//
// The AST's own parent map (ASTContext::getParents) indexes the whole
// translation unit the first time it is asked, and it follows the AST's
// traversal scope, which ndis-tidy narrows when it is the only check that
// runs (see NdisCheck.cpp). The few questions the checks ask about parents
// are all within one function, so they index that body only, on demand.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_BODYPARENTS_H
#define NDIS_TIDY_ENGINE_BODYPARENTS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

namespace ndis {

class BodyParents {
public:
  explicit BodyParents(const clang::Stmt *Body);

  /// The statement directly enclosing S; null for the body itself and for
  /// statements outside it.
  const clang::Stmt *parent(const clang::Stmt *S) const {
    return Parent.lookup(S);
  }
  /// The declaration statement of a local variable of this body.
  const clang::DeclStmt *declaration(const clang::VarDecl *V) const {
    return DeclaredBy.lookup(V);
  }
  /// Is S (or a statement inside it) within Outer?
  bool within(const clang::Stmt *S, const clang::Stmt *Outer) const;
  /// Does a branch or loop hold At without holding Use? Then At may not
  /// run on the way to Use.
  bool conditionalTo(const clang::Stmt *At, const clang::Stmt *Use) const;
  /// Every statement of the body but the body itself (in no order).
  template <typename Fn> void forEach(Fn F) const {
    for (const auto &[S, P] : Parent)
      F(S);
  }

private:
  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> Parent;
  llvm::DenseMap<const clang::VarDecl *, const clang::DeclStmt *> DeclaredBy;
};

} // namespace ndis

#endif
