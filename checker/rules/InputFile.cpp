//===--- InputFile.cpp - Reading a file ndis-tidy opens itself ------------===//

#include "InputFile.h"
#include "llvm/Support/FileSystem.h"

namespace fs = llvm::sys::fs;

namespace ndis {

static llvm::Error refuse(llvm::StringRef Path, llvm::StringRef What,
                          const llvm::Twine &Why,
                          std::error_code EC = llvm::inconvertibleErrorCode()) {
  return llvm::createStringError(EC, (Path + ": " + What + " " + Why).str());
}

/// Only a regular file no larger than Limit may be opened and read.
static llvm::Error checkStatus(llvm::StringRef Path, llvm::StringRef What,
                               uint64_t Limit, const fs::file_status &S) {
  if (S.type() != fs::file_type::regular_file)
    return refuse(Path, What,
                  "is not a regular file (a device, FIFO, socket or "
                  "directory); give the path of a file");
  if (S.getSize() > Limit)
    return refuse(Path, What,
                  "is larger than the " + llvm::Twine(Limit >> 20) +
                      " MiB limit (" + llvm::Twine(S.getSize()) + " bytes)");
  return llvm::Error::success();
}

llvm::Error checkInputFile(llvm::StringRef Path, llvm::StringRef What,
                           uint64_t Limit) {
  fs::file_status S;
  if (fs::status(Path, S))
    return llvm::Error::success();
  return checkStatus(Path, What, Limit, S);
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(llvm::StringRef Path, llvm::StringRef What, uint64_t Limit) {
  // Looked at before it is opened: opening a FIFO blocks until a writer
  // comes.
  fs::file_status S;
  if (std::error_code EC = fs::status(Path, S))
    return refuse(Path, "cannot read " + What.str() + ":", EC.message(), EC);
  if (llvm::Error Err = checkStatus(Path, What, Limit, S))
    return Err;
  llvm::Expected<fs::file_t> FD = fs::openNativeFileForRead(Path);
  if (!FD) {
    std::error_code EC = llvm::errorToErrorCode(FD.takeError());
    return refuse(Path, "cannot read " + What.str() + ":", EC.message(), EC);
  }
  // And again once open, in case the path now names another file.
  fs::file_status Opened;
  std::error_code EC = fs::status(*FD, Opened);
  llvm::Error Err = EC ? refuse(Path, "cannot read " + What.str() + ":",
                                EC.message(), EC)
                       : checkStatus(Path, What, Limit, Opened);
  if (Err) {
    fs::closeFile(*FD);
    return Err;
  }
  auto Buffer = llvm::MemoryBuffer::getOpenFile(*FD, Path, Opened.getSize());
  fs::closeFile(*FD);
  if (!Buffer)
    return refuse(Path, "cannot read " + What.str() + ":",
                  Buffer.getError().message(), Buffer.getError());
  return std::move(*Buffer);
}

} // namespace ndis
