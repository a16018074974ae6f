#!/usr/bin/env python3
"""Writes BUILD/compile_commands.json for every .c file in SRC, compiled
from BUILD with ARGS, the way CMake would (absolute paths, "arguments").

    make_compile_commands.py BUILD SRC -- ARGS...
"""

import json
import os
import sys


def main():
    argv = sys.argv[1:]
    sep = argv.index("--")
    build, src = (os.path.abspath(p) for p in argv[:sep])
    args = argv[sep + 1:]
    entries = []
    for name in sorted(os.listdir(src)):
        if not name.endswith(".c"):
            continue
        path = os.path.join(src, name)
        entries.append({
            "directory": build,
            "file": path,
            "arguments": ["clang", "-c"] + args +
                         ["-o", name[:-2] + ".o", path],
        })
    os.makedirs(build, exist_ok=True)
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
