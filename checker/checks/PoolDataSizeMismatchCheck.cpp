//===--- PoolDataSizeMismatchCheck.cpp ------------------------------------===//
//
// From PoolFacts: a NET_BUFFER pool's DataSize, read from its parameters
// struct (assigned, initialized, or zeroed) where it is allocated.
//  - NdisAllocateNetBuffer from a pool with a non-zero DataSize (the docs:
//    such pools need NdisAllocateNetBufferMdlAndData);
//  - NdisAllocateNetBufferMdlAndData from a DataSize-0 pool (nothing to
//    preallocate);
//  - the MDL of a MdlAndData buffer freed apart from its NET_BUFFER (the
//    docs: it is freed with the NET_BUFFER by NdisFreeNetBuffer).
//
//===----------------------------------------------------------------------===//

#include "PoolDataSizeMismatchCheck.h"
#include "../engine/DdiCalls.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ndis {

void PoolDataSizeMismatchCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const TUAnalysis &A = analysis(Ctx);
  const PoolFacts &Facts = A.Facts;

  for (const ItemSite &I : Facts.Items) {
    if (!I.Pool || I.Kind != ObjKind::NetBuffer)
      continue;
    auto Sites = Facts.poolsAt(I.PoolKey, A.Aliases);
    if (Sites.empty())
      continue;
    int DataSize = Sites.front()->DataSize;
    for (const PoolSite *S : Sites)
      if (S->Kind != ObjKind::NetBuffer || S->DataSize != DataSize)
        DataSize = -1;
    if (DataSize < 0 || (DataSize == 1) == I.MdlAndData)
      continue;
    diag(I.Call->getBeginLoc(),
         "%0 allocates from '%1', a pool created with %select{DataSize 0; "
         "NdisAllocateNetBufferMdlAndData needs a pool with a DataSize|a "
         "non-zero DataSize; such pools need "
         "NdisAllocateNetBufferMdlAndData}2")
        << callName(I.Call, *rules(), Ctx) << sourceText(I.PoolArg, Ctx)
        << DataSize;
    const PoolSite *S = Sites.front();
    if (S->DataSizeLoc.isValid())
      diag(S->DataSizeLoc, "the pool's DataSize is %select{0|set}0 here",
           DiagnosticIDs::Note)
          << DataSize;
    diag(locOf(S->at(), Ctx), "'%0' is allocated here by %1",
         DiagnosticIDs::Note)
        << S->display(Ctx) << callName(S->at(), *rules(), Ctx);
  }

  for (const MdlFreeSite &M : Facts.MdlFrees) {
    const ItemSite *Alloc = nullptr;
    // The same item, not merely an alias: buffers are linked through
    // NDIS's own fields (NET_BUFFER_LIST_FIRST_NB), which would join them all.
    llvm::SmallString<64> Base = M.Base.key();
    for (const ItemSite &I : Facts.Items)
      if (I.MdlAndData && I.Item && I.Item->key() == Base)
        Alloc = &I;
    if (!Alloc)
      continue;
    diag(M.Call->getBeginLoc(),
         "%0 frees an MDL of a NET_BUFFER allocated with %1; that MDL and its "
         "data are freed with the NET_BUFFER and must not be freed apart")
        << M.Rule->Name << callName(Alloc->Call, *rules(), Ctx);
    diag(Alloc->Call->getBeginLoc(),
         "the NET_BUFFER and its MDL are allocated together here",
         DiagnosticIDs::Note);
  }
}

} // namespace ndis
