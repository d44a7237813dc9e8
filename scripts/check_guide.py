"""Runs every code block of a language guide (docs/guides/consuming-*.md).

A guide may hold two kinds of fenced blocks, and nothing else:

- `sh` blocks: commands, run in order with bash -euo pipefail in a scratch
  copy of the repository (symbolic links to everything but gen/ and build/),
  so that the guide's own commands produce the generated code its example
  uses, exactly as a reader would run them;
- blocks of the guide's language (`go`, `python` or `ts`): put together in
  order, they form one program, which is then type-checked and run against
  that generated code. The program checks its own results and exits non-zero
  on a mismatch.

A block of any other kind, or a guide without a program, fails the check:
every block a reader sees is run.

Usage: check_guide.py GUIDE.md LANGUAGE WORKDIR
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(\S*)\s*$")
# The files that hold a guide's program, and how to check and run it, from
# the scratch repository's root.
PROGRAMS = {
    "go": "example/main.go",
    "python": "example.py",
    "ts": "example.ts",
}


def blocks(guide: Path) -> list[tuple[int, str, str]]:
    """The fenced blocks of `guide`: (first line number, info string, text)."""
    found: list[tuple[int, str, str]] = []
    lines = guide.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if match is None:
            i += 1
            continue
        start, info, body = i + 1, match.group(1), []
        i += 1
        while i < len(lines) and lines[i].rstrip() != "```":
            body.append(lines[i])
            i += 1
        if i == len(lines):
            raise SystemExit(f"{guide}:{start}: code block is not closed")
        found.append((start, info, "\n".join(body) + "\n"))
        i += 1
    return found


def scratch_repo(workdir: Path) -> Path:
    """A copy of the repository made of symbolic links, without gen/ and build/.

    go/ (the committed Go module, which `make generate` rewrites) is copied,
    so that a guide's commands never write into the real work tree.
    """
    root = workdir / "kagzi-proto"
    if workdir.exists():
        shutil.rmtree(workdir)
    root.mkdir(parents=True)
    for entry in sorted(REPO.iterdir()):
        if entry.name == "go":
            shutil.copytree(entry, root / entry.name)
        elif entry.name not in ("gen", "build"):
            (root / entry.name).symlink_to(entry)
    return root


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=cwd, env=env)
    if result.returncode != 0:
        raise SystemExit(f"check_guide: `{' '.join(cmd)}` failed with status {result.returncode}")


def check_program(language: str, root: Path) -> None:
    env = dict(os.environ)
    if language == "go":
        # The example is a module of its own, with the Go testee's pinned
        # requirements (go.sum) and replace directives to the Go module of
        # the scratch copy (go/) and to the generated conformance code.
        testee = REPO / "conformance/testees/go"
        go_mod = (testee / "go.mod").read_text(encoding="utf-8")
        go_mod = go_mod.replace(
            "module github.com/kagzi/kagzi-proto/conformance/testees/go", "module example.com/guide"
        ).replace("=> ../../../gen/go", "=> ../gen/go").replace("=> ../../../go", "=> ../go")
        (root / "example/go.mod").write_text(go_mod, encoding="utf-8")
        shutil.copy(testee / "go.sum", root / "example/go.sum")
        run(["go", "vet", "-mod=readonly", "."], root / "example")
        run(["go", "run", "-mod=readonly", "."], root / "example")
    elif language == "python":
        env["PYTHONPATH"] = str(root / "gen/python")
        env["MYPYPATH"] = str(root / "gen/python")
        config = REPO / "conformance/testees/python/mypy.ini"
        run([str(REPO / ".venv/bin/mypy"), "--config-file", str(config), "example.py"], root, env)
        run([str(REPO / ".venv/bin/python"), "example.py"], root, env)
    elif language == "ts":
        shutil.copy(REPO / "conformance/testees/ts/tsconfig.guide.json", root / "tsconfig.json")
        run([str(REPO / "node_modules/.bin/tsc"), "-p", "tsconfig.json"], root)
        run(["node", "out/example.js"], root)


def main() -> int:
    if len(sys.argv) != 4 or sys.argv[2] not in PROGRAMS:
        print(f"usage: check_guide.py GUIDE.md {{{','.join(PROGRAMS)}}} WORKDIR", file=sys.stderr)
        return 2
    guide, language, workdir = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]).resolve()
    if not guide.is_file():
        print(f"check_guide: no such guide: {guide}", file=sys.stderr)
        return 2
    commands, program = [], []
    for line, info, text in blocks(guide):
        if info == "sh":
            commands.append(f"# {guide}:{line}\n{text}")
        elif info == language:
            program.append(text)
        else:
            print(f"{guide}:{line}: a `{info or '(no language)'}` block cannot be checked; "
                  f"use `sh` or `{language}`", file=sys.stderr)
            return 1
    if not program:
        print(f"{guide}: no `{language}` block: nothing to check", file=sys.stderr)
        return 1
    root = scratch_repo(workdir)
    script = workdir / "commands.sh"
    script.write_text("".join(commands), encoding="utf-8")
    run(["bash", "-euo", "pipefail", str(script)], root)
    target = root / PROGRAMS[language]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(program), encoding="utf-8")
    check_program(language, root)
    print(f"check_guide: {guide}: {len(commands)} sh block(s) and the {language} program "
          f"({len(program)} block(s)) ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
