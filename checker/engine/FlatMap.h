//===--- FlatMap.h - Small string-keyed maps for flow states --------------===//
//
// Flow states are copied along every CFG edge, so they hold no strings and
// no tree nodes: keys and texts are StringRefs into the current function's
// interner, and maps are sorted small vectors.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_ENGINE_FLATMAP_H
#define NDIS_TIDY_ENGINE_FLATMAP_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include <algorithm>

namespace ndis {

/// Strings kept for one function's analysis. Its entries are carved from
/// slabs and dropped together: a StringSet's own allocator would make one
/// aligned heap allocation per string, and free each on the way out.
using Interner = llvm::StringSet<llvm::BumpPtrAllocator>;

/// The interner of the function being analysed (set by InternerScope).
extern thread_local Interner *CurrentInterner;

inline llvm::StringRef intern(llvm::StringRef S) {
  return CurrentInterner->insert(S).first->getKey();
}

/// Makes Strings the current interner for its lifetime.
class InternerScope {
public:
  explicit InternerScope(Interner &Strings) : Outer(CurrentInterner) {
    CurrentInterner = &Strings;
  }
  ~InternerScope() { CurrentInterner = Outer; }

private:
  Interner *Outer;
};

/// A small map from path keys to values: a sorted vector, cheap to copy
/// (states are copied along every CFG edge) and to search.
template <typename V, unsigned N = 6> class FlatMap {
public:
  using value_type = std::pair<llvm::StringRef, V>;
  using iterator = typename llvm::SmallVector<value_type, N>::iterator;
  using const_iterator = typename llvm::SmallVector<value_type, N>::const_iterator;

  iterator begin() { return Data.begin(); }
  iterator end() { return Data.end(); }
  const_iterator begin() const { return Data.begin(); }
  const_iterator end() const { return Data.end(); }

  iterator find(llvm::StringRef K) {
    auto It = lower(K);
    return (It != Data.end() && It->first == K) ? It : Data.end();
  }
  const_iterator find(llvm::StringRef K) const {
    return const_cast<FlatMap *>(this)->find(K);
  }
  size_t count(llvm::StringRef K) const { return find(K) != end(); }
  bool empty() const { return Data.empty(); }
  void clear() { Data.clear(); }
  size_t size() const { return Data.size(); }
  V &operator[](llvm::StringRef K) {
    auto It = lower(K);
    if (It != Data.end() && It->first == K)
      return It->second;
    return Data.insert(It, value_type(intern(K), V()))->second;
  }
  /// operator[] for a key already interned (no second lookup in the
  /// interner to insert it).
  V &atInterned(llvm::StringRef K) {
    auto It = lower(K);
    if (It != Data.end() && It->first == K)
      return It->second;
    return Data.insert(It, value_type(K, V()))->second;
  }
  std::pair<iterator, bool> emplace(llvm::StringRef K, V Val) {
    return emplaceKey(intern(K), std::move(Val));
  }
  /// The same for a key taken from another map of the same function (so
  /// already interned).
  std::pair<iterator, bool> emplaceInterned(llvm::StringRef K, V Val) {
    return emplaceKey(K, std::move(Val));
  }
  iterator erase(iterator It) { return Data.erase(It); }
  void erase(llvm::StringRef K) {
    auto It = find(K);
    if (It != Data.end())
      Data.erase(It);
  }
  /// Keeps only the entries Other holds with an equal value: a join where
  /// a fact must hold on every path. True if anything was dropped.
  bool keepCommon(const FlatMap &Other) {
    bool Changed = false;
    for (auto It = Data.begin(); It != Data.end();) {
      auto O = Other.find(It->first);
      if (O == Other.end() || !(O->second == It->second)) {
        It = Data.erase(It);
        Changed = true;
      } else {
        ++It;
      }
    }
    return Changed;
  }

private:
  std::pair<iterator, bool> emplaceKey(llvm::StringRef K, V Val) {
    auto It = lower(K);
    if (It != Data.end() && It->first == K)
      return {It, false};
    return {Data.insert(It, value_type(K, std::move(Val))), true};
  }
  iterator lower(llvm::StringRef K) {
    return std::lower_bound(
        Data.begin(), Data.end(), K,
        [](const value_type &E, llvm::StringRef Key) { return E.first < Key; });
  }
  llvm::SmallVector<value_type, N> Data;
};

/// Orders two keys; interned keys (the same text at the same address) are
/// equal without reading them.
inline int compareKeys(llvm::StringRef A, llvm::StringRef B) {
  if (A.data() == B.data() && A.size() == B.size())
    return 0;
  return A.compare(B);
}

} // namespace ndis

#endif
