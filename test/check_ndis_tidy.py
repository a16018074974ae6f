#!/usr/bin/env python3
"""Runs one ndis-tidy check test: a C file that carries its expectations.

    check_ndis_tidy.py [--check-suffix=S] [--config=YAML] FILE CHECKS TMP
                       [-- COMPILER-ARGS...]

FILE holds the code and, in comments, what the checks must say about it:

    // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: ... [ndis-...]
    //   every warning and error; any other warning or error fails the test
    // CHECK-NOTES: :[[@LINE-2]]:3: note: ...
    //   warnings, errors and notes together; any other one fails the test
    // CHECK-FIXES: the line as the fix-it leaves it

A file with none of these must produce no warning at all. With
--check-suffix=S the prefixes are CHECK-MESSAGES-S etc., so one file can be
run with several configurations.

The test runs twice, through `clang-tidy --load=NdisTidy.so` and through the
`ndis-tidy` executable, and passes only if both pass: the two must behave
the same. The ndis-tidy run also exports the file's whole-driver summary,
and runs once more importing it, which must change nothing. Tool paths come from the environment that lit.cfg.py sets:
NDIS_CLANG_TIDY, NDIS_PLUGIN, NDIS_TIDY, NDIS_FILECHECK, NDIS_INPUTS.
"""

import argparse
import os
import re
import subprocess
import sys

PREFIXES = ("CHECK-MESSAGES", "CHECK-NOTES", "CHECK-FIXES")


def fail(message):
    sys.stderr.write("check_ndis_tidy: " + message + "\n")
    sys.exit(1)


def directive_pattern(suffix):
    names = "|".join(p + ("-" + suffix if suffix else "") for p in PREFIXES)
    return re.compile(r"//\s*(%s)\s*:" % names)


def blank_directives(text, pattern):
    """The source the tool sees: directive comments emptied, lines kept, so
    that a fix-it's expected text cannot match the directive that wants it."""
    out = []
    for line in text.splitlines(keepends=True):
        m = pattern.search(line)
        if m:
            end = "\n" if line.endswith("\n") else ""
            line = line[: m.start()] + "//" + end
        out.append(line)
    return "".join(out)


def run(cmd, **kwargs):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)
    return proc.returncode, proc.stdout


def filecheck(check_file, prefix, text, implicit_not, label):
    cmd = [os.environ["NDIS_FILECHECK"], check_file, "--check-prefix=" + prefix,
           "--dump-input=fail"]
    for pattern in implicit_not:
        cmd.append("--implicit-check-not=" + pattern)
    proc = subprocess.run(cmd, input=text, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        fail("%s: FileCheck %s failed:\n%s\n--- tool output ---\n%s"
             % (label, prefix, proc.stdout, text))


def tool_commands():
    clang_tidy = os.environ["NDIS_CLANG_TIDY"]
    plugin = os.environ["NDIS_PLUGIN"]
    return [("plugin", [clang_tidy, "--load=" + plugin]),
            ("ndis-tidy", [os.environ["NDIS_TIDY"]])]


def main():
    argv = sys.argv[1:]
    compiler_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, compiler_args = argv[:i], argv[i + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config", default="")
    parser.add_argument("--std", default="c11")
    parser.add_argument("file")
    parser.add_argument("checks")
    parser.add_argument("tmp")
    args = parser.parse_args(argv)

    with open(args.file, encoding="utf-8") as f:
        original = f.read()
    pattern = directive_pattern(args.check_suffix)
    used = {m.group(1).split("-")[1] for m in pattern.finditer(original)}
    suffix = ("-" + args.check_suffix) if args.check_suffix else ""

    compile_args = ["-x", "c", "-std=" + args.std,
                    "-I", os.environ["NDIS_INPUTS"]] + compiler_args
    tidy_args = ["-checks=-*," + args.checks, "--quiet"]
    if args.config:
        tidy_args.append("--config=" + args.config)

    os.makedirs(os.path.dirname(os.path.abspath(args.tmp)), exist_ok=True)
    for label, tool in tool_commands():
        source = "%s.%s.c" % (args.tmp, label)
        with open(source, "w", encoding="utf-8") as f:
            f.write(blank_directives(original, pattern))
        # ndis-tidy also exports the file's summary, and runs again with
        # the summaries imported (docs/whole-driver.md): a file's own
        # summary adds nothing, so the output must be the same.
        summaries = "%s.summaries" % args.tmp
        extra = ["--export-summaries=" + summaries] if label == "ndis-tidy" else []
        code, output = run(tool + tidy_args + extra + [source, "--"] + compile_args)
        if code < 0:  # a crash, or a sanitizer report (abort_on_error)
            fail("%s: killed by signal %d:\n%s" % (label, -code, output))
        if code != 0 and "error:" not in output:
            fail("%s: exited with %d:\n%s" % (label, code, output))
        if extra:
            again_code, again = run(tool + tidy_args +
                                    ["--import-summaries=" + summaries,
                                     "--export-summaries=" + summaries + "2",
                                     source, "--"] + compile_args)
            if again_code < 0:
                fail("%s with ImportSummaries: killed by signal %d:\n%s"
                     % (label, -again_code, again))
            if again != output:
                fail("%s: the output differs with ImportSummaries:\n--- without:\n"
                     "%s\n--- with:\n%s" % (label, output, again))

        # Every warning the tool prints must be expected, in both views.
        if "NOTES" in used:
            filecheck(args.file, "CHECK-NOTES" + suffix, output,
                      ["{{warning|error|note}}:"], label)
        if "MESSAGES" in used or "NOTES" not in used:
            messages = "\n".join(l for l in output.splitlines()
                                 if ": note: " not in l)
            if "MESSAGES" in used:
                filecheck(args.file, "CHECK-MESSAGES" + suffix, messages,
                          ["{{warning|error}}:"], label)
            elif re.search(r"(warning|error):", messages):
                fail("%s: expected no warnings, got:\n%s" % (label, output))
        if "FIXES" in used:
            # A second run applies the fix-its; its "FIX-IT applied" notes
            # are not the check's notes, so the first run is the one checked.
            code, output = run(tool + tidy_args + ["--fix", source, "--"] +
                               compile_args)
            if code < 0:
                fail("%s --fix: killed by signal %d:\n%s" % (label, -code, output))
            with open(source, encoding="utf-8") as f:
                fixed = f.read()
            filecheck(args.file, "CHECK-FIXES" + suffix, fixed, [], label)
    return 0


if __name__ == "__main__":
    sys.exit(main())
