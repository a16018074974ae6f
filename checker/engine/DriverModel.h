//===--- DriverModel.h - The driver's functions, roles and call graph -----===//
//
// For one translation unit: every function with a body, the direct calls
// between them, and the callback role of each (MINIPORT_HALT, ...). A role
// comes from
//   - a role-typedef declaration:        MINIPORT_HALT MPHaltEx;
//   - a characteristics-struct field:    MChars.HaltHandlerEx = MPHaltEx;
//                                        { .HaltHandlerEx = MPHaltEx }
//   - a registering DDI's argument:      KeInitializeDpc(&Dpc, MPDpc, Ctx);
//   - the `Roles` check option:          "MyHalt=MINIPORT_HALT;..."
// Which typedefs, fields and DDIs these are comes from rules/, not code.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_DRIVERMODEL_H
#define NDIS_TIDY_ENGINE_DRIVERMODEL_H

#include "../rules/RuleSet.h"
#include "DdiCalls.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Allocator.h"
#include <algorithm>
#include <vector>

namespace ndis {

/// Why a function has a role: where that was said, and how.
struct RoleEvidence {
  const RoleRule *Role = nullptr;
  clang::SourceLocation Loc;
  enum How { Typedef, Field, Registration, Option } Kind = Typedef;
  std::string Detail; ///< the field or DDI name
  /// Read from another file's summary: that file exports it, not this one.
  bool Imported = false;

  /// The detail a summary writes: none for a registration through the one
  /// field the rules name for the role (most often), which a reader takes
  /// from there (detailOrRules).
  std::string writtenDetail() const {
    if (Kind == Field && Role && Role->Fields.size() == 1 &&
        Role->Fields.front() == Detail)
      return "";
    return Detail;
  }
  /// A detail read from a summary, the rules' field where it was left out.
  static std::string detailOrRules(std::string Detail, How Kind,
                                   const RoleRule &Role) {
    if (Detail.empty() && Kind == Field && !Role.Fields.empty())
      return Role.Fields.front();
    return Detail;
  }
};

/// `LHS = RHS;`, or `T Var = RHS;` (LHS null).
struct Assignment {
  const clang::Expr *LHS = nullptr;
  const clang::VarDecl *Var = nullptr;
  const clang::Expr *RHS = nullptr;
};

/// A function stored into a struct field: `Chars.HaltHandlerEx = MPHalt;`.
struct Registration {
  const clang::FunctionDecl *Fn;
  std::string Field;
  clang::SourceLocation Loc;
  std::string Struct; ///< the struct the field belongs to
};

struct CallSite {
  const clang::CallExpr *Call;
  const clang::FunctionDecl *Callee; ///< the definition
};

/// The lists are the model's (DriverModel keeps them in one allocator: a
/// vector each cost an allocation and a copy for most of them, for every
/// function).
struct FunctionInfo {
  const clang::FunctionDecl *Fn = nullptr; ///< the definition
  std::vector<RoleEvidence> Roles;
  llvm::ArrayRef<CallSite> Calls; ///< direct calls to functions with bodies
  llvm::ArrayRef<CallSite> Callers; ///< calls to it (Callee = caller)
  llvm::ArrayRef<DdiCall> Ddis;   ///< calls the rules describe, in order
  /// Calls to functions the driver declares but defines in another file
  /// (isOtherFileFunction): whole-driver summaries describe them.
  llvm::ArrayRef<const clang::CallExpr *> OtherFileCalls;
  // What one walk of the body finds, for the later phases:
  llvm::ArrayRef<Assignment> PointerAssigns;  ///< pointer-typed assignments
  llvm::ArrayRef<Assignment> DataSizeAssigns; ///< `X.DataSize = V;`
  llvm::ArrayRef<const clang::VarDecl *> RecordInits; ///< `T X = {...};`
  std::vector<Registration> Registrations;
  /// Where its part of DriverModel::writesOf's list starts and ends.
  unsigned WritesBegin = 0, WritesEnd = 0;
  /// Any branch, loop, goto, `&&`, `||` or `?:`: without one, the body is
  /// one straight line and needs no CFG.
  bool Branches = false;
  /// Calls through a pointer (PointerTargets.h).
  bool CallsThroughPointer = false;
  /// Can a constant argument change what the flow finds in it: a branch
  /// it rules out, or a call of the driver's it is handed on to (a relay
  /// `SelectPort(Adapter, Reset)` passes its caller's FALSE on)?
  bool usesConstants() const {
    return Branches || !Calls.empty() || !OtherFileCalls.empty();
  }
  /// Can the flows follow the body along its syntax, without a CFG
  /// (followsSyntax)? The model's walk answers for most bodies
  /// (SyntaxShape); the others are asked once, on first use.
  bool structured() const;
  /// Ddis sorted by call, for ruleOf, when there are more than a few (a
  /// hash map per function would cost a kilobyte each for a handful of
  /// calls; a handful is searched in Ddis itself).
  llvm::ArrayRef<DdiCall> RuleOf;
  static constexpr size_t FewDdis = 8;

  const DdiRule *ruleOf(const clang::CallExpr *C) const {
    if (RuleOf.empty()) {
      for (const DdiCall &D : Ddis)
        if (D.Call == C)
          return D.Rule;
      return nullptr;
    }
    auto It = std::lower_bound(
        RuleOf.begin(), RuleOf.end(), C,
        [](const DdiCall &D, const clang::CallExpr *K) { return D.Call < K; });
    return It != RuleOf.end() && It->Call == C ? It->Rule : nullptr;
  }

