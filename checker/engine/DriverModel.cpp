//===--- DriverModel.cpp - The driver's functions, roles and call graph ---===//

#include "DriverModel.h"
#include "summary/DriverIndex.h"
#include "CfgOrder.h"
#include "AccessPath.h"
#include "DdiCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/TypeLoc.h"
#include "llvm/ADT/PointerUnion.h"
#include "llvm/Config/llvm-config.h"
#include <algorithm>

using namespace clang;

namespace ndis {

bool FunctionInfo::structured() const {
  if (Structured < 0) // the model's walk could not tell
    Structured = Fn->getBody() && followsSyntax(Fn->getBody());
  return Structured != 0;
}

const FunctionDecl *calleeWithBody(const CallExpr *Call) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def))
    return Def;
  return nullptr;
}

/// The typedef a declaration's type was written with, looking through
/// attributes and parentheses: `MINIPORT_HALT MPHaltEx;`.
static const TypedefNameDecl *declaredTypedef(const FunctionDecl *FD) {
  QualType T = FD->getType();
  for (int Depth = 0; Depth < 8 && !T.isNull(); ++Depth) {
    if (const auto *TT = T->getAs<TypedefType>())
      if (TT->getDecl()->getUnderlyingType()->isFunctionType() ||
          TT->getDecl()->getUnderlyingType()->getAs<ParenType>())
        return TT->getDecl();
    if (const auto *AT = dyn_cast<AttributedType>(T.getTypePtr())) {
      T = AT->getModifiedType();
      continue;
    }
    if (const auto *PT = dyn_cast<ParenType>(T.getTypePtr())) {
      T = PT->getInnerType();
      continue;
    }
    break;
  }
  return nullptr;
}

namespace {
/// Collects function definitions from declaration contexts only: function
/// bodies are not walked here (C has no local functions).
void collectDefinitions(const DeclContext *DC,
                        std::vector<const FunctionDecl *> &Out, int Depth = 0) {
  if (Depth > 32)
    return;
  for (const Decl *D : DC->decls()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext())
        Out.push_back(FD);
    } else if (const auto *Inner = dyn_cast<DeclContext>(D)) {
      if (isa<LinkageSpecDecl, NamespaceDecl, ExternCContextDecl>(D))
        collectDefinitions(Inner, Out, Depth + 1);
    }
  }
}

std::string recordName(const RecordDecl *RD) {
  std::string Name = RD->getName().str();
  if (Name.empty())
    if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
      Name = TD->getName().str();
  return Name;
}

std::string structName(const MemberExpr *M) {
  if (const auto *F = dyn_cast<FieldDecl>(M->getMemberDecl()))
    return recordName(F->getParent());
  return "";
}

