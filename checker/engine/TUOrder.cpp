//===--- TUOrder.cpp - Which of two file locations comes first ------------===//

#include "TUOrder.h"

using namespace clang;

namespace ndis {

const TUOrder::Place &TUOrder::placeOfFile(FileID F) {
  auto [It, New] = PlaceOf.try_emplace(F, nullptr);
  if (!New)
    return *It->second;
  Place &P = Places.emplace_back();
  It->second = &P;
  FileID At = F;
  // (Bounded: a chain of includes deeper than clang allows is no chain.)
  for (int Depth = 0; Depth < 512; ++Depth) {
    SourceLocation Inc = SM.getIncludeLoc(At);
    if (Inc.isInvalid()) {
      std::reverse(P.Links.begin(), P.Links.end());
      P.Root = At;
      P.Known = true;
      break;
    }
    if (!Inc.isFileID())
      break;
    P.Links.push_back(Inc.getRawEncoding());
    At = SM.getFileID(Inc);
  }
  return P;
}

const TUOrder::Place &TUOrder::placeOf(SourceLocation L) {
  unsigned Offset = L.getRawEncoding();
  for (const Recent &R : Cache)
    if (R.P && Offset - R.Begin <= R.Size)
      return *R.P;
  FileID F = SM.getFileID(L);
  const Place &P = placeOfFile(F);
  Recent &R = Cache[NextSlot++ % 4];
  R.Begin = SM.getLocForStartOfFile(F).getRawEncoding();
  R.Size = SM.getFileIDSize(F);
  R.P = &P;
  return P;
}

bool TUOrder::before(SourceLocation A, SourceLocation B) {
  if (A == B)
    return false;
  if (!A.isFileID() || !B.isFileID() || A.isInvalid() || B.isInvalid())
    return SM.isBeforeInTranslationUnit(A, B);
  const Place &PA = placeOf(A);
  const Place &PB = placeOf(B);
  if (!PA.Known || !PB.Known || PA.Root != PB.Root)
    return SM.isBeforeInTranslationUnit(A, B);
  // The chains with each location at its end, compared link by link.
  size_t N = std::min(PA.Links.size(), PB.Links.size());
  for (size_t I = 0; I <= N; ++I) {
    unsigned LA = I < PA.Links.size() ? PA.Links[I] : A.getRawEncoding();
    unsigned LB = I < PB.Links.size() ? PB.Links[I] : B.getRawEncoding();
    if (LA != LB)
      return LA < LB;
  }
  // One is where the other's file is included from: the #include first.
  return PA.Links.size() < PB.Links.size();
}

} // namespace ndis
