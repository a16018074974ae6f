//===--- DrainEvidence.cpp - Which waits and Pause handlers can drain -----===//
//
// See DrainEvidence.h for the rules.
//
//===----------------------------------------------------------------------===//

#include "DrainEvidence.h"
#include "AccessPath.h"
#include "DdiCalls.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace ndis {

namespace {
/// The event a wait or a signal names: `&X->Event`, or a pointer to one.
std::optional<std::string> eventKey(const Expr *E) {
  if (!E)
    return std::nullopt;
  if (auto P = pointeePathOf(E))
    return P->key().str().str();
  if (auto P = accessPathOf(E))
    return P->key().str().str();
  return std::nullopt;
}

/// Calls S (and the statements under it), depth-first, with an explicit
/// stack: bodies may nest deeply.
template <typename Fn> void forEachStmt(const Stmt *S, Fn Each) {
  llvm::SmallVector<const Stmt *, 32> Stack{S};
  while (!Stack.empty()) {
    const Stmt *At = Stack.pop_back_val();
    if (!At)
      continue;
    Each(At);
    for (const Stmt *Child : At->children())
      Stack.push_back(Child);
  }
}

bool hasEffect(const DdiRule *R, EffectKind K) { return R && R->find(K); }
} // namespace

DrainEvidence::DrainEvidence(const DriverModel &Model, const RuleSet &Rules,
                             ASTContext &Ctx)
    : Model(Model), Rules(Rules), Ctx(Ctx) {
  for (const FunctionInfo &F : Model.functions())
    for (const DdiCall &D : F.Ddis)
      if (const Effect *E = D.Rule->find(EffectKind::SignalEvent))
        if (auto K = eventKey(argOf(D.Call, E->Arg))) {
          bool &Drains = Signalled[*K];
          Drains |= drainSide(F);
        }
}

bool DrainEvidence::drainSide(const FunctionInfo &F) const {
  if (F.Roles.empty() || F.hasPhase(Phase::DataPath))
    return true;
  for (const DdiCall &D : F.Ddis)
    if (D.Rule->find(EffectKind::DecrementReference))
      return true;
  return false;
}

/// The name a path's key ends with, for the path of E (a field's, or a
/// variable's when there is no field); null when E has no such path (an
/// element `[i]`, a call, arithmetic). (accessPathOf's last step is E's
/// outermost, and anonymous members are never outermost.)
static const IdentifierInfo *lastName(const Expr *E) {
  E = stripCasts(E);
  if (const auto *M = dyn_cast_or_null<MemberExpr>(E))
    return M->getMemberDecl()->getIdentifier();
  if (const auto *D = dyn_cast_or_null<DeclRefExpr>(E))
    return D->getDecl()->getIdentifier();
  return nullptr;
}

/// A local variable or parameter itself, whose path is never asked about
/// (isLocal): most of what a body writes (`Status = ...`, `i++`).
static bool isLocalName(const Expr *E) {
  const auto *D = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  return V && V->isLocalVarDeclOrParm();
}

/// isLocalName for a name written bare, as most are, decided without
/// clang's out-of-line walks (through parentheses and casts, up the
/// declaration's contexts): a parameter, or a variable declared in a
/// function's body. False when it cannot tell that way.
static bool isBareLocalName(const Expr *E) {
  const auto *D = dyn_cast<DeclRefExpr>(E);
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  if (!V)
    return false;
  if (isa<ParmVarDecl>(V))
    return true;
  // (What isLocalVarDecl asks, for a function or block as the lexical
  // context: such a context is its own redeclaration context.)
  return V->getKind() == Decl::Var &&
         V->getLexicalDeclContext()->isFunctionOrMethod();
}

void DrainEvidence::addTarget(const Expr *E, bool Decrement, bool Side) const {
  if (isBareLocalName(E))
    return;
  const IdentifierInfo *Name = isLocalName(E) ? nullptr : lastName(E);
  if (!Name)
    return;
  auto [First, New] = FirstTarget.try_emplace(Name, Targets.size());
  Targets.push_back({E, New ? ~0u : First->second, Decrement, Side});
  First->second = Targets.size() - 1;
}

