"""Runs every code block of a language guide (docs/guides/consuming-*.md).

Everything happens in a temporary directory outside the work tree, which
holds what a reader has: a clone of kagzi-proto (`kagzi-proto/`, a scratch
copy made of symbolic links to everything but gen/, build/ and dist/, with
go/ copied) and the reader's own project next to it (`my-service/`), which
starts with the guide's project files, docs/guides/my-service/LANGUAGE/
(go.mod and go.sum; requirements.txt and mypy.ini; package.json and
tsconfig.json). Nothing on the way can fall back to the work tree's gen/ or
node_modules/.

A guide may hold two kinds of fenced blocks, and nothing else:

- `sh` blocks: commands, put together in order and run with bash -euo
  pipefail from the clone, exactly as a reader would run them: they build the
  package in the clone and install it into my-service/;
- blocks of the guide's language (`go`, `python` or `ts`): put together in
  order, they form one program in my-service/, which is then type-checked
  and run twice, with KAGZI_ADDR set to the address of a reference server
  (TESTSERVER) on a free loopback port, started and stopped by
  scripts/server/with-reference-server.sh: against the intact server it must
  exit 0; against one started with `--fault drop:error-details` (failing
  calls carry no kagzi.v1.ErrorDetail) it must exit non-zero and say
  "ErrorDetail", which shows that the program checks what it reads.

A block of any other kind, or a guide without a program, fails the check:
every block a reader sees is run.

Usage: check_guide.py GUIDE.md LANGUAGE TESTSERVER
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```(\S*)\s*$")
# The file that holds a guide's program, in my-service/.
PROGRAMS = {
    "go": "main.go",
    "python": "example.py",
    "ts": "example.ts",
}
# The guide's project files, copied into my-service/ before its commands run.
PROJECT_FILES = REPO / "docs/guides/my-service"
# The test fault the program must be caught by (server/reference/src/faults.rs).
BROKEN_SERVER = ["--fault", "drop:error-details"]
# Runs a command with KAGZI_ADDR set to a server of its own.
WITH_SERVER = REPO / "scripts/server/with-reference-server.sh"


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
    """A copy of the repository made of symbolic links, without gen/, build/ and dist/.

    go/ (the committed Go module, which `make generate` rewrites) is copied,
    so that a guide's commands never write into the real work tree; the
    packages they build go to the copy's own dist/.
    """
    root = workdir / "kagzi-proto"
    root.mkdir(parents=True)
    for entry in sorted(REPO.iterdir()):
        if entry.name == "go":
            shutil.copytree(entry, root / entry.name)
        elif entry.name not in ("gen", "build", "dist"):
            (root / entry.name).symlink_to(entry)
    return root


def run(cmd: list[str], cwd: Path) -> None:
    print("+", " ".join(cmd), flush=True)
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=cwd)
    if result.returncode != 0:
        raise SystemExit(f"check_guide: `{' '.join(cmd)}` failed with status {result.returncode}")
    print(f"check_guide: ({time.monotonic() - started:.1f} s)", flush=True)


def build_program(language: str, project: Path) -> list[str]:
    """Type-checks and builds the program in `project`; returns how to run it."""
    if language == "go":
        run(["go", "vet", "-mod=readonly", "."], project)
        run(["go", "build", "-mod=readonly", "-o", "my-service", "."], project)
        return ["./my-service"]
    if language == "python":
        run([".venv/bin/mypy", "--config-file", "mypy.ini", "example.py"], project)
        return [".venv/bin/python", "example.py"]
    run(["node_modules/.bin/tsc", "-p", "tsconfig.json"], project)
    return ["node", "out/example.js"]


def run_program(cmd: list[str], project: Path, testserver: Path) -> None:
    """The program against an intact server passes, against a broken one fails."""
    run([str(WITH_SERVER), str(testserver), "--", *cmd], project)
    broken = [str(WITH_SERVER), str(testserver), *BROKEN_SERVER, "--", *cmd]
    print("+", " ".join(broken), "(must fail)", flush=True)
    result = subprocess.run(broken, cwd=project, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode == 0 or "ErrorDetail" not in output:
        print(output, file=sys.stderr)
        raise SystemExit(f"check_guide: against a server whose errors carry no details the program "
                         f"exited {result.returncode}; it must fail and say ErrorDetail")
    said = next(line for line in output.splitlines() if "ErrorDetail" in line)
    print(f"check_guide: the program fails as it must against the broken server "
          f"(exit {result.returncode}): {said.strip()}")


def main() -> int:
    if len(sys.argv) != 4 or sys.argv[2] not in PROGRAMS:
        print(f"usage: check_guide.py GUIDE.md {{{','.join(PROGRAMS)}}} TESTSERVER", file=sys.stderr)
        return 2
    guide, language, testserver = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]).resolve()
    if not guide.is_file():
        print(f"check_guide: no such guide: {guide}", file=sys.stderr)
        return 2
    if not os.access(testserver, os.X_OK):
        print(f"check_guide: no reference server at {testserver}", file=sys.stderr)
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
    with tempfile.TemporaryDirectory(prefix=f"kagzi-guide-{language}-") as tmp:
        workdir = Path(tmp)
        root = scratch_repo(workdir)
        project = workdir / "my-service"
        shutil.copytree(PROJECT_FILES / language, project)
        script = workdir / "commands.sh"
        script.write_text("".join(commands), encoding="utf-8")
        run(["bash", "-euo", "pipefail", str(script)], root)
        (project / PROGRAMS[language]).write_text("".join(program), encoding="utf-8")
        run_program(build_program(language, project), project, testserver)
    print(f"check_guide: {guide}: {len(commands)} sh block(s) and the {language} program "
          f"({len(program)} block(s)) ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
