#!/usr/bin/env python3
"""Prints the fenced code block that follows `<!-- file: NAME -->` in a
Markdown file, so that tests run the code the documentation shows.

    doc_block.py FILE.md NAME
"""

import sys


def main():
    path, name = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    marker = "<!-- file: %s -->" % name
    try:
        start = lines.index(marker) + 1
    except ValueError:
        sys.exit("error: %s has no '%s'" % (path, marker))
    if not lines[start].startswith("```"):
        sys.exit("error: no code block after '%s'" % marker)
    end = lines.index("```", start + 1)
    print("\n".join(lines[start + 1:end]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
