//===--- SarifWriter.cpp - clang-tidy diagnostics as SARIF 2.1.0 ----------===//

#include "SarifWriter.h"
#include "../module/CheckCatalog.h"
#include "../rules/InputFile.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <set>

#ifndef NDIS_TIDY_VERSION
#define NDIS_TIDY_VERSION "unknown"
#endif

using clang::tooling::Diagnostic;
using clang::tooling::DiagnosticMessage;
using clang::tooling::Replacement;
using clang::tooling::Replacements;
namespace json = llvm::json;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace ndis {

namespace {

constexpr llvm::StringLiteral SchemaUri =
    "https://json.schemastore.org/sarif-2.1.0.json";
constexpr llvm::StringLiteral SrcRootId = "%SRCROOT%";
constexpr llvm::StringLiteral FingerprintKey = "ndisTidyFinding/v1";

llvm::Error readOneFile(llvm::StringRef Path, std::vector<Diagnostic> &Into) {
  auto Buffer = readInputFile(Path, "clang-tidy --export-fixes file",
                              ToolInputLimit);
  if (!Buffer)
    return Buffer.takeError();
  if ((*Buffer)->getBuffer().trim().empty())
    return llvm::Error::success();
  std::string Problem;
  llvm::yaml::Input In((*Buffer)->getBuffer(), nullptr,
                       [](const llvm::SMDiagnostic &D, void *Context) {
                         *static_cast<std::string *>(Context) +=
                             llvm::formatv("{0}:{1}: {2}\n", D.getLineNo(),
                                           D.getColumnNo() + 1,
                                           D.getMessage())
                                 .str();
                       },
                       &Problem);
  clang::tooling::TranslationUnitDiagnostics TU;
  In >> TU;
  if (In.error())
    return llvm::createStringError(
        In.error(), "'%s' is not clang-tidy --export-fixes output: %s",
        Path.str().c_str(), Problem.c_str());
  llvm::append_range(Into, TU.Diagnostics);
  return llvm::Error::success();
}

/// A source file read once: its bytes and where its lines start.
struct SourceText {
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  std::vector<size_t> LineStarts;

  explicit SourceText(llvm::StringRef Path) {
    // A file that cannot be read (or is no regular file: the exported
    // fixes name it) gets no snippet.
    auto B = readInputFile(Path, "source file", ToolInputLimit);
    if (!B) {
      llvm::consumeError(B.takeError());
      return;
    }
    Buffer = std::move(*B);
    llvm::StringRef Text = Buffer->getBuffer();
    LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        LineStarts.push_back(I + 1);
  }

  bool has(unsigned Offset) const {
    return Buffer && Offset <= Buffer->getBufferSize();
  }
  /// 1-based line of a byte offset.
  unsigned line(unsigned Offset) const {
    return std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset) -
           LineStarts.begin();
  }
  /// 1-based column of a byte offset, in UTF-16 code units (SARIF's
  /// default columnKind, which the log declares). Equal to clang's byte
  /// column on ASCII lines.
  unsigned column(unsigned Offset) const {
    llvm::StringRef Text = Buffer->getBuffer();
    unsigned Units = 0;
    for (size_t I = LineStarts[line(Offset) - 1]; I < Offset; ++I) {
      unsigned char C = Text[I];
      if ((C & 0xC0) != 0x80) // not a continuation byte
        Units += C >= 0xF0 ? 2 : 1; // 4-byte sequences need a surrogate pair
    }
    return Units + 1;
  }
  /// The text of a 1-based line, without its line break.
  llvm::StringRef lineText(unsigned Line) const {
    llvm::StringRef Text = Buffer->getBuffer();
    size_t Begin = LineStarts[Line - 1];
    size_t End = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
    return Text.slice(Begin, End).rtrim("\r\n");
  }
};

/// URI-encodes a path: unreserved characters and '/' stay, the rest
/// (spaces, non-ASCII bytes, ':' ...) becomes %XX.
std::string encodeUriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/')
      Out += C;
    else {
      Out += '%';
      Out += llvm::hexdigit(C >> 4);
      Out += llvm::hexdigit(C & 15);
    }
  }
  return Out;
}

/// Escapes the characters SARIF gives a meaning in message text.
std::string escapeMessage(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '\\' || C == '[' || C == ']')
      Out += '\\';
    Out += C;
  }
  return Out;
}

json::Object messageOf(llvm::StringRef Text) {
  return json::Object{{"text", escapeMessage(Text)}};
}

