"""Python testee of the kagzi.v1 conformance suite.

Decodes and re-encodes kagzi.v1 messages with the code grpcio-tools generated
into gen/python and protobuf's json_format, speaking the protocol of
conformance/protocol/kagzi/conformance/v1/testee.proto on stdin/stdout. Run it
with gen/python on PYTHONPATH (see mk/generate.mk).
"""

from __future__ import annotations

import struct
import sys
from typing import TYPE_CHECKING, BinaryIO

from google.protobuf import descriptor_pool, json_format, message, message_factory

# Importing the generated modules registers their types in the default
# descriptor pool, where requests look them up by full name.
import kagzi.v1.admin_pb2  # noqa: F401
import kagzi.v1.common_pb2  # noqa: F401
import kagzi.v1.namespace_pb2  # noqa: F401
import kagzi.v1.worker_pb2  # noqa: F401
import kagzi.v1.workflow_pb2  # noqa: F401
import kagzi.v1.workflow_schedule_pb2  # noqa: F401
# google.rpc.Status, the message kagzi.v1 errors travel in, from
# googleapis-common-protos (where Python has it); json_format resolves the
# "@type" of its Any details (kagzi.v1.ErrorDetail) in the same pool.
import google.rpc.status_pb2  # noqa: F401
from kagzi.conformance.v1 import testee_pb2

if TYPE_CHECKING:
    import protovalidate

# The protocol's limit on one message (testee.proto): 1 GiB, far above any
# valid request, so that a corrupt length prefix is reported as such.
MAX_FRAME = 1 << 30
PREFIX = struct.Struct("<I")


def read_frame(stream: BinaryIO) -> bytes | None:
    prefix = stream.read(PREFIX.size)
    if not prefix:
        return None  # end of input at a frame boundary
    if len(prefix) < PREFIX.size:
        raise EOFError("input ended inside a length prefix")
    (size,) = PREFIX.unpack(prefix)
    if size > MAX_FRAME:
        raise ValueError(f"request of {size} bytes exceeds the limit of {MAX_FRAME}")
    frame = stream.read(size)
    if len(frame) < size:
        raise EOFError(f"input ended inside a request of {size} bytes")
    return frame


def handle(frame: bytes) -> testee_pb2.TestResponse:
    request = testee_pb2.TestRequest()
    try:
        request.ParseFromString(frame)
    except message.DecodeError as err:
        return testee_pb2.TestResponse(runtime_error=f"cannot decode the TestRequest: {err}")
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(request.message_type)
    except KeyError:
        return testee_pb2.TestResponse(runtime_error=f"unknown message type {request.message_type!r}")
    msg = message_factory.GetMessageClass(descriptor)()
    which = request.WhichOneof("input")
    try:
        if which == "binary_input":
            msg.ParseFromString(request.binary_input)
            # Reader policy: unknown binary fields are skipped, so they are
            # not written back either.
            msg.DiscardUnknownFields()
        elif which == "json_input":
            # Reader policy: unknown JSON fields and enum value names are ignored.
            json_format.Parse(request.json_input, msg, ignore_unknown_fields=True)
        else:
            return testee_pb2.TestResponse(runtime_error="the request has no input")
    except Exception as err:  # whatever the parser raises, the input was rejected
        return testee_pb2.TestResponse(parse_error=f"{type(err).__name__}: {err}")
    if request.output_format == testee_pb2.WIRE_FORMAT_VIOLATIONS:
        return violations(msg)
    try:
        if request.output_format == testee_pb2.WIRE_FORMAT_BINARY:
            # Deterministic: map entries sorted by key.
            return testee_pb2.TestResponse(binary_output=msg.SerializeToString(deterministic=True))
        if request.output_format == testee_pb2.WIRE_FORMAT_JSON:
            # Canonical proto3 JSON: lowerCamelCase names, defaults omitted,
            # enums by name (json_format writes numbers that have no name).
            # Sorted keys make map entries deterministic.
            text = json_format.MessageToJson(msg, indent=None, sort_keys=True)
            return testee_pb2.TestResponse(json_output=text)
    except Exception as err:  # whatever the writer raises, this value cannot be encoded
        return testee_pb2.TestResponse(serialize_error=f"{type(err).__name__}: {err}")
    return testee_pb2.TestResponse(runtime_error=f"unsupported output format {request.output_format}")


def violations(value: message.Message) -> testee_pb2.TestResponse:
    # The rules of the schemas (buf.validate annotations), enforced by the
    # protovalidate library, which reads them from the kagzi.v1 descriptors.
    # Imported on the first rule case only: the codec cases also run where the
    # library is not installed (the runtime-range tests install the wheel
    # alone, at both ends of its protobuf range).
    import protovalidate

    try:
        found = protovalidate.collect_violations(value)
    except (protovalidate.CompilationError, protovalidate.EvaluationError) as err:
        return testee_pb2.TestResponse(runtime_error=f"protovalidate: {err}")
    return testee_pb2.TestResponse(
        violations=testee_pb2.Violations(
            violations=[
                testee_pb2.Violation(field_path=field_path(v.proto.field), rule_id=v.proto.rule_id or "")
                for v in found
            ]
        )
    )


def field_path(path: protovalidate.FieldPathPb | None) -> str:
    """The protocol's text of a field path (testee.proto, Violation.field_path);
    empty for a rule of the message itself."""
    parts: list[str] = []
    for e in path.elements if path is not None else []:
        part = e.field_name
        sub = e.subscript
        if sub is not None:
            if sub.field == "string_key":
                part += f'["{sub.value}"]'
            elif sub.field == "bool_key":
                part += f"[{str(sub.value).lower()}]"
            else:
                part += f"[{sub.value}]"
        parts.append(part)
    return ".".join(parts)


def main() -> int:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            frame = read_frame(stdin)
        except (EOFError, ValueError) as err:
            print(f"testee-python: {err}", file=sys.stderr)
            return 1
        if frame is None:
            return 0
        response = handle(frame).SerializeToString()
        stdout.write(PREFIX.pack(len(response)) + response)
        stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
