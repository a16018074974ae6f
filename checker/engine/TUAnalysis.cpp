//===--- TUAnalysis.cpp - The analysis of one translation unit ------------===//

#include "TUAnalysis.h"
#include "LocalVersions.h"
#include "DdiCalls.h"
#include "summary/ExportSummary.h"
#include "summary/SummaryFile.h"
#include "llvm/Support/Path.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdlib>
#include <map>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace clang;

namespace ndis {

namespace {
/// NDIS_TIDY_TIMING=1 prints how long each phase took, and (with glibc)
/// how much heap it left allocated (for bench/).
struct PhaseTimer {
  using Clock = std::chrono::steady_clock;
  bool On = std::getenv("NDIS_TIDY_TIMING") != nullptr;
  Clock::time_point Last = Clock::now();
  size_t LastHeap = 0;
  void start() {
    Last = Clock::now();
    if (On) // mallinfo2 walks the allocator's lists: only when asked
      LastHeap = heapInUse();
  }
  void lap(const char *Phase) {
    if (!On)
      return;
    auto Now = Clock::now();
    size_t Heap = heapInUse();
    llvm::errs() << "ndis-tidy timing: " << Phase << " "
                 << std::chrono::duration<double, std::milli>(Now - Last).count()
                 << " ms, heap "
                 << (double(Heap) - double(LastHeap)) / (1024 * 1024)
                 << " MB\n";
    Last = Now;
    LastHeap = Heap;
  }
  static size_t heapInUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    return mallinfo2().uordblks;
#else
    return 0;
#endif
  }
};
} // namespace

static PhaseTimer &timer() {
  static thread_local PhaseTimer T;
  return T;
}

static std::unique_ptr<DriverIndex> importsFor(const ASTContext &Ctx,
                                               const AnalysisOptions &Options) {
  if (Options.Summaries.Import.empty())
    return nullptr;
  return DriverIndex::load(Options.Summaries.Import, mainFilePath(Ctx));
}

TUAnalysis::TUAnalysis(ASTContext &Ctx, const RuleSet &Rules,
                       const AnalysisOptions &Options)
    : Imports((timer().start(), importsFor(Ctx, Options))),
      // The comma expression times the model's construction too. Each
      // function's pool sites, and which paths may hold the same value
      // (assignments anywhere, parameters bound to arguments), are taken as
      // soon as the model has walked its body: the nodes they read are
      // still in the caches then, and would be cold by the end of the walk.
      Model((timer().lap("import"),
             DriverModel(Ctx, Rules, Options.ExtraRoles,
                         [&](const FunctionInfo &F) {
                           LocalVersions Versions(F, Ctx);
                           Facts.add(F, Ctx, Versions);
                           Aliases.addFunction(F, Versions);
                         },
                         Imports.get()))) {
  PhaseTimer &Timer = timer();
  Timer.lap("model+facts+aliases");
  if (Imports) {
    // What the other files make equal is equal here too.
    for (const auto &U : Imports->units())
      for (const auto &[A, B] : U->Aliases)
        Aliases.joinKeys(A, B);
    SummaryErrors = Imports->Errors;
    SummaryNotes = Imports->Notes;
    // Pools the other files allocate: their kind and DataSize hold here.
    for (const auto &U : Imports->units())
      for (const PoolFact &P : U->Pools) {
        PoolSite S;
        S.Key = P.Key;
        S.Kind = P.Kind;
        S.DataSize = P.DataSize;
        S.Elsewhere = P.Where;
        S.ElsewhereDisplay = P.Display;
        Facts.ImportedPools.push_back(std::move(S));
      }
  }
  Facts.addReturnedPools(Model, Imports.get());
  Facts.addOutParamPools(Model, Imports.get());
  Facts.index(Aliases);
  Timer.lap("index");
  HandleFlow Flow(Ctx, Rules, Model, Summaries, Aliases, Imports.get());
  Summaries.reserve(Model.functions().size());
  for (const FunctionInfo *F : Model.bottomUp()) {
    FunctionSummary S = Flow.analyze(*F, Events);
    if (const ReturnedPool *R = Facts.returnedPool(F->Fn)) {
      S.ReturnsPool = R->Kind;
      S.ReturnsDataSize = R->DataSize;
      S.ReturnSite = R->Site;
    }
    Summaries.set(F->Fn, std::move(S));
  }

  Timer.lap("flow");
  Teardown = findTeardownWithOutstanding(Model, Summaries, Aliases, Rules, Ctx,
                                         Imports.get());
  for (FlowEvent &E : findDanglingFrees(Model, Summaries, Rules, Ctx,
                                           Imports.get()))
    Events.push_back(std::move(E));
  Timer.lap("teardown");
  Leaks = findPoolLeaks(Model, Summaries, Facts, Aliases, Imports.get());
  Timer.lap("leaks");
  Sal = SalAnnotations::take(Ctx);
  LockIrqlOutcome Locks =
      analyzeLocksAndIrql(Ctx, Rules, Model, Sal, Imports.get());
  LockEvents = std::move(Locks.Events);
  LockEntrySites = std::move(Locks.EntrySites);
  LockStrings = std::move(Locks.Strings);
  Timer.lap("locks+irql");
  if (!Options.Summaries.Export.empty()) {
    exportSummary(Ctx, Rules, Options.Summaries, Locks);
    Timer.lap("export");
  }
}

