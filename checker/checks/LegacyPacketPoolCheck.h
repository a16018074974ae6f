//===--- LegacyPacketPoolCheck.h ------------------------------------------===//
//
// An NDIS 6 driver allocating NDIS 5 packet pools
// (docs/checks/ndis-legacy-packet-pool.md).
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_CHECKS_LEGACYPACKETPOOLCHECK_H
#define NDIS_TIDY_CHECKS_LEGACYPACKETPOOLCHECK_H

#include "NdisCheck.h"

namespace ndis {

class LegacyPacketPoolCheck : public NdisCheck {
public:
  using NdisCheck::NdisCheck;
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  /// The first NDIS 6 version macro defined in this translation unit.
  std::string Ndis6Macro;
  clang::SourceLocation Ndis6MacroLoc;

private:
  void findMacroInPreamble(const clang::SourceManager &SM);
  /// The translation unit's preprocessor, for its macro table.
  clang::Preprocessor *PP = nullptr;
};

} // namespace ndis

#endif