void DrainEvidence::indexTargets() const {
  TargetsIndexed = true;
  for (const FunctionInfo &F : Model.functions()) {
    bool Side = drainSide(F);
    for (const Expr *S : Model.writesOf(F)) {
      if (const auto *B = dyn_cast<BinaryOperator>(S)) {
        if (B->isAssignmentOp())
          addTarget(B->getLHS(), B->getOpcode() == BO_SubAssign, Side);
      } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
        if (U->isIncrementDecrementOp())
          addTarget(U->getSubExpr(), U->isDecrementOp(), Side);
      } else if (const auto *C = dyn_cast<CallExpr>(S)) {
        // A reference decrement; any other call given `&X` may write X.
        // (Whether it decrements is asked only of a call given an address.)
        std::optional<bool> Decrement;
        for (const Expr *Arg : C->arguments())
          if (const auto *A = dyn_cast_or_null<UnaryOperator>(stripCasts(Arg));
              A && A->getOpcode() == UO_AddrOf) {
            if (!Decrement)
              Decrement =
                  hasEffect(F.ruleOf(C), EffectKind::DecrementReference);
            addTarget(A->getSubExpr(), *Decrement, Side);
          }
      }
    }
  }
}

/// For `X->F`: F and the type of X. The path's key is the record X points
/// to and F's name (accessPathOf), so targets alike in both share it.
static std::optional<std::pair<const void *, const void *>>
arrowShape(const Expr *E) {
  const auto *M = dyn_cast_or_null<MemberExpr>(stripCasts(E));
  if (!M || !M->isArrow() || !isa<FieldDecl>(M->getMemberDecl()))
    return std::nullopt;
  return std::make_pair((const void *)M->getMemberDecl(),
                        M->getBase()->getType().getAsOpaquePtr());
}

const DrainEvidence::Writes *
DrainEvidence::writesTo(const Expr *E, const AccessPath &P) const {
  if (!TargetsIndexed)
    indexTargets();
  // The paths of the targets E's path may be: worked out once, and once
  // for all the `X->F` alike (arrowShape): the polled counter is written
  // at many places.
  if (auto It = FirstTarget.find(lastName(E)); It != FirstTarget.end()) {
    auto Add = [&](Writes &W, const Target &T) {
      W.Any = true;
      W.ByDrainSide |= T.ByDrainSide;
      W.Decremented |= T.Decrement;
    };
    llvm::SmallDenseMap<std::pair<const void *, const void *>,
                        std::pair<const Expr *, Writes>, 8>
        Alike;
    for (unsigned I = It->second; I != ~0u; I = Targets[I].Next) {
      const Target &T = Targets[I];
      if (auto Shape = arrowShape(T.E)) {
        auto &[First, W] = Alike[*Shape];
        if (!First)
          First = T.E;
        Add(W, T);
      } else if (auto TP = accessPathOf(T.E); TP && !TP->isLocal()) {
        Add(WriteMap[TP->key()], T);
      }
    }
    for (const auto &[Shape, FirstAndWrites] : Alike) {
      const auto &[First, W] = FirstAndWrites;
      if (auto TP = accessPathOf(First); TP && !TP->isLocal()) {
        Writes &Into = WriteMap[TP->key()];
        Into.Any |= W.Any;
        Into.ByDrainSide |= W.ByDrainSide;
        Into.Decremented |= W.Decremented;
      }
    }
    FirstTarget.erase(It);
  }
  auto It = WriteMap.find(P.key());
  return It == WriteMap.end() ? nullptr : &It->second;
}

bool DrainEvidence::mayDrain(const CallExpr *Wait,
                             const FunctionInfo &In) const {
  auto [Answer, New] = Answers.try_emplace(Wait, true);
  if (!New)
    return Answer->second;
  const DdiRule *R = In.ruleOf(Wait);
  const Effect *E = R ? R->find(EffectKind::Wait) : nullptr;
  bool May = true;
  if (E && E->Arg < 0) {
    May = pollMayDrain(Wait, In);
  } else if (E) {
    auto K = eventKey(argOf(Wait, E->Arg));
    auto It = K ? Signalled.find(*K) : Signalled.end();
    May = It == Signalled.end() || It->second;
  }
  Answers[Wait] = May; // (pollMayDrain may have grown the map)
  return May;
}

