"""Checks the rule of the make fragments (mk/common.mk says it):

1. a variable is set (=, :=, ::=, ?=, !=, define) in one file only;
2. a fragment mk/<part>.mk reads only its own variables and those of the core
   (the Makefile and mk/common.mk), and appends (+=) only to its own or to a
   registry of the core (ALL_TARGETS, TEST_TARGETS, ...);
3. the core reads only its own variables.

Reads are the references $(NAME), ${NAME}, $(NAME:a=b) and the macros named by
$(call NAME,...); a name built at expansion time ($(PREFIX_$(x))) is not
checked. Variables are upper case; the lower-case names are make's functions.
make's own variables (CURDIR, MAKE, ...) may be read anywhere, the
environment (HOME, XDG_CACHE_HOME, CARGO_TARGET_DIR) by the core only.

Usage: check_fragments.py [ROOT]    check ROOT/Makefile and ROOT/mk/*.mk
       check_fragments.py selftest  show that each rule fails on a broken input
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ASSIGN = re.compile(r"^(?:(?:override|export)\s+)*([A-Za-z_][A-Za-z0-9_]*)\s*(\+=|::=|:=|\?=|!=|=)")
DEFINE = re.compile(r"^define\s+([A-Za-z_][A-Za-z0-9_]*)")
READ = re.compile(r"\$[({]([A-Z_][A-Z0-9_]*)(?=[)}:])")
CALL = re.compile(r"\$[({]call\s+([A-Za-z_][A-Za-z0-9_]*)")
MAKE_VARIABLES = {"CURDIR", "MAKE", "MAKEFLAGS", "MAKEFILE_LIST", "SHELL", "MAKECMDGOALS"}
ENVIRONMENT = {"HOME", "XDG_CACHE_HOME", "CARGO_TARGET_DIR"}
CORE = ("Makefile", "mk/common.mk")


def logical_lines(text: str) -> list[tuple[int, str, bool]]:
    """(line number, text, is a recipe line), continuation lines joined."""
    out: list[tuple[int, str, bool]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start, line = i + 1, lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + " " + lines[i].lstrip("\t ")
        out.append((start, line, line.startswith("\t")))
        i += 1
    return out


def scan(text: str) -> tuple[dict[str, list[tuple[int, str]]], list[tuple[int, str]]]:
    """The variables a file sets ({name: [(line, operator)]}) and reads ([(line, name)])."""
    sets: dict[str, list[tuple[int, str]]] = {}
    reads: list[tuple[int, str]] = []
    in_define = False
    for number, line, recipe in logical_lines(text):
        stripped = line.split("#", 1)[0] if not recipe else line
        if in_define:
            if stripped.strip() == "endef":
                in_define = False
        elif not recipe:
            match = DEFINE.match(stripped)
            if match:
                sets.setdefault(match.group(1), []).append((number, "define"))
                in_define = True
                continue
            match = ASSIGN.match(stripped)
            if match and ":" not in stripped[: match.start(2)].replace(match.group(1), "", 1):
                sets.setdefault(match.group(1), []).append((number, match.group(2)))
        body = stripped.replace("$$", "")
        reads += [(number, m.group(1)) for m in READ.finditer(body)]
        reads += [(number, m.group(1)) for m in CALL.finditer(body)]
    return sets, reads


def check(files: dict[str, str]) -> list[str]:
    """The rule's violations in `files` ({path: text}); empty when it holds."""
    scanned = {path: scan(text) for path, text in files.items()}
    core_vars = {name for path in CORE if path in scanned for name in scanned[path][0]}
    problems: list[str] = []
    setters: dict[str, list[str]] = {}
    for path, (sets, _) in scanned.items():
        for name, where in sets.items():
            if any(op != "+=" for _, op in where):
                setters.setdefault(name, []).append(path)
    for name, paths in sorted(setters.items()):
        if len(paths) > 1:
            problems.append(f"{name} is set in {len(paths)} files: {', '.join(sorted(paths))}")
    for path, (sets, reads) in sorted(scanned.items()):
        own = {name for name, where in sets.items() if any(op != "+=" for _, op in where)}
        core = path in CORE
        allowed = core_vars | MAKE_VARIABLES | (ENVIRONMENT if core else set()) | (set() if core else own)
        for name, where in sorted(sets.items()):
            if all(op == "+=" for _, op in where) and name not in allowed:
                problems.append(f"{path}:{where[0][0]}: appends to {name}, which is neither its own "
                                f"nor a registry of mk/common.mk")
        seen: set[str] = set()
        for number, name in reads:
            if name not in allowed and name not in seen:
                seen.add(name)
                owner = next((p for p, (s, _) in scanned.items() if name in s), None)
                why = f"set in {owner}" if owner else "set nowhere (a parameter belongs in mk/common.mk)"
                problems.append(f"{path}:{number}: reads {name}, {why}; "
                                f"a fragment reads only its own variables and mk/common.mk's")
    return problems


