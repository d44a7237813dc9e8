// TypeScript testee of the kagzi.v1 conformance suite: decodes and re-encodes
// kagzi.v1 messages with the code protoc-gen-es generated into gen/ts and the
// @bufbuild/protobuf runtime, speaking the protocol of
// conformance/protocol/kagzi/conformance/v1/testee.proto on stdin/stdout.
import {
  create,
  createRegistry,
  type DescMessage,
  fromBinary,
  fromJsonString,
  type Message,
  toBinary,
  toJsonString,
} from "@bufbuild/protobuf";
import {
  TestRequestSchema,
  TestResponseSchema,
  ViolationSchema,
  ViolationsSchema,
  WireFormat,
  type TestResponse,
} from "../../../gen/ts/kagzi/conformance/v1/testee_pb.js";
import { file_kagzi_v1_admin } from "../../../gen/ts/kagzi/v1/admin_pb.js";
import { file_kagzi_v1_common } from "../../../gen/ts/kagzi/v1/common_pb.js";
import { file_kagzi_v1_namespace } from "../../../gen/ts/kagzi/v1/namespace_pb.js";
import { file_kagzi_v1_worker } from "../../../gen/ts/kagzi/v1/worker_pb.js";
import { file_kagzi_v1_workflow } from "../../../gen/ts/kagzi/v1/workflow_pb.js";
import { file_kagzi_v1_workflow_schedule } from "../../../gen/ts/kagzi/v1/workflow_schedule_pb.js";
// google.rpc.Status, the message kagzi.v1 errors travel in: protoc-gen-es's
// code of the status.proto that googleapis-common-protos ships (mk/generate.mk).
import { file_google_rpc_status } from "../../../gen/ts-googleapis/google/rpc/status_pb.js";
// The rules of the schemas (buf.validate annotations), enforced by
// @bufbuild/protovalidate; the kagzi.v1 files import its rule types.
import { createValidator, violationToProto } from "@bufbuild/protovalidate";
import type { FieldPath } from "@bufbuild/protovalidate/gen/buf/validate/validate_pb.js";

// Every kagzi.v1 type and google.rpc.Status, looked up by full name. The JSON
// reader and writer get the registry too: the JSON of an Any ("@type" plus
// the packed message's members) needs the packed type (kagzi.v1.ErrorDetail).
const registry = createRegistry(
  file_kagzi_v1_admin,
  file_kagzi_v1_common,
  file_kagzi_v1_namespace,
  file_kagzi_v1_worker,
  file_kagzi_v1_workflow,
  file_kagzi_v1_workflow_schedule,
  file_google_rpc_status,
);

// The protocol's limit on one message (testee.proto): 1 GiB, far above any
// valid request, so that a corrupt length prefix is reported as such.
const MAX_FRAME = 1 << 30;

type Result = TestResponse["result"];

function respond(result: Result): Uint8Array {
  return toBinary(TestResponseSchema, create(TestResponseSchema, { result }));
}

function handle(frame: Uint8Array): Uint8Array {
  let req;
  try {
    req = fromBinary(TestRequestSchema, frame);
  } catch (e) {
    return respond({ case: "runtimeError", value: `cannot decode the TestRequest: ${String(e)}` });
  }
  const desc = registry.getMessage(req.messageType);
  if (desc === undefined) {
    return respond({ case: "runtimeError", value: `unknown message type ${JSON.stringify(req.messageType)}` });
  }
  let msg;
  try {
    switch (req.input.case) {
      case "binaryInput":
        // Reader policy: unknown binary fields are skipped, so they are not
        // written back either.
        msg = fromBinary(desc, req.input.value, { readUnknownFields: false });
        break;
      case "jsonInput":
        // Reader policy: unknown JSON fields and enum value names are ignored.
        msg = fromJsonString(desc, req.input.value, { ignoreUnknownFields: true, registry });
        break;
      default:
        return respond({ case: "runtimeError", value: "the request has no input" });
    }
  } catch (e) {
    return respond({ case: "parseError", value: String(e) });
  }
  try {
    switch (req.outputFormat) {
      case WireFormat.BINARY:
        // As any protobuf-es user would: toBinary, whose map entries follow
        // the JavaScript object that holds the map (see expected_failures.txt).
        return respond({ case: "binaryOutput", value: toBinary(desc, msg) });
      case WireFormat.JSON:
        // Canonical proto3 JSON is toJsonString's default: lowerCamelCase
        // names, implicit defaults omitted, enums by name (numbers without a
        // name as numbers).
        return respond({ case: "jsonOutput", value: toJsonString(desc, msg, { registry }) });
      case WireFormat.VIOLATIONS:
        return violations(desc, msg);
      default:
        return respond({ case: "runtimeError", value: `unsupported output format ${req.outputFormat}` });
    }
  } catch (e) {
    return respond({ case: "serializeError", value: String(e) });
  }
}

// Requests arrive in chunks of any size (64 KiB from a pipe). The chunks of
// an incomplete frame are kept in a list and joined once, when the frame is
// complete: joining at every chunk would copy a large request over and over
// (quadratic time; a 40 MB request took seconds).
const validator = createValidator();

// Validates msg under the rules of its schema and lists what protovalidate
// reports, in the protocol's terms (testee.proto, Violation).
function violations(desc: DescMessage, msg: Message): Uint8Array {
  const result = validator.validate(desc, msg);
  if (result.kind === "error") {
    return respond({ case: "runtimeError", value: `protovalidate: ${String(result.error)}` });
  }
  const found = (result.violations ?? []).map((v) =>
    create(ViolationSchema, { fieldPath: fieldPathText(violationToProto(v)[0].field), ruleId: v.ruleId }),
  );
  return respond({ case: "violations", value: create(ViolationsSchema, { violations: found }) });
}

// The protocol's text of a field path: names joined with ".", each with its
// subscript in brackets (a string key quoted).
function fieldPathText(path: FieldPath | undefined): string {
  return (path?.elements ?? [])
    .map((e) => {
      switch (e.subscript.case) {
        case undefined:
          return e.fieldName;
        case "stringKey":
          return `${e.fieldName}[${JSON.stringify(e.subscript.value)}]`;
        default:
          return `${e.fieldName}[${String(e.subscript.value)}]`;
      }
    })
    .join(".");
}

let chunks: Buffer[] = [];
let buffered = 0;

// The buffered bytes as one buffer (copied only when there are several chunks).
function joined(): Buffer {
  const [only] = chunks;
  if (chunks.length === 1 && only !== undefined) {
    return only;
  }
  const all = Buffer.concat(chunks, buffered);
  chunks = [all];
  return all;
}

process.stdin.on("data", (chunk: Buffer) => {
  chunks.push(chunk);
  buffered += chunk.length;
  while (buffered >= 4) {
    const [first] = chunks;
    const size = (first !== undefined && first.length >= 4 ? first : joined()).readUInt32LE(0);
    if (size > MAX_FRAME) {
      process.stderr.write(`testee-ts: request of ${size} bytes exceeds the limit of ${MAX_FRAME}\n`);
      process.exit(1);
    }
    if (buffered < 4 + size) {
      break;
    }
    const all = joined();
    const response = handle(new Uint8Array(all.subarray(4, 4 + size)));
    const rest = all.subarray(4 + size);
    chunks = rest.length > 0 ? [rest] : [];
    buffered = rest.length;
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(response.length, 0);
    process.stdout.write(Buffer.concat([prefix, response]));
  }
});
process.stdin.on("end", () => {
  if (buffered > 0) {
    process.stderr.write(`testee-ts: input ended inside a request (${buffered} bytes left)\n`);
    process.exitCode = 1;
  }
});
