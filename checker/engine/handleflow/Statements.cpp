//===--- Statements.cpp - One statement's transfer function ---------------===//
//
// The transfer function at one statement (visit): a call goes to its DDI
// rule (DdiEffects.cpp), its callee's summary (CalleeSummaries.cpp) or, out
// of view, lets what it is given escape; an assignment moves a pool, an
// item or a status between paths; a status store says whether it failed.
// (visit, handleCall and handleAssign run at every statement: one file, so
// the compiler may inline within it as before.)
//
//===----------------------------------------------------------------------===//

#include "FunctionFlow.h"
#include "../AccessPath.h"
#include "../CfgOrder.h"
#include "../DdiCalls.h"
#include "../summary/DriverIndex.h"

using namespace clang;

namespace ndis {
namespace handleflow {

/// An integer, float or enum stored from another (casts aside): no handle
/// or buffer moves, so the flow has nothing to do. (Most of a driver's
/// assignments are counters, lengths, flags and statuses.)
static bool movesNoHandle(QualType To, const Expr *From) {
  From = stripCasts(From);
  return !To.isNull() && To->isArithmeticType() && From &&
         From->getType()->isArithmeticType();
}

void FunctionFlow::visit(const Stmt *S, State &St, const Stmt *Parent) {
  if (const auto *C = dyn_cast<CallExpr>(S)) {
    handleCall(C, St);
  } else if (const auto *B = dyn_cast<BinaryOperator>(S)) {
    // `Status = ...;`: the status speaks for no allocation any more.
    if (B->isAssignmentOp() && !St.StatusOf.empty())
      if (llvm::StringRef K = keyOf(B->getLHS()); !K.empty())
        St.StatusOf.erase(K);
    if (B->isAssignmentOp())
      storeStatus(B->getLHS(), nullptr,
                  B->getOpcode() == BO_Assign ? B->getRHS() : nullptr, St);
    if (B->getOpcode() == BO_Assign &&
        !movesNoHandle(B->getLHS()->getType(), B->getRHS()))
      handleAssign(B->getLHS(), B->getRHS(), handlePathOf(B->getLHS()), St);
  } else if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (const Expr *Init = V->getInit()) {
          storeStatus(nullptr, V, Init, St);
          if (movesNoHandle(V->getType(), Init))
            continue;
          AccessPath L;
          L.Root = V->getCanonicalDecl();
          DeclName = V->getName();
          handleAssign(nullptr, Init, L, St);
          DeclName = StringRef();
        }
  } else if (const auto *R = dyn_cast<ReturnStmt>(S)) {
    handleReturn(R, St);
  } else if (const auto *U = dyn_cast<UnaryOperator>(S)) {
    // &Item or &Item->Link outside a DDI's out-parameter: the item is
    // being linked somewhere we do not follow.
    if (U->getOpcode() == UO_AddrOf) {
      const Expr *Sub = stripCasts(U->getSubExpr());
      while (const auto *M = dyn_cast_or_null<MemberExpr>(Sub))
        Sub = stripCasts(M->getBase());
      if (auto P = accessPathOf(Sub))
        if (St.Items.count(P->key())) {
          // A call's own argument is the call's business (handleCall);
          // anything else taking the item's address links it somewhere.
          if (!isa_and_nonnull<CallExpr>(Parent))
            escapeItem(P->key(), St, U, "linked into a list");
        }
    }
  }
}

void FunctionFlow::walk(const Stmt *S, State &St) {
  auto Visit = [&](const Stmt *At, const Stmt *Parent) {
    visit(At, St, Parent);
  };
  walkElement(S, Elements, Visit);
}

void FunctionFlow::handleCall(const CallExpr *C, State &St) {
  // `NdisAllocatePacketPool(&Status, ...)`: whatever the status held, and
  // whichever allocation it spoke for (an allocation sets its own again).
  if (!St.Failed.empty() || !St.StatusOf.empty())
    for (const Expr *Arg : C->arguments())
      if (auto P = pointeePathOf(Arg)) {
        St.Failed.erase(P->key());
        St.StatusOf.erase(P->key());
      }
  if (const DdiRule *R = F.ruleOf(C)) {
    handleDdi(C, *R, St);
    return;
  }
  const FunctionDecl *Callee = calleeWithBody(C);
  if (Callee) {
    auto It = Summaries.find(Callee);
    if (It != Summaries.end()) {
      handleSummary(C, Callee, It->second, St);
      return;
    }
  } else if (const UnitSummary::Function *Other = importedCallee(C, Imports)) {
    // Defined in another of the driver's files: its summary from there.
    handleSummary(C, C->getDirectCallee(), Other->Pools, St);
    return;
  }
  // An unknown function (no body, through a pointer, or recursion not yet
  // summarised): items passed to it are out of our hands, and so are pools
  // whose address it is given.
  if (St.Items.empty() && St.Pools.empty())
    return; // nothing an argument could name
  llvm::StringRef Name = Callee                 ? nameOf(Callee)
                         : C->getDirectCallee() ? nameOf(C->getDirectCallee())
                                                : "a function pointer";
  // Given a structure, it may free the items kept in it (a cleanup helper
  // in another file): they stay kept for the other callbacks' view, but
  // this function can no longer tell they are there.
  for (const Expr *Arg : C->arguments()) {
    QualType T = Arg->IgnoreParenImpCasts()->getType();
    if (T->isPointerType() && T->getPointeeType()->isRecordType()) {
      leaveKept(St);
      break;
    }
  }
  for (const Expr *Arg : C->arguments()) {
    if (auto P = accessPathOf(Arg)) {
      escapeItem(P->key(), St, C, "passed to '" + llvm::Twine(Name) + "'");
      // A local pool handed to code we cannot see is its to free.
      if (P->isLocal())
        if (auto It = St.Pools.find(P->key()); It != St.Pools.end())
          It->second.Bits |= PUnknown;
    }
    if (auto P = pointeePathOf(Arg)) {
      escapeItem(P->key(), St, C, "passed to '" + llvm::Twine(Name) + "'");
      auto It = St.Pools.find(P->key());
      if (It != St.Pools.end())
        It->second.Bits = PUnknown;
    }
  }
}

/// Is E a failure status: a constant with the severity bits set, as
/// NT_SUCCESS reads it? NDIS_STATUS_PENDING and other informational codes
/// are not. (integerConstant: what cannot be a constant needs no
/// evaluation, and a status macro's cast literal none of clang's.)
bool isFailureStatus(const Expr *E, ASTContext &Ctx) {
  std::optional<int64_t> Value = integerConstant(E, Ctx);
  return Value && (uint64_t(*Value) & 0xC0000000u) == 0xC0000000u;
}

void FunctionFlow::storeStatus(const Expr *LHS, const VarDecl *Var,
                               const Expr *RHS, State &St) {
  QualType T = LHS ? LHS->getType() : Var->getType();
  if (T.isNull() || !T->isIntegerType())
    return;
  bool Fails = isFailureStatus(RHS, Ctx);
  if (!Fails && St.Failed.empty())
    return;
  llvm::StringRef Key;
  if (LHS) {
    Key = keyOf(LHS);
  } else {
    AccessPath P;
    P.Root = Var->getCanonicalDecl();
    Key = intern(P.key());
  }
  if (Key.empty())
    return;
  if (Fails)
    St.Failed.emplaceInterned(Key, 1);
  else
    St.Failed.erase(Key);
}

void FunctionFlow::handleAssign(const Expr *LHS, const Expr *RHS,
                                std::optional<AccessPath> L, State &St) {
  const Expr *R = stripCasts(RHS);
  // `({ ...; P; })` is the value of its last expression.
  while (const auto *SE = dyn_cast_or_null<StmtExpr>(R)) {
    const CompoundStmt *Body = SE->getSubStmt();
    const auto *Last = Body && !Body->body_empty()
                           ? dyn_cast<Expr>(Body->body_back())
                           : nullptr;
    R = Last ? stripCasts(Last) : nullptr;
  }
  if (!R)
    return;
  // Handles and items returned by an allocating DDI.
  if (const auto *Call = dyn_cast<CallExpr>(R))
    if (const DdiRule *Rule = F.ruleOf(Call)) {
      bool Handled = false;
      for (const Effect &E : Rule->Effects) {
        if (E.Kind == EffectKind::AllocatePool && E.Out < 0 && L) {
          allocatePool(*L, Call, E, LHS, St);
          Handled = true;
        }
        if (E.Kind == EffectKind::AllocateItem && E.Out < 0 && L) {
          newItem(*L, argOf(Call, E.Arg), Call, E, LHS, St);
          Handled = true;
        }
      }
      if (Handled)
        return;
    }
  // A handle a helper returns, new from its pool allocation.
  if (const auto *Call = dyn_cast<CallExpr>(R); Call && L)
    if (const FunctionSummary *CS = calleeSummary(Call);
        CS && CS->ReturnsPool != ObjKind::None) {
      Effect E;
      E.Kind = EffectKind::AllocatePool;
      E.Pool = CS->ReturnsPool;
      allocatePool(*L, Call, E, LHS, St, &CS->ReturnSite);
      return;
    }
  auto RP = accessPathOf(R);
  bool LLocal = L && L->isLocal() && L->Fields.empty();
  llvm::SmallString<64> LK, RK;
  if (L)
    LK = L->key();
  if (RP)
    RK = RP->key();
  // A pool stored where we cannot follow (`*OutPool = Pool;`) is handed
  // on: whoever holds it now frees it.
  if (!L && RP)
    if (auto It = St.Pools.find(RK); It != St.Pools.end())
      It->second.Bits = PUnknown;
  if (L) {
    St.CopyOf.erase(LK);
    St.SlotCopy.erase(LK);
    if (LLocal && RP && R->getType()->isPointerType())
      if (auto Slot = slotKeyOf(R))
        St.SlotCopy[LK] = intern(*Slot);
    if (LLocal && RP && RP->Kind != AccessPath::Constant) {
      llvm::StringRef Source = RK;
      if (auto It = St.CopyOf.find(Source); It != St.CopyOf.end())
        Source = It->second;
      if (isSharedPath(Source))
        St.CopyOf[LK] = intern(Source);
    }
  }
  if (RP) {
    if (auto It = St.Pools.find(RK); It != St.Pools.end() && L) {
      PoolVal Copy = It->second;
      if (Copy.Group.empty())
        Copy.Group = It->second.Group = intern(RK);
      Copy.Base = baseVar(LHS);
      St.Pools[LK] = Copy;
    } else if (L && St.Pools.count(LK)) {
      St.Pools[LK].Bits = PUnknown;
    }
    if (auto It = St.Items.find(RK); It != St.Items.end()) {
      // A copy of what a slot keeps: it stays kept there (SlotCopy names
      // the slot a free through the copy frees).
      if (isSharedPath(RK) && !It->second.Slot.empty())
        return;
      if (L && LLocal) {
        ItemVal Copy = It->second;
        It->second.Bits = IGone; // ownership moves to the copy
        parkKept(LK, St);
        St.Items[LK] = Copy;
        llvm::StringRef NewKey = St.Items.find(LK)->first;
        forContained(RK, St, [&](llvm::StringRef K) {
          St.Items.find(K)->second.Inside = NewKey;
        });
      } else {
        const Stmt *Where = LHS ? (const Stmt *)LHS : (const Stmt *)RHS;
        llvm::StringRef Ctr = containerOf(LHS, St);
        if (!Ctr.empty() && chainItem(RK, Ctr, St))
          ; // `Packet->Private.Head = Buffer;`
        else if (L) {
          std::optional<std::string> Slot = slotKeyOf(LHS);
          storeItem(RK, St, Where, "stored in '" + display(LHS) + "'",
                    Slot ? intern(*Slot) : llvm::StringRef());
        }
        else
          escapeItem(RK, St, Where, "stored");
      }
      return;
    }
  } else if (L) {
    bool Null = isNullConstant(R, Ctx);
    if (auto It = St.Pools.find(LK); It != St.Pools.end())
      It->second.Bits = Null ? PNull : PUnknown;
  }
  // A store through a non-constant index is a weak update of the
  // collection: the other slots keep what they hold.
  if (L && !namesCollection(LK))
    if (auto It = St.Items.find(LK); It != St.Items.end()) {
      parkKept(LK, St);
      It = St.Items.find(LK);
      It->second.Bits = isNullConstant(R, Ctx) ? INull : IGone;
      dropContained(LK, St);
    }
}

} // namespace handleflow
} // namespace ndis
