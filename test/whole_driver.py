#!/usr/bin/env python3
"""Runs the whole-driver passes over a folder of C files, as a user would.

    whole_driver.py [--mode=cold|steady] [--config=YAML] DIR TMP
                    [-- COMPILER-ARGS...]

Every .c file of DIR is one translation unit. The passes (docs/whole-driver.md):

  round 1        each file with ExportSummaries: TMP/r1 (nothing imported)
  round k > 1    each file with ImportSummaries: TMP/r(k-1) and
                 ExportSummaries: TMP/rk
  until a round writes the same summaries as the one before (at most 5, or
  --rounds),
  whose output is the whole-driver result. --mode=steady runs one more round
  importing and exporting one folder, as a CI job that keeps it does.

It runs them through both front ends, `clang-tidy --load=NdisTidy.so
-config=...` and `ndis-tidy --export-summaries/--import-summaries` flags
where the flags exist (else -config), and fails unless both print the same.
It prints each file's diagnostics (the `file:line:col: level: message`
lines, paths relative to DIR) under a `== file.c` header, in file order.
Tool paths come from the environment lit.cfg.py sets.
"""

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys

DIAG = re.compile(r"^(/[^:]+):(\d+):(\d+): (warning|error|note|remark): (.*)$")


def run(front_end, source, config, compiler_args, cwd):
    if front_end == "plugin":
        cmd = [os.environ["NDIS_CLANG_TIDY"], "--load=" + os.environ["NDIS_PLUGIN"]]
    else:
        cmd = [os.environ["NDIS_TIDY"]]
    cmd += ["--checks=-*,ndis-*", "--quiet", "-config=" + config, source, "--",
            "-x", "c", "-std=c11", "-I", os.environ["NDIS_INPUTS"]] + compiler_args
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, universal_newlines=True)
    if p.returncode < 0:
        sys.exit("whole_driver: %s crashed on %s:\n%s" % (front_end, source, p.stdout))
    return p.stdout


def diagnostics(output, root):
    lines = []
    for line in output.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        path = os.path.relpath(m.group(1), root)
        lines.append("%s:%s:%s: %s: %s" % (path, m.group(2), m.group(3),
                                           m.group(4), m.group(5)))
    return lines


def options(export_dir, import_dir, extra):
    parts = []
    if export_dir:
        parts.append("ExportSummaries: '%s'" % export_dir)
    if import_dir:
        parts.append("ImportSummaries: '%s'" % import_dir)
    parts += extra
    return "{CheckOptions: {%s}}" % ", ".join(parts)


def same_folder(a, b):
    names_a = sorted(os.listdir(a)) if os.path.isdir(a) else []
    names_b = sorted(os.listdir(b)) if os.path.isdir(b) else []
    if names_a != names_b:
        return False
    return all(filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False)
               for n in names_a)


def passes(front_end, root, sources, tmp, mode, extra, compiler_args,
           max_rounds=5):
    base = os.path.join(tmp, front_end)
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(base)
    outputs = {}
    previous = None
    for k in range(1, max_rounds + 1):
        current = os.path.join(base, "r%d" % k)
        config = options(current, previous, extra)
        outputs = {s: run(front_end, s, config, compiler_args, root) for s in sources}
        if previous and same_folder(previous, current):
            break
        previous = current
    if mode == "steady":
        config = options(current, current, extra)
        outputs = {s: run(front_end, s, config, compiler_args, root) for s in sources}
    text = []
    for s in sources:
        text.append("== " + s)
        text += diagnostics(outputs[s], root)
    return "\n".join(text) + "\n", current


def main():
    args = sys.argv[1:]
    compiler_args = []
    if "--" in args:
        i = args.index("--")
        args, compiler_args = args[:i], args[i + 1:]
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["cold", "steady"], default="cold")
    parser.add_argument("--option", action="append", default=[],
                        help="another check option, as 'Name: value'")
    parser.add_argument("--keep", help="copy the final summaries here")
    parser.add_argument("--rounds", type=int, default=5,
                        help="stop after this many rounds (the first exports only)")
    parser.add_argument("dir")
    parser.add_argument("tmp")
    a = parser.parse_args(args)
    root = os.path.abspath(a.dir)
    sources = sorted(f for f in os.listdir(root) if f.endswith(".c"))
    results = {}
    for front_end in ("tool", "plugin"):
        results[front_end] = passes(front_end, root, sources, a.tmp, a.mode,
                                    a.option, compiler_args, a.rounds)
    if results["tool"][0] != results["plugin"][0]:
        sys.stderr.write("whole_driver: the front ends differ\n--- ndis-tidy:\n%s"
                         "--- plugin:\n%s" % (results["tool"][0], results["plugin"][0]))
        return 1
    if a.keep:
        shutil.rmtree(a.keep, ignore_errors=True)
        shutil.copytree(results["tool"][1], a.keep)
    sys.stdout.write(results["tool"][0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
