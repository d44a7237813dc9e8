"""The interop scenario of `consume.py scenario ADDR`, over grpcio.

Each step checks the server's answer against what the .proto comments
promise; a Mismatch names the step and what differed. The namespace carries
a random suffix so that several clients can share one server.
"""

from __future__ import annotations

import sys
import uuid

import grpc
from grpc_status import rpc_status
from kagzi.v1 import (
    admin_pb2,
    admin_pb2_grpc,
    common_pb2,
    namespace_pb2,
    namespace_pb2_grpc,
    worker_pb2,
    worker_pb2_grpc,
    workflow_pb2,
    workflow_pb2_grpc,
    workflow_schedule_pb2,
    workflow_schedule_pb2_grpc,
)

TASK_QUEUE = "interop"
WORKFLOW_TYPE = "interop-order"
RUNS = 5  # started in total; listed with PAGE_SIZE per page
PAGE_SIZE = 2


class Mismatch(Exception):
    pass


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise Mismatch(what)


def expect_failure(call, what: str, code: grpc.StatusCode, error_code: int, subject: str, subject_id: str) -> None:
    """Runs call, which must fail with the status code and carry the one
    kagzi.v1.ErrorDetail that docs/guides/errors.md says travels in the
    status, of error_code and naming subject_id."""
    try:
        call()
    except grpc.RpcError as e:
        expect(e.code() == code, f"{what}: want {code.name}, got {e.code()}")
        status = rpc_status.from_call(e)  # the RpcError of a unary call is its grpc.Call
        details = list(status.details) if status is not None else []
        expect(len(details) == 1 and details[0].Is(common_pb2.ErrorDetail.DESCRIPTOR),
               f"{what}: want one ErrorDetail in the status, got {details}")
        detail = common_pb2.ErrorDetail()
        details[0].Unpack(detail)
        expect(detail.code == error_code and detail.subject == subject and detail.subject_id == subject_id,
               f"{what}: want an ErrorDetail {common_pb2.ErrorCode.Name(error_code)} of {subject} {subject_id},"
               f" got {detail}")
    else:
        raise Mismatch(f"{what}: want {code.name}, got an answer")