def load(root: Path) -> dict[str, str]:
    files = {"Makefile": (root / "Makefile").read_text(encoding="utf-8")}
    for path in sorted((root / "mk").glob("*.mk")):
        files[f"mk/{path.name}"] = path.read_text(encoding="utf-8")
    return files


def selftest() -> int:
    """Each rule must catch its break, and the intact tree must pass."""
    base = {
        "Makefile": "include mk/common.mk\ninclude mk/a.mk\nall: $(ALL_TARGETS)\n",
        "mk/common.mk": "ALL_TARGETS :=\nCARGO ?= cargo\nOUT := $(or $(CARGO_TARGET_DIR),target)\n"
                        "define check_it\n@test -d $(1)\nendef\n",
        "mk/a.mk": "A_DIR := $(OUT)/a\nALL_TARGETS += a\nA_LIST := x\nA_LIST += y\n"
                   "a:\n\t$(CARGO) build $(A_DIR:%=%/) $$HOME\n\t$(call check_it,$(A_DIR))\n",
        "mk/b.mk": "B_FILE := b\nb:\n\ttouch $(B_FILE) $(CURDIR)\n",
    }
    breaks: dict[str, tuple[str, str, str]] = {
        "a fragment reads another's variable": ("mk/b.mk", "\t@echo $(A_DIR)\n", "reads A_DIR, set in mk/a.mk"),
        "a fragment reads the environment": ("mk/b.mk", "\t@echo $(HOME)\n", "reads HOME"),
        "two files set a variable": ("mk/b.mk", "CARGO ?= cargo\n", "CARGO is set in 2 files"),
        "a fragment appends to another's variable": ("mk/b.mk", "A_LIST += z\n", "appends to A_LIST"),
        "a read of a variable set nowhere": ("mk/b.mk", "\t@echo $(NOWHERE)\n", "reads NOWHERE, set nowhere"),
    }
    failures = 0
    if check(base):
        print(f"check_fragments selftest: the intact tree fails: {check(base)}")
        failures += 1
    for what, (path, addition, want) in breaks.items():
        broken = dict(base)
        broken[path] = base[path] + addition
        found = check(broken)
        if not any(want in problem for problem in found):
            print(f"check_fragments selftest: {what}: not caught (want {want!r}, got {found})")
            failures += 1
        else:
            print(f"check_fragments selftest: {what}: caught")
    # A macro of another fragment, called: the macro is a variable like any other.
    broken = dict(base)
    broken["mk/a.mk"] += "define a_macro\nx\nendef\n"
    broken["mk/b.mk"] += "\t$(call a_macro)\n"
    if not any("reads a_macro, set in mk/a.mk" in p for p in check(broken)):
        print("check_fragments selftest: a call of another fragment's macro: not caught")
        failures += 1
    else:
        print("check_fragments selftest: a fragment calls another's macro: caught")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    if argv == ["selftest"]:
        return selftest()
    if len(argv) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[0]) if argv else Path(".")
    files = load(root)
    problems = check(files)
    for problem in problems:
        print(f"check_fragments: {problem}", file=sys.stderr)
    sets = sum(len(scan(text)[0]) for text in files.values())
    print(f"check_fragments: {len(files)} files, {sets} variables, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
