#!/usr/bin/env python3
"""Proves that each documentation check fails when it should.

Copies the repository (without build outputs and installed tools, which are
linked instead) into a scratch directory, checks that every docs check passes
there, then breaks one thing at a time in the copy and checks that the right
check fails with a message naming the problem:

  * a proto comment edited, reference not regenerated  -> `fresh` fails;
    regenerating makes it pass again, with the new comment in the reference
  * a field added to a proto, reference not regenerated -> `coverage` names it
  * a field's row, or its JSON name, wrong in the reference -> `coverage` names it
  * an example block edited, or its case file removed  -> examples check fails;
    --write repairs the edited block
  * a .proto example made lint-dirty or given a wrong expectation -> fails
  * a broken relative link, a broken #anchor            -> link check fails,
    while links in code and valid GitHub-style anchors pass
  * a layout-table row for a path that does not exist, a top-level entry
    without a row                                        -> layout check fails

The work tree is never modified. BUF names buf; the plugin comes from .tools/.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts" / "docs"
# Not copied: tool installs and build outputs (linked or not needed).
IGNORE = shutil.ignore_patterns(".git", "node_modules", ".tools", ".venv", "target", "gen", "build", "__pycache__")
LINKED = ["node_modules", ".tools"]
COMMON = "proto/kagzi/v1/common.proto"
REFERENCE = "docs/reference/kagzi.v1.md"
GUIDE = "docs/guides/json-mapping.md"
VERSIONING = "docs/guides/versioning.md"
OWN_PAGES = ["docs/reference", "docs/guides/json-mapping.md", "docs/guides/versioning.md", "docs/guides/conformance.md"]
PROBE = "docs/selftest-probe.md"

failures = []
passed = 0


def run(tree, script, *args):
    proc = subprocess.run([sys.executable, str(SCRIPTS / script), "--root", str(tree), *args],
                          cwd=tree, capture_output=True, text=True)
    return proc.returncode, proc.stdout + proc.stderr


def expect(name, tree, script, args, ok, needle=None):
    """Runs a check; it must pass (ok) or fail, and its output must hold needle."""
    global passed
    code, out = run(tree, script, *args)
    good = (code == 0) == ok and (needle is None or needle in out)
    if good:
        passed += 1
        print(f"  ok    {name}")
    else:
        failures.append(name)
        want = "pass" if ok else "fail"
        print(f"  FAIL  {name}: expected {want}{f' mentioning {needle!r}' if needle else ''}, "
              f"got exit {code}:\n{out.strip()[:2000]}")


def edit(tree, rel, old, new, count=1):
    path = tree / rel
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"docs_selftest: cannot find {old!r} in {rel}; update the self-test")
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def fresh_copy(tmp, name):
    tree = Path(tmp) / name
    shutil.copytree(ROOT, tree, ignore=IGNORE, symlinks=True)
    for link in LINKED:
        if (ROOT / link).exists():
            (tree / link).symlink_to(ROOT / link)
    return tree


def regenerate(tree):
    buf = os.environ["BUF"]  # absolute, exported by make (mk/tools.mk)
    shutil.rmtree(tree / "docs/reference")
    subprocess.run([buf, "generate", "--template", "docs/buf.gen.docs.yaml"], cwd=tree, check=True)


def main():
    if not (ROOT / ".tools/bin/protoc-gen-doc").exists():
        print("docs_selftest: protoc-gen-doc missing; run `make go-tools`", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kagzi-docs-selftest-") as tmp:
        print("baseline: every check passes on an untouched copy")
        base = fresh_copy(tmp, "base")
        expect("reference is fresh", base, "reference.py", ["fresh"], True)
        expect("reference covers the schemas", base, "reference.py", ["coverage"], True, "(100%)")
        expect("examples match", base, "examples.py", [], True)
        expect(".proto examples compile", base, "proto_examples.py", [], True)
        # Only this part's pages: other parts' pages may be mid-edit, and the real
        # link check (make docs-linkcheck) covers them.
        expect("links resolve", base, "linkcheck.py", OWN_PAGES, True)
        expect("the layout table matches the tree", base, "layout.py", [], True, "0 problems")

        print("a proto comment edited without `make docs`")
        t = fresh_copy(tmp, "comment")
        edit(t, COMMON, "// Category of the error.", "// Category of the error, edited by the docs self-test.")
        expect("fresh fails on the edited comment", t, "reference.py", ["fresh"], False, "kagzi.v1.md differs")
        expect("coverage sees the comment missing", t, "reference.py", ["coverage"], False,
               "kagzi.v1.ErrorDetail.code: its comment is not in the reference")
        regenerate(t)
        expect("fresh passes after regenerating", t, "reference.py", ["fresh"], True)
        text = (t / REFERENCE).read_text(encoding="utf-8")
        if "edited by the docs self-test" in text:
            global passed
            passed += 1
            print("  ok    regenerated reference holds the new comment")
        else:
            failures.append("regenerated reference holds the new comment")
            print("  FAIL  regenerated reference does not hold the new comment")

        print("a deprecated field")
        t = fresh_copy(tmp, "deprecated")
        edit(t, COMMON, "bytes data = 1;", "bytes data = 1 [deprecated = true];")
        expect("coverage wants the deprecation shown", t, "reference.py", ["coverage"], False,
               "field kagzi.v1.Payload.data: deprecated in the schema, not marked **Deprecated.**")
        regenerate(t)
        expect("the regenerated reference marks it", t, "reference.py", ["coverage"], True)

        print("a field added without `make docs`")
        t = fresh_copy(tmp, "field")
        edit(t, COMMON, "  map<string, string> metadata = 2;\n}",
             "  map<string, string> metadata = 2;\n  // Added by the docs self-test.\n  string selftest_note = 3;\n}")
        expect("coverage names the new field", t, "reference.py", ["coverage"], False,
               "field kagzi.v1.Payload.selftest_note: no anchor")
        expect("fresh fails too", t, "reference.py", ["fresh"], False, "stale")

        print("the reference itself damaged")
        t = fresh_copy(tmp, "row")
        ref = (t / REFERENCE).read_text(encoding="utf-8")
        row = re.search(r"^\| <a name=\"kagzi\.v1\.Workflow\.run_id\"></a>.*\n", ref, re.M)
        if row is None:
            raise SystemExit("docs_selftest: no row for kagzi.v1.Workflow.run_id in the reference; update the self-test")
        (t / REFERENCE).write_text(ref.replace(row.group(0), ""), encoding="utf-8")
        expect("coverage names a missing field row", t, "reference.py", ["coverage"], False,
               "field kagzi.v1.Workflow.run_id: no anchor")
        t = fresh_copy(tmp, "jsonname")
        edit(t, REFERENCE, "`runId`", "`run_id`")
        expect("coverage catches a wrong JSON name", t, "reference.py", ["coverage"], False,
               "JSON name shown as `run_id`, descriptor says runId")

        print("examples out of step with their files")
        t = fresh_copy(tmp, "example")
        edit(t, GUIDE, '\n  "data": "AQI="', '\n  "data": "AQI=="')
        expect("an edited example block fails", t, "examples.py", [], False,
               "differs from conformance/cases/v1.0.0/kagzi.v1.Payload/short_data.json")
        expect("--write repairs it", t, "examples.py", ["--write"], True, "refreshed")
        expect("and the check passes again", t, "examples.py", [], True)
        (t / "conformance/cases/v1.0.0/kagzi.v1.Payload/short_data.json").unlink()
        expect("a removed case file fails", t, "examples.py", [], False, "short_data.json does not exist")
        t = fresh_copy(tmp, "binexample")
        edit(t, GUIDE, "08 63 12 13", "08 64 12 13")
        expect("an edited hex example fails", t, "examples.py", [], False, "unknown_code.binpb")

        print(".proto examples that stop compiling or meaning what they say")
        t = fresh_copy(tmp, "protoex")
        edit(t, VERSIONING, "  // Delay before the next attempt, in milliseconds.\n  int64 retry_after_ms = 2;\n}\n```\n\n`make docs`",
             "  int64 retry_after_ms = 2;\n}\n```\n\n`make docs`")
        expect("an undocumented field fails buf lint", t, "proto_examples.py", [], False, "buf lint fails")
        t = fresh_copy(tmp, "protoexpect")
        edit(t, VERSIONING, "expect=FIELD_NO_DELETE", "expect=FIELD_SAME_TYPE")
        expect("a wrong expected rule fails", t, "proto_examples.py", [], False,
               "expected the gate to fail with FIELD_SAME_TYPE")

        print("broken links")
        t = fresh_copy(tmp, "links")
        probe = t / PROBE
        probe.write_text(
            "# Probe: `code` & (punctuation)!\n\n## Probe\n\n## Probe\n\n"
            "[ok](#probe-code--punctuation) [dup](#probe-1) [ref](reference/kagzi.v1.md#kagzi.v1.Workflow.run_id)\n"
            "[dir](guides/) `[in code](missing.md)`\n\n```\n[in a fence](missing.md)\n```\n",
            encoding="utf-8")
        expect("valid anchors, directories and code are accepted", t, "linkcheck.py", [PROBE], True)
        with probe.open("a", encoding="utf-8") as f:
            f.write("[gone](guides/no-such-guide.md)\n")
        expect("a missing file fails", t, "linkcheck.py", [PROBE], False, "guides/no-such-guide.md does not exist")
        probe.write_text("# Probe\n\n[bad](guides/versioning.md#no-such-heading)\n",
                         encoding="utf-8")
        expect("a missing anchor fails", t, "linkcheck.py", [PROBE], False, "no anchor #no-such-heading")

        print("a layout table out of step with the tree")
        t = fresh_copy(tmp, "layout")
        (t / "extra").mkdir()
        expect("a top-level directory without a row fails", t, "layout.py", [], False,
               "no row for the directory `extra/`")
        (t / "extra").rmdir()
        edit(t, "README.md", "| `releases/` |", "| `released/` |")
        expect("a row for a missing path fails", t, "layout.py", [], False, "`released/` does not exist")
    print(f"docs_selftest: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
