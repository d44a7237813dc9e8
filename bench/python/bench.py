"""The Python harness: decode and encode every corpus message in binary and
JSON with the protobuf package's upb runtime (json_format for JSON).

Usage: bench.py CORPUS_DIR OUT_JSONL [--smoke]. Needs the generated code
on PYTHONPATH. Each operation is timed with timeit: the best of 3
repeats of enough loops for about 0.2 s (--smoke: one loop, one repeat).
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

from google.protobuf import descriptor_pool, json_format, message_factory
from google.protobuf.internal import api_implementation

import kagzi.v1.admin_pb2  # noqa: F401  (registers the kagzi.v1 types)
import kagzi.v1.common_pb2  # noqa: F401
import kagzi.v1.namespace_pb2  # noqa: F401
import kagzi.v1.worker_pb2  # noqa: F401
import kagzi.v1.workflow_pb2  # noqa: F401
import kagzi.v1.workflow_schedule_pb2  # noqa: F401


def measure(fn, smoke: bool) -> float:
    """Nanoseconds per call of fn."""
    t = timeit.Timer(fn)
    if smoke:
        return t.timeit(1) * 1e9
    loops, _ = t.autorange()
    loops = max(1, loops)
    return min(t.repeat(repeat=3, number=loops)) / loops * 1e9


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--smoke"]
    smoke = "--smoke" in sys.argv[1:]
    if len(args) != 2:
        print("usage: bench.py CORPUS_DIR OUT_JSONL [--smoke]", file=sys.stderr)
        return 2
    if api_implementation.Type() != "upb":
        print(f"bench.py: protobuf runtime is {api_implementation.Type()!r}, not upb", file=sys.stderr)
        return 1
    corpus, out = Path(args[0]), Path(args[1])
    manifest = json.loads((corpus / "manifest.json").read_text())
    pool = descriptor_pool.Default()
    lines = []
    for e in manifest:
        cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(e["type"]))
        binary = (corpus / e["binary"]).read_bytes()
        text = (corpus / e["json"]).read_text()
        m = cls.FromString(binary)
        ops = {
            "decode_binary": (lambda: cls.FromString(binary), len(binary)),
            "encode_binary": (m.SerializeToString, len(binary)),
            "decode_json": (lambda: json_format.Parse(text, cls()), len(text.encode())),
            "encode_json": (lambda: json_format.MessageToJson(m, indent=None), len(text.encode())),
        }
        for op, (fn, size) in ops.items():
            ns = measure(fn, smoke)
            lines.append(json.dumps({"lang": "python", "message": e["name"], "op": op, "ns": ns, "bytes": size}))
    out.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