std::string normalized(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> P(Path);
  if (!path::is_absolute(P)) {
    if (!Base.empty()) {
      llvm::SmallString<256> B(Base);
      path::append(B, P);
      P = B;
    }
    fs::make_absolute(P);
  }
  path::remove_dots(P, /*remove_dot_dot=*/true);
  path::native(P, path::Style::posix);
  return std::string(P);
}

/// A path relative to \p Root, if it is under it.
std::optional<std::string> relativeTo(llvm::StringRef File,
                                      llvm::StringRef Root) {
  llvm::StringRef R = Root.rtrim('/');
  if (File.size() > R.size() + 1 && File.starts_with(R) &&
      File[R.size()] == '/')
    return File.drop_front(R.size() + 1).str();
  return std::nullopt;
}

std::string hexDigest(llvm::StringRef Data) {
  std::array<uint8_t, 32> Hash = llvm::SHA256::hash(
      llvm::ArrayRef<uint8_t>(Data.bytes_begin(), Data.bytes_end()));
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Hash).take_front(16),
                     /*LowerCase=*/true);
}

/// Where clang-tidy's checks are documented, for rules outside our catalog.
std::string clangTidyDocsUrl(llvm::StringRef Check) {
  if (Check.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html";
  llvm::StringRef Module, Name;
  if (Check.starts_with("clang-analyzer-")) {
    Module = "clang-analyzer";
    Name = Check.drop_front(Module.size() + 1);
  } else {
    std::tie(Module, Name) = Check.split('-');
  }
  if (Name.empty())
    return "https://clang.llvm.org/extra/clang-tidy/checks/list.html";
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
          Name + ".html")
      .str();
}

// json::Value keeps a StringRef by reference: give it strings to own.
json::Object ruleFor(const std::string &Id, const std::string &Summary,
                     const std::string &HelpUri) {
  std::string Help = Summary + ". Documentation: " + HelpUri;
  return json::Object{
      {"id", Id},
      {"name", checkRuleName(Id)},
      {"shortDescription", json::Object{{"text", Summary}}},
      {"fullDescription", json::Object{{"text", Summary}}},
      {"help", json::Object{{"text", Help}}},
      {"helpUri", HelpUri},
      {"defaultConfiguration", json::Object{{"level", "warning"}}},
  };
}

/// Builds one SARIF log; holds the source files it has read.
class LogBuilder {
public:
  explicit LogBuilder(const SarifOptions &Options) : Options(Options) {
    Root = normalized(Options.SourceRoot.empty() ? "." : Options.SourceRoot,
                      "");
  }

  llvm::Expected<json::Value> build(const std::vector<Diagnostic> &Diags,
                                    SarifSummary &Summary);

private:
  /// One diagnostic with what the result needs, before sorting.
  struct Finding {
    const Diagnostic *Diag;
    std::string File; // absolute, normalized
    std::string Uri; // relative to the root if under it, else absolute
    unsigned Line = 0, Column = 0;
    std::string LineText;
    std::string Fingerprint;
  };

  const SarifOptions &Options;
  std::string Root;
  std::map<std::string, std::unique_ptr<SourceText>> Files;

  const SourceText &source(const std::string &File) {
    auto &S = Files[File];
    if (!S)
      S = std::make_unique<SourceText>(File);
    return *S;
  }

  json::Object artifactLocation(llvm::StringRef File) {
    if (std::optional<std::string> Rel = relativeTo(File, Root))
      return json::Object{{"uri", encodeUriPath(*Rel)},
                          {"uriBaseId", SrcRootId}};
    return json::Object{{"uri", "file://" + encodeUriPath(File)}};
  }

  /// A region from a byte offset, to \p End if known (else, per SARIF, to
  /// the end of the line).
  std::optional<json::Object> region(const SourceText &S, unsigned Offset,
                                     std::optional<unsigned> End) {
    if (!S.has(Offset))
      return std::nullopt;
    json::Object R{{"startLine", S.line(Offset)},
                   {"startColumn", S.column(Offset)}};
    if (End && *End >= Offset && S.has(*End)) {
      R["endLine"] = S.line(*End);
      R["endColumn"] = S.column(*End);
    }
    return R;
  }

  json::Object physicalLocation(const std::string &File, unsigned Offset,
                                std::optional<unsigned> End,
                                bool WithContext) {
    json::Object P{{"artifactLocation", artifactLocation(File)}};
    const SourceText &S = source(File);
    if (std::optional<json::Object> R = region(S, Offset, End)) {
      P["region"] = std::move(*R);
      if (WithContext) {
        unsigned Line = S.line(Offset);
        P["contextRegion"] = json::Object{
            {"startLine", Line},
            {"snippet", json::Object{{"text", S.lineText(Line).str()}}}};
      }
    }
    return P;
  }

