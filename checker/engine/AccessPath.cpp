//===--- AccessPath.cpp - Canonical names for handles ---------------------===//

#include "AccessPath.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

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

/// "[N]" for a constant index N, kept for the life of the thread (indices
/// are few and small).
static llvm::StringRef elementName(uint64_t N) {
  thread_local llvm::StringSet<> Names;
  return Names.insert(("[" + llvm::Twine(N) + "]").str()).first->getKey();
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

/// The path of a name or a literal: where a chain of fields and elements
/// starts.
static std::optional<AccessPath> rootPathOf(const Expr *E) {
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
  return std::nullopt;
}

std::optional<AccessPath> accessPathOf(const Expr *E) {
  // Down the chain of field accesses and subscripts to where it starts,
  // then back up, adding a step for each: a loop, not a recursion, since
  // `Head->Next->Next->...` may be as long as clang accepts.
  E = stripCasts(E);
  if (!E)
    return std::nullopt;
  if (!isa<MemberExpr, ArraySubscriptExpr>(E))
    return rootPathOf(E); // a name or a literal: most paths
  llvm::SmallVector<const Expr *, 8> Steps; // outermost first
  for (;;) {
    if (const auto *M = dyn_cast<MemberExpr>(E)) {
      Steps.push_back(M);
      if (M->isArrow())
        break; // through a pointer: the path starts at a record type
      E = stripCasts(M->getBase());
      continue;
    }
    if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
      Steps.push_back(A);
      E = stripCasts(A->getBase());
      continue;
    }
    break;
  }
  std::optional<AccessPath> P;
  if (Steps.empty() || !isa<MemberExpr>(Steps.back()) ||
      !cast<MemberExpr>(Steps.back())->isArrow())
    P = rootPathOf(E);
  for (const Expr *Step : llvm::reverse(Steps)) {
    if (const auto *M = dyn_cast<MemberExpr>(Step)) {
      const auto *Field = dyn_cast<FieldDecl>(M->getMemberDecl());
      if (!Field) {
        P.reset();
        continue;
      }
      // A field of a field of a local struct keeps its variable root;
      // through a pointer (or a base with no path), the path starts at
      // the pointee's record type, whichever pointer reached it.
      if (!P) {
        // The type the code accesses it as: `((PMP_ADAPTER)Context)->Pool`
        // names MP_ADAPTER::Pool, though Context is an NDIS_HANDLE.
        const RecordDecl *R = recordOf(M->getBase()->getType());
        if (!R)
          R = recordOf(stripCasts(M->getBase())->getType());
        if (!R)
          continue;
        P = AccessPath();
        P->Kind = AccessPath::Record;
        P->Root = R;
      }
      // Members of anonymous structs and unions (the WDK's NET_BUFFER puts
      // MdlChain in one) are named as if they were the parent's own.
      if (!Field->isAnonymousStructOrUnion())
        P->Fields.push_back(Field->getName());
      continue;
    }
    const auto *A = cast<ArraySubscriptExpr>(Step);
    if (!P)
      continue;
    // A constant index names one element; any other stands for all.
    const Expr *Index = A->getIdx();
    if (const auto *Lit = dyn_cast<IntegerLiteral>(Index->IgnoreParenImpCasts()))
      P->Fields.push_back(elementName(Lit->getValue().getLimitedValue()));
    else
      P->Fields.push_back("[]");
  }
  return P;
}

std::optional<AccessPath> pointeePathOf(const Expr *E) {
  E = stripCasts(E);
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf)
      return accessPathOf(U->getSubExpr());
  return std::nullopt;
}

AccessPath pointeeOfParam(const ParmVarDecl *Parm) {
  AccessPath P;
  P.Kind = AccessPath::Variable;
  P.Root = Parm->getCanonicalDecl();
  P.Fields.push_back("*");
  return P;
}

