// The interop scenario of `node consume.mjs scenario ADDR`, over
// @connectrpc/connect-node's gRPC transport with the service descriptors of
// the installed @kagzi/proto. Each step checks the server's answer against
// what the .proto comments promise (as consumers/python/scenario.py and
// consumers/go/scenario.go do); a Mismatch names the step and what
// differed. The namespace carries a random suffix so that several clients
// can share one server.
import { randomUUID } from "node:crypto";
import { create, equals, toJsonString } from "@bufbuild/protobuf";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import {
  ErrorCode,
  ErrorDetailSchema,
  PayloadSchema,
  StepKind,
  StepStatus,
  WorkerService,
  WorkflowScheduleService,
  WorkflowService,
  WorkflowStatus,
} from "@kagzi/proto";

const TASK_QUEUE = "interop";
const WORKFLOW_TYPE = "interop-order";
const RUNS = 5; // started in total; listed PAGE_SIZE per page
const PAGE_SIZE = 2;

export class Mismatch extends Error {}

function expect(condition, what) {
  if (!condition) throw new Mismatch(typeof what === "function" ? what() : what);
}

const show = (schema, message) => (message === undefined ? "nothing" : toJsonString(schema, message));

export async function scenario(addr) {
  // Every call fails after 30 s rather than hang on a server that stopped
  // answering.
  const transport = createGrpcTransport({ baseUrl: `http://${addr}`, defaultTimeoutMs: 30_000 });
  const workflows = createClient(WorkflowService, transport);
  const schedules = createClient(WorkflowScheduleService, transport);
  const worker = createClient(WorkerService, transport);
  const ns = `interop-ts-${randomUUID().slice(0, 8)}`;

  const input = create(PayloadSchema, {
    data: new TextEncoder().encode('{"order":1}'),
    metadata: { "content-type": "application/json" },
  });
  const start = { namespaceId: ns, taskQueue: TASK_QUEUE, workflowType: WORKFLOW_TYPE, externalId: "order-1", input };
  const first = await workflows.startWorkflow(start);
  expect(first.runId !== "" && !first.alreadyExists, () => `StartWorkflow: want a new run, got ${JSON.stringify(first)}`);
  const second = await workflows.startWorkflow(start);
  expect(
    second.alreadyExists && second.runId === first.runId,
    () => `StartWorkflow again with the same external_id: want already_exists and run ${first.runId}, got ${JSON.stringify(second)}`,
  );
  console.log(`StartWorkflow twice with external_id: same run ${first.runId}, already_exists the second time`);

  const got = (await workflows.getWorkflow({ namespaceId: ns, runId: first.runId })).workflow;
  expect(
    got !== undefined && got.runId === first.runId && got.externalId === "order-1" && got.namespaceId === ns &&
      got.workflowType === WORKFLOW_TYPE && got.status === WorkflowStatus.PENDING &&
      got.input !== undefined && equals(PayloadSchema, got.input, input),
    () => `GetWorkflow: unexpected run ${JSON.stringify(got)}`,
  );
  console.log("GetWorkflow: PENDING run with its external_id and input");

  const started = new Set([first.runId]);
  for (let i = 1; i < RUNS; i++) {
    started.add((await workflows.startWorkflow({ namespaceId: ns, taskQueue: TASK_QUEUE, workflowType: WORKFLOW_TYPE })).runId);
  }
  expect(started.size === RUNS, () => `StartWorkflow without external_id: want ${RUNS} distinct runs, got ${started.size}`);
  const listed = new Set();
  let token = "";
  let pages = 0;
  for (;;) {
    const page = await workflows.listWorkflows({ namespaceId: ns, page: { pageSize: PAGE_SIZE, pageToken: token } });
    pages++;
    expect(page.workflows.length <= PAGE_SIZE, () => `ListWorkflows: page of ${page.workflows.length} > ${PAGE_SIZE}`);
    for (const w of page.workflows) {
      expect(!listed.has(w.runId), () => `ListWorkflows: run ${w.runId} on two pages`);
      listed.add(w.runId);
    }
    token = page.pageInfo?.nextPageToken ?? "";
    const hasMore = page.pageInfo?.hasMore ?? false;
    expect(hasMore === (token !== ""), () => `ListWorkflows: has_more ${hasMore} with next_page_token ${JSON.stringify(token)}`);
    if (token === "") break;
    expect(pages <= RUNS, "ListWorkflows: more pages than runs");
  }
  expect(
    listed.size === started.size && [...started].every((id) => listed.has(id)),
    () => `ListWorkflows: listed ${[...listed].sort()}, started ${[...started].sort()}`,
  );
  console.log(`ListWorkflows: ${listed.size} runs in ${pages} pages of ${PAGE_SIZE}, no duplicates`);

  const schedule = (await schedules.createWorkflowSchedule({
    namespaceId: ns, taskQueue: TASK_QUEUE, workflowType: WORKFLOW_TYPE, cronExpr: "0 9 * * *",
  })).schedule;
  expect(
    schedule !== undefined && schedule.scheduleId !== "" && schedule.enabled && schedule.nextFireAt !== undefined &&
      schedule.cronExpr === "0 9 * * *",
    () => `CreateWorkflowSchedule: unexpected schedule ${JSON.stringify(schedule)}`,
  );
  console.log(`CreateWorkflowSchedule: enabled, next fire at ${timestampDate(schedule.nextFireAt).toISOString()}`);

  const reg = await worker.register({
    namespaceId: ns, taskQueue: TASK_QUEUE, workflowTypes: [WORKFLOW_TYPE], hostname: "interop", pid: 1,
  });
  expect(reg.workerId !== "", () => `Register: no worker_id in ${JSON.stringify(reg)}`);
  const task = (await worker.pollTask({ namespaceId: ns, workerId: reg.workerId, taskQueue: TASK_QUEUE })).task;
  expect(
    task !== undefined && started.has(task.runId) && task.workflowType === WORKFLOW_TYPE && task.attempt === 1,
    () => `PollTask: want attempt 1 of a started run, got ${JSON.stringify(task)}`,
  );
  const runId = task.runId;
  const step = await worker.beginStep({ namespaceId: ns, runId, stepName: "charge", kind: StepKind.FUNCTION });
  expect(
    step.stepId !== "" && step.cachedOutput === undefined && step.attemptNumber === 1,
    () => `BeginStep: want a first attempt without cached output, got ${JSON.stringify(step)}`,
  );
  const output = create(PayloadSchema, { data: new TextEncoder().encode('"charged"') });
  const done = (await worker.completeStep({ namespaceId: ns, runId, stepId: step.stepId, output })).step;
  expect(
    done !== undefined && done.stepId === step.stepId && done.status === StepStatus.COMPLETED &&
      done.output !== undefined && equals(PayloadSchema, done.output, output),
    () => `CompleteStep: want the step COMPLETED with its output, got ${JSON.stringify(done)}`,
  );
  const finished = await worker.completeWorkflow({ namespaceId: ns, runId, output });
  expect(finished.status === WorkflowStatus.COMPLETED, () => `CompleteWorkflow: got ${JSON.stringify(finished)}`);
  const after = (await workflows.getWorkflow({ namespaceId: ns, runId })).workflow;
  expect(
    after?.status === WorkflowStatus.COMPLETED && after.output !== undefined && equals(PayloadSchema, after.output, output),
    () => `GetWorkflow after CompleteWorkflow: got ${JSON.stringify(after)}`,
  );
  console.log("Register, PollTask, BeginStep, CompleteStep, CompleteWorkflow: run COMPLETED with its output");

  // The failure: NOT_FOUND, with the kagzi.v1.ErrorDetail that
  // docs/guides/errors.md says travels in the status naming the run.
  const unknown = randomUUID();
  let failure;
  try {
    await workflows.getWorkflow({ namespaceId: ns, runId: unknown });
  } catch (e) {
    failure = ConnectError.from(e);
  }
  expect(failure !== undefined, "GetWorkflow of an unknown run: want NOT_FOUND, got a run");
  expect(failure.code === Code.NotFound, () => `GetWorkflow of an unknown run: want NOT_FOUND, got ${Code[failure.code]}: ${failure.rawMessage}`);
  const details = failure.findDetails(ErrorDetailSchema);
  expect(
    details.length === 1 && details[0].code === ErrorCode.NOT_FOUND && details[0].subject === "workflow" &&
      details[0].subjectId === unknown,
    () => `GetWorkflow of an unknown run: want one ErrorDetail NOT_FOUND of workflow ${unknown}, got ${details.map((d) => show(ErrorDetailSchema, d))}`,
  );
  console.log("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail");
}