  /// The end of the diagnostic's highlighted range around its location,
  /// if it has one (clang's "~~~^~~~").
  std::optional<unsigned> rangeEnd(const DiagnosticMessage &M,
                                   const std::string &File,
                                   llvm::StringRef BuildDir) {
    for (const clang::tooling::FileByteRange &R : M.Ranges) {
      if (R.FilePath.empty() || R.Length == 0 ||
          normalized(R.FilePath, BuildDir) != File)
        continue;
      if (R.FileOffset <= M.FileOffset &&
          M.FileOffset < R.FileOffset + R.Length)
        return R.FileOffset + R.Length;
    }
    return std::nullopt;
  }

  json::Object fix(llvm::StringRef Description,
                   const llvm::StringMap<Replacements> &Fix,
                   llvm::StringRef BuildDir) {
    std::vector<llvm::StringRef> Paths;
    for (const auto &Entry : Fix)
      Paths.push_back(Entry.getKey());
    llvm::sort(Paths);
    json::Array Changes;
    for (llvm::StringRef P : Paths) {
      std::string File = normalized(P, BuildDir);
      const SourceText &S = source(File);
      json::Array Replaced;
      for (const Replacement &R : Fix.lookup(P)) {
        unsigned Begin = R.getOffset(), End = R.getOffset() + R.getLength();
        json::Object Deleted{{"byteOffset", Begin},
                             {"byteLength", R.getLength()}};
        if (S.has(Begin) && S.has(End)) {
          Deleted["startLine"] = S.line(Begin);
          Deleted["startColumn"] = S.column(Begin);
          Deleted["endLine"] = S.line(End);
          Deleted["endColumn"] = S.column(End);
        }
        Replaced.push_back(json::Object{
            {"deletedRegion", std::move(Deleted)},
            {"insertedContent",
             json::Object{{"text", R.getReplacementText().str()}}}});
      }
      Changes.push_back(json::Object{{"artifactLocation", artifactLocation(File)},
                                     {"replacements", std::move(Replaced)}});
    }
    return json::Object{{"description", messageOf(Description)},
                        {"artifactChanges", std::move(Changes)}};
  }

  json::Object result(const Finding &F, unsigned RuleIndex,
                      const llvm::StringSet<> *Baseline,
                      SarifSummary &Summary);
};

