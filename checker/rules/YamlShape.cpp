//===--- YamlShape.cpp - What a rules file may be before YAML I/O reads it ===//

#include "YamlShape.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/YAMLParser.h"
#include <vector>

namespace yaml = llvm::yaml;

namespace ndis {
namespace {

constexpr llvm::StringLiteral MustBeText =
    "a rules file must be UTF-8 YAML text";

bool refuse(llvm::SourceMgr &SM, const char *At, const llvm::Twine &Why) {
  SM.PrintMessage(llvm::SMLoc::getFromPointer(At), llvm::SourceMgr::DK_Error,
                  Why);
  return false;
}

/// UTF-8 text with no control character but tab and line breaks.
bool checkText(llvm::SourceMgr &SM, llvm::StringRef Text) {
  auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Text.begin());
  auto *End = reinterpret_cast<const llvm::UTF8 *>(Text.end());
  if (Text.starts_with("\xFF\xFE") || Text.starts_with("\xFE\xFF"))
    return refuse(SM, Text.begin(),
                  "the file is UTF-16 (it starts with a UTF-16 byte order "
                  "mark); " + MustBeText);
  if (Text.size() >= 2 && (Text[0] == 0 || Text[1] == 0))
    return refuse(SM, Text.begin(),
                  "the file looks like UTF-16 (NUL bytes between the "
                  "characters); " + MustBeText);
  auto Hex = [](llvm::UTF8 Byte) { return llvm::formatv("{0:X-2}", Byte).str(); };
  for (const llvm::UTF8 *P = Begin; P < End;) {
    const char *At = reinterpret_cast<const char *>(P);
    if (*P < 0x80) {
      if ((*P < 0x20 && *P != '\t' && *P != '\n' && *P != '\r') || *P == 0x7F)
        return refuse(SM, At,
                      "binary data (byte 0x" + Hex(*P) + "); " + MustBeText);
      ++P;
      continue;
    }
    unsigned Length = llvm::getNumBytesForUTF8(*P);
    if (Length > static_cast<unsigned>(End - P) ||
        !llvm::isLegalUTF8Sequence(P, P + Length))
      return refuse(SM, At,
                    "the file is not valid UTF-8 (byte 0x" + Hex(*P) +
                        "); " + MustBeText);
    P += Length;
  }
  return true;
}

/// One collection or key/value pair being read. A child is read to its
/// end before its parent moves on, so YAMLParser's own skip(), which
/// recurses, never has anything left to do.
struct Frame {
  yaml::Node *N;
  unsigned Depth;
  std::string Key; // what the children belong to
  bool Started = false;
  yaml::SequenceNode::iterator Item = {};
  yaml::MappingNode::iterator Entry = {};
  int Stage = 0; // key/value: 0 = the key next, 1 = the value, 2 = done
};

class Walk {
public:
  Walk(llvm::SourceMgr &SM, KeyOfValue &Keys) : SM(SM), Keys(Keys) {}

  bool document(yaml::Node *Root) {
    if (!enter(Root, 1, ""))
      return false;
    while (!Stack.empty())
      if (!step())
        return false;
    return true;
  }

private:
  const char *at(yaml::Node *N) { return N->getSourceRange().Start.getPointer(); }

  /// Checks N and, for a collection or pair, pushes it.
  bool enter(yaml::Node *N, unsigned Depth, llvm::StringRef Key) {
    if (!N || N->failed())
      return false;
    // An anchor's or alias's name points into the file, after its '&' or '*'.
    if (auto *A = llvm::dyn_cast<yaml::AliasNode>(N))
      return refuse(SM, A->getName().data() - 1,
                    "aliases (*" + A->getName() +
                        ") are not supported in a rules file; write the "
                        "value out in full");
    if (!N->getAnchor().empty())
      return refuse(SM, N->getAnchor().data() - 1,
                    "anchors (&" + N->getAnchor() +
                        ") are not supported in a rules file; write each "
                        "value out in full");
    if (Depth > MaxRulesDepth)
      return refuse(SM, at(N),
                    "nested deeper than " + llvm::Twine(MaxRulesDepth) +
                        " levels; a rules file needs 6");
    // A flow list starts where its first item does: the outer value,
    // entered first, keeps the place. An empty value starts where the
    // next entry does, and is left out.
    if (!Key.empty() && !llvm::isa<yaml::NullNode>(N))
      Keys.try_emplace(at(N),
                       ValueOfKey{Key.str(), llvm::isa<yaml::SequenceNode>(N)
                                                 ? ValueOfKey::List
                                             : llvm::isa<yaml::MappingNode>(N)
                                                 ? ValueOfKey::Mapping
                                                 : ValueOfKey::Scalar});
    if (llvm::isa<yaml::SequenceNode, yaml::MappingNode, yaml::KeyValueNode>(N))
      Stack.push_back(Frame{N, Depth, Key.str(), false, {}, {}, 0});
    return true;
  }