  bool hasPhase(Phase P) const {
    for (const RoleEvidence &R : Roles)
      if (R.Role->Stage == P)
        return true;
    return false;
  }
  const RoleEvidence *firstRole() const {
    return Roles.empty() ? nullptr : &Roles.front();
  }

private:
  friend class DriverModel;
  mutable signed char Structured = -1; ///< structured(): -1 not yet known
};

class DriverModel {
public:
  /// Called with each function as soon as its body has been walked, while
  /// the body is still in the caches: per-function work that needs no
  /// other function's model is cheapest there (see TUAnalysis).
  using WalkedFn = llvm::function_ref<void(const FunctionInfo &)>;

  /// ExtraRoles: "Function=ROLE" pairs from the Roles option.
  /// Imports (may be null): roles the driver's other files give the
  /// functions defined here (DriverIndex).
  DriverModel(clang::ASTContext &Ctx, const RuleSet &Rules,
              llvm::ArrayRef<std::pair<std::string, std::string>> ExtraRoles,
              WalkedFn Walked = nullptr,
              const class DriverIndex *Imports = nullptr);

  const FunctionInfo *info(const clang::FunctionDecl *FD) const;
  const std::vector<FunctionInfo> &functions() const { return Functions; }
  /// What in F's body may write a path: assignments, `++`/`--`, calls (for
  /// DrainEvidence, which would otherwise walk every body again). One list
  /// for the translation unit: most runs never read it.
  llvm::ArrayRef<const clang::Expr *> writesOf(const FunctionInfo &F) const {
    return llvm::ArrayRef(Writes).slice(F.WritesBegin,
                                        F.WritesEnd - F.WritesBegin);
  }
  /// Functions in bottom-up order (callees before callers; the members of
  /// a recursive cycle in some order).
  const std::vector<const FunctionInfo *> &bottomUp() const { return BottomUp; }
  bool anyFunctionWithPhase(Phase P) const;
  /// Is the function used other than by direct calls (stored, passed)?
  /// Then it may be called from places we cannot see.
  bool addressTaken(const clang::FunctionDecl *FD) const {
    return AddressTaken.count(FD->getCanonicalDecl()) != 0;
  }
  /// The function whose body makes this call (a DDI call or a direct call
  /// to a function with a body); null for any other call.
  /// (Indexed on first use: only reports ask, and most runs report
  /// nothing.)
  const FunctionInfo *callerOf(const clang::CallExpr *C) const {
    if (!CallersIndexed)
      indexCallers();
    auto It = CallerIndex.find(C);
    return It == CallerIndex.end() ? nullptr : &Functions[It->second];
  }

  /// Roles this file gives functions it does not define (registered here,
  /// defined in another file): for the whole-driver summary.
  const std::vector<std::pair<std::string, RoleEvidence>> &
  foreignRoles() const {
    return Foreign;
  }
  /// The functions whose address is taken, by declaration.
  const llvm::DenseSet<const clang::FunctionDecl *> &addressTakenSet() const {
    return AddressTaken;
  }

private:
  void importRoles(clang::ASTContext &Ctx, const RuleSet &Rules,
                   const class DriverIndex &Imports);
  void collectFunctions(clang::ASTContext &Ctx, const RuleSet &Rules,
                        WalkedFn Walked);
  void collectRoles(clang::ASTContext &Ctx, const RuleSet &Rules,
                    llvm::ArrayRef<std::pair<std::string, std::string>> Extra);
  void addRole(const clang::FunctionDecl *FD, RoleEvidence E);
  void addTypedefRoles(const FunctionInfo &F, const RuleSet &Rules);
  void orderBottomUp();
  void indexCallers() const;
  /// Starts bringing F's body into the cache: the model walks every body
  /// long after parsing left it, and a large translation unit's AST is far
  /// larger than the cache. (Called one function ahead of the walk.)
  void prefetch(const FunctionInfo &F) const;

  std::vector<FunctionInfo> Functions;
  std::vector<const clang::Expr *> Writes; ///< writesOf
  llvm::DenseMap<const clang::FunctionDecl *, size_t> Index;
  std::vector<const FunctionInfo *> BottomUp;
  llvm::DenseSet<const clang::FunctionDecl *> AddressTaken;
  /// Where FunctionInfo's lists are (see there).
  llvm::BumpPtrAllocator Lists;
  /// A copy of V in Lists (none for an empty V).
  template <typename T> llvm::ArrayRef<T> keep(llvm::ArrayRef<T> V) {
    if (V.empty())
      return {};
    T *Out = Lists.Allocate<T>(V.size());
    std::uninitialized_copy(V.begin(), V.end(), Out);
    return llvm::ArrayRef<T>(Out, V.size());
  }
  std::vector<std::pair<std::string, RoleEvidence>> Foreign;
  mutable llvm::DenseMap<const clang::CallExpr *, size_t> CallerIndex;
  mutable bool CallersIndexed = false;
};

/// The definition of the function a call calls directly, if it has a body.
const clang::FunctionDecl *calleeWithBody(const clang::CallExpr *Call);

} // namespace ndis

#endif
