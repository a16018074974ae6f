//===--- NoRemoteIndex.cpp - ndis-clangd has no remote index --------------===//
//
// Debian builds clangd with its remote-index client (clangd
// --remote-index-address, over gRPC), so libclangdMain.a asks for
// remote::getClient, and the archive that defines it pulls in gRPC,
// protobuf and abseil: three more libraries, with their -dev packages, for
// a feature a driver project does not use. This definition takes its place
// (as clangd's own build does without gRPC: no client, and clangd goes on
// with its local index), so the archive member is never linked.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include <memory>

namespace clang {
namespace clangd {
// Only its name matters here (it is part of getClient's mangled name): the
// pointer returned is always null, so nothing of the class is ever used.
// Debian ships none of clangd's headers.
class SymbolIndex {
public:
  virtual ~SymbolIndex();
};
namespace remote {

std::unique_ptr<SymbolIndex> getClient(llvm::StringRef Address,
                                       llvm::StringRef IndexRoot) {
  return nullptr;
}

} // namespace remote
} // namespace clangd
} // namespace clang
