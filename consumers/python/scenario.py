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
    common_pb2,
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


def scenario(channel: grpc.Channel) -> None:
    ns = f"interop-python-{uuid.uuid4().hex[:8]}"
    workflows = workflow_pb2_grpc.WorkflowServiceStub(channel)
    schedules = workflow_schedule_pb2_grpc.WorkflowScheduleServiceStub(channel)
    worker = worker_pb2_grpc.WorkerServiceStub(channel)

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
    try:
        workflows.GetWorkflow(workflow_pb2.GetWorkflowRequest(namespace_id=ns, run_id=unknown))
    except grpc.RpcError as e:
        expect(e.code() == grpc.StatusCode.NOT_FOUND, f"GetWorkflow of an unknown run: want NOT_FOUND, got {e.code()}")
        status = rpc_status.from_call(e)  # the RpcError of a unary call is its grpc.Call
        details = list(status.details) if status is not None else []
        expect(len(details) == 1 and details[0].Is(common_pb2.ErrorDetail.DESCRIPTOR),
               f"GetWorkflow of an unknown run: want one ErrorDetail in the status, got {details}")
        detail = common_pb2.ErrorDetail()
        details[0].Unpack(detail)
        expect(detail.code == common_pb2.ERROR_CODE_NOT_FOUND and detail.subject == "workflow"
               and detail.subject_id == unknown,
               f"GetWorkflow of an unknown run: want an ErrorDetail NOT_FOUND of workflow {unknown}, got {detail}")
    else:
        raise Mismatch("GetWorkflow of an unknown run: want NOT_FOUND, got a run")
    print("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail")


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