  bool step() {
    size_t Top = Stack.size() - 1;
    yaml::Node *N = Stack[Top].N;
    unsigned Depth = Stack[Top].Depth;
    std::string Key = Stack[Top].Key;
    yaml::Node *Child = nullptr;
    if (auto *Seq = llvm::dyn_cast<yaml::SequenceNode>(N)) {
      Frame &F = Stack[Top];
      F.Item = F.Started ? ++F.Item : Seq->begin();
      F.Started = true;
      if (F.Item != Seq->end())
        Child = &*F.Item; // an item belongs to the list's key
    } else if (auto *Map = llvm::dyn_cast<yaml::MappingNode>(N)) {
      Frame &F = Stack[Top];
      F.Entry = F.Started ? ++F.Entry : Map->begin();
      F.Started = true;
      if (F.Entry != Map->end())
        return enter(&*F.Entry, Depth + 1, "");
    } else if (auto *Pair = llvm::dyn_cast<yaml::KeyValueNode>(N)) {
      Frame &F = Stack[Top];
      if (F.Stage == 0) {
        F.Stage = 1;
        return enter(Pair->getKey(), Depth, "");
      }
      if (F.Stage == 1) {
        F.Stage = 2;
        llvm::SmallString<32> Storage;
        llvm::StringRef Name;
        if (auto *S = llvm::dyn_cast_or_null<yaml::ScalarNode>(Pair->getKey()))
          Name = S->getValue(Storage);
        if (Name == "<<")
          return refuse(SM, at(Pair->getKey()),
                        "merge keys (<<) are not supported in a rules file; "
                        "write the entries out in full");
        return enter(Pair->getValue(), Depth, Name);
      }
    }
    if (!Child) {
      Stack.pop_back();
      return !N->failed();
    }
    return enter(Child, Depth + 1, Key);
  }

  llvm::SourceMgr &SM;
  KeyOfValue &Keys;
  std::vector<Frame> Stack;
};

/// The '---' line before a document's first node.
const char *documentStart(llvm::StringRef Text, yaml::Node *Root) {
  const char *At = Root->getSourceRange().Start.getPointer();
  if (!At || At < Text.begin() || At > Text.end())
    return Text.end();
  llvm::StringRef Before = Text.take_front(At - Text.begin());
  size_t Line = Before.rfind("\n---");
  if (Line != llvm::StringRef::npos)
    return Before.begin() + Line + 1;
  return Before.starts_with("---") ? Before.begin() : At;
}

} // namespace

bool checkYamlShape(llvm::SourceMgr &SM, KeyOfValue &Keys) {
  const llvm::MemoryBuffer &Buffer = *SM.getMemoryBuffer(1);
  if (!checkText(SM, Buffer.getBuffer()))
    return false;
  yaml::Stream Stream(Buffer.getMemBufferRef(), SM);
  unsigned Documents = 0;
  for (yaml::document_iterator D = Stream.begin(), E = Stream.end(); D != E;
       ++D) {
    yaml::Node *Root = D->getRoot();
    if (Stream.failed() || !Root)
      return false;
    if (++Documents > 1)
      return refuse(SM, documentStart(Buffer.getBuffer(), Root),
                    "a second YAML document; a rules file is one document "
                    "(remove the '---' line that starts this one)");
    if (!Walk(SM, Keys).document(Root))
      return false;
  }
  return !Stream.failed();
}

} // namespace ndis