def scenario(channel: grpc.Channel) -> None:
    ns = f"interop-python-{uuid.uuid4().hex[:8]}"
    workflows = workflow_pb2_grpc.WorkflowServiceStub(channel)
    schedules = workflow_schedule_pb2_grpc.WorkflowScheduleServiceStub(channel)
    worker = worker_pb2_grpc.WorkerServiceStub(channel)
    admin = admin_pb2_grpc.AdminServiceStub(channel)
    namespaces = namespace_pb2_grpc.NamespaceServiceStub(channel)

    start = workflow_pb2.StartWorkflowRequest(
        namespace_id=ns, task_queue=TASK_QUEUE, workflow_type=WORKFLOW_TYPE,
        external_id="order-1",
        input=common_pb2.Payload(data=b'{"order":1}', metadata={"content-type": "application/json"}),
    )
    first = workflows.StartWorkflow(start)
    expect(first.run_id != "" and not first.already_exists,
           f"StartWorkflow: want a new run, got {first}")
    second = workflows.StartWorkflow(start)
    expect(second.already_exists and second.run_id == first.run_id,
           f"StartWorkflow again with the same external_id: want already_exists and run {first.run_id}, got {second}")
    print(f"StartWorkflow twice with external_id: same run {first.run_id}, already_exists the second time")

    got = workflows.GetWorkflow(workflow_pb2.GetWorkflowRequest(namespace_id=ns, run_id=first.run_id)).workflow
    expect(got.run_id == first.run_id and got.external_id == "order-1" and got.namespace_id == ns
           and got.workflow_type == WORKFLOW_TYPE and got.status == workflow_pb2.WORKFLOW_STATUS_PENDING
           and got.input == start.input,
           f"GetWorkflow: unexpected run {got}")
    print("GetWorkflow: PENDING run with its external_id and input")

    started = {first.run_id}
    for _ in range(RUNS - 1):
        started.add(workflows.StartWorkflow(workflow_pb2.StartWorkflowRequest(
            namespace_id=ns, task_queue=TASK_QUEUE, workflow_type=WORKFLOW_TYPE)).run_id)
    expect(len(started) == RUNS, f"StartWorkflow without external_id: want {RUNS} distinct runs, got {len(started)}")
    listed: list[str] = []
    token = ""
    pages = 0
    while True:
        page = workflows.ListWorkflows(workflow_pb2.ListWorkflowsRequest(
            namespace_id=ns, page=common_pb2.PageRequest(page_size=PAGE_SIZE, page_token=token)))
        pages += 1
        expect(len(page.workflows) <= PAGE_SIZE, f"ListWorkflows: page of {len(page.workflows)} > {PAGE_SIZE}")
        listed.extend(w.run_id for w in page.workflows)
        token = page.page_info.next_page_token
        expect(page.page_info.has_more == (token != ""),
               f"ListWorkflows: has_more {page.page_info.has_more} with next_page_token {token!r}")
        if not token:
            break
        expect(pages <= RUNS, "ListWorkflows: more pages than runs")
    expect(len(listed) == len(set(listed)), f"ListWorkflows: duplicates across pages {listed}")
    expect(set(listed) == started, f"ListWorkflows: listed {sorted(listed)}, started {sorted(started)}")
    print(f"ListWorkflows: {len(listed)} runs in {pages} pages of {PAGE_SIZE}, no duplicates")

    schedule = schedules.CreateWorkflowSchedule(workflow_schedule_pb2.CreateWorkflowScheduleRequest(
        namespace_id=ns, task_queue=TASK_QUEUE, workflow_type=WORKFLOW_TYPE, cron_expr="0 9 * * *")).schedule
    expect(schedule.schedule_id != "" and schedule.enabled and schedule.HasField("next_fire_at")
           and schedule.cron_expr == "0 9 * * *",
           f"CreateWorkflowSchedule: unexpected schedule {schedule}")
    print(f"CreateWorkflowSchedule: enabled, next fire at {schedule.next_fire_at.ToJsonString()}")

    reg = worker.Register(worker_pb2.RegisterRequest(
        namespace_id=ns, task_queue=TASK_QUEUE, workflow_types=[WORKFLOW_TYPE], hostname="interop", pid=1))
    expect(reg.worker_id != "", f"Register: no worker_id in {reg}")
    poll = worker.PollTask(worker_pb2.PollTaskRequest(namespace_id=ns, worker_id=reg.worker_id, task_queue=TASK_QUEUE))
    expect(poll.HasField("task") and poll.task.run_id in started and poll.task.workflow_type == WORKFLOW_TYPE
           and poll.task.attempt == 1,
           f"PollTask: want attempt 1 of a started run, got {poll}")
    run_id = poll.task.run_id
    step = worker.BeginStep(worker_pb2.BeginStepRequest(
        namespace_id=ns, run_id=run_id, step_name="charge", kind=workflow_pb2.STEP_KIND_FUNCTION))
    expect(step.step_id != "" and not step.HasField("cached_output") and step.attempt_number == 1,
           f"BeginStep: want a first attempt without cached output, got {step}")
    output = common_pb2.Payload(data=b'"charged"')
    done = worker.CompleteStep(worker_pb2.CompleteStepRequest(
        namespace_id=ns, run_id=run_id, step_id=step.step_id, output=output)).step
    expect(done.step_id == step.step_id and done.status == workflow_pb2.STEP_STATUS_COMPLETED and done.output == output,
           f"CompleteStep: want the step COMPLETED with its output, got {done}")
    finished = worker.CompleteWorkflow(worker_pb2.CompleteWorkflowRequest(
        namespace_id=ns, run_id=run_id, output=output))
    expect(finished.status == workflow_pb2.WORKFLOW_STATUS_COMPLETED, f"CompleteWorkflow: got {finished}")
    after = workflows.GetWorkflow(workflow_pb2.GetWorkflowRequest(namespace_id=ns, run_id=run_id)).workflow
    expect(after.status == workflow_pb2.WORKFLOW_STATUS_COMPLETED and after.output == output,
           f"GetWorkflow after CompleteWorkflow: got {after}")
    print("Register, PollTask, BeginStep, CompleteStep, CompleteWorkflow: run COMPLETED with its output")

    # The failure: NOT_FOUND, with the kagzi.v1.ErrorDetail that
    # docs/guides/errors.md says travels in the status, naming the run.
    unknown = str(uuid.uuid4())
    expect_failure(lambda: workflows.GetWorkflow(workflow_pb2.GetWorkflowRequest(namespace_id=ns, run_id=unknown)),
                   "GetWorkflow of an unknown run", grpc.StatusCode.NOT_FOUND, common_pb2.ERROR_CODE_NOT_FOUND,
                   "workflow", unknown)
    print("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail")

    # Added in v1.2.0, one step per service.
    by_key = workflows.GetWorkflowByExternalId(workflow_pb2.GetWorkflowByExternalIdRequest(
        namespace_id=ns, external_id="order-1")).workflow
    expect(by_key.run_id == first.run_id and by_key.external_id == "order-1" and by_key.namespace_id == ns,
           f"GetWorkflowByExternalId: want run {first.run_id}, got {by_key}")
    victim = sorted(started - {run_id})[0]
    ended = workflows.TerminateWorkflow(workflow_pb2.TerminateWorkflowRequest(
        namespace_id=ns, run_id=victim, reason="interop"))
    expect(ended.terminated and ended.workflow.run_id == victim
           and ended.workflow.status == workflow_pb2.WORKFLOW_STATUS_TERMINATED
           and ended.workflow.HasField("finished_at"),
           f"TerminateWorkflow of a PENDING run: want it TERMINATED with finished_at, got {ended}")
    again = workflows.TerminateWorkflow(workflow_pb2.TerminateWorkflowRequest(namespace_id=ns, run_id=victim))
    expect(not again.terminated and again.workflow.status == workflow_pb2.WORKFLOW_STATUS_TERMINATED,
           f"TerminateWorkflow again: want terminated false and the run still TERMINATED, got {again}")
    print("GetWorkflowByExternalId: the first run; TerminateWorkflow: TERMINATED, final (again: terminated false)")

    fired = schedules.TriggerWorkflowSchedule(workflow_schedule_pb2.TriggerWorkflowScheduleRequest(
        namespace_id=ns, schedule_id=schedule.schedule_id)).run_id
    expect(fired != "" and fired not in started, f"TriggerWorkflowSchedule: want a new run, got {fired!r}")
    schedule_runs = schedules.ListScheduleRuns(workflow_schedule_pb2.ListScheduleRunsRequest(
        namespace_id=ns, schedule_id=schedule.schedule_id))
    expect([r.run_id for r in schedule_runs.runs] == [fired]
           and schedule_runs.runs[0].schedule_id == schedule.schedule_id
           and schedule_runs.runs[0].workflow_type == WORKFLOW_TYPE
           and schedule_runs.runs[0].status == workflow_pb2.WORKFLOW_STATUS_PENDING
           and not schedule_runs.page_info.has_more,
           f"ListScheduleRuns after one trigger: want exactly run {fired}, PENDING, with the schedule_id,"
           f" got {schedule_runs}")
    print("TriggerWorkflowSchedule: exactly one run, listed by ListScheduleRuns with its schedule_id")

    # Unfinished now: the three runs left PENDING of the five, and the
    # triggered one; the completed and the terminated run are not counted.
    depths = list(admin.GetQueueDepth(admin_pb2.GetQueueDepthRequest(namespace_id=ns)).depths)
    want_depth = admin_pb2.QueueDepth(task_queue=TASK_QUEUE, workflow_type=WORKFLOW_TYPE, pending=RUNS - 1)
    expect(depths == [want_depth], f"GetQueueDepth: want [{want_depth}], got {depths}")
    print(f"GetQueueDepth: {RUNS - 1} PENDING on {TASK_QUEUE}/{WORKFLOW_TYPE}, nothing else")

    managed = ns + "-managed"
    created = namespaces.CreateNamespace(namespace_pb2.CreateNamespaceRequest(
        namespace_id=managed, display_name="Interop")).namespace
    expect(created.namespace_id == managed and created.display_name == "Interop" and created.enabled
           and created.HasField("created_at"),
           f"CreateNamespace: want {managed} enabled with its display name, got {created}")
    got_ns = namespaces.GetNamespace(namespace_pb2.GetNamespaceRequest(namespace_id=managed)).namespace
    expect(got_ns == created, f"GetNamespace: want {created}, got {got_ns}")
    disabled = namespaces.DisableNamespace(namespace_pb2.DisableNamespaceRequest(
        namespace_id=managed, reason="interop")).namespace
    expect(disabled.namespace_id == managed and not disabled.enabled,
           f"DisableNamespace: want {managed} disabled, got {disabled}")
    refused = workflow_pb2.StartWorkflowRequest(namespace_id=managed, task_queue=TASK_QUEUE, workflow_type=WORKFLOW_TYPE)
    expect_failure(lambda: workflows.StartWorkflow(refused), "StartWorkflow in a disabled namespace",
                   grpc.StatusCode.FAILED_PRECONDITION, common_pb2.ERROR_CODE_NAMESPACE_DISABLED, "namespace", managed)
    enabled = namespaces.EnableNamespace(namespace_pb2.EnableNamespaceRequest(namespace_id=managed)).namespace
    expect(enabled.namespace_id == managed and enabled.enabled, f"EnableNamespace: want {managed} enabled, got {enabled}")
    accepted = workflows.StartWorkflow(refused)
    expect(accepted.run_id != "" and not accepted.already_exists,
           f"StartWorkflow after EnableNamespace: want a new run, got {accepted}")
    print("CreateNamespace, GetNamespace, DisableNamespace: StartWorkflow refused with NAMESPACE_DISABLED;"
          " EnableNamespace: accepted again")


def run(addr: str) -> int:
    with grpc.insecure_channel(addr) as channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=10)
            scenario(channel)
        except Mismatch as e:
            print(f"scenario: {e}", file=sys.stderr)
            return 1
        except grpc.RpcError as e:
            print(f"scenario: unexpected RPC error {e.code()}: {e.details()}", file=sys.stderr)
            return 1
        except grpc.FutureTimeoutError:
            print(f"scenario: no server at {addr} within 10 s", file=sys.stderr)
            return 1
    print("scenario: every answer as expected")
    return 0
