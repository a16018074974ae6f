//===--- CfgOrder.cpp - What both flows need from a function's CFG --------===//

#include "CfgOrder.h"
#include "clang/AST/Decl.h"

using namespace clang;

namespace ndis {

CfgOrder CfgOrder::build(const FunctionDecl *Fn, ASTContext &Ctx) {
  CfgOrder O;
  CFG::BuildOptions Options;
  Options.PruneTriviallyFalseEdges = true;
  O.Cfg = CFG::buildCFG(Fn, Fn->getBody(), &Ctx, Options);
  if (!O.Cfg)
    return O;
  for (const CFGBlock *B : *O.Cfg)
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>())
        O.Elements.insert(S->getStmt());

  // Iterative depth-first post-order from the entry, reversed.
  std::vector<char> Seen(O.Cfg->getNumBlockIDs(), 0);
  std::vector<std::pair<const CFGBlock *, CFGBlock::const_succ_iterator>> Stack;
  const CFGBlock *Entry = &O.Cfg->getEntry();
  Seen[Entry->getBlockID()] = 1;
  Stack.push_back({Entry, Entry->succ_begin()});
  while (!Stack.empty()) {
    auto &[Block, It] = Stack.back();
    if (It == Block->succ_end()) {
      O.Order.push_back(Block);
      Stack.pop_back();
      continue;
    }
    const CFGBlock *Next = It->getReachableBlock();
    ++It;
    if (Next && !Seen[Next->getBlockID()]) {
      Seen[Next->getBlockID()] = 1;
      Stack.push_back({Next, Next->succ_begin()});
    }
  }
  std::reverse(O.Order.begin(), O.Order.end());
  O.Rank.assign(O.Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < O.Order.size(); ++I)
    O.Rank[O.Order[I]->getBlockID()] = I;
  for (const CFGBlock *B : O.Order)
    for (const auto &Succ : B->succs())
      if (const CFGBlock *SB = Succ.getReachableBlock())
        if (O.Rank[SB->getBlockID()] <= O.Rank[B->getBlockID()])
          O.Acyclic = false;
  return O;
}

} // namespace ndis
