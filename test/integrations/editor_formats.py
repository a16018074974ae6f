#!/usr/bin/env python3
"""Parses ndis-tidy's output as the editor integrations of docs/editors.md do.

    editor_formats.py DOC NDIS_TIDY INPUTS ARG... FILE...

Runs `NDIS_TIDY --quiet --checks=-*,CHECK ARG... FILE... -- -I INPUTS`
(CHECK: ndis-shared-memory-handle-mismatch, what the inputs are about), then
reads what it printed with the expression of each integration and prints
the entries each would show, one a line, for FileCheck:

  vscode              the problem matcher of the tasks.json block in DOC
                      (read from DOC, so the page and the test agree);
                      stdout and stderr, as the task's terminal shows them
  ale                 ALE's handler for clang-tidy (HandleGCCFormat in
                      autoload/ale/handlers/gcc.vim), stdout only as ALE
                      reads it; a note goes to the detail of the entry
                      above it
  flycheck-clang-tidy the error patterns of the flycheck-clang-tidy package
  flycheck            the :error-patterns of the checker defined in DOC;
                      the rx forms are checked to be in DOC word for word

A line of the output that names one of the FILEs, line and column is a
diagnostic; any other line an integration takes for one is reported as
"stray", and any diagnostic one misses as "missed".
"""

import json
import os
import re
import subprocess
import sys

CHECK = "ndis-shared-memory-handle-mismatch"

# ALE's pattern for gcc-style lines; Vim's very magic syntax (\v) reads the
# same as Python's here.
ALE = re.compile(r"^([a-zA-Z]?:?[^:]+):(\d+)?:?(\d+)?:? ([^:]+): (.+)$")

# flycheck's rx: (file-name) is (group-n 1 (minimal-match (one-or-more
# not-newline))), line and column are (group-n 2/3 (one-or-more digit)),
# (message) is (group-n 4 (one-or-more not-newline)) unless given a body,
# (id BODY) is (group-n 5 BODY).
FILE_LINE_COL = r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+)"

# flycheck-clang-tidy.el's patterns: "(file-name):line:column: <level>: "
# then (message) up to the end of the line.
FLYCHECK_CLANG_TIDY = [
    (level, re.compile(FILE_LINE_COL + ": " + word + r": (?P<message>.+)$"))
    for level, word in (("error", "error"), ("warning", "warning"),
                        ("info", "note"))
]

# Our checker in docs/editors.md: each rx form, and the same in Python.
ID_TAIL_RX = ('(message (minimal-match (one-or-more not-newline))) '
              '(optional " [" (id (one-or-more (not (any "]")))) "]") line-end')
ID_TAIL_RE = r"(?P<message>.+?)(?: \[(?P<id>[^\]]+)\])?$"
FLYCHECK_OURS = [
    ('(error line-start (file-name) ":" line ":" column ": error: " '
     + ID_TAIL_RX + ')', "error",
     FILE_LINE_COL + ": error: " + ID_TAIL_RE),
    ('(warning line-start (file-name) ":" line ":" column ": warning: " '
     + ID_TAIL_RX + ')', "warning",
     FILE_LINE_COL + ": warning: " + ID_TAIL_RE),
    ('(info line-start (file-name) ":" line ":" column ": note: " '
     '(message) line-end)', "info",
     FILE_LINE_COL + r": note: (?P<message>.+)$"),
]


def words(text):
    return " ".join(text.split())


def vscode_matcher(doc):
    """The problem matcher of the ```json block with "tasks" in DOC."""
    for block in re.findall(r"^```json\n(.*?)^```", doc, re.M | re.S):
        tasks = json.loads(block).get("tasks", [])
        for task in tasks:
            if "problemMatcher" in task:
                return task["problemMatcher"]
    sys.exit("editor_formats: no tasks.json block with a problemMatcher")


def where(path, line, col):
    return "%s:%s:%s" % (os.path.basename(path), line, col)


def main():
    doc_path, ndis_tidy, inputs = sys.argv[1:4]
    args = sys.argv[4:]
    files = [os.path.abspath(a) for a in args if os.path.isfile(a)]
    doc = open(doc_path).read()
    p = subprocess.run(
        [ndis_tidy, "--quiet", "--checks=-*," + CHECK] + args +
        ["--", "-I" + inputs],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        universal_newlines=True)
    out, err = p.stdout.splitlines(), p.stderr.splitlines()
    diagnostics = {l for l in out + err
                   if any(re.match(re.escape(f) + r":\d+:\d+: ", l)
                          for f in files)}
    print("exit: %d" % p.returncode)
    print("diagnostic lines: %d" % len(diagnostics))

    def account(name, line, matched):
        if matched and line not in diagnostics:
            print("%s: stray: %s" % (name, line))
        if not matched and line in diagnostics:
            print("%s: missed: %s" % (name, line))

    # VS Code
    matcher = vscode_matcher(doc)
    pattern = matcher["pattern"]
    regexp = re.compile(pattern["regexp"])
    print("vscode: fileLocation %s" % json.dumps(matcher["fileLocation"]))
    for line in out + err:
        m = regexp.match(line)
        account("vscode", line, m)
        if m:
            g = lambda key: m.group(pattern[key]) if key in pattern else None
            print("vscode: %s %s absolute=%s code=%s | %s" % (
                g("severity"), where(g("file"), g("line"), g("column")),
                os.path.isabs(g("file")), g("code"), g("message")))

    # ALE
    entries = []
    for line in out:
        m = ALE.match(line)
        account("ale", line, m)
        if not m:
            continue
        if m.group(4) == "note":
            if entries:
                entries[-1]["detail"].append(
                    "%s | %s" % (where(m.group(1), m.group(2), m.group(3)),
                                 m.group(5)))
            else:
                print("ale: note with no entry before it: " + line)
            continue
        entries.append({
            "type": "E" if m.group(4) in ("error", "fatal error") else "W",
            "where": where(m.group(1), m.group(2), m.group(3)),
            "text": m.group(5), "detail": []})
    for e in entries:
        print("ale: %s %s | %s" % (e["type"], e["where"], e["text"]))
        for d in e["detail"]:
            print("ale:   detail: note %s" % d)

    # flycheck, with the flycheck-clang-tidy package and with our checker
    for level, regexp in FLYCHECK_CLANG_TIDY:
        for line in out + err:
            m = regexp.match(line)
            if m:
                print("flycheck-clang-tidy: %s %s | %s" % (
                    level, where(m["file"], m["line"], m["col"]),
                    m["message"]))
    for line in out + err:
        account("flycheck-clang-tidy", line,
                any(r.match(line) for _, r in FLYCHECK_CLANG_TIDY))

    flat_doc = words(doc)
    for rx, level, regexp in FLYCHECK_OURS:
        if words(rx) not in flat_doc:
            print("flycheck: pattern not in %s: %s" % (doc_path, rx))
        for line in out + err:
            m = re.match(regexp, line)
            if m:
                print("flycheck: %s %s id=%s | %s" % (
                    level, where(m["file"], m["line"], m["col"]),
                    m.groupdict().get("id"), m["message"]))
    for line in out + err:
        account("flycheck", line,
                any(re.match(r, line) for _, _, r in FLYCHECK_OURS))


if __name__ == "__main__":
    main()
