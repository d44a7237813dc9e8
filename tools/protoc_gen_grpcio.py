"""A protoc plugin (for buf's `local` plugins) that runs the Python code
generators bundled in grpcio-tools.

Why: buf's built-in `python` and `pyi` plugins shell out to a protoc binary,
and this package never needs one. grpcio-tools (pinned in
tools/requirements.txt) embeds protoc's compiler as a Python extension, with
the Python, .pyi and gRPC Python generators built in. This script receives
buf's CodeGeneratorRequest, hands the already compiled descriptors to that
embedded compiler (--descriptor_set_in, so nothing is parsed twice), and
returns the files it wrote as a CodeGeneratorResponse.

The plugin option names the generator: `python`, `pyi` or `grpc_python`.
"""

from __future__ import annotations

import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc  # type: ignore[import-untyped]  # grpcio-tools ships no type hints

GENERATORS = ("python", "pyi", "grpc_python")


def generate(request: plugin_pb2.CodeGeneratorRequest) -> plugin_pb2.CodeGeneratorResponse:
    response = plugin_pb2.CodeGeneratorResponse()
    # The kagzi.v1 schemas use proto3 `optional`; the embedded generators
    # support it, and buf refuses plugins that do not announce it.
    response.supported_features = plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    generator = request.parameter.strip()
    if generator not in GENERATORS:
        response.error = (
            f"protoc_gen_grpcio: option must be one of {', '.join(GENERATORS)}, got {generator!r}"
        )
        return response
    with tempfile.TemporaryDirectory(prefix="protoc-gen-grpcio-") as tmp:
        descriptor_set = os.path.join(tmp, "input.binpb")
        out_dir = os.path.join(tmp, "out")
        os.mkdir(out_dir)
        # buf sends every file the requested ones depend on, in dependency
        # order, which is what --descriptor_set_in expects.
        files = descriptor_pb2.FileDescriptorSet(file=request.proto_file)
        with open(descriptor_set, "wb") as handle:
            handle.write(files.SerializeToString())
        args = [
            "grpc_tools.protoc",
            f"--descriptor_set_in={descriptor_set}",
            f"--{generator}_out={out_dir}",
            *request.file_to_generate,
        ]
        status = protoc.main(args)
        if status != 0:
            response.error = f"protoc_gen_grpcio: grpcio-tools' protoc failed with status {status} (see its messages above)"
            return response
        # Sorted, so that the response (and buf's output) is deterministic.
        for root, _dirs, names in sorted(os.walk(out_dir)):
            for name in sorted(names):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as handle:
                    content = handle.read()
                response.file.add(
                    name=os.path.relpath(path, out_dir).replace(os.sep, "/"),
                    content=content,
                )
    return response


def main() -> int:
    request = plugin_pb2.CodeGeneratorRequest()
    try:
        request.ParseFromString(sys.stdin.buffer.read())
    except Exception as err:  # a broken request is a usage error, not a crash
        print(f"protoc_gen_grpcio: cannot parse the CodeGeneratorRequest on stdin: {err}", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(generate(request).SerializeToString())
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
