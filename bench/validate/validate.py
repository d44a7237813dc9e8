"""Validation cost in Python: protovalidate (2.x, Buf's engine compiled
from Rust, on Google's protobuf messages) validating the realistic requests of the rule cases (the valid
case of each message type in conformance/rules/), in ns per call.

Each message: one warm-up call (the validator compiles the type's rules
once), then batches sized to about BATCH_SECONDS, the median of BATCHES
batches. Writes JSON lines {"lang", "message", "ns"} to OUT.

usage: validate.py RULES_DIR OUT [--smoke]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from google.protobuf import json_format, message_factory, descriptor_pool

import kagzi.v1.admin_pb2  # noqa: F401  (registers the kagzi.v1 types)
import kagzi.v1.namespace_pb2  # noqa: F401
import kagzi.v1.worker_pb2  # noqa: F401
import kagzi.v1.workflow_pb2  # noqa: F401
import kagzi.v1.workflow_schedule_pb2  # noqa: F401
import protovalidate

BATCHES = 5
BATCH_SECONDS = 0.2


def realistic(rules: Path) -> list[tuple[str, dict]]:
    """The valid case of each rule file, by message type."""
    out = []
    for path in sorted(rules.glob("kagzi.v1.*.json")):
        for case in json.loads(path.read_text())["cases"]:
            if case["name"] == "valid":
                out.append((path.stem, case["input"]))
    return out


def ns_per_call(fn, smoke: bool) -> float:
    fn()
    if smoke:
        start = time.perf_counter_ns()
        fn()
        return float(time.perf_counter_ns() - start)
    n = 1
    while True:
        start = time.perf_counter_ns()
        for _ in range(n):
            fn()
        elapsed = time.perf_counter_ns() - start
        if elapsed >= BATCH_SECONDS * 1e9 / 4:
            break
        n *= 2
    n = max(1, int(n * BATCH_SECONDS * 1e9 / elapsed))
    samples = []
    for _ in range(BATCHES):
        start = time.perf_counter_ns()
        for _ in range(n):
            fn()
        samples.append((time.perf_counter_ns() - start) / n)
    return statistics.median(samples)


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    rules, out, smoke = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] == ["--smoke"]
    validator = protovalidate.Validator()
    lines = []
    for name, value in realistic(rules):
        cls = message_factory.GetMessageClass(descriptor_pool.Default().FindMessageTypeByName(name))
        msg = json_format.ParseDict(value, cls())
        if protovalidate.collect_violations(msg):
            raise SystemExit(f"{name}: the realistic message breaks its rules")
        ns = ns_per_call(lambda: validator.validate(msg), smoke)
        lines.append(json.dumps({"lang": "python", "message": name, "ns": ns}))
    if not lines:
        raise SystemExit(f"no valid rule cases under {rules}")
    out.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
