// A consumer of the installed @kagzi/proto npm package (not the work tree),
// run with node from a fresh project where only the tarball from dist/ and
// its dependencies are installed.
//
//   node consume.mjs decode CASE_DIR MESSAGE_TYPE NAME
//
// decodes CASE_DIR/NAME.binpb and CASE_DIR/NAME.json as MESSAGE_TYPE (e.g.
// kagzi.v1.Workflow), checks that both give the same message and that
// re-encoding each (binary and JSON) decodes back to it.
//
//   node consume.mjs scenario ADDR
//
// runs the interop scenario (scenario.mjs) against a live kagzi.v1 server
// at ADDR (host:port, plaintext gRPC) over @connectrpc/connect-node's gRPC
// transport and exits 1 on the first mismatch or unexpected RPC error.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { equals, fromBinary, fromJson, toBinary, toJson } from "@bufbuild/protobuf";
import * as kagzi from "@kagzi/proto";

function schemaOf(typeName) {
  const found = Object.values(kagzi).find((v) => v?.kind === "message" && v.typeName === typeName);
  if (!found) throw new Error(`${typeName}: no such message in @kagzi/proto`);
  return found;
}

function decode(dir, typeName, name) {
  const schema = schemaOf(typeName);
  console.log(`@kagzi/proto from ${import.meta.resolve("@kagzi/proto")}`);
  const fromBin = fromBinary(schema, readFileSync(join(dir, `${name}.binpb`)));
  const fromJs = fromJson(schema, JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")));
  if (!equals(schema, fromBin, fromJs)) {
    throw new Error(`${typeName} ${name}: binary and JSON decode to different messages`);
  }
  if (!equals(schema, fromBinary(schema, toBinary(schema, fromBin)), fromBin)) {
    throw new Error(`${typeName} ${name}: binary re-encoding changed the message`);
  }
  if (!equals(schema, fromJson(schema, toJson(schema, fromJs)), fromJs)) {
    throw new Error(`${typeName} ${name}: JSON re-encoding changed the message`);
  }
  console.log(`${typeName} ${name}: binary and JSON decode equal and re-encode equal`);
}

const args = process.argv.slice(2);
if (args.length === 4 && args[0] === "decode") {
  try {
    decode(args[1], args[2], args[3]);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
} else if (args.length === 2 && args[0] === "scenario") {
  // Imported here, not above: `decode` runs where only @kagzi/proto is
  // installed (make test-npm-package), the scenario needs connect too.
  const { Mismatch, scenario } = await import("./scenario.mjs");
  try {
    await scenario(args[1]);
    console.log("scenario: every answer as expected");
    // The transport's HTTP/2 session would keep node alive for a while.
    process.exit(0);
  } catch (e) {
    const why = e instanceof Mismatch ? e.message : `unexpected RPC error ${e instanceof Error ? e.message : e}`;
    console.error(`scenario: ${why}`);
    process.exit(1);
  }
} else {
  console.error("usage: node consume.mjs decode CASE_DIR MESSAGE_TYPE NAME | node consume.mjs scenario ADDR");
  process.exit(2);
}