const FunctionDecl *functionOf(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr()->IgnoreParenCasts();
  if (const auto *D = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(D->getDecl());
  return nullptr;
}

/// Whether RecursiveASTVisitor finds nothing to walk in a written type: the
/// usual `PNDIS_PACKET`, `struct _ADAPTER *`, `const ULONG`. Array sizes,
/// typeof(expr), prototypes' parameters and the rest answer no.
bool typeHasNoStmts(TypeLoc TL) {
  for (;;) {
    if (auto Q = TL.getAs<QualifiedTypeLoc>())
      TL = Q.getUnqualifiedLoc();
    else if (auto P = TL.getAs<PointerTypeLoc>())
      TL = P.getPointeeLoc();
    else if (auto P = TL.getAs<ParenTypeLoc>())
      TL = P.getInnerLoc();
    else if (auto M = TL.getAs<MacroQualifiedTypeLoc>())
      TL = M.getInnerLoc();
    else if (auto A = TL.getAs<AttributedTypeLoc>())
      TL = A.getModifiedLoc();
#if LLVM_VERSION_MAJOR < 22
    else if (auto E = TL.getAs<ElaboratedTypeLoc>()) {
      if (E.getQualifierLoc())
        return false;
      TL = E.getNamedTypeLoc();
    } else
      return TL.getAs<TypedefTypeLoc>() || TL.getAs<TagTypeLoc>() ||
             TL.getAs<BuiltinTypeLoc>();
#else
    else if (auto T = TL.getAs<TypedefTypeLoc>())
      return !T.getQualifierLoc();
    else if (auto T = TL.getAs<TagTypeLoc>())
      return !T.getQualifierLoc();
    else
      return bool(TL.getAs<BuiltinTypeLoc>());
#endif
  }
}

/// `T X = Init;` with nothing for RecursiveASTVisitor to walk but the
/// initializer: no attributes, a plain type.
bool plainVar(const Decl *D) {
  const auto *V = dyn_cast<VarDecl>(D);
  return V && V->getKind() == Decl::Var && !V->isImplicit() &&
         !V->hasAttrs() && !V->isCXXForRangeDecl() &&
         V->getNumTemplateParameterLists() == 0 && !V->getQualifierLoc() &&
         V->getTypeSourceInfo() &&
         typeHasNoStmts(V->getTypeSourceInfo()->getTypeLoc());
}

/// What RecursiveASTVisitor walks under a node.
enum class Under {
  Nothing,  ///< a leaf
  Children, ///< exactly S->children()
  Vars,     ///< a DeclStmt of plain variables: each, then its initializer
  Visitor,  ///< something else: ask VisitorParts
};

/// `x`, `MPHaltEx`: nothing under it for RecursiveASTVisitor to walk (no
/// qualifier, template arguments or special name).
bool plainRef(const DeclRefExpr *D) {
  return !D->hasQualifier() && !D->hasExplicitTemplateArgs() &&
         D->getNameInfo().getName().isIdentifier();
}

/// `p->f`, `s.f`: RecursiveASTVisitor walks only the base.
bool plainMember(const MemberExpr *M) {
  return !M->hasQualifier() && !M->hasExplicitTemplateArgs() &&
         M->getMemberNameInfo().getName().isIdentifier();
}

/// A plain `(T)e`: RecursiveASTVisitor walks only the operand.
bool plainCast(const CStyleCastExpr *C) {
  return typeHasNoStmts(C->getTypeInfoAsWritten()->getTypeLoc());
}

/// For the nodes C driver code is made of, RecursiveASTVisitor walks
/// children() (for a few, after a written type with nothing in it); the
/// rest (local typedefs and structs, arrays, _Generic, blocks, C++) are
/// left to VisitorParts. Asked only about nodes CallFinder::pass() stops
/// at: casts, parentheses, unary operators, literals, `;`, `break`,
/// `continue` and plain names, member accesses and C casts never get here
/// (nor gotos, which step() takes), and the names, member accesses and C
/// casts that do are not plain (default: VisitorParts).
Under walkUnder(const Stmt *S) {
  switch (S->getStmtClass()) {
  case Stmt::SEHLeaveStmtClass:
  case Stmt::OpaqueValueExprClass:
  case Stmt::ImplicitValueInitExprClass:
    return Under::Nothing;
  case Stmt::BinaryOperatorClass:
  case Stmt::CompoundAssignOperatorClass:
  case Stmt::CallExprClass:
  case Stmt::ArraySubscriptExprClass:
  case Stmt::ConditionalOperatorClass:
  case Stmt::BinaryConditionalOperatorClass:
  case Stmt::ConstantExprClass:
  case Stmt::InitListExprClass: // the form visit() chose
  case Stmt::DesignatedInitExprClass:
  case Stmt::StmtExprClass:
  case Stmt::ChooseExprClass:
  case Stmt::PredefinedExprClass:
  case Stmt::CompoundStmtClass:
  case Stmt::IfStmtClass:
  case Stmt::ForStmtClass:
  case Stmt::WhileStmtClass:
  case Stmt::DoStmtClass:
  case Stmt::SwitchStmtClass:
  case Stmt::CaseStmtClass:
  case Stmt::DefaultStmtClass:
  case Stmt::ReturnStmtClass:
  case Stmt::IndirectGotoStmtClass:
  case Stmt::LabelStmtClass:
  case Stmt::AttributedStmtClass:
  case Stmt::SEHTryStmtClass:
  case Stmt::SEHExceptStmtClass:
  case Stmt::SEHFinallyStmtClass:
    return Under::Children;
  case Stmt::DeclStmtClass:
    return llvm::all_of(cast<DeclStmt>(S)->decls(), plainVar)
               ? Under::Vars
               : Under::Visitor;
  // These walk their written type first.
  case Stmt::UnaryExprOrTypeTraitExprClass: {
    const auto *U = cast<UnaryExprOrTypeTraitExpr>(S);
    return !U->isArgumentType() ||
                   typeHasNoStmts(U->getArgumentTypeInfo()->getTypeLoc())
               ? Under::Children
               : Under::Visitor;
  }
  case Stmt::CompoundLiteralExprClass:
    return typeHasNoStmts(
               cast<CompoundLiteralExpr>(S)->getTypeSourceInfo()->getTypeLoc())
               ? Under::Children
               : Under::Visitor;
  default:
    return Under::Visitor;
  }
}

/// A walk item: a statement, or a variable to visit (its initializer is an
/// item of its own), or an if whose branches have been walked.
using Item =
    llvm::PointerUnion<const Stmt *, const VarDecl *, const IfStmt *>;

/// What RecursiveASTVisitor walks under one node besides the node itself:
/// the items it handles at once (declarations, written types; these it
/// walks through to their statements and variables), then the statements it
/// queues. Asked only about the rare nodes (local typedefs and structs,
/// arrays, _Generic, blocks, C++) so that they keep the visitor's exact
/// behaviour; the common ones never pay for it.
class VisitorParts : public RecursiveASTVisitor<VisitorParts> {
public:
  static void collect(const Stmt *S, SmallVectorImpl<Item> &Out) {
    VisitorParts P;
    SmallVector<llvm::PointerIntPair<Stmt *, 1, bool>, 8> Queued;
    P.dataTraverseNode(const_cast<Stmt *>(S), &Queued);
    Out.append(P.Now.begin(), P.Now.end());
    for (const auto &Q : Queued)
      Out.push_back(Q.getPointer());
  }
  bool TraverseStmt(Stmt *S, DataRecursionQueue *Queue = nullptr) {
    if (S && Queue)
      Queue->push_back({S, false});
    else if (S)
      Now.push_back(S);
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    Now.push_back(V);
    return true;
  }

private:
  SmallVector<Item, 8> Now;
};

/// What CallFinder::pass() does with a node, by its class. A table, for a
/// switch over the classes themselves compiles to a chain of compares:
/// their numbers are far apart.
enum class Pass : uint8_t {
  Stop,       ///< not for pass()
  Cast,       ///< go to the operand
  Paren,      ///< go to the child
  Unary,      ///< go to the child
  Member,     ///< go to the base, if plainMember()
  CStyleCast, ///< go to the operand, if plainCast()
  Ref,        ///< count the use, if plainRef()
  Leaf,       ///< nothing under it
  Jump,       ///< `break`, `continue`: nothing under it; for SyntaxShape
};
struct PassTableT {
  Pass Of[Stmt::lastStmtConstant + 1] = {};
  constexpr PassTableT() {
    Of[Stmt::ImplicitCastExprClass] = Pass::Cast;
    Of[Stmt::ParenExprClass] = Pass::Paren;
    Of[Stmt::UnaryOperatorClass] = Pass::Unary;
    Of[Stmt::MemberExprClass] = Pass::Member;
    Of[Stmt::CStyleCastExprClass] = Pass::CStyleCast;
    Of[Stmt::DeclRefExprClass] = Pass::Ref;
    for (Stmt::StmtClass C :
         {Stmt::IntegerLiteralClass, Stmt::CharacterLiteralClass,
          Stmt::FloatingLiteralClass, Stmt::StringLiteralClass,
          Stmt::NullStmtClass})
      Of[C] = Pass::Leaf;
    Of[Stmt::BreakStmtClass] = Of[Stmt::ContinueStmtClass] = Pass::Jump;
  }
};
constexpr PassTableT PassTable;

/// The one walk of a body: the direct calls, the calls the rules describe,
/// the functions stored into fields, and the assignments the later phases
/// read (so that none of them walks the body again).
///
/// It visits what a RecursiveASTVisitor (without implicit code) would, in
/// the same order, because the later phases read Ddis and the assignments
/// in order: a node before its children, children left to right, a
/// variable before its initializer, an InitListExpr in its syntactic form.
/// It is written out rather than being a RecursiveASTVisitor because it runs
/// over every statement of the driver, and the visitor's generality (a
/// dispatch and a Visit chain per node, a walk of the written type of every
/// cast, sizeof and declaration) cost more than twice this loop. Iterative,
/// with an explicit stack, so deep nesting cannot exhaust the real one.
///
/// Only the lists need that order. A node whose visit adds to none of them
/// (casts, parentheses, member accesses, names, literals: most of a body)
/// only counts a function's use or sets Branches, which no order changes,
/// so it is visited as soon as it is met, and its child taken at once,
/// rather than pushed and popped (see later()).
class CallFinder {
public:
  CallFinder(const RuleSet &Rules, const ASTContext &Ctx,
             std::vector<const Expr *> &Writes)
      : Writes(Writes), Rules(Rules), Ctx(Ctx) {}
  std::vector<CallSite> Calls;
  std::vector<DdiCall> Ddis;
  std::vector<const CallExpr *> OtherFileCalls;
  std::vector<Assignment> PointerAssigns, DataSizeAssigns;
  std::vector<const VarDecl *> RecordInits;
  std::vector<Registration> Registrations;
  std::vector<const Expr *> &Writes; ///< appended to (DriverModel::writesOf)
  /// Any branch, loop, goto, `&&`, `||` or `?:`.
  bool Branches = false;
  /// Any call through a pointer.
  bool CallsThroughPointer = false;
  /// Whether the body can be followed along its syntax (followsSyntax),
  /// as far as the walk can tell: it visits every node anyway.
  SyntaxShape Shape;
  /// Functions named other than as the callee of a direct call, by how
  /// many times; a function counts only if its entry ends positive.
  llvm::DenseMap<const FunctionDecl *, int> Uses;

  /// Empties the lists (keeping their capacity) for the next body.
  void reset() {
    Calls.clear();
    Ddis.clear();
    OtherFileCalls.clear();
    PointerAssigns.clear();
    DataSizeAssigns.clear();
    RecordInits.clear();
    Registrations.clear();
    Branches = false;
    CallsThroughPointer = false;
    Shape = SyntaxShape();
    Uses.clear();
  }

  void walk(const Stmt *Root) {
    later(Root);
    while (!Stack.empty()) {
      Item I = Stack.pop_back_val();
      if (const auto *V = dyn_cast<const VarDecl *>(I)) {
        visitVarDecl(V);
        continue;
      }
      if (isa<const IfStmt *>(I)) { // done with its branches
        Shape.leaveIf();
        continue;
      }
      // Down the first child of each node without a push and pop for it.
      for (const Stmt *S = pass(cast<const Stmt *>(I)); S;)
        S = pass(step(S));
    }
  }

private:
  /// Visits S and what is under it while they are nodes whose visit adds
  /// to no list and that have at most one child to walk: casts,
  /// parentheses, `&x`, `p->f`, names, literals, `break`. Returns the
  /// first other node, or null. Such nodes only count a function's use or
  /// tell SyntaxShape of a `break`, which no order changes, so they may be
  /// visited before siblings on their left: later() does. (A goto's order
  /// matters to SyntaxShape: it is not passed through.)
  LLVM_ATTRIBUTE_ALWAYS_INLINE const Stmt *pass(const Stmt *S) {
    while (S) {
      switch (PassTable.Of[S->getStmtClass()]) {
      case Pass::Stop:
        return S;
      case Pass::Cast:
        S = cast<ImplicitCastExpr>(S)->getSubExpr();
        continue;
      case Pass::Paren:
        S = cast<ParenExpr>(S)->getSubExpr();
        continue;
      case Pass::Unary: {
        const auto *U = cast<UnaryOperator>(S);
        if (U->isIncrementDecrementOp())
          Writes.push_back(U);
        S = U->getSubExpr();
        continue;
      }
      case Pass::Member:
        if (!plainMember(cast<MemberExpr>(S)))
          return S;
        S = cast<MemberExpr>(S)->getBase();
        continue;
      case Pass::CStyleCast:
        if (!plainCast(cast<CStyleCastExpr>(S)))
          return S;
        S = cast<CStyleCastExpr>(S)->getSubExpr();
        continue;
      case Pass::Ref:
        if (!plainRef(cast<DeclRefExpr>(S)))
          return S;
        countUse(cast<DeclRefExpr>(S));
        return nullptr;
      case Pass::Leaf:
        return nullptr;
      case Pass::Jump:
        Shape.other(S);
        return nullptr;
      }
      llvm_unreachable("a node pass() does not know");
    }
    return nullptr;
  }

  /// Queues S (may be null) to be walked after the items pushed later.
  /// Callers queue a node's children right to left.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void later(const Stmt *S) {
    if ((S = pass(S)))
      Stack.push_back(S);
  }

  /// Visits S (a node pass() stopped at), queues its children but the
  /// first, and returns that one (null if none) to be walked next. The
  /// nodes C is mostly made of are taken apart here, without
  /// Stmt::children() and walkUnder(); every case walks what walkUnder()
  /// says, in children() order.
  const Stmt *step(const Stmt *S) {
    switch (S->getStmtClass()) {
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass: {
      const auto *B = cast<BinaryOperator>(S);
      visitBinaryOperator(B);
      later(B->getRHS());
      return B->getLHS();
    }
    case Stmt::CallExprClass:
      return stepCall(cast<CallExpr>(S));
    case Stmt::CompoundStmtClass: {
      const auto *CS = cast<CompoundStmt>(S);
      if (CS->body_empty())
        return nullptr;
      Shape.block();
      ArrayRef<Stmt *> Body(CS->body_begin(), CS->size());
      for (const Stmt *Child : llvm::reverse(Body.drop_front()))
        later(Child);
      return Body.front();
    }
    case Stmt::IfStmtClass: {
      Branches = true;
      // C's if has a condition, then, perhaps else. C++'s may add an init
      // statement or a condition variable before them, and `if consteval`
      // has no condition: general() takes those.
      const auto *If = cast<IfStmt>(S);
      if (If->hasInitStorage() || If->hasVarStorage() || If->isConsteval())
        break;
      Shape.ifStmt(If);
      Stack.push_back(If); // popped when its branches are walked
      later(If->getElse());
      later(If->getThen());
      return If->getCond();
    }
    case Stmt::ForStmtClass: {
      Branches = true;
      Shape.refuse(); // a loop
      const auto *For = cast<ForStmt>(S);
      later(For->getBody());
      later(For->getInc());
      later(For->getCond());
      later(For->getConditionVariableDeclStmt());
      return For->getInit();
    }
    case Stmt::ReturnStmtClass:
      return cast<ReturnStmt>(S)->getRetValue();
    case Stmt::GotoStmtClass: // walked in order: SyntaxShape asks
      Branches = true;
      Shape.other(S);
      return nullptr;
    default:
      break;
    }
    general(S);
    return nullptr;
  }

  /// A call `f(a, b)`: the callee, then the arguments (a CallExprClass
  /// node has no pre-arguments; those are CUDA's kernel calls').
  const Stmt *stepCall(const CallExpr *C) {
    // The usual callee, `f` under a cast and perhaps parentheses, is
    // walked here: its name would count a use that uncountCallee() takes
    // back, so neither is done.
    const Expr *Callee = C->getCallee();
    const Expr *Target = Callee;
    for (;;) {
      if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Target))
        Target = Cast->getSubExpr();
      else if (const auto *Paren = dyn_cast<ParenExpr>(Target))
        Target = Paren->getSubExpr();
      else
        break;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Target);
    bool CalleeDone = Ref && plainRef(Ref);
    if (!CalleeDone)
      uncountCallee(C);
    // (getDirectCallee() would strip the same casts and parentheses.)
    recordCall(C, Ref ? dyn_cast<FunctionDecl>(Ref->getDecl())
                      : C->getDirectCallee());
    for (unsigned I = C->getNumArgs(); I > 0; --I)
      later(C->getArg(I - 1));
    return CalleeDone ? nullptr : Callee;
  }

  /// Any other node, as walkUnder() says. Its children are queued left to
  /// right and the block then reversed (later() pushes at most one item).
  void general(const Stmt *S) {
    Shape.other(S);
    S = visit(S);
    size_t First = Stack.size();
    switch (walkUnder(S)) {
    case Under::Nothing:
      return;
    case Under::Children:
      for (const Stmt *Child : S->children())
        later(Child);
      break;
    case Under::Vars:
      for (const Decl *D : cast<DeclStmt>(S)->decls()) {
        Stack.push_back(cast<VarDecl>(D));
        later(cast<VarDecl>(D)->getInit());
      }
      break;
    case Under::Visitor:
      Shape.unsure(); // it may walk what followsSyntax does not
      VisitorParts::collect(S, Stack);
      break;
    }
    // Pushed in walking order; popped from the end.
    std::reverse(Stack.begin() + First, Stack.end());
  }

  /// Visits S; returns the node whose children are walked (an InitListExpr
  /// is walked in its written form, as the visitor does).
  const Stmt *visit(const Stmt *S) {
    switch (S->getStmtClass()) {
    case Stmt::IfStmtClass:
    case Stmt::ForStmtClass:
    case Stmt::WhileStmtClass:
    case Stmt::DoStmtClass:
    case Stmt::SwitchStmtClass:
    case Stmt::GotoStmtClass:
    case Stmt::IndirectGotoStmtClass:
    case Stmt::LabelStmtClass:
    case Stmt::ConditionalOperatorClass:
    case Stmt::BinaryConditionalOperatorClass:
    case Stmt::StmtExprClass:
    case Stmt::CXXTryStmtClass:
      Branches = true;
      break;
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass:
      visitBinaryOperator(cast<BinaryOperator>(S));
      break;
    case Stmt::DeclRefExprClass:
      countUse(cast<DeclRefExpr>(S));
      break;
    case Stmt::InitListExprClass: {
      const auto *IL = cast<InitListExpr>(S);
      if (IL->isSemanticForm() && !IL->isSyntacticForm())
        IL = IL->getSyntacticForm();
      visitInitList(IL);
      return IL;
    }
    default:
      if (const auto *C = dyn_cast<CallExpr>(S)) // and its C++ kin
        visitCall(C);
    }
    return S;
  }
  /// Inline: most operators are arithmetic, not assignments.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void
  visitBinaryOperator(const BinaryOperator *B) {
    Branches |= B->isLogicalOp();
    Shape.binary(B);
    if (B->isAssignmentOp())
      Writes.push_back(B);
    if (B->getOpcode() == BO_Assign)
      visitAssign(B);
  }
  LLVM_ATTRIBUTE_NOINLINE void visitAssign(const BinaryOperator *B) {
    const Expr *L = B->getLHS();
    if (B->getType()->isPointerType())
      PointerAssigns.push_back({L, nullptr, B->getRHS()});
    if (const auto *M = dyn_cast<MemberExpr>(L->IgnoreParenImpCasts())) {
      if (const FunctionDecl *FD = functionOf(B->getRHS()))
        Registrations.push_back({FD, M->getMemberDecl()->getNameAsString(),
                                 B->getBeginLoc(), structName(M)});
      if (M->getMemberDecl()->getName() == "DataSize")
        DataSizeAssigns.push_back({L, nullptr, B->getRHS()});
    }
  }
  void visitVarDecl(const VarDecl *V) {
    const Expr *Init = V->getInit();
    if (!Init)
      return;
    if (V->getType()->isPointerType())
      PointerAssigns.push_back({nullptr, V, Init});
    else if (V->getType()->isRecordType())
      RecordInits.push_back(V);
  }
  /// Functions stored by a struct initializer, by field. The written list
  /// may use designators (`{ .HaltHandlerEx = MPHaltEx }`) or leave out the
  /// braces of a nested struct; its semantic form has one initializer per
  /// field (a union: the one it initializes) whatever the source said.
  void visitInitList(const InitListExpr *IL, int Depth = 0) {
    if (Depth > 8)
      return;
    if (const InitListExpr *Semantic = IL->getSemanticForm())
      IL = Semantic;
    const RecordDecl *RD =
        IL->getType().isNull() ? nullptr : IL->getType()->getAsRecordDecl();
    if (!RD || IL->isTransparent())
      return;
    auto Field = [&](const FieldDecl *F, const Expr *Init) {
      if (!Init)
        return;
      if (const FunctionDecl *FD = functionOf(Init))
        Registrations.push_back(
            {FD, F->getNameAsString(), Init->getBeginLoc(), recordName(RD)});
      else if (const auto *Inner = dyn_cast<InitListExpr>(Init))
        visitInitList(Inner, Depth + 1); // braces left out, or designated
    };
    if (RD->isUnion()) {
      if (const FieldDecl *F = IL->getInitializedFieldInUnion())
        Field(F, IL->getNumInits() ? IL->getInit(0) : nullptr);
      return;
    }
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= IL->getNumInits())
        break;
      Field(F, IL->getInit(I++));
    }
  }
  void visitCall(const CallExpr *C) {
    uncountCallee(C);
    recordCall(C, C->getDirectCallee());
  }
  /// Most names are of variables: only a function's goes to the map.
  LLVM_ATTRIBUTE_ALWAYS_INLINE void countUse(const DeclRefExpr *D) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
      countFunction(FD);
  }
  LLVM_ATTRIBUTE_NOINLINE void countFunction(const FunctionDecl *FD) {
    ++Uses[FD->getCanonicalDecl()];
  }
  /// The callee of a direct call is no use of the function: take back the
  /// count its name will add.
  void uncountCallee(const CallExpr *C) {
    if (const auto *D =
            dyn_cast<DeclRefExpr>(C->getCallee()->IgnoreParenImpCasts()))
      if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
        --Uses[FD->getCanonicalDecl()];
  }
  /// C calls Callee (its direct callee, or null): a DDI call (ddiRuleFor),
  /// a call to a function with a body, or to another file's function.
  void recordCall(const CallExpr *C, const FunctionDecl *Callee) {
    Writes.push_back(C);
    if (!Callee)
      CallsThroughPointer = true;
    const CalleeFacts &F = factsOf(Callee);
    Shape.call(C, F.NoReturn);
    if (const DdiRule *R = F.Rule ? F.Rule : macroRule(C, Rules, Ctx))
      Ddis.push_back({C, R});
    else if (F.Def)
      Calls.push_back({C, F.Def});
    else if (F.OtherFile)
      OtherFileCalls.push_back(C);
  }
  /// What recordCall asks of a callee, worked out once per declaration:
  /// most calls go to a few functions.
  struct CalleeFacts {
    const DdiRule *Rule = nullptr;        ///< calleeRule
    const FunctionDecl *Def = nullptr;    ///< the definition, if any
    bool OtherFile = false;               ///< isOtherFileFunction
    bool NoReturn = false;                ///< declared noreturn
  };
  const CalleeFacts &factsOf(const FunctionDecl *Callee) {
    auto [It, New] = Callees.try_emplace(Callee);
    if (New && Callee) {
      It->second.Rule = calleeRule(Callee, Rules, Ctx);
      Callee->hasBody(It->second.Def);
      It->second.OtherFile = isOtherFileFunction(Callee, Ctx);
      It->second.NoReturn = Callee->isNoReturn();
    }
    return It->second;
  }

  const RuleSet &Rules;
  const ASTContext &Ctx;
  SmallVector<Item, 64> Stack;
  llvm::DenseMap<const FunctionDecl *, CalleeFacts> Callees;
};

} // namespace

