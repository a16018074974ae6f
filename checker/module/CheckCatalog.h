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

namespace ndis {

struct CheckInfo {
  llvm::StringRef Name;
  llvm::StringRef Summary;
};

/// All checks, in the order of the README's list.
llvm::ArrayRef<CheckInfo> checkCatalog();

/// Where a check's documentation page is published.
std::string checkDocsUrl(llvm::StringRef CheckName);

} // namespace ndis

#endif