/// The parameter E names, through parentheses and casts; null for any
/// other expression.
static const ParmVarDecl *paramNamed(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(stripCasts(E));
  return Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

std::optional<AccessPath> handlePathOf(const Expr *E) {
  if (auto P = accessPathOf(E))
    return P;
  const auto *U = dyn_cast_or_null<UnaryOperator>(stripCasts(E));
  if (!U || U->getOpcode() != UO_Deref || !U->getType()->isVoidPointerType())
    return std::nullopt;
  if (const ParmVarDecl *Parm = paramNamed(U->getSubExpr()))
    return pointeeOfParam(Parm);
  return std::nullopt;
}

std::optional<AccessPath> outArgPathOf(const Expr *E) {
  if (auto P = pointeePathOf(E))
    return P;
  const ParmVarDecl *Parm = paramNamed(E);
  if (!Parm || !Parm->getType()->isPointerType() ||
      !Parm->getType()->getPointeeType()->isVoidPointerType())
    return std::nullopt;
  return pointeeOfParam(Parm);
}

bool isOutParamPath(const AccessPath &P) {
  return P.Kind == AccessPath::Variable && P.Fields.size() == 1 &&
         P.Fields[0] == "*" && isa_and_nonnull<ParmVarDecl>(P.Root);
}

bool isOutParamKey(llvm::StringRef Key) {
  return Key.ends_with("*") && Key.contains('@');
}

/// Appends V in hex: a declaration's address, written without a stream
/// (keys are built at every call and assignment the flows see).
static void appendHex(llvm::SmallVectorImpl<char> &K, uintptr_t V) {
  char Digits[2 * sizeof(uintptr_t)];
  unsigned N = sizeof(Digits);
  do {
    Digits[--N] = "0123456789abcdef"[V & 15];
    V >>= 4;
  } while (V);
  K.append(Digits + N, Digits + sizeof(Digits));
}

llvm::SmallString<64> AccessPath::key() const {
  llvm::SmallString<64> K; // (every return returns K itself: no copy)
  if (!Root && Kind != Constant) {
    K = "?";
    return K;
  }
  switch (Kind) {
  case Constant:
    K = "#";
    K += llvm::itostr(Value);
    return K;
  case Record: {
    const auto *R = cast<RecordDecl>(Root);
    // Anonymous structs are named by their typedef when they have one.
    llvm::StringRef Name = R->getName();
    if (Name.empty())
      if (const TypedefNameDecl *TD = R->getTypedefNameForAnonDecl())
        Name = TD->getName();
    K = Name;
    K += "::";
    break;
  }
  case Variable: {
    // A global is named by its name, which is unique in the translation
    // unit; a local or parameter by its declaration ("name@address"), so
    // the '@' marks a path that dies with its function.
    const auto *V = cast<VarDecl>(Root);
    if (V->isLocalVarDeclOrParm()) {
      K = V->getName();
      K += '@';
      appendHex(K, reinterpret_cast<uintptr_t>(V));
    } else {
      K = "::";
      K += V->getName();
    }
    break;
  }
  }
  for (size_t I = 0; I < Fields.size(); ++I) {
    if (I)
      K += '.';
    K += Fields[I];
  }
  return K;
}

bool AccessPath::isLocal() const {
  if (Kind != Variable)
    return false;
  const auto *V = cast<VarDecl>(Root);
  return V->isLocalVarDeclOrParm();
}

std::optional<std::string> summaryKeyOf(const AccessPath &P) {
  if (P.Kind == AccessPath::Variable && (P.Fields.empty() || isOutParamPath(P)))
    if (const auto *Parm = dyn_cast<ParmVarDecl>(P.Root))
      return "%" + std::to_string(Parm->getFunctionScopeIndex()) +
             (P.Fields.empty() ? "" : "*");
  if (P.isLocal() || P.Kind == AccessPath::Constant)
    return std::nullopt;
  return P.key().str().str();
}

/// The name of the record that declares Field: through anonymous structs
/// and unions to the named one, by its typedef when it has no tag.
static llvm::StringRef ownerName(const FieldDecl *Field) {
  const auto *R = dyn_cast<RecordDecl>(Field->getDeclContext());
  while (R && R->isAnonymousStructOrUnion())
    R = dyn_cast<RecordDecl>(R->getDeclContext());
  if (!R)
    return llvm::StringRef();
  if (!R->getName().empty())
    return R->getName();
  if (const TypedefNameDecl *TD = R->getTypedefNameForAnonDecl())
    return TD->getName();
  return llvm::StringRef();
}

bool isItemRecord(const RecordDecl *R) {
  if (!R)
    return false;
  llvm::StringRef Name = R->getName().ltrim('_');
  return Name == "NET_BUFFER" || Name == "NET_BUFFER_LIST" ||
         Name == "NDIS_PACKET" || Name == "MDL";
}

/// Is a field on the way to E one of an item's own (`NET_BUFFER_NEXT_NB(Nb)`,
/// `Packet->Private.Head`)? What is stored there is inside that item.
static bool insideItem(const Expr *E) {
  for (E = stripCasts(E); E;) {
    if (const auto *M = dyn_cast<MemberExpr>(E)) {
      if (isItemRecord(recordOf(M->getBase()->getType())))
        return true;
      E = stripCasts(M->getBase());
    } else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
      E = stripCasts(A->getBase());
    } else {
      return false;
    }
  }
  return false;
}

