//===--- FunctionFlow.h - One function's pool and item flow ---------------===//
//
// Private to the pool/item flow (HandleFlow.h is its public face and draws
// its state machines). FunctionFlow analyses one function; its members are
// defined by concern, one file each:
//
//   FlowState.h       the state (PoolVal, ItemVal, State) and its join
//   Driver.cpp        the run: along the syntax or over the CFG, the summary
//   Statements.cpp    what a call, an assignment or a status store does
//   DdiEffects.cpp    a DDI's effects (the rules)
//   Pools.cpp         pool handles allocated, freed, allocated from
//   CalleeSummaries.cpp  a callee's summary applied at its call
//   Items.cpp         items: allocated, handed, stored, chained, escaping
//   KeptItems.cpp     items kept in a slot, slots freed (FreesItemsAt,
//                     ItemsFreedBefore)
//   Waits.cpp         waits that may drain, conditional waits, drain skips
//   Branches.cpp      what a branch condition tells about the state
//   Exits.cpp         returns: leaks and what is freed at the exit; events
//
// Small members the walk calls at every statement stay inline here.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_HANDLEFLOW_FUNCTIONFLOW_H
#define NDIS_TIDY_ENGINE_HANDLEFLOW_FUNCTIONFLOW_H

#include "../HandleFlow.h"
#include "FlowState.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>
#include <set>

namespace ndis {
namespace handleflow {

using clang::ASTContext;
using clang::CFGBlock;
using clang::FunctionDecl;
using clang::ReturnStmt;
using clang::SourceLocation;
using clang::VarDecl;
using clang::LabelDecl;
using llvm::StringRef;

/// Is E a failure status: a constant with the severity bits set, as
/// NT_SUCCESS reads it? (Statements.cpp)
bool isFailureStatus(const Expr *E, ASTContext &Ctx);

/// One function's analysis.
class FunctionFlow {
public:
  FunctionFlow(ASTContext &Ctx, const RuleSet &Rules,
               const SummaryMap &Summaries, const DriverIndex *Imports, const DrainEvidence &Drains,
               ItemLending &Lending, const FunctionInfo &F,
               std::vector<FlowEvent> &Events,
               llvm::DenseMap<const Expr *, llvm::StringRef> &Displays,
               llvm::StringSaver &DisplaySaver)
      : Ctx(Ctx), Rules(Rules), Summaries(Summaries), Imports(Imports), Drains(Drains), Lending(Lending),
        F(F), Fn(F.Fn),
        Events(Events),
        Displays(Displays), DisplaySaver(DisplaySaver) {}

  FunctionSummary run();

private:
  // The walk.
  void transferBlock(const CFGBlock &B, State &St);
  /// Follows S along its syntax (see followsSyntax): St is the state
  /// before S and becomes the state after it; the states at its returns
  /// are joined into AtExit.
  void exec(const Stmt *S, State &St, State &AtExit);
  /// Evaluates a branch condition from St, following its `&&`, `||` and
  /// `!`: St becomes the state where it is true, False where it is false.
  void execCondition(const Expr *Cond, State &St, State &False);
  void execTest(const Expr *Cond, State &St, State &False);
  void walk(const Stmt *S, State &St);
  void visit(const Stmt *S, State &St, const Stmt *Parent);
  /// What taking one branch of a condition tells about a tracked path:
  /// the path is zero (or not), or the status a DDI wrote for a pool says
  /// success (or not).
  struct BranchTest {
    bool Status = false;
    llvm::StringRef Key;
    bool Value = false; ///< is zero; for a status: succeeded
    /// A test of an integer's failure: Value says it failed (not zero,
    /// negative: what `!= NDIS_STATUS_SUCCESS` and `!NT_SUCCESS` test).
    bool Failure = false;
  };
  /// The tests of one branch, worked out once per condition and branch
  /// (loops revisit them; the edges of an acyclic CFG visit each once but
  /// ask twice, through decides() and refine()).
  llvm::ArrayRef<BranchTest> testsFor(const Expr *Cond, bool Branch);
  void collectTests(const Expr *Cond, bool Branch, int Depth,
                    llvm::SmallVectorImpl<BranchTest> &Out);
  void collectZeroTest(const Expr *X, bool IsZero,
                       llvm::SmallVectorImpl<BranchTest> &Out);
  /// The interned path key of E (empty if E has no path), read once per
  /// expression: a condition's two branches test the same paths.
  llvm::StringRef keyOf(const Expr *E);
  /// Does the branch say anything about a path St tracks?
  bool decides(const State &St, const Expr *Cond, bool Branch);
  bool tracksAny(const State &St, llvm::ArrayRef<BranchTest> Tests) const;
  /// Would Tests add or drop a failure St holds?
  static bool changesFailed(const State &St, llvm::ArrayRef<BranchTest> Tests);
  /// `Status = NDIS_STATUS_RESOURCES;`: Key holds a failure from here on;
  /// any other value, and it does not.
  void storeStatus(const Expr *LHS, const VarDecl *Var, const Expr *RHS,
                   State &St);
  void refine(State &St, const Expr *Cond, bool Branch);
  /// Narrows St by Tests, each with its value negated when Negate is set
  /// (a plain test's false branch is its true branch negated).
  void applyTests(State &St, llvm::ArrayRef<BranchTest> Tests, bool Negate);

