#!/usr/bin/env python3
"""Compiles the .proto examples of the guides against the real schemas.

  proto_examples.py [--root DIR] [FILE ...]     (default: docs/guides/*.md)

A .proto example is a ```proto block right after a marker:

    <!-- proto-example: NAME [against=OTHER] [expect=RULE] [file=PATH] -->

The block is appended to a scratch copy of the schemas (to PATH, default
proto/kagzi/v1/common.proto), which must then pass `buf lint`. Then:
  * without `against`, `buf breaking` against the newest released image must
    pass: the example is a compatible change;
  * with `against=OTHER`, the check runs against the schemas with example OTHER
    (an earlier block) instead; with `expect=RULE` it must fail and buf must
    name RULE, without `expect` it must pass.
So an example that stops compiling, or stops meaning what the guide says it
means, fails `make test`. The work tree is never modified. BUF names buf.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = re.compile(r"^<!--\s*proto-example:\s*(.*?)\s*-->\s*$")
DEFAULT_FILE = "proto/kagzi/v1/common.proto"


def version_key(path):
    return tuple(int(p) for p in re.findall(r"\d+", path.stem))


def parse(md_path):
    """Yields (line, name, options, code) for each example of a Markdown file."""
    lines = md_path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        m = MARKER.match(line)
        if not m:
            continue
        words = m.group(1).split()
        if not words or "=" in words[0]:
            raise ValueError(f"{md_path}:{i + 1}: the marker needs a name first")
        opts = {}
        for w in words[1:]:
            key, sep, value = w.partition("=")
            if not sep or key not in ("against", "expect", "file"):
                raise ValueError(f"{md_path}:{i + 1}: unknown marker option {w!r}")
            opts[key] = value
        if i + 1 >= len(lines) or not lines[i + 1].startswith("```proto"):
            raise ValueError(f"{md_path}:{i + 1}: the marker must be followed at once by a ```proto block")
        end = i + 2
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        if end >= len(lines):
            raise ValueError(f"{md_path}:{i + 1}: the ```proto block is not closed")
        yield i + 1, words[0], opts, "\n".join(lines[i + 2:end]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=".")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    buf = os.environ.get("BUF")  # absolute, exported by make (mk/tools.mk)
    if not buf or not Path(buf).exists():
        print(f"docs_proto_examples: buf not found at {buf!r}; run this through make", file=sys.stderr)
        return 1
    releases = sorted((root / "releases").glob("v*.binpb"), key=version_key)
    if not releases:
        print("docs_proto_examples: no release image in releases", file=sys.stderr)
        return 1
    latest = releases[-1]
    files = [(root / f) for f in args.files] if args.files else sorted((root / "docs/guides").glob("*.md"))
    errors = []
    images = {}  # example name -> image of the schemas with that example
    count = 0
    with tempfile.TemporaryDirectory(prefix="kagzi-proto-example-") as tmp:
        for md in files:
            try:
                examples = list(parse(md))
            except (ValueError, OSError) as e:
                errors.append(str(e))
                continue
            for line, name, opts, code in examples:
                count += 1
                where = f"{md.relative_to(root)}:{line} ({name})"
                if name in images:
                    errors.append(f"{where}: the name {name} is used twice")
                    continue
                tree = Path(tmp) / name
                shutil.copytree(root / "proto", tree / "proto")
                shutil.copy(root / "buf.yaml", tree / "buf.yaml")
                target = tree / opts.get("file", DEFAULT_FILE)
                if not target.is_file():
                    errors.append(f"{where}: {opts.get('file')} is not a schema file")
                    continue
                with target.open("a", encoding="utf-8") as f:
                    f.write("\n" + code)

                def buf_run(*cmd):
                    return subprocess.run([buf, *cmd], cwd=tree, capture_output=True, text=True)

                lint = buf_run("lint")
                if lint.returncode != 0:
                    errors.append(f"{where}: buf lint fails:\n{(lint.stdout + lint.stderr).strip()}")
                    continue
                image = tree / "image.binpb"
                build = buf_run("build", "--exclude-source-info", "-o", str(image))
                if build.returncode != 0:
                    errors.append(f"{where}: buf build fails:\n{build.stderr.strip()}")
                    continue
                images[name] = image
                if "against" in opts:
                    if opts["against"] not in images:
                        errors.append(f"{where}: against={opts['against']} names no earlier example")
                        continue
                    base = images[opts["against"]]
                else:
                    base = latest
                gate = buf_run("breaking", "--against", str(base), "--error-format=json")
                rules = set()
                for out_line in gate.stdout.splitlines():
                    try:
                        rules.add(json.loads(out_line).get("type", ""))
                    except json.JSONDecodeError:
                        pass
                expect = opts.get("expect")
                if expect:
                    if gate.returncode == 0 or expect not in rules:
                        errors.append(f"{where}: expected the gate to fail with {expect}, got exit "
                                      f"{gate.returncode} and rules {sorted(rules) or 'none'} {gate.stderr.strip()}")
                elif gate.returncode != 0:
                    errors.append(f"{where}: the example is a breaking change against {base.name}:\n"
                                  f"{(gate.stdout + gate.stderr).strip()}")
    for e in errors:
        print(f"docs_proto_examples: {e}", file=sys.stderr)
    print(f"docs_proto_examples: {count} .proto examples checked, {len(errors)} problems")
    return 1 if errors or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