void TUAnalysis::exportSummary(ASTContext &Ctx, const RuleSet &Rules,
                               const SummaryPaths &Paths,
                               LockIrqlOutcome &Locks) {
  UnitSummary Unit = summarizeUnit(*this, Locks, Ctx, Rules);
  if (Unit.Hash.empty()) {
    SummaryErrors.push_back("cannot export the summary of '" + Unit.Source +
                            "': the file cannot be read");
    return;
  }
  if (llvm::Error E = ndis::exportSummary(Unit, Paths.Export))
    SummaryErrors.push_back(llvm::toString(std::move(E)));
}

std::string mainFilePath(const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  return absoluteFileName(SM.getMainFileID(), SM);
}

namespace {
/// On Linux the main thread's id is the process id.
bool isMainThread() {
#if defined(__linux__)
  return syscall(SYS_gettid) == getpid();
#else
  return false;
#endif
}

struct Cache {
  std::map<std::pair<const RuleSet *, std::string>, std::unique_ptr<TUAnalysis>>
      ByRules;
  const ASTContext *Ctx = nullptr;
};
/// One cache per thread: clangd (ndis-clangd) builds the ASTs of several
/// open files at once, each on its own thread, start to end.
Cache &cache() {
  // A thread's cache goes with the thread, but the main thread's is never
  // destroyed: at exit the process's memory goes back whole, and freeing a
  // large translation unit's analysis piece by piece would cost a few
  // tenths of a percent of the run (clang -cc1 skips freeing its AST for
  // the same reason: -disable-free).
  struct Holder {
    Cache *C = new Cache;
    ~Holder() {
      if (!isMainThread())
        delete C;
    }
  };
  static thread_local Holder H;
  return *H.C;
}
} // namespace

const TUAnalysis &TUAnalysis::get(ASTContext &Ctx, const RuleSet &Rules,
                                  const AnalysisOptions &Options) {
  Cache &C = cache();
  if (C.Ctx != &Ctx) {
    C.ByRules.clear();
    C.Ctx = &Ctx;
  }
  auto &Slot = C.ByRules[{&Rules, Options.key()}];
  if (!Slot)
    Slot = std::make_unique<TUAnalysis>(Ctx, Rules, Options);
  return *Slot;
}

void TUAnalysis::reset() {
  cache().ByRules.clear();
  cache().Ctx = nullptr;
  // Everything keyed by the last translation unit's AST must go with it:
  // the new AST may reuse its addresses.
  forgetCalleeRules();
}

} // namespace ndis
