//===--- AccessPath.cpp - Canonical names for handles ---------------------===//

#include "AccessPath.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"

using namespace clang;

namespace ndis {

const Expr *stripCasts(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    // `*&X` is X.
    if (const auto *U = dyn_cast<UnaryOperator>(E))
      if (U->getOpcode() == UO_Deref)
        if (const auto *Inner =
                dyn_cast<UnaryOperator>(U->getSubExpr()->IgnoreParenCasts()))
          if (Inner->getOpcode() == UO_AddrOf) {
            E = Inner->getSubExpr();
            continue;
          }
    return E;
  }
  return nullptr;
}

/// The record a member access starts from, through pointers and typedefs.
static const RecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getCanonicalType();
  if (const auto *P = T->getAs<PointerType>())
    T = P->getPointeeType().getCanonicalType();
  if (const auto *R = T->getAs<RecordType>())
    return R->getDecl()->getDefinition() ? R->getDecl()->getDefinition()
                                         : R->getDecl();
  return nullptr;
}

std::optional<AccessPath> accessPathOf(const Expr *E) {
  E = stripCasts(E);
  if (!E)
    return std::nullopt;

  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl())) {
      AccessPath P;
      P.Kind = AccessPath::Variable;
      P.Root = V->getCanonicalDecl();
      return P;
    }
    if (const auto *C = dyn_cast<EnumConstantDecl>(Ref->getDecl())) {
      AccessPath P;
      P.Kind = AccessPath::Constant;
      P.Value = C->getInitVal().getExtValue();
      return P;
    }
    return std::nullopt;
  }

  if (const auto *Lit = dyn_cast<IntegerLiteral>(E)) {
    AccessPath P;
    P.Kind = AccessPath::Constant;
    P.Value = Lit->getValue().getLimitedValue();
    return P;
  }

  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(M->getMemberDecl());
    if (!Field)
      return std::nullopt;
    const Expr *Base = stripCasts(M->getBase());
    // A field of a field of a local struct keeps its variable root;
    // through a pointer, the path starts at the pointee's record type,
    // whichever pointer reached it.
    std::optional<AccessPath> P;
    if (!M->isArrow())
      P = accessPathOf(Base);
    if (!P) {
      const RecordDecl *R = recordOf(Base->getType());
      if (!R)
        return std::nullopt;
      P = AccessPath();
      P->Kind = AccessPath::Record;
      P->Root = R;
    }
    // Members of anonymous structs and unions (the WDK's NET_BUFFER puts
    // MdlChain in one) are named as if they were the parent's own.
    if (!Field->isAnonymousStructOrUnion())
      P->Fields.push_back(Field->getNameAsString());
    return P;
  }

  if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
    auto P = accessPathOf(A->getBase());
    if (!P)
      return std::nullopt;
    // A constant index names one element; any other stands for all.
    const Expr *Index = A->getIdx();
    if (const auto *Lit = dyn_cast<IntegerLiteral>(Index->IgnoreParenImpCasts()))
      P->Fields.push_back("[" + std::to_string(Lit->getValue().getLimitedValue()) + "]");
    else
      P->Fields.push_back("[]");
    return P;
  }
  return std::nullopt;
}

std::optional<AccessPath> pointeePathOf(const Expr *E) {
  E = stripCasts(E);
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf)
      return accessPathOf(U->getSubExpr());
  return std::nullopt;
}

std::string AccessPath::key() const {
  std::string K;
  if (!Root && Kind != Constant)
    return "?";
  switch (Kind) {
  case Constant:
    return "#" + std::to_string(Value);
  case Record: {
    const auto *R = cast<RecordDecl>(Root);
    // Anonymous structs are named by their typedef when they have one.
    std::string Name = R->getName().str();
    if (Name.empty())
      if (const TypedefNameDecl *TD = R->getTypedefNameForAnonDecl())
        Name = TD->getName().str();
    K = Name + "::";
    break;
  }
  case Variable: {
    // A global is named by its name, which is unique in the translation
    // unit; a local or parameter by its declaration ("name@address"), so
    // the '@' marks a path that dies with its function.
    const auto *V = cast<VarDecl>(Root);
    if (V->isLocalVarDeclOrParm())
      K = V->getName().str() + "@" +
          std::to_string(reinterpret_cast<uintptr_t>(V));
    else
      K = "::" + V->getName().str();
    break;
  }
  }
  for (size_t I = 0; I < Fields.size(); ++I)
    K += (I ? "." : "") + Fields[I];
  return K;
}

bool AccessPath::isLocal() const {
  if (Kind != Variable)
    return false;
  const auto *V = cast<VarDecl>(Root);
  return V->isLocalVarDeclOrParm();
}

} // namespace ndis
