#!/usr/bin/env python3
"""Checks of the generated API reference (docs/reference/), Python stdlib only.

  reference.py fresh     regenerate the reference into a temporary directory
                              and fail when it differs from the committed files
  reference.py coverage  fail unless every service, RPC, message, field, oneof,
                              enum and enum value of the schemas has an anchor in
                              docs/reference/kagzi.v1.md, with its comment and (for
                              fields) its proto3 JSON name

Both work on the directory given by --root (default: the current directory), so
that the self-test can run them on a scratch copy. BUF names the buf binary.
"""

import argparse
import difflib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

TEMPLATE = "docs/buf.gen.docs.yaml"
REFERENCE_DIR = "docs/reference"
REFERENCE_MD = "docs/reference/kagzi.v1.md"
# Files of these packages are documented; imports (google.protobuf) are not ours.
PACKAGE_PREFIX = "kagzi."

# FileDescriptorProto / DescriptorProto / EnumDescriptorProto / ServiceDescriptorProto
# field numbers, as used in SourceCodeInfo.Location.path.
FILE_MESSAGE, FILE_ENUM, FILE_SERVICE = 4, 5, 6
MSG_FIELD, MSG_NESTED, MSG_ENUM, MSG_ONEOF = 2, 3, 4, 8
ENUM_VALUE = 2
SERVICE_METHOD = 2


def fail(msg):
    print(f"docs_reference: {msg}", file=sys.stderr)
    sys.exit(1)


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        fail(f"`{' '.join(cmd)}` failed (exit {proc.returncode}):\n{proc.stderr.strip()}")
    return proc


def buf_binary(root):
    # make exports BUF (mk/tools.mk) as an absolute path.
    buf = os.environ.get("BUF")
    if not buf or not Path(buf).exists():
        fail(f"buf not found at {buf!r}; run this through make, which sets BUF")
    return buf


def read_tree(directory):
    """Relative path -> bytes of every file under directory."""
    out = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            out[path.relative_to(directory).as_posix()] = path.read_bytes()
    return out


def cmd_fresh(root):
    buf = buf_binary(root)
    if not (root / ".tools/bin/protoc-gen-doc").exists():
        fail("protoc-gen-doc not found in .tools/bin; run `make go-tools`")
    with tempfile.TemporaryDirectory(prefix="kagzi-docs-") as tmp:
        run([buf, "generate", "--template", TEMPLATE, "-o", tmp], cwd=root)
        want = read_tree(Path(tmp) / REFERENCE_DIR)
    if not want:
        fail("buf generate produced no reference files")
    have = read_tree(root / REFERENCE_DIR) if (root / REFERENCE_DIR).is_dir() else {}
    problems = []
    for name in sorted(set(want) | set(have)):
        if name not in have:
            problems.append(f"{REFERENCE_DIR}/{name} is missing")
        elif name not in want:
            problems.append(f"{REFERENCE_DIR}/{name} is not produced by the schemas (stale file)")
        elif want[name] != have[name]:
            diff = difflib.unified_diff(
                have[name].decode("utf-8", "replace").splitlines(),
                want[name].decode("utf-8", "replace").splitlines(),
                f"committed/{name}", f"from-schemas/{name}", lineterm="", n=1)
            lines = list(diff)
            shown = "\n".join(lines[:40]) + ("\n..." if len(lines) > 40 else "")
            problems.append(f"{REFERENCE_DIR}/{name} differs from what the schemas produce:\n{shown}")
    if problems:
        fail("the API reference is stale; run `make docs` and commit the result.\n" + "\n".join(problems))
    print(f"docs_reference: {len(want)} reference files match the schemas")


def normalize(text):
    """Collapse whitespace so comments compare equal to their one-line table form."""
    return " ".join(text.split())


class Section:
    """The anchors and the text of the reference, for lookups."""

    def __init__(self, markdown):
        self.text = markdown
        self.anchors = {}  # anchor name -> offset
        for m in re.finditer(r'<a name="([^"]+)"></a>', markdown):
            if m.group(1) in self.anchors:
                fail(f"{REFERENCE_MD}: anchor {m.group(1)} is defined twice")
            self.anchors[m.group(1)] = m.end()
        # Readable text: table escapes and HTML entities undone, whitespace collapsed.
        plain = html.unescape(markdown.replace("\\|", "|"))
        self.plain = normalize(plain)

    def after(self, anchor):
        """The text from an anchor up to the next anchor: the element's own section."""
        start = self.anchors[anchor]
        nxt = self.text.find('<a name="', start)
        return self.text[start:nxt if nxt >= 0 else len(self.text)]

    def row(self, anchor):
        """The table row (one line) holding an anchor."""
        start = self.text.rfind("\n", 0, self.anchors[anchor]) + 1
        end = self.text.find("\n", self.anchors[anchor])
        return self.text[start:end if end >= 0 else len(self.text)]


def comments_by_path(file_proto):
    out = {}
    for loc in file_proto.get("sourceCodeInfo", {}).get("location", []):
        if "leadingComments" in loc:
            out[tuple(loc.get("path", []))] = loc["leadingComments"]
    return out