DriverModel::DriverModel(
    ASTContext &Ctx, const RuleSet &Rules,
    llvm::ArrayRef<std::pair<std::string, std::string>> ExtraRoles,
    WalkedFn Walked, const DriverIndex *Imports) {
  collectFunctions(Ctx, Rules, Walked);
  collectRoles(Ctx, Rules, ExtraRoles);
  if (Imports)
    importRoles(Ctx, Rules, *Imports);
  orderBottomUp();
}

void DriverModel::prefetch(const FunctionInfo &F) const {
  // Functions are in translation-unit order, and clang allocates a body's
  // nodes one after the other, its CompoundStmt last: so F's nodes most
  // likely lie between the previous function's CompoundStmt and its own.
  // A prefetch never faults, so a wrong guess (another allocator slab, a
  // body far away) costs a few instructions and nothing else.
  size_t I = &F - Functions.data();
  if (I == 0 || I >= Functions.size())
    return;
  constexpr uintptr_t Line = 64, MaxBytes = 32 * 1024;
  auto From = reinterpret_cast<uintptr_t>(Functions[I - 1].Fn->getBody());
  auto To = reinterpret_cast<uintptr_t>(F.Fn->getBody());
  if (!From || !To || To <= From || To - From > MaxBytes)
    return;
  for (uintptr_t A = From & ~(Line - 1); A < To; A += Line)
    __builtin_prefetch(reinterpret_cast<const void *>(A));
}

