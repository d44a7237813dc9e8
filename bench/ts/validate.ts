// Validation cost in TypeScript: @bufbuild/protovalidate validating the
// realistic requests of the rule cases (the valid case of each message type
// in conformance/rules/), ns per call, on Node.js.
//
// Each message: one warm-up call (the validator plans the type's rules
// once), then batches of about 200 ms, the median of 5.
//
// usage: node validate.js RULES_DIR OUT [--smoke]   (JSON lines {"lang", "message", "ns"})
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRegistry, fromJson, type JsonValue } from "@bufbuild/protobuf";
import { createValidator } from "@bufbuild/protovalidate";
import { file_kagzi_v1_admin } from "../../gen/ts/kagzi/v1/admin_pb.js";
import { file_kagzi_v1_namespace } from "../../gen/ts/kagzi/v1/namespace_pb.js";
import { file_kagzi_v1_worker } from "../../gen/ts/kagzi/v1/worker_pb.js";
import { file_kagzi_v1_workflow } from "../../gen/ts/kagzi/v1/workflow_pb.js";
import { file_kagzi_v1_workflow_schedule } from "../../gen/ts/kagzi/v1/workflow_schedule_pb.js";

const registry = createRegistry(
  file_kagzi_v1_admin,
  file_kagzi_v1_namespace,
  file_kagzi_v1_worker,
  file_kagzi_v1_workflow,
  file_kagzi_v1_workflow_schedule,
);

function nsPerCall(fn: () => void, smoke: boolean): number {
  fn();
  if (smoke) {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start);
  }
  let n = 1;
  let elapsed = 0;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    elapsed = Number(process.hrtime.bigint() - start);
    if (elapsed >= 50e6) break;
    n *= 2;
  }
  n = Math.max(1, Math.floor((n * 200e6) / elapsed));
  const samples: number[] = [];
  for (let s = 0; s < 5; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[2] ?? 0;
}

function main(): void {
  const [rules, out, flag] = process.argv.slice(2);
  if (rules === undefined || out === undefined) {
    throw new Error("usage: node validate.js RULES_DIR OUT [--smoke]");
  }
  const validator = createValidator();
  const lines: string[] = [];
  for (const file of readdirSync(rules).filter((f) => f.endsWith(".json")).sort()) {
    const name = file.slice(0, -".json".length);
    const desc = registry.getMessage(name);
    if (desc === undefined) throw new Error(`${name} is not a kagzi.v1 message`);
    const cases = (JSON.parse(readFileSync(join(rules, file), "utf8")) as { cases: { name: string; input: JsonValue }[] })
      .cases;
    for (const c of cases.filter((c) => c.name === "valid")) {
      const msg = fromJson(desc, c.input, { registry });
      if (validator.validate(desc, msg).kind !== "valid") {
        throw new Error(`${name}: the realistic message breaks its rules`);
      }
      const ns = nsPerCall(() => validator.validate(desc, msg), flag === "--smoke");
      lines.push(JSON.stringify({ lang: "ts", message: name, ns }));
    }
  }
  if (lines.length === 0) throw new Error(`no valid rule cases under ${rules}`);
  writeFileSync(out, lines.join("\n") + "\n");
}

main();
