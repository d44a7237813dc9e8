#!/usr/bin/env python3
"""Keeps the examples of the guides equal to the files they are taken from.

  examples.py [--root DIR] [--write] [FILE ...]

An example is a fenced code block right after a marker line naming a file of
the repository, usually a conformance case:

    <!-- example: conformance/cases/v1.0.0/kagzi.v1.Payload/short_data.json -->
    ```json
    {
      "data": "AQI="
    }
    ```

The block must hold the file's text exactly (the file's final newline aside).
A binary file (.binpb) is shown as hex: lowercase byte pairs separated by
spaces, 16 bytes a line. Without --write, every mismatch is an error; with
--write (run by `make docs`), the blocks are rewritten from the files. A marker
whose file is missing, or that is not followed by a code block, is an error
either way. Default files: every Markdown file under docs/. Python stdlib only.
"""

import argparse
import difflib
import re
import sys
from pathlib import Path

MARKER = re.compile(r"^<!--\s*example:\s*(\S+)\s*-->\s*$")
FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
HEX_BYTES_PER_LINE = 16


def render(path):
    """The text a code block must hold for the file at path."""
    data = path.read_bytes()
    if path.suffix == ".binpb":
        if not data:
            return "(0 bytes)"
        return "\n".join(" ".join(f"{b:02x}" for b in data[i:i + HEX_BYTES_PER_LINE])
                         for i in range(0, len(data), HEX_BYTES_PER_LINE))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("is not UTF-8 text (only .binpb files are shown as hex)")
    return text[:-1] if text.endswith("\n") else text


def process(md_path, root, write):
    """Returns (number of examples, list of errors); rewrites md_path when asked."""
    lines = md_path.read_text(encoding="utf-8").split("\n")
    rel = md_path.relative_to(root)
    errors = []
    count = 0
    changed = False
    out = []
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        out.append(lines[i])
        i += 1
        if not m:
            continue
        count += 1
        target_name = m.group(1)
        where = f"{rel}:{i}"
        fence = FENCE.match(lines[i]) if i < len(lines) else None
        if not fence:
            errors.append(f"{where}: the marker for {target_name} must be followed at once by a fenced code block")
            continue
        close = fence.group(1)
        end = i + 1
        while end < len(lines) and lines[end].strip() != close:
            end += 1
        if end >= len(lines):
            errors.append(f"{where}: the code block after the marker for {target_name} is not closed")
            out.extend(lines[i:])
            break
        have = "\n".join(lines[i + 1:end])
        target = (root / target_name).resolve()
        try:
            target.relative_to(root)
        except ValueError:
            errors.append(f"{where}: {target_name} is outside the repository")
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        if not target.is_file():
            errors.append(f"{where}: {target_name} does not exist (renamed or removed case?)")
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        try:
            want = render(target)
        except ValueError as e:
            errors.append(f"{where}: {target_name} {e}")
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        if have != want:
            if write:
                changed = True
            else:
                diff = "\n".join(difflib.unified_diff(have.split("\n"), want.split("\n"),
                                                      f"{rel} (block)", target_name, lineterm="", n=1))
                errors.append(f"{where}: the example differs from {target_name}:\n{diff}")
        out.append(lines[i])
        out.extend((want if write else have).split("\n"))
        out.append(lines[end])
        i = end + 1
    if write and changed:
        md_path.write_text("\n".join(out), encoding="utf-8")
        print(f"docs_examples: refreshed {rel}")
    return count, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".")
    parser.add_argument("--write", action="store_true", help="rewrite the blocks from their files")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    files = [(root / f).resolve() for f in args.files] if args.files else sorted((root / "docs").rglob("*.md"))
    total = 0
    errors = []
    for f in files:
        if not f.is_file():
            errors.append(f"{f}: no such file")
            continue
        n, errs = process(f, root, args.write)
        total += n
        errors += errs
    for e in errors:
        print(f"docs_examples: {e}", file=sys.stderr)
    print(f"docs_examples: {total} examples in {len(files)} files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