void DriverModel::collectFunctions(ASTContext &Ctx, const RuleSet &Rules,
                                   WalkedFn Walked) {
  std::vector<const FunctionDecl *> Defs;
  collectDefinitions(Ctx.getTranslationUnitDecl(), Defs);
  // Reserved once: FunctionInfo is a dozen vectors, and a growing vector
  // would move every one each time.
  Functions.reserve(Defs.size());
  Index.reserve(Defs.size());
  for (const FunctionDecl *FD : Defs) {
    if (Index.count(FD))
      continue;
    Index[FD] = Functions.size();
    FunctionInfo Info;
    Info.Fn = FD;
    Functions.push_back(std::move(Info));
  }
  // One finder for every body: its lists keep their capacity, and each
  // function gets a copy of its own of exactly the size it needs (growing
  // a fresh list per function allocated it three or four times).
  CallFinder Finder(Rules, Ctx, Writes);
  for (size_t I = 0; I < Functions.size(); ++I) {
    FunctionInfo &F = Functions[I];
    if (I + 1 < Functions.size())
      prefetch(Functions[I + 1]); // while this one is walked
    Finder.reset();
    F.WritesBegin = Writes.size();
    Finder.walk(F.Fn->getBody());
    F.Calls = keep<CallSite>(Finder.Calls);
    F.OtherFileCalls = keep<const CallExpr *>(Finder.OtherFileCalls);
    F.Ddis = keep<DdiCall>(Finder.Ddis);
    F.PointerAssigns = keep<Assignment>(Finder.PointerAssigns);
    F.DataSizeAssigns = keep<Assignment>(Finder.DataSizeAssigns);
    F.RecordInits = keep<const VarDecl *>(Finder.RecordInits);
    F.Registrations = std::move(Finder.Registrations);
    F.WritesEnd = Writes.size();
    F.Branches = Finder.Branches;
    F.CallsThroughPointer = Finder.CallsThroughPointer;
    // (C++ has nodes SyntaxShape does not know: followsSyntax decides.)
    F.Structured = Ctx.getLangOpts().CPlusPlus ? -1 : Finder.Shape.verdict();
    for (const auto &[FD, N] : Finder.Uses)
      if (N > 0)
        AddressTaken.insert(FD);
    if (F.Ddis.size() > FunctionInfo::FewDdis) {
      llvm::sort(Finder.Ddis, [](const DdiCall &A, const DdiCall &B) {
        return A.Call < B.Call;
      });
      F.RuleOf = keep<DdiCall>(Finder.Ddis);
    }
    addTypedefRoles(F, Rules); // the declaration is at hand here
    if (Walked)
      Walked(F);
  }
  // Each function's callers, counted first, then filled in.
  std::vector<unsigned> NumCallers(Functions.size());
  for (FunctionInfo &F : Functions)
    for (const CallSite &C : F.Calls)
      if (auto It = Index.find(C.Callee); It != Index.end())
        ++NumCallers[It->second];
  std::vector<CallSite *> Filled(Functions.size());
  for (size_t I = 0; I < Functions.size(); ++I)
    if (NumCallers[I]) {
      Filled[I] = Lists.Allocate<CallSite>(NumCallers[I]);
      Functions[I].Callers = llvm::ArrayRef(Filled[I], NumCallers[I]);
    }
  for (FunctionInfo &F : Functions)
    for (const CallSite &C : F.Calls)
      if (auto It = Index.find(C.Callee); It != Index.end())
        *Filled[It->second]++ = {C.Call, F.Fn};
}

