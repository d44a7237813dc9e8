#!/usr/bin/env python3
"""Holds README.md's layout table to the tree, Python stdlib only.

  layout.py [--root DIR]

The table under README.md's `## Layout` heading names, in its first column,
one or more paths in backticks (`Makefile`, `mk/*.mk`; a trailing `/` is a
directory). Fails when a named path does not exist (a glob must match), or
when an entry at the top of the tree is named by no row: every file and
directory there, except README.md itself and what .gitignore ignores (tool
installs, build outputs), must be a row's path or the first part of one
(`proto/kagzi/v1/` names `proto/`).
"""

import argparse
import fnmatch
import re
import sys
from pathlib import Path

HEADING = "## Layout"
CELL_PATH = re.compile(r"`([^`]+)`")


def table_paths(readme):
    """The paths of the first column of the layout table, with their line numbers."""
    lines = readme.read_text(encoding="utf-8").split("\n")
    try:
        start = lines.index(HEADING)
    except ValueError:
        raise SystemExit(f"docs_layout: {readme.name} has no '{HEADING}' heading")
    rows = []
    for lineno, line in enumerate(lines[start + 1:], start + 2):
        if line.startswith("## "):
            break
        if not line.startswith("|") or set(line) <= set("|- "):
            continue
        first = line.split("|")[1]
        if first.strip() == "Path":
            continue
        for path in CELL_PATH.findall(first):
            rows.append((lineno, path))
    if not rows:
        raise SystemExit(f"docs_layout: the '{HEADING}' section of {readme.name} has no table rows")
    return rows


def ignored_patterns(root):
    """.gitignore's patterns, as names to match against top-level entries."""
    patterns = {".git"}
    gitignore = root / ".gitignore"
    if gitignore.exists():
        for line in gitignore.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if line and not line.startswith(("#", "!")):
                patterns.add(line.strip("/"))
    return patterns


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    readme = root / "README.md"
    rows = table_paths(readme)
    errors = []
    named = set()
    for lineno, path in rows:
        matches = sorted(root.glob(path.rstrip("/")))
        if not matches:
            errors.append(f"README.md:{lineno}: `{path}` does not exist")
        elif path.endswith("/") and not all(m.is_dir() for m in matches):
            errors.append(f"README.md:{lineno}: `{path}` is not a directory")
        named.add(path.split("/")[0])
    ignored = ignored_patterns(root)
    for entry in sorted(root.iterdir()):
        name = entry.name
        if name == "README.md" or any(fnmatch.fnmatch(name, p) for p in ignored):
            continue
        if name not in named:
            kind = "directory" if entry.is_dir() else "file"
            errors.append(f"README.md: the layout table has no row for the {kind} `{name}{'/' if entry.is_dir() else ''}`")
    for e in errors:
        print(f"docs_layout: {e}", file=sys.stderr)
    print(f"docs_layout: {len(rows)} paths in the layout table, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
