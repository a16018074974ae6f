//===--- CheckCatalog.h - Every ndis-* check with its one-line summary ----===//
//
// For the places that describe the checks rather than run them: SARIF's
// rules section, --help texts. Each check's page is docs/checks/<name>.md.
//
//===----------------------------------------------------------------------===//

#ifndef NDIS_TIDY_MODULE_CHECKCATALOG_H
#define NDIS_TIDY_MODULE_CHECKCATALOG_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace ndis {

struct CheckInfo {
  llvm::StringRef Name;
  llvm::StringRef Summary;
};

/// All checks, in the order of the README's list.
llvm::ArrayRef<CheckInfo> checkCatalog();

/// Where the project is published (the NDIS_TIDY_HOMEPAGE CMake variable).
llvm::StringRef projectHomepage();

/// Where a check's documentation page is published.
std::string checkDocsUrl(llvm::StringRef CheckName);

/// A readable name for a check, distinct from its id (SARIF's rule name):
/// its words in PascalCase, without the "ndis-" prefix.
std::string checkRuleName(llvm::StringRef CheckName);

} // namespace ndis

#endif
