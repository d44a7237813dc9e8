#!/usr/bin/env python3
"""Fail when the interop guide no longer shows the table `make interop` prints.

usage: doc_check.py OUTPUT GUIDE

OUTPUT is what scripts/interop/run.sh printed; its table runs from the line
starting `client ` to the line `N/N cells as expected ...`. GUIDE must hold
that table verbatim (in a code block), so that a client or server added to
the matrix, or a changed legend, shows up in the docs too. Run only after a
green matrix: a table with WRONG cells is not the one to document.
"""

from __future__ import annotations

import sys
from pathlib import Path


def table(output: str) -> str | None:
    lines = output.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("client ")]
    if not starts:
        return None
    start = starts[-1]
    for end in range(start, len(lines)):
        if " cells as expected " in lines[end]:
            return "\n".join(lines[start : end + 1])
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    output, guide = (Path(a) for a in argv)
    printed = table(output.read_text(encoding="utf-8"))
    if printed is None:
        print(f"interop-doc-check: no client x server table in {output}", file=sys.stderr)
        return 1
    if printed not in guide.read_text(encoding="utf-8"):
        print(f"interop-doc-check: {guide} does not show the table make interop printed; put this in it:\n{printed}",
              file=sys.stderr)
        return 1
    print(f"interop-doc-check: {guide} shows the printed table")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
