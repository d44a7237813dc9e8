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

`set VERSION [ROOT]` writes VERSION (1.2.0) into every package's version file
and every guide's install line, and reads each back to confirm (what `make
release` runs); `files` lists those files (what the release commit adds).

Usage: versions.py check [ROOT] [RELEASES_DIR] | release RELEASES_DIR
       | set VERSION [ROOT] | files | selftest
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[2]
DEFAULT_RELEASES = "releases"
SEMVER = re.compile(r"^v(\d+\.\d+\.\d+)\.binpb$")


def cargo_version(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["package"]["version"])


def pyproject_version(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])


def npm_version(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["version"])


def set_toml_version(path: Path, version: str) -> None:
    # The first `version = "..."` line is the one of [package] / [project]
    # in our manifests; the reader confirms it afterwards. A regex keeps the
    # file's comments and layout, which a TOML round trip would not.
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'(?m)^version = "[^"]+"', f'version = "{version}"', text, count=1),
                    encoding="utf-8")


def set_npm_version(path: Path, version: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = version
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


WRITERS: dict[Callable[[Path], str], Callable[[Path, str], None]] = {
    cargo_version: set_toml_version,
    pyproject_version: set_toml_version,
    npm_version: set_npm_version,
}


def set_versions(root: Path, version: str) -> int:
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        print(f"versions: VERSION must be MAJOR.MINOR.PATCH, got {version!r}", file=sys.stderr)
        return 2
    for name, (path, reader) in sorted(PACKAGES.items()):
        WRITERS[reader](root / path, version)
        if reader(root / path) != version:
            print(f"versions: could not set {name} ({path}) to {version}", file=sys.stderr)
            return 1
        print(f"  {name:<28} {version}")
    return 0


class Mention:
    """A version the guides tell a reader to install (`pip install
    kagzi-proto==1.1.0`): one regex whose only group is the version. It
    must match exactly once, so a reworded guide fails the check instead of
    silently dropping out of it."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)

    def _match(self, path: Path) -> tuple[str, re.Match[str]]:
        text = path.read_text(encoding="utf-8")
        found = list(self.regex.finditer(text))
        if len(found) != 1:
            raise SystemExit(f"versions: {path} has {len(found)} matches of {self.regex.pattern!r}, "
                             "expected exactly one")
        return text, found[0]

    def read(self, path: Path) -> str:
        return self._match(path)[1].group(1)

    def write(self, path: Path, version: str) -> None:
        text, m = self._match(path)
        path.write_text(text[:m.start(1)] + version + text[m.end(1):], encoding="utf-8")


GO_GET = Mention(r"go get github\.com/kagzi/kagzi-proto/go@v(\d+\.\d+\.\d+)")
GO_REQUIRE = Mention(r"(?m)^\tgithub\.com/kagzi/kagzi-proto/go v(\d+\.\d+\.\d+)$")
PIP_INSTALL = Mention(r"pip install kagzi-proto==(\d+\.\d+\.\d+)")
NPM_INSTALL = Mention(r"npm install @kagzi/proto@(\d+\.\d+\.\d+)")
# The crate's entry in the committed locks of other workspaces that build it
# with --locked: the runtime-range tests (conformance/ranges/) and the fuzz
# targets (rust/kagzi-proto/fuzz/).
LOCK_ENTRY = Mention(r'(?m)^name = "kagzi-proto"\nversion = "(\d+\.\d+\.\d+)"$')
for mention in (GO_GET, GO_REQUIRE, PIP_INSTALL, NPM_INSTALL, LOCK_ENTRY):
    WRITERS[mention.read] = mention.write

# name -> (path from the repository root, reader): the packages' version
# files, then the install lines of the consuming guides (and the guide
# project's go.mod), so a release never leaves a guide installing the old one.
PACKAGES: dict[str, tuple[str, Callable[[Path], str]]] = {
    "rust crate kagzi-proto": ("rust/kagzi-proto/Cargo.toml", cargo_version),
    "python dist kagzi-proto": ("python/pyproject.toml", pyproject_version),
    "npm package @kagzi/proto": ("typescript/package.json", npm_version),
    "go guide: go get": ("docs/guides/consuming-go.md", GO_GET.read),
    "go guide project: go.mod": ("docs/guides/my-service/go/go.mod", GO_REQUIRE.read),
    "python guide: pip install": ("docs/guides/consuming-python.md", PIP_INSTALL.read),
    "ts guide: npm install": ("docs/guides/consuming-typescript.md", NPM_INSTALL.read),
    "ranges lock: lowest end": ("conformance/ranges/crate-lowest.Cargo.lock", LOCK_ENTRY.read),
    "ranges lock: highest end": ("conformance/ranges/crate-highest.Cargo.lock", LOCK_ENTRY.read),
    "fuzz lock": ("rust/kagzi-proto/fuzz/Cargo.lock", LOCK_ENTRY.read),
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
        # `set` brings every package to a new release, which then passes.
        (root / "releases" / "v1.99.0.binpb").write_bytes(b"")
        if set_versions(root, "1.99.0") != 0 or check(root, root / "releases") != 0:
            print("versions selftest: set 1.99.0 did not make the copy pass", file=sys.stderr)
            return 1
    print("versions selftest: a disagreeing version fails the check; set makes all agree")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"] and len(argv) <= 3:
        root = Path(argv[1]) if len(argv) > 1 else REPO
        releases = Path(argv[2]) if len(argv) > 2 else root / DEFAULT_RELEASES
        return check(root, releases)
    if argv[:1] == ["release"] and len(argv) == 2:
        print(latest_release(Path(argv[1])))
        return 0
    if argv[:1] == ["set"] and len(argv) in (2, 3):
        return set_versions(Path(argv[2]) if len(argv) == 3 else REPO, argv[1])
    if argv == ["files"]:
        print("\n".join(path for path, _ in PACKAGES.values()))
        return 0
    if argv == ["selftest"]:
        return selftest()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
