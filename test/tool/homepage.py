#!/usr/bin/env python3
"""Checks that the project's address is the one of NDIS_TIDY_HOMEPAGE
everywhere: every ndis-tidy repository address in the tree's docs, scripts
and code (CMakeLists.txt, which sets it, aside), and the pre-commit
example's rev: the tag of this version.

    homepage.py SOURCE_ROOT HOMEPAGE VERSION
"""

import os
import re
import sys

ADDRESS = re.compile(r"https://github\.com/[A-Za-z0-9_.-]+/ndis-tidy\b")
# A GitHub Actions checkout of the project names it as OWNER/NAME.
CHECKOUT = re.compile(r"repository: ([A-Za-z0-9_.-]+/ndis-tidy)\b")
SUFFIXES = (".md", ".c", ".h", ".cpp", ".py", ".txt", ".yaml", ".yml", ".in")


def main():
    root, homepage, version = sys.argv[1:]
    bad = []
    for top in ("README.md", "docs", "checker", "scripts", "examples",
                "share", ".pre-commit-hooks.yaml"):
        path = os.path.join(root, top)
        files = [path] if os.path.isfile(path) else [
            os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs
            if f.endswith(SUFFIXES)]
        for name in files:
            with open(name, encoding="utf-8", errors="replace") as f:
                for n, line in enumerate(f, 1):
                    found = [m.group(0) for m in ADDRESS.finditer(line)]
                    found += ["https://github.com/" + m.group(1)
                              for m in CHECKOUT.finditer(line)]
                    for address in found:
                        if address != homepage:
                            bad.append("%s:%d: %s is not %s" % (
                                os.path.relpath(name, root), n, address,
                                homepage))
    with open(os.path.join(root, "docs", "pre-commit.md"), encoding="utf-8") as f:
        doc = f.read()
    if "  - repo: %s\n    rev: v%s\n" % (homepage, version) not in doc:
        bad.append("docs/pre-commit.md: the example must say 'repo: %s' and "
                   "'rev: v%s'" % (homepage, version))
    for b in bad:
        print(b)
    print("checked: %s v%s" % (homepage, version))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
