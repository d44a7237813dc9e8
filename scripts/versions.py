#!/usr/bin/env python3
"""Keeps every package of kagzi-proto at one version: the kagzi.v1 release.

Each package that carries a version file is one entry of PACKAGES (its path
and how to read the version out of it); the release it must agree with is the
newest image in the release directory (v1.1.0.binpb -> 1.1.0). The Go module
has no version file: its versions are the git tags go/vX.Y.Z, which
`make release` writes next to vX.Y.Z.

`check` fails, listing every package and its version, when any disagrees;
`selftest` proves that `check` fails on a tree whose crate version differs.

`release RELEASES_DIR` prints the newest release's version (1.1.0).

Usage: versions.py check [ROOT] [RELEASES_DIR] | release RELEASES_DIR | selftest
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
DEFAULT_RELEASES = "releases"
SEMVER = re.compile(r"^v(\d+\.\d+\.\d+)\.binpb$")


def cargo_version(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["package"]["version"])


def pyproject_version(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])


# name -> (path from the repository root, reader). The npm package joins this
# table when it lands.
PACKAGES: dict[str, tuple[str, Callable[[Path], str]]] = {
    "rust crate kagzi-proto": ("rust/kagzi-proto/Cargo.toml", cargo_version),
    "python dist kagzi-proto": ("python/pyproject.toml", pyproject_version),
}


def latest_release(releases: Path) -> str:
    versions = [m.group(1) for p in releases.iterdir() if (m := SEMVER.match(p.name))]
    if not versions:
        raise SystemExit(f"versions: no release image vX.Y.Z.binpb in {releases}")
    return max(versions, key=lambda v: tuple(int(x) for x in v.split(".")))


def check(root: Path, releases: Path) -> int:
    release = latest_release(releases)
    found = {name: reader(root / path) for name, (path, reader) in sorted(PACKAGES.items())}
    wrong = {name: v for name, v in found.items() if v != release}
    for name, version in found.items():
        print(f"  {name:<28} {version}{'' if version == release else '   <- differs'}")
    if wrong:
        print(f"versions: {len(wrong)} package(s) differ from the kagzi.v1 release {release}; "
              f"set them all with `make release VERSION=...`", file=sys.stderr)
        return 1
    print(f"versions: every package is at the kagzi.v1 release {release}")
    return 0


def selftest() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for path, _ in PACKAGES.values():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(REPO / path, root / path)
        shutil.copytree(REPO / DEFAULT_RELEASES, root / "releases")
        if check(root, root / "releases") != 0:
            print("versions selftest: the unmodified copy should pass", file=sys.stderr)
            return 1
        crate = root / PACKAGES["rust crate kagzi-proto"][0]
        text = crate.read_text(encoding="utf-8")
        crate.write_text(re.sub(r'(?m)^version = "[^"]+"', 'version = "9.9.9"', text, count=1),
                         encoding="utf-8")
        if check(root, root / "releases") == 0:
            print("versions selftest: a crate at 9.9.9 was not caught", file=sys.stderr)
            return 1
    print("versions selftest: a disagreeing version fails the check")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"] and len(argv) <= 3:
        root = Path(argv[1]) if len(argv) > 1 else REPO
        releases = Path(argv[2]) if len(argv) > 2 else root / DEFAULT_RELEASES
        return check(root, releases)
    if argv[:1] == ["release"] and len(argv) == 2:
        print(latest_release(Path(argv[1])))
        return 0
    if argv == ["selftest"]:
        return selftest()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
