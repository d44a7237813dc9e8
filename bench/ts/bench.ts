// The TypeScript harness: decode and encode every corpus message in binary
// and JSON with protobuf-es on Node.js, timed with process.hrtime.bigint().
//
// Usage: node bench.js CORPUS_DIR OUT_JSONL [--smoke]. Each operation runs
// for about 0.2 s after a warm-up (--smoke: one call each).

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRegistry, fromBinary, fromJsonString, toBinary, toJsonString } from "@bufbuild/protobuf";
import type { DescMessage } from "@bufbuild/protobuf";
import { file_kagzi_v1_admin } from "../../gen/ts/kagzi/v1/admin_pb.js";
import { file_kagzi_v1_common } from "../../gen/ts/kagzi/v1/common_pb.js";
import { file_kagzi_v1_namespace } from "../../gen/ts/kagzi/v1/namespace_pb.js";
import { file_kagzi_v1_worker } from "../../gen/ts/kagzi/v1/worker_pb.js";
import { file_kagzi_v1_workflow } from "../../gen/ts/kagzi/v1/workflow_pb.js";
import { file_kagzi_v1_workflow_schedule } from "../../gen/ts/kagzi/v1/workflow_schedule_pb.js";

interface Entry {
  name: string;
  type: string;
  binary: string;
  json: string;
}

const registry = createRegistry(
  file_kagzi_v1_admin,
  file_kagzi_v1_common,
  file_kagzi_v1_namespace,
  file_kagzi_v1_worker,
  file_kagzi_v1_workflow,
  file_kagzi_v1_workflow_schedule,
);

function measure(fn: () => unknown, smoke: boolean): number {
  if (smoke) {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0);
  }
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const dt = Number(process.hrtime.bigint() - t0);
    if (dt >= 200_000_000) return dt / n;
    n *= dt < 20_000_000 ? 10 : 2;
  }
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--smoke");
  const smoke = process.argv.includes("--smoke");
  const [corpus, out] = args;
  if (args.length !== 2 || corpus === undefined || out === undefined) {
    console.error("usage: bench.js CORPUS_DIR OUT_JSONL [--smoke]");
    return 2;
  }
  const entries = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Entry[];
  const lines: string[] = [];
  for (const e of entries) {
    const desc: DescMessage | undefined = registry.getMessage(e.type);
    if (desc === undefined) {
      console.error(`bench.js: ${e.name}: no message type ${e.type}`);
      return 1;
    }
    const binary = new Uint8Array(readFileSync(join(corpus, e.binary)));
    const text = readFileSync(join(corpus, e.json), "utf8");
    const m = fromBinary(desc, binary);
    const jsonBytes = Buffer.byteLength(text);
    const ops: [string, () => unknown, number][] = [
      ["decode_binary", () => fromBinary(desc, binary), binary.length],
      ["encode_binary", () => toBinary(desc, m), binary.length],
      ["decode_json", () => fromJsonString(desc, text, { registry }), jsonBytes],
      ["encode_json", () => toJsonString(desc, m, { registry }), jsonBytes],
    ];
    for (const [op, fn, bytes] of ops) {
      lines.push(JSON.stringify({ lang: "ts", message: e.name, op, ns: measure(fn, smoke), bytes }));
    }
  }
  writeFileSync(out, lines.join("\n") + "\n");
  return 0;
}

process.exitCode = main();
