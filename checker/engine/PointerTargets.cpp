//===--- PointerTargets.cpp - What a call through a pointer may call ------===//

#include "PointerTargets.h"
#include "DriverModel.h"
#include "summary/DriverIndex.h"
#include "clang/AST/ASTContext.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace clang;

namespace ndis {

std::string functionTypeKey(QualType T, const ASTContext &Ctx) {
  QualType Canon = Ctx.getCanonicalType(T);
  if (!isa<FunctionProtoType>(Canon.getTypePtr()))
    return "";
  // (The spelling names records by tag, which is the same in every file
  // that includes the driver's headers. A short hash keeps summaries
  // short: two types that share one only merge their targets, which can
  // lose a count, never keep a wrong one.)
  std::string Spelling = Canon.getAsString();
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::format_hex_no_prefix(
            static_cast<uint32_t>(llvm::xxh3_64bits(Spelling)), 8);
  return Out;
}

void PointerTargets::indexLocal() {
  Indexed = true;
  // (A function defined here whose address only another file takes is
  // this file's to answer for: its own summary is not among the imports.)
  for (const FunctionInfo &F : Model.functions())
    if (F.Fn->getIdentifier())
      ByName[F.Fn->getName()] = F.Fn;
  for (const FunctionDecl *FD : Model.addressTakenSet()) {
    if (!FD->getIdentifier())
      continue;
    ByKey[functionTypeKey(FD->getType(), Ctx)].push_back(FD);
    ByName.try_emplace(FD->getName(), FD);
  }
}

const PointerTargetSet &PointerTargets::of(const CallExpr *C) {
  if (!Imports || !Imports->complete())
    return Unresolved;
  QualType Callee = C->getCallee()->IgnoreParenImpCasts()->getType();
  if (const auto *P = Callee->getAs<PointerType>())
    Callee = P->getPointeeType();
  const Type *Canon = Ctx.getCanonicalType(Callee).getTypePtr();
  auto [It, New] = Cache.try_emplace(Canon);
  PointerTargetSet &Set = It->second;
  if (!New)
    return Set;
  std::string Key = functionTypeKey(Callee, Ctx);
  if (Key.empty())
    return Set; // no prototype: anything
  if (!Indexed)
    indexLocal();
  Set.Resolved = true;
  for (llvm::StringRef K : {llvm::StringRef(Key), llvm::StringRef()}) {
    auto Here = ByKey.find(K);
    if (Here != ByKey.end())
      for (const FunctionDecl *FD : Here->second)
        if (!llvm::is_contained(Set.Local, FD))
          Set.Local.push_back(FD);
    for (const UnitSummary::PointerTarget *T : Imports->pointerTargets(K)) {
      // (Another file's function of internal linkage is not this file's
      // of the same name.)
      auto Known = T->Internal ? ByName.end() : ByName.find(T->Name);
      if (Known != ByName.end()) {
        if (!llvm::is_contained(Set.Local, Known->second))
          Set.Local.push_back(Known->second);
      } else {
        Set.Imported.push_back(T);
      }
    }
  }
  return Set;
}

} // namespace ndis