std::optional<std::string> slotKeyOf(const Expr *E) {
  auto P = accessPathOf(E);
  if (!P || P->isLocal() || P->Kind == AccessPath::Constant || !P->Root ||
      !isSharedKey(P->key()) || insideItem(E))
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 2> Subscripts; // innermost last
  const Expr *X = stripCasts(E);
  while (const auto *A = dyn_cast_or_null<ArraySubscriptExpr>(X)) {
    const Expr *Index = A->getIdx()->IgnoreParenImpCasts();
    const auto *Lit = dyn_cast<IntegerLiteral>(Index);
    Subscripts.push_back(Lit ? elementName(Lit->getValue().getLimitedValue())
                             : llvm::StringRef("[]"));
    X = stripCasts(A->getBase());
  }
  const auto *M = dyn_cast_or_null<MemberExpr>(X);
  const auto *Field = M ? dyn_cast<FieldDecl>(M->getMemberDecl()) : nullptr;
  llvm::StringRef Owner = Field ? ownerName(Field) : llvm::StringRef();
  if (Owner.empty())
    return P->key().str().str(); // a global, or a record with no name
  std::string K = (Owner + "::" + Field->getName()).str();
  for (llvm::StringRef S : llvm::reverse(Subscripts))
    K += ("." + S).str();
  return K;
}

/// Key with every "[N]" written "[]".
static std::string collapsed(llvm::StringRef Key) {
  std::string Out;
  Out.reserve(Key.size());
  while (!Key.empty()) {
    size_t Open = Key.find('[');
    Out += Key.take_front(Open).str();
    if (Open == llvm::StringRef::npos)
      break;
    size_t Close = Key.find(']', Open);
    if (Close == llvm::StringRef::npos) {
      Out += Key.drop_front(Open).str();
      break;
    }
    Out += "[]";
    Key = Key.drop_front(Close + 1);
  }
  return Out;
}

bool namesCollection(llvm::StringRef Key) { return Key.contains("[]"); }

bool releasesSlot(llvm::StringRef Release, llvm::StringRef Kept) {
  if (Release.empty() || Kept.empty())
    return false;
  if (Release == Kept)
    return true;
  // One element of the collection, or a different field: not this one.
  if (!namesCollection(Release) || collapsed(Release) != Release)
    return false;
  return collapsed(Kept) == Release;
}

bool isSharedKey(llvm::StringRef Key) {
  return !Key.empty() && Key[0] != '%' && Key[0] != '#' && Key != "?" &&
         !Key.contains('@');
}

} // namespace ndis
