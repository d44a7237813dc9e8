// The page: calls a Kagzi server with gRPC-Web from the browser and shows
// what came back. The server's URL comes from the query string
// (`?server=http://127.0.0.1:50051`); the page itself is served from another
// origin, so every call is a cross-origin fetch that the server's CORS
// answers must allow (docs/guides/browser.md).

import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import {
  ErrorCodeSchema,
  ErrorDetailSchema,
  PayloadSchema,
  WorkflowService,
  WorkflowStatusSchema,
} from "@kagzi/proto";
import { detailList, runTable, show, text } from "./render.js";

const NAMESPACE = "default";
const TIMEOUT_MS = 10_000;

/** The name of an enum value as the schema spells it (WORKFLOW_STATUS_PENDING). */
function enumName(schema: typeof ErrorCodeSchema | typeof WorkflowStatusSchema, value: number): string {
  return schema.values.find((v) => v.number === value)?.name ?? `${value}`;
}

/** A failed call as one line: the gRPC code's name and the message. */
function describe(err: unknown): string {
  const e = ConnectError.from(err);
  return `${Code[e.code]}: ${e.rawMessage}`;
}

type Client = ReturnType<typeof createClient<typeof WorkflowService>>;

async function startRun(client: Client): Promise<string> {
  const started = await client.startWorkflow(
    {
      namespaceId: NAMESPACE,
      taskQueue: "browser",
      workflowType: "send-welcome-email",
      input: create(PayloadSchema, {
        data: new TextEncoder().encode('{"user":"ada"}'),
        metadata: { "content-type": "application/json" },
      }),
      labels: { source: "browser-page" },
    },
    { timeoutMs: TIMEOUT_MS },
  );
  show("start", "ok", `started run ${started.runId}`);
  document.getElementById("start")!.dataset["runId"] = started.runId;
  return started.runId;
}

async function listRuns(client: Client, startedRunId: string): Promise<void> {
  const listed = await client.listWorkflows({ namespaceId: NAMESPACE, page: { pageSize: 50 } }, { timeoutMs: TIMEOUT_MS });
  const rows = listed.workflows.map((w) => ({
    runId: w.runId,
    workflowType: w.workflowType,
    status: enumName(WorkflowStatusSchema, w.status),
  }));
  // The run this page started must be among them: a list that misses it is a failure, not an empty success.
  const found = rows.some((r) => r.runId === startedRunId);
  show("list", found ? "ok" : "failed", `${rows.length} run(s)${found ? "" : `, run ${startedRunId} missing`}`);
  document.getElementById("list")!.append(runTable(rows));
}

/** GetWorkflow of a run that does not exist: must fail with NOT_FOUND and a kagzi.v1.ErrorDetail. */
async function readErrorDetail(client: Client): Promise<void> {
  const unknown = "no-such-run";
  try {
    await client.getWorkflow({ namespaceId: NAMESPACE, runId: unknown }, { timeoutMs: TIMEOUT_MS });
    show("error", "failed", `GetWorkflow of ${unknown} succeeded`);
    return;
  } catch (err) {
    const e = ConnectError.from(err);
    // The details come from grpc-status-details-bin (a google.rpc.Status), which the page sees only when the server exposes it.
    const details = e.findDetails(ErrorDetailSchema);
    if (details.length !== 1) {
      show("error", "failed", `${details.length} ErrorDetail(s) in ${describe(e)}`);
      return;
    }
    const detail = details[0]!;
    const ok = e.code === Code.NotFound && detail.subjectId === unknown;
    show("error", ok ? "ok" : "failed", `${Code[e.code]} with an ErrorDetail`);
    document.getElementById("error")!.append(
      detailList([
        ["grpc code", Code[e.code]],
        ["detail.code", enumName(ErrorCodeSchema, detail.code)],
        ["detail.subject", detail.subject],
        ["detail.subject_id", detail.subjectId],
        ["detail.message", detail.message],
        ["detail.non_retryable", `${detail.nonRetryable}`],
      ]),
    );
  }
}

async function main(): Promise<void> {
  const server = new URLSearchParams(location.search).get("server") ?? "";
  text("page-origin", location.origin);
  text("server-url", server || "(none: add ?server=http://HOST:PORT)");
  const client = createClient(WorkflowService, createGrpcWebTransport({ baseUrl: server }));

  let runId = "";
  try {
    runId = await startRun(client);
  } catch (err) {
    show("start", "failed", describe(err));
  }
  if (runId === "") {
    show("list", "failed", "no run was started");
  } else {
    try {
      await listRuns(client, runId);
    } catch (err) {
      show("list", "failed", describe(err));
    }
  }
  await readErrorDetail(client);

  // One flag for whoever watches the page (the browser test): every step has an outcome now.
  const failed = document.querySelectorAll('section[data-state="failed"]').length;
  document.body.dataset["done"] = failed === 0 ? "ok" : "failed";
}

void main();