json::Object LogBuilder::result(const Finding &F, unsigned RuleIndex,
                                const llvm::StringSet<> *Baseline,
                                SarifSummary &Summary) {
  const Diagnostic &D = *F.Diag;
  const DiagnosticMessage &M = D.Message;
  const char *Level = D.DiagLevel == Diagnostic::Error     ? "error"
                      : D.DiagLevel == Diagnostic::Warning ? "warning"
                                                           : "note";
  json::Object Main = physicalLocation(
      F.File, M.FileOffset, rangeEnd(M, F.File, D.BuildDirectory), true);

  // Notes: related locations, linked from the message (GitHub shows
  // related locations only through such links), and one code flow.
  json::Array Related, Steps;
  std::string Text = escapeMessage(M.Message);
  unsigned Id = 0;
  for (const DiagnosticMessage &N : D.Notes) {
    // A note with no place in a file (a macro defined on the command
    // line): a related location with only its message, no step of the flow.
    if (N.FilePath.empty()) {
      ++Id;
      Related.push_back(
          json::Object{{"id", Id}, {"message", messageOf(N.Message)}});
      Text +=
          llvm::formatv("\n[{0}]({1})", escapeMessage(N.Message), Id).str();
      continue;
    }
    std::string File = normalized(N.FilePath, D.BuildDirectory);
    json::Object Where = physicalLocation(
        File, N.FileOffset, rangeEnd(N, File, D.BuildDirectory), false);
    ++Id;
    Related.push_back(json::Object{{"id", Id},
                                   {"message", messageOf(N.Message)},
                                   {"physicalLocation", json::Object(Where)}});
    Text += llvm::formatv("\n[{0}]({1})", escapeMessage(N.Message), Id).str();
    Steps.push_back(json::Object{
        {"location", json::Object{{"physicalLocation", std::move(Where)},
                                  {"message", messageOf(N.Message)}}}});
  }
  // The warning ends the flow, unless the last note already says it there
  // (the static analyzer repeats its warning as the last step).
  bool LastNoteIsWarning =
      !D.Notes.empty() && D.Notes.back().Message == M.Message &&
      D.Notes.back().FileOffset == M.FileOffset &&
      normalized(D.Notes.back().FilePath, D.BuildDirectory) == F.File;
  if (!Steps.empty() && !LastNoteIsWarning)
    Steps.push_back(json::Object{
        {"location", json::Object{{"physicalLocation", json::Object(Main)},
                                  {"message", messageOf(M.Message)}}}});

  json::Object R{
      {"ruleId", D.DiagnosticName},
      {"ruleIndex", RuleIndex},
      {"level", Level},
      {"message", json::Object{{"text", Text}}},
      {"locations", json::Array{json::Object{{"physicalLocation", std::move(Main)}}}},
      {"partialFingerprints", json::Object{{FingerprintKey, F.Fingerprint}}},
  };
  if (!Related.empty())
    R["relatedLocations"] = std::move(Related);
  if (!Steps.empty())
    R["codeFlows"] = json::Array{json::Object{
        {"threadFlows",
         json::Array{json::Object{{"locations", std::move(Steps)}}}}}};

  // Fix-its: the warning's own, then each note's (alternatives, which
  // clang-tidy applies with --fix-notes).
  json::Array Fixes;
  if (!M.Fix.empty())
    Fixes.push_back(fix("Apply the fix-it of " + D.DiagnosticName, M.Fix,
                        D.BuildDirectory));
  for (const DiagnosticMessage &N : D.Notes)
    if (!N.Fix.empty())
      Fixes.push_back(fix(N.Message, N.Fix, D.BuildDirectory));
  if (!Fixes.empty())
    R["fixes"] = std::move(Fixes);

  ++Summary.Results;
  if (D.DiagLevel == Diagnostic::Error)
    ++Summary.ErrorResults;
  bool Known = Baseline && Baseline->contains(F.Fingerprint);
  ++(Known ? Summary.Unchanged : Summary.New);
  if (!Known)
    Summary.NewFindings.push_back(llvm::formatv("{0}:{1}: {2}: {3}", F.Uri,
                                                F.Line, D.DiagnosticName,
                                                M.Message)
                                      .str());
  if (D.DiagLevel == Diagnostic::Error &&
      llvm::StringRef(D.DiagnosticName).starts_with("clang-diagnostic-")) {
    ++Summary.CompilerErrors;
    Summary.NewCompilerErrors += !Known;
  }
  if (Baseline)
    R["baselineState"] = Known ? "unchanged" : "new";
  return R;
}

/// Why a JSON value is not a SARIF 2.1.0 log, with the line of the key
/// that is wrong ("" if it is one). The JSON parser keeps no positions, so
/// the line is that of the key's first appearance in the text.
std::string notSarif(const json::Value &Log, llvm::StringRef Text) {
  auto At = [&](llvm::StringRef Key, const llvm::Twine &Why) {
    size_t Offset = Text.find(("\"" + Key + "\"").str());
    unsigned Line =
        Offset == llvm::StringRef::npos ? 1 : Text.take_front(Offset).count('\n') + 1;
    return (llvm::Twine(Line) +
            ": the baseline is not a SARIF 2.1.0 log as --sarif writes it: " +
            Why)
        .str();
  };
  const json::Object *Top = Log.getAsObject();
  if (!Top)
    return At("", "expected a JSON object with \"version\" and \"runs\"");
  if (Top->getString("version") != std::optional<llvm::StringRef>("2.1.0"))
    return At("version", "expected \"version\": \"2.1.0\"");
  const json::Array *Runs = Top->getArray("runs");
  if (!Runs)
    return At("runs", "expected \"runs\", a list of runs");
  for (const json::Value &Run : *Runs) {
    const json::Object *RunObj = Run.getAsObject();
    if (!RunObj)
      return At("runs", "each run must be a JSON object");
    const json::Object *Tool = RunObj->getObject("tool");
    const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (!Driver || !Driver->getString("name"))
      return At("tool", "each run needs \"tool\": {\"driver\": {\"name\": ...}}");
    if (const json::Value *Results = RunObj->get("results")) {
      const json::Array *List = Results->getAsArray();
      if (!List)
        return At("results", "\"results\" must be a list");
      for (const json::Value &Result : *List)
        if (!Result.getAsObject())
          return At("results", "each result must be a JSON object");
    }
  }
  return "";
}