void DriverModel::addRole(const FunctionDecl *FD, RoleEvidence E) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def)) {
    // Defined in another file: that file's run takes the role from this
    // file's summary.
    if (FD->getIdentifier() && FD->isExternallyVisible() &&
        E.Kind != RoleEvidence::Typedef)
      Foreign.push_back({FD->getName().str(), std::move(E)});
    return;
  }
  auto It = Index.find(Def);
  if (It == Index.end())
    return;
  auto &Roles = Functions[It->second].Roles;
  for (const RoleEvidence &Have : Roles)
    if (Have.Role == E.Role)
      return;
  Roles.push_back(std::move(E));
}

void DriverModel::addTypedefRoles(const FunctionInfo &F,
                                  const RuleSet &Rules) {
  // Typedef declarations, on any redeclaration.
  for (const FunctionDecl *Redecl : F.Fn->redecls())
    if (const TypedefNameDecl *TD = declaredTypedef(Redecl))
      if (const RoleRule *R = Rules.role(TD->getName()))
        addRole(F.Fn, {R, Redecl->getLocation(), RoleEvidence::Typedef,
                       TD->getName().str()});
}

void DriverModel::collectRoles(
    ASTContext &Ctx, const RuleSet &Rules,
    llvm::ArrayRef<std::pair<std::string, std::string>> Extra) {
  // (Roles from typedef declarations came with the walk: addTypedefRoles.
  // They are each function's own, and come before all others.)

  // Characteristics fields: in function bodies, and in the initializers of
  // global structs.
  auto Register = [&](const Registration &R) {
    if (const RoleRule *Role = Rules.roleForField(R.Field, R.Struct))
      addRole(R.Fn, {Role, R.Loc, RoleEvidence::Field, R.Field});
  };
  for (const FunctionInfo &F : Functions)
    for (const Registration &R : F.Registrations)
      Register(R);
  std::vector<const Expr *> GlobalWrites; // (no function's: not kept)
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (const auto *V = dyn_cast<VarDecl>(D))
      if (V->getInit()) {
        GlobalWrites.clear();
        CallFinder Refs(Rules, Ctx, GlobalWrites);
        Refs.walk(V->getInit());
        for (const Registration &R : Refs.Registrations)
          Register(R);
        // A function in a global table may be called from anywhere.
        for (const auto &[FD, N] : Refs.Uses)
          if (N > 0)
            AddressTaken.insert(FD);
      }

  // Registering DDIs: KeInitializeDpc(&Dpc, MPDpc, ...).
  for (const FunctionInfo &F : Functions)
    for (const DdiCall &C : F.Ddis)
      for (const Effect &E : C.Rule->Effects) {
        if (E.Kind != EffectKind::RegisterCallback)
          continue;
        const Expr *Arg = argOf(C.Call, E.Arg);
        const RoleRule *R = Rules.role(E.Role);
        if (!Arg || !R)
          continue;
        const Expr *Stripped = Arg->IgnoreParenCasts();
        if (const auto *U = dyn_cast<UnaryOperator>(Stripped))
          if (U->getOpcode() == UO_AddrOf)
            Stripped = U->getSubExpr()->IgnoreParenCasts();
        if (const auto *D = dyn_cast<DeclRefExpr>(Stripped))
          if (const auto *FD = dyn_cast<FunctionDecl>(D->getDecl()))
            addRole(FD, {R, C.Call->getBeginLoc(), RoleEvidence::Registration,
                         C.Rule->Name});
      }

  // The Roles option.
  for (const auto &[Name, RoleName] : Extra)
    if (const RoleRule *R = Rules.role(RoleName))
      for (const FunctionInfo &F : Functions)
        if (F.Fn->getName() == Name)
          addRole(F.Fn, {R, F.Fn->getLocation(), RoleEvidence::Option,
                         RoleName});
}

