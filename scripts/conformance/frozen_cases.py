#!/usr/bin/env python3
"""Keeps released conformance cases from changing.

A version's cases are frozen by a manifest, conformance/frozen/<version>.sha256:
the SHA-256 of every file under conformance/cases/<version>/, sorted by path.
`check` fails when a frozen version's files differ from its manifest in any
way (a file changed, removed or added); `freeze VERSION` writes the manifest of
a version that has none yet. Freezing is the last step of shipping a release:
from then on the version's cases are part of the contract, and new cases go
to the next version.

Usage: frozen_cases.py check | freeze VERSION | selftest
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
from pathlib import Path

# The suite's directory: cases/ and frozen/ live under it.
CONFORMANCE = Path(__file__).resolve().parents[2] / "conformance"


def digest_tree(conformance: Path, version: str) -> dict[str, str]:
    base = conformance / "cases" / version
    if not base.is_dir():
        raise SystemExit(f"frozen_cases: no cases for {version} in {base}")
    return {
        path.relative_to(base).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(base.rglob("*"))
        if path.is_file()
    }


def render(digests: dict[str, str]) -> str:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(digests.items()))


def parse(manifest: Path) -> dict[str, str]:
    entries = {}
    for number, line in enumerate(manifest.read_text().splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64:
            raise SystemExit(f"frozen_cases: {manifest}:{number}: malformed line")
        entries[name] = digest
    return entries


def check(conformance: Path = CONFORMANCE) -> int:
    manifests = sorted((conformance / "frozen").glob("*.sha256"))
    if not manifests:
        print("frozen_cases: no frozen version")
        return 1
    problems = []
    for manifest in manifests:
        version = manifest.stem
        want, have = parse(manifest), digest_tree(conformance, version)
        for name in sorted(want.keys() - have.keys()):
            problems.append(f"{version}/{name}: removed")
        for name in sorted(have.keys() - want.keys()):
            problems.append(f"{version}/{name}: added to a frozen version")
        for name in sorted(want.keys() & have.keys()):
            if want[name] != have[name]:
                problems.append(f"{version}/{name}: changed")
        print(f"frozen_cases: {version}: {len(want)} files checked")
    for problem in problems:
        print(f"frozen_cases: {problem}", file=sys.stderr)
    if problems:
        print("frozen_cases: released cases never change; add new cases to the next version", file=sys.stderr)
        return 1
    return 0


def freeze(version: str) -> int:
    manifest = CONFORMANCE / "frozen" / f"{version}.sha256"
    # Only a shipped version is frozen: the unreleased one's cases may change.
    image = CONFORMANCE.parent / "releases" / f"{version}.binpb"
    if not image.is_file():
        print(f"frozen_cases: {version} has no release image ({image}); cut the release first", file=sys.stderr)
        return 1
    if manifest.exists():
        print(f"frozen_cases: {version} is already frozen ({manifest})", file=sys.stderr)
        return 1
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(render(digest_tree(CONFORMANCE, version)))
    print(f"frozen_cases: wrote {manifest}")
    return 0


def selftest() -> int:
    """The check passes on the real cases and fails on each kind of change."""
    failures = 0
    version = sorted((CONFORMANCE / "frozen").glob("*.sha256"))[0].stem
    with tempfile.TemporaryDirectory(prefix="kagzi-frozen-") as tmp:
        for what in ("untouched", "changed", "removed", "added"):
            copy = Path(tmp) / what
            shutil.copytree(CONFORMANCE / "cases", copy / "cases")
            shutil.copytree(CONFORMANCE / "frozen", copy / "frozen")
            victim = sorted((copy / "cases" / version).rglob("*.binpb"))[0]
            if what == "changed":
                victim.write_bytes(victim.read_bytes() + b"\x00")
            elif what == "removed":
                victim.unlink()
            elif what == "added":
                (victim.parent / "new_case.json").write_text("{}\n")
            code = check(copy)
            ok = (code == 0) == (what == "untouched")
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} frozen cases {what}: exit {code}")
    print(f"frozen_cases selftest: {4 - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        return check()
    if argv == ["selftest"]:
        return selftest()
    if len(argv) == 2 and argv[0] == "freeze":
        return freeze(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