llvm::Expected<llvm::StringSet<>> readBaseline(llvm::StringRef Path) {
  auto Buffer = readInputFile(Path, "baseline", ToolInputLimit);
  if (!Buffer)
    return Buffer.takeError();
  llvm::StringRef Text = (*Buffer)->getBuffer();
  llvm::Expected<json::Value> Log = json::parse(Text);
  if (!Log)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "baseline '%s' is not JSON: %s",
        Path.str().c_str(), llvm::toString(Log.takeError()).c_str());
  if (std::string Why = notSarif(*Log, Text); !Why.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "%s:%s",
        Path.str().c_str(), Why.c_str());
  llvm::StringSet<> Known;
  for (const json::Value &Run : *Log->getAsObject()->getArray("runs")) {
    const json::Array *Results = Run.getAsObject()->getArray("results");
    if (!Results)
      continue;
    for (const json::Value &Result : *Results) {
      const json::Object *ResObj = Result.getAsObject();
      if (std::optional<llvm::StringRef> State =
              ResObj->getString("baselineState");
          State && *State == "absent")
        continue;
      if (const json::Object *FP = ResObj->getObject("partialFingerprints"))
        if (std::optional<llvm::StringRef> Key = FP->getString(FingerprintKey))
          Known.insert(*Key);
    }
  }
  return Known;
}