def elements(file_proto):
    """Yields (kind, full name, path, extra) for every documented element of a file."""
    pkg = file_proto.get("package", "")

    def enum(e, prefix, path):
        name = f"{prefix}.{e['name']}"
        yield "enum", name, path, e
        for i, v in enumerate(e.get("value", [])):
            yield "enum value", f"{name}.{v['name']}", path + (ENUM_VALUE, i), v

    def message(m, prefix, path):
        name = f"{prefix}.{m['name']}"
        if m.get("options", {}).get("mapEntry"):
            return  # synthetic: shown as map<K, V> on the field that uses it
        yield "message", name, path, m
        for i, f in enumerate(m.get("field", [])):
            yield "field", f"{name}.{f['name']}", path + (MSG_FIELD, i), (m, f)
        for i, o in enumerate(m.get("oneofDecl", [])):
            members = [f for f in m.get("field", []) if f.get("oneofIndex") == i]
            if any(f.get("proto3Optional") for f in members):
                continue  # synthetic oneof of a proto3 `optional` field
            yield "oneof", f"{name}.{o['name']}", path + (MSG_ONEOF, i), (m, o, members)
        for i, n in enumerate(m.get("nestedType", [])):
            yield from message(n, name, path + (MSG_NESTED, i))
        for i, e in enumerate(m.get("enumType", [])):
            yield from enum(e, name, path + (MSG_ENUM, i))

    for i, s in enumerate(file_proto.get("service", [])):
        name = f"{pkg}.{s['name']}"
        yield "service", name, (FILE_SERVICE, i), s
        for j, meth in enumerate(s.get("method", [])):
            yield "rpc", f"{name}.{meth['name']}", (FILE_SERVICE, i, SERVICE_METHOD, j), meth
    for i, m in enumerate(file_proto.get("messageType", [])):
        yield from message(m, pkg, (FILE_MESSAGE, i))
    for i, e in enumerate(file_proto.get("enumType", [])):
        yield from enum(e, pkg, (FILE_ENUM, i))


def cmd_coverage(root):
    buf = buf_binary(root)
    reference = root / REFERENCE_MD
    if not reference.exists():
        fail(f"{REFERENCE_MD} does not exist; run `make docs`")
    ref = Section(reference.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="kagzi-docs-") as tmp:
        image_path = Path(tmp) / "image.json"
        # The image with source info: the comments are what the reference must show.
        run([buf, "build", "-o", str(image_path)], cwd=root)
        image = json.loads(image_path.read_text(encoding="utf-8"))
    files = [f for f in image.get("file", []) if f.get("package", "").startswith(PACKAGE_PREFIX)]
    if not files:
        fail("the buf image holds no kagzi files")
    missing = []
    counts = {}
    total = 0
    for file_proto in sorted(files, key=lambda f: f["name"]):
        if file_proto["name"] not in ref.anchors:
            missing.append(f"file {file_proto['name']}: no anchor")
        comments = comments_by_path(file_proto)
        for kind, name, path, extra in elements(file_proto):
            total += 1
            counts[kind] = counts.get(kind, 0) + 1
            if kind == "oneof":
                # A oneof has no anchor of its own: its members' rows name it.
                _, oneof, members = extra
                rows = [ref.row(f"{name.rsplit('.', 1)[0]}.{f['name']}") for f in members
                        if f"{name.rsplit('.', 1)[0]}.{f['name']}" in ref.anchors]
                if len(rows) != len(members) or not all(f"oneof `{oneof['name']}`" in r for r in rows):
                    missing.append(f"{kind} {name}: its members are not marked `oneof {oneof['name']}`")
                continue
            if name not in ref.anchors:
                missing.append(f"{kind} {name}: no anchor <a name=\"{name}\">")
                continue
            comment = normalize(comments.get(path, ""))
            if comment and comment not in ref.plain:
                missing.append(f"{kind} {name}: its comment is not in the reference: {comment[:80]!r}")
            element = extra[1] if kind == "field" else extra
            if element.get("options", {}).get("deprecated"):
                shown = ref.row(name) if kind in ("field", "enum value") else ref.after(name)
                if "**Deprecated.**" not in shown:
                    missing.append(f"{kind} {name}: deprecated in the schema, not marked **Deprecated.**")
            if kind == "field":
                _, field = extra
                cells = [c.strip() for c in re.split(r"(?<!\\)\|", ref.row(name))]
                # | name | type | label | json name | description |  -> cells[4] is the JSON name
                if len(cells) < 6 or cells[4] != f"`{field['jsonName']}`":
                    got = cells[4] if len(cells) > 4 else "?"
                    missing.append(f"field {name}: JSON name shown as {got}, descriptor says {field['jsonName']}")
    covered = total - len([m for m in missing if not m.startswith("file ")])
    summary = ", ".join(f"{counts[k]} {k}s" for k in sorted(counts))
    if missing:
        fail(f"coverage {covered}/{total} elements; missing or wrong:\n  " + "\n  ".join(missing))
    print(f"docs_reference: coverage {total}/{total} elements (100%): {summary}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["fresh", "coverage"])
    parser.add_argument("--root", default=".", help="repository root (default: .)")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    if not (root / "buf.yaml").exists():
        fail(f"{root} has no buf.yaml: not the repository root")
    {"fresh": cmd_fresh, "coverage": cmd_coverage}[args.command](root)


if __name__ == "__main__":
    main()