  // Transfer.
  void handleCall(const CallExpr *C, State &St);
  void handleDdi(const CallExpr *C, const DdiRule &R, State &St);
  void handleSummary(const CallExpr *C, const FunctionDecl *Callee,
                     const FunctionSummary &Sum, State &St);
  void handleAssign(const Expr *LHS, const Expr *RHS, std::optional<AccessPath> L,
                    State &St);
  void handleReturn(const ReturnStmt *R, State &St);
  void checkLeaksAtExit(const State &St, SourceLocation Loc, bool ErrorReturn);
  void recordMustFree(const State &AtExit);
  /// FunctionSummary::WaitsIfParam: `if (P) <wait>;` (or `if (!P)`) at the
  /// top of the body, P a parameter the body never writes, nothing before
  /// the wait that returns or jumps.
  void recordConditionalWait();
  /// Does this call wait in a way that may drain: a call of a helper that
  /// waits when a parameter has the truth its constant argument has.
  bool waitsByArgument(const CallExpr *C, const FunctionSummary &CS) const;

  /// Chain: the way down to the allocation when C is a helper that
  /// returns a new pool (FunctionSummary::ReturnsPool); else C's own.
  void allocatePool(const AccessPath &P, const CallExpr *C, const Effect &E,
                    const Expr *Target, State &St,
                    const ChainedSite *Chain = nullptr);
  /// The summary of the function C calls, here or in another file.
  const FunctionSummary *calleeSummary(const CallExpr *C) const;
  /// Also: what a callee freed of the items kept before this free.
  void freePool(llvm::StringRef Key, Shown Display,
                ChainedSite Site, bool Must, State &St,
                llvm::StringRef Base = llvm::StringRef(),
                const ItemsFreedFirst *Also = nullptr);
  void usePool(const AccessPath &P, const CallExpr *C, State &St,
               llvm::StringRef Base);
  void newItem(const AccessPath &I, const Expr *Pool, const CallExpr *C,
               const Effect &E, const Expr *Target, State &St);
  // How/By are Twines: built only when an item does escape.
  void escapeItem(llvm::StringRef Key, State &St, const Stmt *Where,
                  const llvm::Twine &How);
  void handItem(llvm::StringRef Key, State &St, const Stmt *Where,
                const llvm::Twine &By);
  /// `Ctx->Head = Nbl;`: stored, but the path may still hand it on. Slot:
  /// where it is kept (slotKeyOf), if that outlives the function.
  void storeItem(llvm::StringRef Key, State &St, const Stmt *Where,
                 const llvm::Twine &How,
                 llvm::StringRef Slot = llvm::StringRef());
  /// A DDI or a helper frees the item Arg names (Site: the way to the
  /// free): the item the state tracks there, and the items kept in the
  /// slot it is read from. False when it cannot tell which items those
  /// are (walked off a list): the caller then frees items of the kind.
  bool freeItemAt(const Expr *Arg, const ChainedSite &Site, State &St);
  /// The local at Key is about to hold something else: an item it holds
  /// that a slot keeps stays kept there, tracked by the slot's key (for a
  /// collection, among others: IMany).
  void parkKept(llvm::StringRef Key, State &St);
  /// The items kept at Slot are freed, those of kind K from anywhere.
  void releaseSlot(llvm::StringRef Slot, const ChainedSite &Site, State &St);
  void releaseKind(ObjKind K, State &St);
  /// Were the items kept where V is freed on some path here (or by a
  /// callee before its pool free, Also)?
  bool released(const State &St, const ItemVal &V,
                const ItemsFreedFirst *Also) const;
  /// A free of pool Key (a summary key): the kept items freed before it.
  void recordFreedFirst(llvm::StringRef Key, const State &St,
                        const ItemsFreedFirst *Also);
  /// Items inside items (ItemVal::Inside): the item at Key goes inside the
  /// one at Container; what becomes of the container becomes of it.
  /// False when it cannot be followed (the container is not tracked, or
  /// nesting would go deeper than one level): the caller then treats it as
  /// the store or call it is.
  bool chainItem(llvm::StringRef Key, llvm::StringRef Container, State &St);
  /// `NdisUnchainBufferAtFront(Packet, &Buffer)`: Out holds the item that
  /// was inside Container when it is known which one; else all are gone.
  void unchainItem(llvm::StringRef Container, const AccessPath &Out,
                   State &St);
  /// A DDI or a helper frees the item at Key (not what is inside it).
  void freeItem(llvm::StringRef Key, State &St) {
    if (auto It = St.Items.find(Key); It != St.Items.end())
      It->second.Bits = IFreed;
    dropContained(Key, St);
  }
  /// The container is gone (freed, overwritten): so is what was inside,
  /// for all we know (code that walks a packet's chain may free it).
  void dropContained(llvm::StringRef Container, State &St);
  /// The item a store into `Packet->Private.Head` puts its value inside:
  /// the tracked item the left side's object is reached from.
  llvm::StringRef containerOf(const Expr *LHS, const State &St) const;
  template <typename Fn>
  void forContained(llvm::StringRef Container, State &St, Fn &&Each) {
    llvm::SmallVector<llvm::StringRef, 4> Keys;
    for (const auto &[K, V] : St.Items)
      if (V.Inside == Container)
        Keys.push_back(K);
    for (llvm::StringRef K : Keys)
      Each(K);
  }
  /// Items still stored at the exit are kept by the driver.
  void recordStoredAtExit(const State &AtExit);
  /// What becomes of the kept items is out of view from here: they are
  /// recorded as kept, and no longer followed.
  void leaveKept(State &St);
  void waited(State &St, ChainedSite Site);
  /// A free of summary key Key: it counts as drained only if every free of
  /// Key comes after a wait (FunctionSummary::FreedAfterWait). Key is kept
  /// (Summaries.keep), as the summary's own entry for the free is.
  void freedAt(const State &St, llvm::StringRef Key, bool CalleeWaited) {
    if (Reporting && !St.Waited && !CalleeWaited)
      Unwaited.insert(Key);
  }
  /// Does the call wait, in a way that may drain, on every path?
  bool drainingWait(const CallExpr *C);
  /// The branches that skip a wait that may drain (DrainEvidence.h):
  /// condition -> the branch value that skips it.
  void findDrainSkips();
  void markSkip(State &St, const Expr *Cond, bool Branch) const {
    auto It = DrainSkips.find(Cond);
    if (It != DrainSkips.end() && It->second == Branch)
      St.Waited = true;
  }
  bool skips(const State &St, const Expr *Cond, bool Branch) const {
    auto It = DrainSkips.find(Cond);
    return !St.Waited && It != DrainSkips.end() && It->second == Branch;
  }
  /// Summary entries are sets (see FunctionSummary): the first chain to
  /// each allocating call, or to each item's allocation and escape, is
  /// kept; later ones (a helper called twice, a loop revisited) add none.
  void addAllocation(PoolAllocation A) {
    if (AllocationsSeen.insert({A.Path, A.Kind, A.Site.last().opaque()}).second)
      Sum.AllocatesPools.push_back(std::move(A));
  }
  /// The item V, as a summary records it when it leaves at Where: handed
  /// to NDIS, passed on or stored, How says.
  EscapingItem escapingOf(const ItemVal &V, const clang::Stmt *Where,
                          std::string How) const {
    EscapingItem X;
    X.Pool = exportedPool(V.Pool).str();
    X.Kind = V.Kind;
    X.Alloc.Calls = {V.Alloc};
    X.EscapeSite = Where;
    X.EscapeHow = std::move(How);
    return X;
  }
  /// The key a summary knows a pool of this function's flow by: a field's
  /// or global's own, "%N*" for the caller's handle reached through
  /// parameter N (handlePathOf); "" for a local's.
  llvm::StringRef exportedPool(llvm::StringRef Key) const;
  void addEscaping(EscapingItem X) {
    if (EscapesSeen
            .insert({X.Pool, X.Kind, X.Alloc.last().opaque(),
                     X.EscapeSite ? (const void *)X.EscapeSite
                                  : (const void *)X.EscapeElsewhere,
                     X.Handed})
            .second)
      Sum.EscapingItems.push_back(std::move(X));
  }