llvm::Expected<json::Value>
LogBuilder::build(const std::vector<Diagnostic> &Diags, SarifSummary &Summary) {
  std::optional<llvm::StringSet<>> Baseline;
  if (!Options.BaselinePath.empty()) {
    auto Known = readBaseline(Options.BaselinePath);
    if (!Known)
      return Known.takeError();
    Baseline = std::move(*Known);
  }

  // One finding per distinct diagnostic: run-clang-tidy's merged exports
  // repeat a header's diagnostic once per translation unit.
  std::vector<Finding> Findings;
  std::set<std::string> Seen;
  // Diagnostics with no file (no such input file, a driver error) are
  // about the run, not the code: tool notifications, not results.
  json::Array Notifications;
  for (const Diagnostic &D : Diags) {
    if (D.Message.FilePath.empty()) {
      json::Object Note{
          {"level", D.DiagLevel == Diagnostic::Error     ? "error"
                    : D.DiagLevel == Diagnostic::Warning ? "warning"
                                                         : "note"},
          {"message", messageOf(D.Message.Message)},
          {"descriptor", json::Object{{"id", D.DiagnosticName}}}};
      Notifications.push_back(std::move(Note));
      continue;
    }
    std::string File = normalized(D.Message.FilePath, D.BuildDirectory);
    std::string Key = llvm::formatv("{0}\n{1}\n{2}\n{3}", D.DiagnosticName,
                                    File, D.Message.FileOffset,
                                    D.Message.Message)
                          .str();
    for (const DiagnosticMessage &N : D.Notes)
      Key += llvm::formatv("\n{0}:{1}:{2}", N.FilePath, N.FileOffset,
                           N.Message)
                 .str();
    if (!Seen.insert(Key).second)
      continue;
    Finding F;
    F.Diag = &D;
    F.File = File;
    std::optional<std::string> Rel = relativeTo(File, Root);
    F.Uri = Rel ? *Rel : File;
    const SourceText &S = source(File);
    if (S.has(D.Message.FileOffset)) {
      F.Line = S.line(D.Message.FileOffset);
      F.Column = S.column(D.Message.FileOffset);
      F.LineText = S.lineText(F.Line).trim().str();
    }
    Findings.push_back(std::move(F));
  }
  llvm::stable_sort(Findings, [](const Finding &A, const Finding &B) {
    return std::tie(A.Uri, A.Line, A.Column, A.Diag->DiagnosticName,
                    A.Diag->Message.Message) <
           std::tie(B.Uri, B.Line, B.Column, B.Diag->DiagnosticName,
                    B.Diag->Message.Message);
  });

  // Fingerprints: check, file, message and line text, not the line number;
  // ":N" tells apart the same finding on identical lines of one file.
  std::map<std::string, unsigned> Occurrences;
  for (Finding &F : Findings) {
    std::string Hash =
        hexDigest(llvm::formatv("{0}\n{1}\n{2}\n{3}", F.Diag->DiagnosticName,
                                F.Uri, F.Diag->Message.Message, F.LineText)
                      .str());
    F.Fingerprint =
        llvm::formatv("{0}:{1}", Hash, ++Occurrences[Hash]).str();
  }

  // Rules: every ndis check, then whatever else reported (other clang-tidy
  // checks, compiler diagnostics).
  json::Array Rules;
  llvm::StringMap<unsigned> RuleIndex;
  for (const CheckInfo &C : checkCatalog()) {
    RuleIndex[C.Name] = Rules.size();
    Rules.push_back(
        ruleFor(C.Name.str(), C.Summary.str(), checkDocsUrl(C.Name)));
  }
  std::set<std::string> Others;
  for (const Finding &F : Findings)
    if (!RuleIndex.count(F.Diag->DiagnosticName))
      Others.insert(F.Diag->DiagnosticName);
  for (const std::string &Id : Others) {
    RuleIndex[Id] = Rules.size();
    std::string Summary = llvm::StringRef(Id).starts_with("clang-diagnostic-")
                              ? "Clang compiler diagnostic " + Id
                              : "clang-tidy check " + Id;
    Rules.push_back(ruleFor(Id, Summary, clangTidyDocsUrl(Id)));
  }

  json::Array Results;
  for (const Finding &F : Findings)
    Results.push_back(result(F, RuleIndex[F.Diag->DiagnosticName],
                             Baseline ? &*Baseline : nullptr, Summary));

  bool NotifiedError = llvm::any_of(Notifications, [](const json::Value &N) {
    return N.getAsObject()->getString("level") == llvm::StringRef("error");
  });
  json::Object Invocation;
  // executionSuccessful says what clang-tidy's exit status said: it fails
  // on a compiler error and on a finding made an error. Converted from
  // --export-fixes, the status is the one clang-tidy had: an error result
  // means it failed.
  bool Succeeded = !NotifiedError && (Options.ExitCode
                                          ? *Options.ExitCode == 0
                                          : Summary.ErrorResults == 0);
  if (Options.ExitCode)
    Invocation["exitCode"] = *Options.ExitCode;
  Invocation["executionSuccessful"] = Succeeded;
  // A non-zero exit with no error result to show for it is a failed run
  // (bad options or configuration, a missing input file), not findings.
  Summary.ToolErrors = NotifiedError || (Options.ExitCode &&
                                         *Options.ExitCode != 0 &&
                                         Summary.ErrorResults == 0);
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);

  json::Object Run{
      {"tool",
       json::Object{{"driver",
                     json::Object{{"name", "ndis-tidy"},
                                  {"version", NDIS_TIDY_VERSION},
                                  {"semanticVersion", NDIS_TIDY_VERSION},
                                  {"informationUri", projectHomepage().str()},
                                  {"rules", std::move(Rules)}}}}},
      {"originalUriBaseIds",
       json::Object{{SrcRootId,
                     json::Object{{"uri", "file://" +
                                              encodeUriPath(Root == "/"
                                                                ? Root
                                                                : Root + "/")}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"invocations", json::Array{std::move(Invocation)}},
      {"results", std::move(Results)},
  };
  return json::Object{{"$schema", SchemaUri},
                      {"version", "2.1.0"},
                      {"runs", json::Array{std::move(Run)}}};
}

} // namespace

llvm::Error readExportedDiagnostics(llvm::StringRef Path,
                                    std::vector<Diagnostic> &Into) {
  if (!fs::is_directory(Path))
    return readOneFile(Path, Into);
  std::error_code EC;
  std::vector<std::string> Names;
  for (fs::directory_iterator I(Path, EC), E; I != E && !EC; I.increment(EC))
    if (llvm::StringRef(I->path()).ends_with(".yaml"))
      Names.push_back(I->path());
  if (EC)
    return llvm::createStringError(EC, "cannot list '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  llvm::sort(Names);
  for (const std::string &Name : Names)
    if (llvm::Error Err = readOneFile(Name, Into))
      return Err;
  return llvm::Error::success();
}

llvm::Expected<json::Value> buildSarifLog(const std::vector<Diagnostic> &Diags,
                                          const SarifOptions &Options,
                                          SarifSummary &Summary) {
  return LogBuilder(Options).build(Diags, Summary);
}

llvm::Error writeSarifLog(const json::Value &Log, llvm::StringRef Path) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, fs::OF_Text);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  OS << llvm::formatv("{0:2}", Log) << "\n";
  OS.close();
  if (OS.has_error())
    return llvm::createStringError(OS.error(), "cannot write '%s': %s",
                                   Path.str().c_str(),
                                   OS.error().message().c_str());
  return llvm::Error::success();
}

} // namespace ndis
