#!/usr/bin/env python3
"""Proves that the breaking-change gate (`make breaking`) works.

For each edit in EDITS, the test copies the schemas and the gate's make rules
into a scratch directory, applies the edit to the copy, runs `make breaking`
there and checks the outcome:

* a breaking edit must make the gate fail, and buf must name the expected rule
  (run with BUF_ERROR_FORMAT=json, so the rule IDs can be read);
* an additive edit must pass.

The real work tree is never modified. Run from the repository root:
    make test-breaking-gate      (make exports BUF, the absolute path of buf)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
V1 = "proto/kagzi/v1"


@dataclass
class Edit:
    """One change to the scratch copy of the schemas.

    `replacements` are (file, regular expression, replacement) triples; each
    expression must match at least once, so an edit cannot silently become a
    no-op when the schemas change. `rules` are the buf rule IDs the gate must
    report (empty for an additive edit, which must pass).
    """

    name: str
    replacements: list[tuple[str, str, str]]
    rules: set[str] = field(default_factory=set)
    renames: list[tuple[str, str]] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return bool(self.rules)


def f(name: str) -> str:
    return f"{V1}/{name}"


EDITS: list[Edit] = [
    # --- breaking edits: each must fail the gate ---------------------------
    Edit("field renumbered",
         [(f("workflow.proto"), r"string run_id = 1;\n  // Idempotency", r"string run_id = 100;\n  // Idempotency")],
         {"FIELD_NO_DELETE"}),
    Edit("field renamed",
         [(f("workflow.proto"), r"int32 attempts = 10;", "int32 attempt_count = 10;")],
         {"FIELD_SAME_NAME", "FIELD_SAME_JSON_NAME"}),
    Edit("field retyped (int32 -> int64)",
         [(f("workflow.proto"), r"int32 attempts = 10;", "int64 attempts = 10;")],
         {"FIELD_SAME_TYPE"}),
    Edit("field retyped (string -> bytes)",
         [(f("common.proto"), r"string message = 2;", "bytes message = 2;")],
         {"FIELD_SAME_TYPE"}),
    Edit("field deleted",
         [(f("workflow.proto"), r"  string child_run_id = 14;\n", "")],
         {"FIELD_NO_DELETE"}),
    Edit("field made repeated",
         [(f("workflow.proto"), r"  string parent_step_id = 18;", "  repeated string parent_step_id = 18;")],
         {"FIELD_SAME_CARDINALITY"}),
    Edit("optional dropped (presence lost)",
         [(f("workflow.proto"), r"optional string external_id = 5 ", "string external_id = 5 ")],
         {"FIELD_SAME_CARDINALITY"}),
    Edit("json_name changed",
         [(f("common.proto"), r"int32 page_size = 1 \[", 'int32 page_size = 1 [json_name = "limit", ')],
         {"FIELD_SAME_JSON_NAME"}),
    Edit("field moved into a oneof",
         [(f("admin.proto"), r"  string service = 1 (\[[^;]*\]);\n",
           "  oneof target {\n    // Service.\n    string service = 1 \\1;\n  }\n")],
         {"FIELD_SAME_ONEOF"}),
    Edit("map value retyped",
         [(f("common.proto"), r"map<string, string> metadata = 2;", "map<string, bytes> metadata = 2;")],
         {"FIELD_SAME_TYPE"}),
    Edit("enum value removed",
         [(f("workflow.proto"), r"  WORKFLOW_STATUS_CANCELLED = 6;\n", "")],
         {"ENUM_VALUE_NO_DELETE"}),
    Edit("enum value renamed",
         [(f("worker.proto"), r"WORKER_STATUS_DRAINING = 2;", "WORKER_STATUS_DRAINING_NOW = 2;")],
         {"ENUM_VALUE_SAME_NAME"}),
    Edit("enum value renumbered",
         [(f("workflow.proto"), r"STEP_KIND_SLEEP = 2;", "STEP_KIND_SLEEP = 5;")],
         {"ENUM_VALUE_NO_DELETE"}),
    Edit("enum renamed",
         [(f("admin.proto"), r"\bServingStatus\b", "HealthStatus")],
         {"ENUM_NO_DELETE"}),
    Edit("RPC removed",
         [(f("workflow.proto"), r"  rpc GetWorkflow\(GetWorkflowRequest\) returns \(GetWorkflowResponse\);\n", "")],
         {"RPC_NO_DELETE"}),
    Edit("RPC made server-streaming",
         [(f("workflow.proto"), r"returns \(ListWorkflowsResponse\)", "returns (stream ListWorkflowsResponse)")],
         {"RPC_SAME_SERVER_STREAMING"}),
    Edit("RPC made client-streaming",
         [(f("worker.proto"), r"rpc Heartbeat\(HeartbeatRequest\)", "rpc Heartbeat(stream HeartbeatRequest)")],
         {"RPC_SAME_CLIENT_STREAMING"}),
    Edit("RPC request type changed",
         [(f("admin.proto"), r"rpc GetWorker\(GetWorkerRequest\)", "rpc GetWorker(GetStepRequest)")],
         {"RPC_SAME_REQUEST_TYPE"}),
    Edit("RPC response type changed",
         [(f("workflow.proto"), r"rpc CancelWorkflow\(CancelWorkflowRequest\) returns \(google.protobuf.Empty\)",
           "rpc CancelWorkflow(CancelWorkflowRequest) returns (GetWorkflowResponse)")],
         {"RPC_SAME_RESPONSE_TYPE"}),
    Edit("message renamed",
         [(f(p), r"\bPageInfo\b", "PaginationInfo") for p in
          ("common.proto", "workflow.proto", "admin.proto", "workflow_schedule.proto", "namespace.proto")],
         {"MESSAGE_NO_DELETE"}),
    Edit("message deleted",
         [(f("worker.proto"), r"// WorkflowTypeConcurrency limits.*?\n}\n", ""),
          (f("worker.proto"), r"  // Per-workflow-type limits on runs executing.*?= 17;\n", ""),
          (f("worker.proto"), r"  // Per-workflow-type limits on the task queue.*?= 10[^;]*;\n", "")],
         {"MESSAGE_NO_DELETE"}),
    Edit("service renamed",
         [(f("admin.proto"), r"service AdminService", "service OperatorService")],
         {"SERVICE_NO_DELETE"}),
    # Wire- and JSON-compatible, but generated code moves (Go package file,
    # Python module, TypeScript import path): only the FILE category sees it.
    Edit("message moved to another file",
         [(f("workflow.proto"), r"// WorkflowStatus is the lifecycle state of a workflow run\..*?\n}\n\n", ""),
          (f("common.proto"), r"\Z",
           "\n// WorkflowStatus is the lifecycle state of a workflow run.\nenum WorkflowStatus {\n"
           "  // Not set.\n  WORKFLOW_STATUS_UNSPECIFIED = 0;\n  // Pending.\n  WORKFLOW_STATUS_PENDING = 1;\n"
           "  // Running.\n  WORKFLOW_STATUS_RUNNING = 2;\n  // Sleeping.\n  WORKFLOW_STATUS_SLEEPING = 3;\n"
           "  // Completed.\n  WORKFLOW_STATUS_COMPLETED = 4;\n  // Failed.\n  WORKFLOW_STATUS_FAILED = 5;\n"
           "  // Cancelled.\n  WORKFLOW_STATUS_CANCELLED = 6;\n}\n")],
         {"ENUM_NO_DELETE"}),
    Edit("file renamed",
         [], {"FILE_NO_DELETE"},
         renames=[(f("workflow_schedule.proto"), f("schedule.proto"))]),
    # --- additive edits: each must pass ------------------------------------
    Edit("new field", [(f("workflow.proto"),
                        r"(  google.protobuf.Timestamp start_at = 24;\n)",
                        r"\1  // Shard of the run.\n  int32 shard = 25;\n")]),
    Edit("new enum value", [(f("workflow.proto"),
                             r"(  WORKFLOW_STATUS_TERMINATED = 10;\n)",
                             r"\1  // Timed out.\n  WORKFLOW_STATUS_TIMED_OUT = 11;\n")]),
    Edit("new message", [(f("common.proto"), r"\Z",
                          "\n// Cursor is new.\nmessage Cursor {\n  // Position.\n  int64 position = 1;\n}\n")]),
    Edit("new RPC", [(f("admin.proto"),
                      r"(  rpc GetServerInfo\(GetServerInfoRequest\) returns \(GetServerInfoResponse\);\n)",
                      r"\1  // Ping pings.\n  rpc Ping(GetServerInfoRequest) returns (GetServerInfoResponse);\n")]),
    Edit("new optional field in a request", [(f("admin.proto"),
                                              r"(  PageRequest page = 4;\n}\n\n// ListWorkersResponse)",
                                              "  // Hostname filter.\n  optional string hostname = 5;\n\\1")]),
    Edit("comment reworded", [(f("common.proto"), r"Human-readable description", "Readable description")]),
]


def scratch_copy(dest: Path) -> None:
    """Copies what `make breaking` needs; tools are linked, not copied."""
    for name in ("Makefile", "buf.yaml", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "proto", dest / "proto")
    shutil.copytree(ROOT / "scripts", dest / "scripts")
    shutil.copytree(ROOT / "releases", dest / "releases")
    # Every fragment: the Makefile includes all of them (a missing one is an error).
    shutil.copytree(ROOT / "mk", dest / "mk")
    # The pins: buf/validate/validate.proto's checksum is a prerequisite of
    # the fetched file that proto/ already holds (mk/validate.mk).
    shutil.copytree(ROOT / "tools", dest / "tools")
    os.symlink(ROOT / "node_modules", dest / "node_modules")


def apply(edit: Edit, tree: Path) -> None:
    for path, pattern, replacement in edit.replacements:
        target = tree / path
        text = target.read_text()
        new, count = re.subn(pattern, replacement, text, flags=re.DOTALL)
        if count == 0:
            raise AssertionError(f"edit {edit.name!r}: pattern {pattern!r} not found in {path}")
        target.write_text(new)
    for old, new in edit.renames:
        (tree / old).rename(tree / new)


def run_gate(tree: Path) -> tuple[int, set[str], str]:
    proc = subprocess.run(
        ["make", "--no-print-directory", "-s", "breaking", "BUF_ERROR_FORMAT=json"],
        cwd=tree, capture_output=True, text=True, timeout=120,
    )
    rules = set()
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            rules.add(json.loads(line)["type"])
    return proc.returncode, rules, proc.stdout + proc.stderr


def run_release(tree: Path, version: str) -> subprocess.CompletedProcess:
    # Every case here stops before release.sh's semver check of the crate, so
    # the real cargo-semver-checks is not needed (its first install takes most
    # of an hour, and `make release` would start it): /bin/false stands in,
    # and fails the case loudly should release.sh ever get that far.
    return subprocess.run(["make", "--no-print-directory", "-s", "release", f"VERSION={version}",
                           "SEMVER_CHECKS=/bin/false"],
                          cwd=tree, capture_output=True, text=True, timeout=120)


def check_release(tmp: Path) -> tuple[int, list[str]]:
    """`make release` refuses what would corrupt the release history."""
    failures = []
    latest = sorted((ROOT / "releases").glob("v*.binpb"),
                    key=lambda p: [int(x) for x in p.stem[1:].split(".")])[-1].stem
    major, minor, _ = (int(x) for x in latest[1:].split("."))
    assert minor >= 1, "the release guards need a release after v1.0.0"
    next_version = f"v{major}.{minor + 1}.0"
    # (what, version, the reason release.sh must give): each guard is held
    # to its own reason, so one guard cannot hide that another is missing.
    refused = [
        ("an existing version", latest, "already exists"),
        # Older than the latest release but not itself released.
        ("an older version", f"v{major}.{minor - 1}.99", "is not newer than"),
        ("another major version", "v2.0.0", "must look like v1."),
        ("a malformed version", "1.2", "must look like v1."),
    ]
    for index, (what, version, reason) in enumerate(refused):
        tree = tmp / f"release{index}"
        tree.mkdir()
        scratch_copy(tree)
        proc = run_release(tree, version)
        ok = proc.returncode != 0 and reason in proc.stdout + proc.stderr
        print(f"{'ok  ' if ok else 'FAIL'} release  refuses {what} ({version}): {reason}")
        if not ok:
            failures.append(f"release of {what} ({version}): exit {proc.returncode}, "
                            f"wanted {reason!r}\n{proc.stdout}{proc.stderr}")
    # A breaking change cannot be released; an additive one can.
    for breaking, edit in ((True, EDITS[0]), (False, next(e for e in EDITS if not e.breaking))):
        tree = tmp / f"release-{'breaking' if breaking else 'additive'}"
        tree.mkdir()
        scratch_copy(tree)
        apply(edit, tree)
        proc = run_release(tree, next_version)
        image = tree / "releases" / f"{next_version}.binpb"
        # The scratch copy is no git work tree: an additive change passes the
        # gate, lint and format and is then stopped by the repository checks
        # (a full release is `make test-release`, on a scratch clone); a
        # breaking one never gets that far.
        got_past_gate = "not inside a git work tree" in proc.stderr
        ok = proc.returncode != 0 and not image.exists() and got_past_gate != breaking
        what = "refuses a breaking" if breaking else "lets through the gate an additive"
        print(f"{'ok  ' if ok else 'FAIL'} release  {what} change as {next_version} ({edit.name})")
        if not ok:
            failures.append(f"release {what} change: exit {proc.returncode}\n{proc.stdout}{proc.stderr}")
    return len(refused) + 2, failures


# Rule edits, judged by the rules gate (scripts/validate/rules_check.py, part of
# `make breaking`) against a release that carries the working rules: buf's
# own categories ignore options, so only that check can catch a tightening.
RULE_EDITS: list[tuple[str, bool, list[tuple[str, str, str]]]] = [
    ("a name's max_len lowered (tightening)", True,
     [(f("workflow.proto"), r"(message GetWorkflowRequest \{.*?max_len: )255", r"\g<1>100")]),
    ("a rule added to a released field (tightening)", True,
     [(f("workflow.proto"), r"  string reason = 3 \[\(buf.validate.field\).string.max_len = 1024\];",
       '  string reason = 3 [\n    (buf.validate.field).string.max_len = 1024,\n'
       '    (buf.validate.field).string.min_len = 1\n  ];')]),
    ("a name's max_len raised (loosening)", False,
     [(f("workflow.proto"), r"(message GetWorkflowRequest \{.*?max_len: )255", r"\g<1>300")]),
]


def check_rules(tmp: Path) -> tuple[int, list[str]]:
    """The rules gate: a tightened rule of a released field fails `make
    breaking`, a loosened one passes. The scratch copy's newest release is an
    image of the unmodified working schemas (the real releases predate the
    rules)."""
    failures = []
    for index, (name, tightening, replacements) in enumerate(RULE_EDITS):
        tree = tmp / f"rules{index}"
        tree.mkdir()
        scratch_copy(tree)
        subprocess.run([os.environ["BUF"], "build", "--exclude-source-info", "-o", "releases/v1.999.0.binpb"],
                       cwd=tree, check=True, capture_output=True)
        apply(Edit(name, replacements), tree)
        code, _, out = run_gate(tree)
        caught = code != 0 and "rules-check: tightened" in out
        ok = caught if tightening else code == 0
        kind = "tighten" if tightening else "loosen"
        verdict = "rejected by the rules gate" if caught else ("accepted" if code == 0 else f"failed otherwise")
        print(f"{'ok  ' if ok else 'FAIL'} {kind:8} {name}: {verdict}")
        if not ok:
            failures.append(f"{name}: expected {'the rules gate to fail' if tightening else 'pass'}, got {verdict}\n{out}")
    return len(RULE_EDITS), failures


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory(prefix="kagzi-gate-") as tmp:
        release_checks, failures = check_release(Path(tmp))
        rule_checks, rule_failures = check_rules(Path(tmp))
        failures += rule_failures
        # The unmodified copy must pass, or every result below is meaningless.
        base = Path(tmp) / "base"
        base.mkdir()
        scratch_copy(base)
        code, _, out = run_gate(base)
        if code != 0:
            print(f"FAIL unmodified schemas do not pass the gate:\n{out}")
            return 1
        for index, edit in enumerate(EDITS):
            tree = Path(tmp) / f"edit{index}"
            tree.mkdir()
            scratch_copy(tree)
            apply(edit, tree)
            # An edit must still be a valid schema (it compiles), so that the
            # gate, not the compiler, is what catches it.
            build = subprocess.run([os.environ["BUF"], "build"], cwd=tree, capture_output=True, text=True)
            if build.returncode != 0:
                failures.append(f"{edit.name}: edited schemas do not compile:\n{build.stderr}")
                continue
            code, rules, out = run_gate(tree)
            if edit.breaking:
                ok = code != 0 and edit.rules <= rules
                verdict = f"rejected by {', '.join(sorted(rules))}" if code != 0 else "ACCEPTED"
            else:
                ok = code == 0
                verdict = "accepted" if code == 0 else f"REJECTED by {', '.join(sorted(rules))}"
            kind = "breaking" if edit.breaking else "additive"
            print(f"{'ok  ' if ok else 'FAIL'} {kind:8} {edit.name}: {verdict}")
            if not ok:
                failures.append(f"{edit.name}: expected {sorted(edit.rules) or 'pass'}, got {verdict}\n{out}")
    total = len(EDITS) + release_checks + rule_checks
    print(f"breaking gate: {total - len(failures)} passed, {len(failures)} failed")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
