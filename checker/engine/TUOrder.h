//===--- TUOrder.h - Which of two file locations comes first --------------===//
//
// SourceManager::isBeforeInTranslationUnit works out where the files of
// two locations meet in the include tree at every call (some 320
// instructions); SalAnnotations::take asks it of each top-level
// declaration it passes, in dozens of different headers. TUOrder works
// out each file's place in the include tree once: a location's place is
// the chain of #include locations that led to its file, from the main
// file down, then the location itself. Two places compare at the first
// link where they differ; that link is in one file for both (equal links
// are one #include, which included one file), where offsets are in
// source order.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_TUORDER_H
#define NDIS_TIDY_ENGINE_TUORDER_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <deque>

namespace ndis {

class TUOrder {
public:
  explicit TUOrder(const clang::SourceManager &SM) : SM(SM) {}

  /// SM.isBeforeInTranslationUnit(A, B), for file locations; anything
  /// else (macro locations, files outside the main file's include tree)
  /// is asked of SM itself.
  bool before(clang::SourceLocation A, clang::SourceLocation B);

private:
  struct Place {
    clang::FileID Root; ///< the file at the top of the include tree
    /// The raw encodings of the #include locations down to the file.
    llvm::SmallVector<unsigned, 4> Links;
    bool Known = false; ///< else: ask SM
  };
  const Place &placeOf(clang::SourceLocation L);
  const Place &placeOfFile(clang::FileID F);

  const clang::SourceManager &SM;
  std::deque<Place> Places; ///< (where Cache and PlaceOf point)
  llvm::DenseMap<clang::FileID, const Place *> PlaceOf;
  /// The files last looked up, by their offset ranges: consecutive
  /// locations are mostly in one of a few files.
  struct Recent {
    unsigned Begin = 1, Size = 0;
    const Place *P = nullptr;
  };
  Recent Cache[4];
  unsigned NextSlot = 0;
};

} // namespace ndis

#endif
