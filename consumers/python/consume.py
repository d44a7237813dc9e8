"""A consumer of the installed kagzi-proto distribution (not the work tree).

Run from a fresh virtual environment where only the wheel from dist/ and its
dependencies are installed. Subcommands, so that later scenarios (a live
server) can join:

  consume.py decode CASE_DIR MESSAGE_TYPE NAME
      decodes CASE_DIR/NAME.binpb and CASE_DIR/NAME.json as MESSAGE_TYPE
      (e.g. kagzi.v1.Workflow), checks that both give the same message and
      that re-encoding each (binary and JSON) decodes back to it.

  consume.py scenario ADDR
      runs the interop scenario against a live kagzi.v1 server at ADDR
      (host:port, plaintext gRPC): idempotent StartWorkflow, GetWorkflow,
      ListWorkflows paging, CreateWorkflowSchedule, a worker's task from
      Register to CompleteWorkflow, and GetWorkflow of an unknown run
      (NOT_FOUND, with its kagzi.v1.ErrorDetail, read with grpcio-status:
      requirements-scenario.txt). Every answer is checked; the first
      mismatch exits 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kagzi.v1.workflow_pb2  # noqa: F401  (registers the types below)
import kagzi.v1.worker_pb2  # noqa: F401
import kagzi.v1.admin_pb2  # noqa: F401
import kagzi.v1.workflow_schedule_pb2  # noqa: F401
import kagzi.v1.namespace_pb2  # noqa: F401
from google.protobuf import json_format, symbol_database
from google.protobuf.message import Message


def decode(case_dir: Path, type_name: str, name: str) -> int:
    cls = symbol_database.Default().GetSymbol(type_name)
    origin = Path(kagzi.v1.workflow_pb2.__file__).resolve()
    print(f"kagzi.v1 from {origin}")
    from_binary: Message = cls()
    from_binary.ParseFromString((case_dir / f"{name}.binpb").read_bytes())
    from_json: Message = cls()
    json_format.Parse((case_dir / f"{name}.json").read_text(encoding="utf-8"), from_json)
    if from_binary != from_json:
        print(f"{type_name} {name}: binary and JSON decode to different messages", file=sys.stderr)
        return 1
    again: Message = cls()
    again.ParseFromString(from_binary.SerializeToString(deterministic=True))
    if again != from_binary:
        print(f"{type_name} {name}: binary re-encoding changed the message", file=sys.stderr)
        return 1
    again_json: Message = cls()
    json_format.Parse(json_format.MessageToJson(from_json), again_json)
    if again_json != from_json:
        print(f"{type_name} {name}: JSON re-encoding changed the message", file=sys.stderr)
        return 1
    print(f"{type_name} {name}: binary and JSON decode equal and re-encode equal")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "decode":
        return decode(Path(argv[1]), argv[2], argv[3])
    if len(argv) == 2 and argv[0] == "scenario":
        # Imported here so that `decode` does not need grpcio at all.
        from scenario import run

        return run(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