  /// The summary key of a path: "%N" for parameter N, the path key for a
  /// field or global, none for a local.
  std::optional<std::string> summaryKey(const AccessPath &P) const;
  /// A callee summary key at a call site: "%N" becomes the argument's key.
  /// (Interned, or Key itself: valid while the function is analysed.)
  std::optional<llvm::StringRef> translate(llvm::StringRef Key,
                                           const CallExpr *C) const;
  /// What S shows, read from the source now if it is an expression.
  llvm::StringRef text(const Shown &S) {
    return S.E ? display(S.E) : S.Text;
  }
  /// The expression as written, saved for the whole translation unit (so
  /// states may keep it without interning).
  llvm::StringRef display(const Expr *E) {
    auto [It, New] = Displays.try_emplace(E);
    if (New)
      It->second = DisplaySaver.save(sourceText(E, Ctx));
    return It->second;
  }
  void emit(FlowEvent E);

  ASTContext &Ctx;
  const RuleSet &Rules;
  const SummaryMap &Summaries;
  const DriverIndex *Imports;
  const DrainEvidence &Drains;
  ItemLending &Lending;
  const FunctionInfo &F;
  const FunctionDecl *Fn;
  std::vector<FlowEvent> &Events;

  llvm::DenseSet<const Stmt *> Elements; ///< statements the CFG lists itself
  Interner Strings;                      ///< what the states' StringRefs hold
  std::deque<ChainedSite> Chains;        ///< what PoolVal::Free points to
  const ChainedSite *keep(ChainedSite S) {
    Chains.push_back(std::move(S));
    return &Chains.back();
  }
  bool Reporting = false;
  StringRef DeclName; ///< the variable being initialized, for display
  FunctionSummary Sum;
  std::set<std::tuple<std::string, ObjKind, const void *>> AllocationsSeen;
  std::set<std::tuple<std::string, ObjKind, const void *, const void *, bool>>
      EscapesSeen;
  std::set<std::tuple<int, const void *, const void *>> Emitted;
  std::set<const CallExpr *> UncheckedReported;
  llvm::DenseMap<std::pair<const Expr *, unsigned>,
                 llvm::SmallVector<BranchTest, 1>>
      Tests;
  llvm::DenseMap<const Expr *, llvm::StringRef> &Displays; ///< HandleFlow's
  llvm::StringSaver &DisplaySaver;
  llvm::DenseMap<const Expr *, llvm::StringRef> Keys;
  /// States at the gotos to each label not yet reached (exec).
  llvm::DenseMap<const LabelDecl *, State> Pending;
  /// Summary keys freed on some path with no wait before (freedAt).
  /// (Kept keys, as in the summary: no copy of each.)
  llvm::DenseSet<llvm::StringRef> Unwaited;
  llvm::DenseMap<const Expr *, bool> DrainSkips;
};

} // namespace handleflow
} // namespace ndis

#endif