/// The innermost while, do or for loop around S in Body; null when S is in
/// none. (A walk down to S: a map of every node's parent, built for each
/// poll, cost more than the walk.)
static const Stmt *innermostLoop(const Stmt *Body, const Stmt *S) {
  llvm::SmallVector<std::pair<const Stmt *, const Stmt *>, 32> Stack{
      {Body, nullptr}};
  while (!Stack.empty()) {
    auto [At, Loop] = Stack.pop_back_val();
    if (!At)
      continue;
    if (At == S)
      return Loop;
    if (isa<WhileStmt, DoStmt, ForStmt>(At))
      Loop = At;
    for (const Stmt *Child : At->children())
      Stack.push_back({Child, Loop});
  }
  return nullptr;
}

bool DrainEvidence::pollMayDrain(const CallExpr *Wait,
                                 const FunctionInfo &In) const {
  const Stmt *Loop = innermostLoop(In.Fn->getBody(), Wait);
  const Expr *Cond = nullptr;
  if (const auto *W = dyn_cast_or_null<WhileStmt>(Loop))
    Cond = W->getCond();
  else if (const auto *D = dyn_cast_or_null<DoStmt>(Loop))
    Cond = D->getCond();
  else if (const auto *F = dyn_cast_or_null<ForStmt>(Loop))
    Cond = F->getCond();
  if (!Cond)
    return true; // a plain sleep, or a loop left by a break: unknown
  bool Unknown = false, Counter = false, Other = false;
  forEachStmt(Cond, [&](const Stmt *S) {
    if (isa<CallExpr>(S))
      Unknown = true; // what a call reads is out of view
    const auto *M = dyn_cast<MemberExpr>(S);
    if (!M)
      return;
    auto P = accessPathOf(M);
    if (!P || P->isLocal())
      return;
    const Writes *W = writesTo(M, *P);
    if (!W || !W->Any || W->Decremented || W->ByDrainSide)
      Counter = true;
    else
      Other = true;
  });
  return Unknown || Counter || !Other;
}

bool DrainEvidence::testsCounter(const Expr *Cond) const {
  bool Found = false;
  forEachStmt(Cond, [&](const Stmt *S) {
    if (Found)
      return;
    if (const auto *C = dyn_cast<CallExpr>(S))
      Found = hasEffect(ddiRuleFor(C, Rules, Ctx),
                        EffectKind::DecrementReference);
    else if (const auto *E = dyn_cast<Expr>(S))
      if (isa<MemberExpr>(E) || isa<DeclRefExpr>(E))
        if (auto P = accessPathOf(E); P && !P->isLocal()) {
          const Writes *W = writesTo(E, *P);
          Found = W && W->Decremented;
        }
  });
  return Found;
}

/// Does the body return NDIS_STATUS_PENDING, or store it where a return
/// may read it? (STATUS_PENDING, 0x103: ntstatus.h's value, which
/// NDIS_STATUS_PENDING is.)
static bool returnsPending(const FunctionDecl *Fn, ASTContext &Ctx) {
  auto IsPending = [&](const Expr *E) {
    Expr::EvalResult R;
    return E && !E->isValueDependent() && E->getType()->isIntegerType() &&
           E->EvaluateAsInt(R, Ctx) && R.Val.getInt().getZExtValue() == 0x103;
  };
  bool Found = false;
  forEachStmt(Fn->getBody(), [&](const Stmt *S) {
    if (Found)
      return;
    if (const auto *R = dyn_cast<ReturnStmt>(S))
      Found = IsPending(R->getRetValue());
    else if (const auto *B = dyn_cast<BinaryOperator>(S))
      Found = B->getOpcode() == BO_Assign && IsPending(B->getRHS());
    else if (const auto *D = dyn_cast<DeclStmt>(S))
      for (const Decl *Each : D->decls())
        if (const auto *V = dyn_cast<VarDecl>(Each))
          Found |= IsPending(V->getInit());
  });
  return Found;
}

PauseEvidence pauseEvidence(const DriverModel &Model, const SummaryMap &Sums,
                            ASTContext &Ctx) {
  PauseEvidence Out;
  for (const FunctionInfo &F : Model.functions()) {
    if (!F.hasPhase(Phase::Pause))
      continue;
    Out.InView = true;
    auto It = Sums.find(F.Fn);
    bool Drains = It != Sums.end() && (It->second.Waits ||
                                       !It->second.FreesItemsOfKind.empty());
    Drains = Drains || returnsPending(F.Fn, Ctx);
    Out.Drains |= Drains;
    if (!Drains && !Out.Undrained)
      Out.Undrained = &F;
  }
  return Out;
}

} // namespace ndis
