#!/usr/bin/env python3
"""Link check of the repository's Markdown, Python stdlib only.

  linkcheck.py [--root DIR] [FILE_OR_DIR ...]

Checks every Markdown file of README.md, docs/, conformance/ and rust/ (or the
files and directories given): each relative link must name a file or directory
that exists, and each #anchor must exist in the target Markdown file, either as
a heading (slugged the way GitHub does it) or as an explicit <a name>/id anchor.
External links (http, https, mailto, ...) are not fetched: CI has no internet.
Links inside code spans, fenced code blocks and HTML comments are ignored, as
GitHub does not render them as links.
"""

import argparse
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

DEFAULT_SCOPE = ["README.md", "docs", "conformance", "rust"]
# Trees of tools and build outputs: not ours, not rendered.
SKIP_DIRS = {".git", "node_modules", "target", ".venv", ".tools", "gen", "build", "__pycache__"}

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# An ATX heading; a closing run of '#' counts only after a space (so "C#" keeps its '#').
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
REF_DEF = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)")
HTML_ATTR_LINK = re.compile(r"""<(?:a|img|source)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.I)
HTML_ANCHOR = re.compile(r"""<[a-z][a-z0-9]*\b[^>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']""", re.I)
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
COMMENT = re.compile(r"<!--.*?-->", re.S)
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def github_slug(text):
    """The anchor GitHub gives a heading: rendered text, lowercased, punctuation
    dropped (letters, digits, '_', '-' and spaces kept), spaces turned into '-'."""
    text = re.sub(r"<[^>]+>", "", text)                      # inline HTML tags
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)   # links and images -> their text
    text = text.lower()
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "-_" or cat[0] in "LN" or cat == "Mn":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)


class Doc:
    def __init__(self, path):
        self.path = path
        raw = path.read_text(encoding="utf-8")
        self.anchors = set()
        self.links = []  # (line number, target)
        self._scan(raw)

    def _scan(self, raw):
        # Blank out HTML comments but keep line numbers.
        text = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), raw)
        slug_counts = {}
        fence = None
        prev = ""
        for lineno, line in enumerate(text.split("\n"), 1):
            m = FENCE.match(line)
            if fence:
                if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)):].strip():
                    fence = None
                prev = ""
                continue
            if m:
                fence = m.group(1)
                prev = ""
                continue
            heading = None
            h = HEADING.match(line)
            if h:
                heading = h.group(2) or ""
            elif SETEXT.match(line) and prev.strip() and not prev.startswith(("|", "-", "*", ">")):
                heading = prev.strip()
            if heading is not None:
                slug = github_slug(CODE_SPAN.sub(lambda c: c.group(0).strip("`"), heading))
                n = slug_counts.get(slug, 0)
                slug_counts[slug] = n + 1
                self.anchors.add(slug if n == 0 else f"{slug}-{n}")
            code_free = CODE_SPAN.sub(lambda c: " " * len(c.group(0)), line)
            for a in HTML_ANCHOR.finditer(code_free):
                self.anchors.add(a.group(1))
            for l in INLINE_LINK.finditer(code_free):
                self.links.append((lineno, l.group(1).strip("<>")))
            r = REF_DEF.match(code_free)
            if r:
                self.links.append((lineno, r.group(2).strip("<>")))
            for a in HTML_ATTR_LINK.finditer(code_free):
                self.links.append((lineno, a.group(1)))
            prev = line


def collect(root, items):
    files = []
    for item in items:
        path = (root / item).resolve()
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            for p in sorted(path.rglob("*.md")):
                if not (set(p.relative_to(root).parts[:-1]) & SKIP_DIRS):
                    files.append(p)
    return sorted(set(files))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    files = collect(root, args.paths or DEFAULT_SCOPE)
    if not files:
        print("docs_linkcheck: no Markdown files found", file=sys.stderr)
        return 1
    docs = {}

    def doc(path):
        if path not in docs:
            docs[path] = Doc(path)
        return docs[path]

    errors = []
    checked = external = 0
    for path in files:
        try:
            d = doc(path)
        except UnicodeDecodeError:
            errors.append(f"{path.relative_to(root)}: not UTF-8")
            continue
        for lineno, target in d.links:
            where = f"{path.relative_to(root)}:{lineno}"
            if not target:
                errors.append(f"{where}: empty link")
                continue
            if SCHEME.match(target):
                external += 1  # http(s), mailto, ...: not fetched
                continue
            checked += 1
            file_part, _, anchor = target.partition("#")
            file_part = unquote(file_part)
            if file_part.startswith("/"):
                dest = (root / file_part.lstrip("/")).resolve()
            elif file_part:
                dest = (path.parent / file_part).resolve()
            else:
                dest = path
            if file_part:
                try:
                    dest.relative_to(root)
                except ValueError:
                    errors.append(f"{where}: {target} points outside the repository")
                    continue
                if not dest.exists():
                    errors.append(f"{where}: {target}: {dest.relative_to(root)} does not exist")
                    continue
            if anchor and dest.is_file() and dest.suffix.lower() == ".md":
                anchor = unquote(anchor)
                if anchor not in doc(dest).anchors:
                    errors.append(f"{where}: {target}: no anchor #{anchor} in {dest.relative_to(root)}")
    for e in errors:
        print(f"docs_linkcheck: {e}", file=sys.stderr)
    print(f"docs_linkcheck: {len(files)} files, {checked} relative links checked, "
          f"{external} external links not fetched, {len(errors)} broken")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
