//===--- CfgOrder.h - What both flows need from a function's CFG ----------===//

#ifndef NDIS_TIDY_ENGINE_CFGORDER_H
#define NDIS_TIDY_ENGINE_CFGORDER_H

#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace ndis {

/// A function's CFG, its reachable blocks in reverse post-order (so a
/// worklist converges quickly, and an acyclic CFG needs one pass), and the
/// statements the CFG lists itself (a walk of an element skips those: they
/// are visited in their own place).
struct CfgOrder {
  std::unique_ptr<clang::CFG> Cfg;
  std::vector<const clang::CFGBlock *> Order;
  std::vector<unsigned> Rank; ///< by block ID; ~0u for unreachable blocks
  llvm::DenseSet<const clang::Stmt *> Elements;
  bool Acyclic = true;

  /// Null Cfg when the CFG cannot be built (code it does not model).
  static CfgOrder build(const clang::FunctionDecl *Fn, clang::ASTContext &Ctx);
};

} // namespace ndis

#endif
