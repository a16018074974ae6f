//===--- DriverFuzzer.cpp - libFuzzer target: the analysis over C source --===//
//
// Any bytes, as the C file of a driver: every ndis-* check runs over it the
// way ndis-tidy does (clang-tidy's runClangTidy, the ndis module linked in),
// with the header model of the tests (test/Inputs over share/ndis-tidy/wdk)
// force-included, so a mutation that breaks the #include line still meets
// the DDIs. Broken code is expected and gives compiler errors; nothing may
// crash, hang, leak or trip a sanitizer.
//
// To replay an input with the executable (same flags):
//   ndis-tidy -checks='-*,ndis-*' crash.c -- -x c -std=c11 \
//       -I test/Inputs -include ndis.h
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <cstdint>

// The folder of the tests' ndis.h and clang's own headers (stddef.h, ...),
// from the build (test/fuzz/CMakeLists.txt).
#ifndef NDIS_FUZZ_INPUTS
#error "NDIS_FUZZ_INPUTS must name test/Inputs"
#endif
#ifndef NDIS_FUZZ_RESOURCE_DIR
#error "NDIS_FUZZ_RESOURCE_DIR must name clang's resource directory"
#endif

// The input, in memory only, beside the headers (the tool changes into the
// compilation's directory, which must exist on disk).
static constexpr const char *FileName = NDIS_FUZZ_INPUTS "/fuzz-input.c";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  using namespace clang::tidy;
  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = "-*,ndis-*";
  ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
      ClangTidyGlobalOptions(), Options));

  auto Source = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Source->addFile(FileName, 0,
                  llvm::MemoryBuffer::getMemBufferCopy(
                      llvm::StringRef(reinterpret_cast<const char *>(Data),
                                      Size),
                      FileName));
  auto Files = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  Files->pushOverlay(Source);

  clang::tooling::FixedCompilationDatabase Compilations(
      NDIS_FUZZ_INPUTS,
      {"-x", "c", "-std=c11", "-I", NDIS_FUZZ_INPUTS, "-include", "ndis.h",
       "-resource-dir=" NDIS_FUZZ_RESOURCE_DIR});
  std::vector<ClangTidyError> Findings = runClangTidy(
      Context, Compilations, {FileName}, Files, /*ApplyAnyFix=*/false);
  (void)Findings;
  return 0;
}
