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
  AdminService,
  ErrorCode,
  ErrorDetailSchema,
  NamespaceSchema,
  NamespaceService,
  PayloadSchema,
  QueueDepthSchema,
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

// expectFailure awaits call, which must fail with the status code and carry
// the one kagzi.v1.ErrorDetail that docs/guides/errors.md says travels in
// the status, of errorCode and naming subjectId.
async function expectFailure(call, what, code, errorCode, subject, subjectId) {
  let failure;
  try {
    await call();
  } catch (e) {
    failure = ConnectError.from(e);
  }
  expect(failure !== undefined, `${what}: want ${Code[code]}, got an answer`);
  expect(failure.code === code, () => `${what}: want ${Code[code]}, got ${Code[failure.code]}: ${failure.rawMessage}`);
  const details = failure.findDetails(ErrorDetailSchema);
  expect(
    details.length === 1 && details[0].code === errorCode && details[0].subject === subject &&
      details[0].subjectId === subjectId,
    () => `${what}: want one ErrorDetail ${ErrorCode[errorCode]} of ${subject} ${subjectId}, got ${details.map((d) => show(ErrorDetailSchema, d))}`,
  );
}

export async function scenario(addr) {
  // Every call fails after 30 s rather than hang on a server that stopped
  // answering.
  const transport = createGrpcTransport({ baseUrl: `http://${addr}`, defaultTimeoutMs: 30_000 });
  const workflows = createClient(WorkflowService, transport);
  const schedules = createClient(WorkflowScheduleService, transport);
  const worker = createClient(WorkerService, transport);
  const admin = createClient(AdminService, transport);
  const namespaces = createClient(NamespaceService, transport);
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
  await expectFailure(() => workflows.getWorkflow({ namespaceId: ns, runId: unknown }), "GetWorkflow of an unknown run",
    Code.NotFound, ErrorCode.NOT_FOUND, "workflow", unknown);
  console.log("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail");

  // Added in v1.2.0, one step per service.
  const byKey = (await workflows.getWorkflowByExternalId({ namespaceId: ns, externalId: "order-1" })).workflow;
  expect(
    byKey?.runId === first.runId && byKey.externalId === "order-1" && byKey.namespaceId === ns,
    () => `GetWorkflowByExternalId: want run ${first.runId}, got ${JSON.stringify(byKey)}`,
  );
  const victim = [...started].filter((id) => id !== runId).sort()[0];
  const ended = await workflows.terminateWorkflow({ namespaceId: ns, runId: victim, reason: "interop" });
  expect(
    ended.terminated && ended.workflow?.runId === victim && ended.workflow.status === WorkflowStatus.TERMINATED &&
      ended.workflow.finishedAt !== undefined,
    () => `TerminateWorkflow of a PENDING run: want it TERMINATED with finished_at, got ${JSON.stringify(ended)}`,
  );
  const again = await workflows.terminateWorkflow({ namespaceId: ns, runId: victim });
  expect(
    !again.terminated && again.workflow?.status === WorkflowStatus.TERMINATED,
    () => `TerminateWorkflow again: want terminated false and the run still TERMINATED, got ${JSON.stringify(again)}`,
  );
  console.log("GetWorkflowByExternalId: the first run; TerminateWorkflow: TERMINATED, final (again: terminated false)");

  const fired = (await schedules.triggerWorkflowSchedule({ namespaceId: ns, scheduleId: schedule.scheduleId })).runId;
  expect(fired !== "" && !started.has(fired), () => `TriggerWorkflowSchedule: want a new run, got ${JSON.stringify(fired)}`);
  const scheduleRuns = await schedules.listScheduleRuns({ namespaceId: ns, scheduleId: schedule.scheduleId });
  const [only] = scheduleRuns.runs;
  expect(
    scheduleRuns.runs.length === 1 && only.runId === fired && only.scheduleId === schedule.scheduleId &&
      only.workflowType === WORKFLOW_TYPE && only.status === WorkflowStatus.PENDING && !(scheduleRuns.pageInfo?.hasMore ?? false),
    () => `ListScheduleRuns after one trigger: want exactly run ${fired}, PENDING, with the schedule_id, got ${JSON.stringify(scheduleRuns.runs.map((r) => r.runId))}`,
  );
  console.log("TriggerWorkflowSchedule: exactly one run, listed by ListScheduleRuns with its schedule_id");

  // Unfinished now: the three runs left PENDING of the five, and the
  // triggered one; the completed and the terminated run are not counted.
  const { depths } = await admin.getQueueDepth({ namespaceId: ns });
  const wantDepth = create(QueueDepthSchema, { taskQueue: TASK_QUEUE, workflowType: WORKFLOW_TYPE, pending: BigInt(RUNS - 1) });
  expect(
    depths.length === 1 && equals(QueueDepthSchema, depths[0], wantDepth),
    () => `GetQueueDepth: want [${show(QueueDepthSchema, wantDepth)}], got ${depths.map((d) => show(QueueDepthSchema, d))}`,
  );
  console.log(`GetQueueDepth: ${RUNS - 1} PENDING on ${TASK_QUEUE}/${WORKFLOW_TYPE}, nothing else`);

  const managed = `${ns}-managed`;
  const created = (await namespaces.createNamespace({ namespaceId: managed, displayName: "Interop" })).namespace;
  expect(
    created?.namespaceId === managed && created.displayName === "Interop" && created.enabled && created.createdAt !== undefined,
    () => `CreateNamespace: want ${managed} enabled with its display name, got ${show(NamespaceSchema, created)}`,
  );
  const gotNs = (await namespaces.getNamespace({ namespaceId: managed })).namespace;
  expect(
    gotNs !== undefined && equals(NamespaceSchema, gotNs, created),
    () => `GetNamespace: want ${show(NamespaceSchema, created)}, got ${show(NamespaceSchema, gotNs)}`,
  );
  const disabled = (await namespaces.disableNamespace({ namespaceId: managed, reason: "interop" })).namespace;
  expect(
    disabled?.namespaceId === managed && !disabled.enabled,
    () => `DisableNamespace: want ${managed} disabled, got ${show(NamespaceSchema, disabled)}`,
  );
  const refused = { namespaceId: managed, taskQueue: TASK_QUEUE, workflowType: WORKFLOW_TYPE };
  await expectFailure(() => workflows.startWorkflow(refused), "StartWorkflow in a disabled namespace",
    Code.FailedPrecondition, ErrorCode.NAMESPACE_DISABLED, "namespace", managed);
  const enabled = (await namespaces.enableNamespace({ namespaceId: managed })).namespace;
  expect(
    enabled?.namespaceId === managed && enabled.enabled,
    () => `EnableNamespace: want ${managed} enabled, got ${show(NamespaceSchema, enabled)}`,
  );
  const accepted = await workflows.startWorkflow(refused);
  expect(
    accepted.runId !== "" && !accepted.alreadyExists,
    () => `StartWorkflow after EnableNamespace: want a new run, got ${JSON.stringify(accepted)}`,
  );
  console.log("CreateNamespace, GetNamespace, DisableNamespace: StartWorkflow refused with NAMESPACE_DISABLED; EnableNamespace: accepted again");
}