void DriverModel::importRoles(ASTContext &Ctx, const RuleSet &Rules,
                              const DriverIndex &Imports) {
  for (const FunctionInfo &F : Functions) {
    if (!F.Fn->getIdentifier() || !F.Fn->isExternallyVisible())
      continue;
    for (const RoleMark *R : Imports.rolesOf(F.Fn->getName()))
      if (const RoleRule *Role = Rules.role(R->Role)) {
        // A field left out is the one the rules name (exportRoles).
        addRole(F.Fn, {Role, R->Where ? locOf(R->Where, Ctx) : SourceLocation(),
                       R->Kind,
                       RoleEvidence::detailOrRules(R->Detail, R->Kind, *Role),
                       /*Imported=*/true});
      }
  }
}

void DriverModel::orderBottomUp() {
  // Iterative post-order DFS over the call graph: a callee is finished
  // before its callers. Recursion is cut where it closes.
  std::vector<char> State(Functions.size(), 0); // 0 new, 1 open, 2 done
  for (size_t Root = 0; Root < Functions.size(); ++Root) {
    if (State[Root])
      continue;
    std::vector<std::pair<size_t, size_t>> Stack{{Root, 0}};
    State[Root] = 1;
    while (!Stack.empty()) {
      auto &[Node, Next] = Stack.back();
      const auto &Calls = Functions[Node].Calls;
      if (Next < Calls.size()) {
        auto It = Index.find(Calls[Next++].Callee);
        if (It != Index.end() && State[It->second] == 0) {
          State[It->second] = 1;
          Stack.push_back({It->second, 0});
        }
        continue;
      }
      State[Node] = 2;
      BottomUp.push_back(&Functions[Node]);
      Stack.pop_back();
    }
  }
}

void DriverModel::indexCallers() const {
  CallersIndexed = true;
  size_t Calls = 0;
  for (const FunctionInfo &F : Functions)
    Calls += F.Calls.size() + F.Ddis.size() + F.OtherFileCalls.size();
  CallerIndex.reserve(Calls);
  for (size_t I = 0; I < Functions.size(); ++I) {
    for (const CallSite &C : Functions[I].Calls)
      CallerIndex[C.Call] = I;
    for (const DdiCall &C : Functions[I].Ddis)
      CallerIndex[C.Call] = I;
    for (const CallExpr *C : Functions[I].OtherFileCalls)
      CallerIndex[C] = I;
  }
}

const FunctionInfo *DriverModel::info(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def))
    Def = FD;
  auto It = Index.find(Def);
  return It == Index.end() ? nullptr : &Functions[It->second];
}

bool DriverModel::anyFunctionWithPhase(Phase P) const {
  for (const FunctionInfo &F : Functions)
    if (F.hasPhase(P))
      return true;
  return false;
}

} // namespace ndis
