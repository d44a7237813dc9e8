// TypeScript testee of the kagzi.v1 conformance suite: decodes and re-encodes
// kagzi.v1 messages with the code protoc-gen-es generated into gen/ts and the
// @bufbuild/protobuf runtime, speaking the protocol of
// conformance/protocol/kagzi/conformance/v1/testee.proto on stdin/stdout.
import { create, createRegistry, fromBinary, fromJsonString, toBinary, toJsonString, ScalarType } from "@bufbuild/protobuf";
import type { DescMessage } from "@bufbuild/protobuf";
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import {
  TestRequestSchema,
  TestResponseSchema,
  WireFormat,
  type TestResponse,
} from "../../../gen/ts/kagzi/conformance/v1/testee_pb.js";
import { file_kagzi_v1_admin } from "../../../gen/ts/kagzi/v1/admin_pb.js";
import { file_kagzi_v1_common } from "../../../gen/ts/kagzi/v1/common_pb.js";
import { file_kagzi_v1_worker } from "../../../gen/ts/kagzi/v1/worker_pb.js";
import { file_kagzi_v1_workflow } from "../../../gen/ts/kagzi/v1/workflow_pb.js";
import { file_kagzi_v1_workflow_schedule } from "../../../gen/ts/kagzi/v1/workflow_schedule_pb.js";

// Every kagzi.v1 type, looked up by full name.
const registry = createRegistry(
  file_kagzi_v1_admin,
  file_kagzi_v1_common,
  file_kagzi_v1_worker,
  file_kagzi_v1_workflow,
  file_kagzi_v1_workflow_schedule,
);

// A corrupt length prefix must not make the testee allocate gigabytes.
const MAX_FRAME = 64 << 20;

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
        msg = fromJsonString(desc, req.input.value, { ignoreUnknownFields: true });
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
        return respond({ case: "binaryOutput", value: sortMapEntries(desc, toBinary(desc, msg)) });
      case WireFormat.JSON:
        // Canonical proto3 JSON is toJsonString's default: lowerCamelCase
        // names, implicit defaults omitted, enums by name (numbers without a
        // name as numbers).
        return respond({ case: "jsonOutput", value: toJsonString(desc, msg) });
      default:
        return respond({ case: "runtimeError", value: `unsupported output format ${req.outputFormat}` });
    }
  } catch (e) {
    return respond({ case: "serializeError", value: String(e) });
  }
}

// toBinary writes fields in field-number order but map entries in the order
// of the JavaScript object that holds the map, where integer-like keys always
// come first. The suite wants entries sorted by key (as the deterministic
// modes of the other languages write them), so this re-emits the encoding
// with the entries of every map, at any depth, sorted; everything else is
// copied byte for byte.
function sortMapEntries(desc: DescMessage, bytes: Uint8Array): Uint8Array {
  const reader = new BinaryReader(bytes);
  const writer = new BinaryWriter();
  const entries = new Map<number, { key: string | bigint; entry: Uint8Array }[]>();
  while (reader.pos < reader.len) {
    const start = reader.pos;
    const [no, wireType] = reader.tag();
    const field = desc.fields.find((f) => f.number === no);
    if (field?.fieldKind === "map" && wireType === WireType.LengthDelimited) {
      let entry = reader.bytes();
      if (field.mapKind === "message") {
        entry = sortEntryValue(field.message, entry);
      }
      const list = entries.get(no) ?? [];
      list.push({ key: mapKey(entry, field.mapKey), entry });
      entries.set(no, list);
      continue;
    }
    flushMaps(writer, entries);
    if (wireType === WireType.LengthDelimited && (field?.fieldKind === "message" || (field?.fieldKind === "list" && field.listKind === "message"))) {
      writer.tag(no, WireType.LengthDelimited).bytes(sortMapEntries(field.message, reader.bytes()));
    } else {
      reader.skip(wireType, no);
      writer.raw(bytes.subarray(start, reader.pos));
    }
  }
  flushMaps(writer, entries);
  return writer.finish();
}

function flushMaps(writer: BinaryWriter, entries: Map<number, { key: string | bigint; entry: Uint8Array }[]>): void {
  for (const [no, list] of entries) {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { entry } of list) {
      writer.tag(no, WireType.LengthDelimited).bytes(entry);
    }
  }
  entries.clear();
}

// The key of a map entry, as a value whose JavaScript order is the order of
// the keys: strings as their UTF-8 bytes in hex (byte-wise order), integers and
// bools as bigints.
function mapKey(entry: Uint8Array, keyType: ScalarType): string | bigint {
  const reader = new BinaryReader(entry);
  while (reader.pos < reader.len) {
    const [no, wireType] = reader.tag();
    if (no !== 1) {
      reader.skip(wireType, no);
      continue;
    }
    switch (keyType) {
      case ScalarType.STRING:
        return Buffer.from(reader.bytes()).toString("hex");
      case ScalarType.BOOL:
        return reader.bool() ? 1n : 0n;
      case ScalarType.INT32: return BigInt(reader.int32());
      case ScalarType.SINT32: return BigInt(reader.sint32());
      case ScalarType.UINT32: return BigInt(reader.uint32());
      case ScalarType.FIXED32: return BigInt(reader.fixed32());
      case ScalarType.SFIXED32: return BigInt(reader.sfixed32());
      case ScalarType.INT64: return BigInt(reader.int64());
      case ScalarType.SINT64: return BigInt(reader.sint64());
      case ScalarType.UINT64: return BigInt(reader.uint64());
      case ScalarType.FIXED64: return BigInt(reader.fixed64());
      case ScalarType.SFIXED64: return BigInt(reader.sfixed64());
      default: throw new Error(`map key of scalar type ${keyType} cannot exist`);
    }
  }
  // An absent key is the default: empty string, zero or false.
  return keyType === ScalarType.STRING ? "" : 0n;
}

// Sorts the maps inside the message value (field 2) of a map entry.
function sortEntryValue(desc: DescMessage, entry: Uint8Array): Uint8Array {
  const reader = new BinaryReader(entry);
  const writer = new BinaryWriter();
  while (reader.pos < reader.len) {
    const start = reader.pos;
    const [no, wireType] = reader.tag();
    if (no === 2 && wireType === WireType.LengthDelimited) {
      writer.tag(2, WireType.LengthDelimited).bytes(sortMapEntries(desc, reader.bytes()));
    } else {
      reader.skip(wireType, no);
      writer.raw(entry.subarray(start, reader.pos));
    }
  }
  return writer.finish();
}

// Requests arrive in chunks of any size; each complete frame is answered in
// order, and the testee exits when standard input ends.
let pending = Buffer.alloc(0);
process.stdin.on("data", (chunk: Buffer) => {
  pending = Buffer.concat([pending, chunk]);
  while (pending.length >= 4) {
    const size = pending.readUInt32LE(0);
    if (size > MAX_FRAME) {
      process.stderr.write(`testee-ts: request of ${size} bytes exceeds the limit of ${MAX_FRAME}\n`);
      process.exit(1);
    }
    if (pending.length < 4 + size) {
      break;
    }
    const response = handle(new Uint8Array(pending.subarray(4, 4 + size)));
    pending = pending.subarray(4 + size);
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(response.length, 0);
    process.stdout.write(Buffer.concat([prefix, response]));
  }
});
process.stdin.on("end", () => {
  if (pending.length > 0) {
    process.stderr.write(`testee-ts: input ended inside a request (${pending.length} bytes left)\n`);
    process.exitCode = 1;
  }
});
