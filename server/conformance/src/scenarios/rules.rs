//! The rules the schemas carry as protovalidate annotations (`buf.validate`):
//! for each kind of rule, a request that breaks exactly that one rule must
//! fail with INVALID_ARGUMENT, carry the contract's ErrorDetail
//! (INVALID_ARGUMENT, naming the field), and a `google.rpc.BadRequest`
//! detail with exactly one field violation: the field's path and the rule's
//! id as its reason.

use std::collections::BTreeMap;

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::*;
use kagzi_proto::status::from_status;
use prost::Message;
use tonic::{Code, Status};
use tonic_types::pb::BadRequest;

use crate::fixture;
use crate::harness::{Ctx, Verdict, fails};

const BAD_REQUEST_URL: &str = "type.googleapis.com/google.rpc.BadRequest";

/// `r` must be the refusal of one broken rule: `field` and `rule`.
fn broken<T: std::fmt::Debug>(
    what: &str,
    field: &str,
    rule: &str,
    r: Result<tonic::Response<T>, Status>,
) -> Verdict {
    let what = format!("{what} (breaks {rule} on {field})");
    let status = fails(&what, Code::InvalidArgument, r)?;
    let detail = from_status(&status)
        .map_err(|e| format!("{what}: {e}"))?
        .ok_or_else(|| format!("{what}: no kagzi.v1.ErrorDetail in the status"))?;
    if detail.code != ErrorCode::InvalidArgument as i32 || !detail.message.contains(field) {
        return Err(format!(
            "{what}: ErrorDetail {detail:?} is not INVALID_ARGUMENT naming {field}"
        ));
    }
    let rpc = tonic_types::Status::decode(status.details())
        .map_err(|e| format!("{what}: details are not a google.rpc.Status: {e}"))?;
    let bad: Vec<BadRequest> = rpc
        .details
        .iter()
        .filter(|a| a.type_url == BAD_REQUEST_URL)
        .map(|a| BadRequest::decode(a.value.as_slice()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{what}: a google.rpc.BadRequest does not decode: {e}"))?;
    let [bad] = bad.as_slice() else {
        return Err(format!(
            "{what}: want one google.rpc.BadRequest detail, got {}",
            bad.len()
        ));
    };
    let got: Vec<(&str, &str)> = bad
        .field_violations
        .iter()
        .map(|v| (v.field.as_str(), v.reason.as_str()))
        .collect();
    if got != [(field, rule)] {
        return Err(format!(
            "{what}: BadRequest field violations (field, reason) are {got:?}, want [({field:?}, {rule:?})]"
        ));
    }
    Ok(())
}

pub async fn one_violation_per_kind(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("rules");
    let start = || StartWorkflowRequest {
        namespace_id: ns.clone(),
        task_queue: fixture::QUEUE.into(),
        workflow_type: fixture::TYPE.into(),
        ..Default::default()
    };
    let reg = || RegisterRequest {
        namespace_id: ns.clone(),
        task_queue: fixture::QUEUE.into(),
        workflow_types: vec![fixture::TYPE.into()],
        ..Default::default()
    };
    let mut wf = ctx.workflows();
    let mut wk = ctx.workers();
    let starts = [
        (
            "namespace_id",
            "required",
            StartWorkflowRequest {
                namespace_id: String::new(),
                ..start()
            },
        ),
        (
            "task_queue",
            "string.pattern",
            StartWorkflowRequest {
                task_queue: "bad queue".into(),
                ..start()
            },
        ),
        (
            "external_id",
            "string.min_len",
            StartWorkflowRequest {
                external_id: Some(String::new()),
                ..start()
            },
        ),
        (
            "labels[\"-x\"]",
            "string.pattern",
            StartWorkflowRequest {
                labels: BTreeMap::from([("-x".into(), "v".into())]),
                ..start()
            },
        ),
        (
            "retry_policy.backoff_coefficient",
            "double.gte",
            StartWorkflowRequest {
                retry_policy: Some(RetryPolicy {
                    backoff_coefficient: 0.5,
                    ..Default::default()
                }),
                ..start()
            },
        ),
        (
            "retry_policy",
            "retry_policy.maximum_interval_not_below_initial",
            StartWorkflowRequest {
                retry_policy: Some(RetryPolicy {
                    initial_interval_ms: 1000,
                    maximum_interval_ms: 10,
                    ..Default::default()
                }),
                ..start()
            },
        ),
    ];
    for (field, rule, req) in starts {
        broken("StartWorkflow", field, rule, wf.start_workflow(req).await)?;
    }
    broken(
        "GetWorkflow",
        "run_id",
        "string.max_len",
        wf.get_workflow(GetWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: "r".repeat(256),
        })
        .await,
    )?;
    broken(
        "ListWorkflows",
        "status_filter",
        "enum.defined_only",
        wf.list_workflows(ListWorkflowsRequest {
            namespace_id: ns.clone(),
            status_filter: Some(42),
            ..Default::default()
        })
        .await,
    )?;
    broken(
        "WaitWorkflow",
        "timeout",
        "duration.gte",
        wf.wait_workflow(WaitWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: "r".into(),
            timeout: Some(Duration {
                seconds: -1,
                nanos: 0,
            }),
        })
        .await,
    )?;
    broken(
        "Register",
        "workflow_types",
        "repeated.min_items",
        wk.register(RegisterRequest {
            workflow_types: vec![],
            ..reg()
        })
        .await,
    )?;
    broken(
        "Register",
        "queue_concurrency_limit",
        "int32.gt",
        wk.register(RegisterRequest {
            queue_concurrency_limit: Some(0),
            ..reg()
        })
        .await,
    )?;
    broken(
        "Heartbeat",
        "active_count",
        "int32.gte",
        wk.heartbeat(HeartbeatRequest {
            namespace_id: ns.clone(),
            worker_id: "w".into(),
            active_count: -1,
            ..Default::default()
        })
        .await,
    )?;
    broken(
        "Sleep",
        "duration",
        "duration.gt",
        wk.sleep(SleepRequest {
            namespace_id: ns.clone(),
            run_id: "r".into(),
            step_name: "nap".into(),
            duration: Some(Duration {
                seconds: 0,
                nanos: 0,
            }),
        })
        .await,
    )?;
    broken(
        "FailWorkflow",
        "error",
        "required",
        wk.fail_workflow(FailWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: "r".into(),
            error: None,
        })
        .await,
    )?;
    broken(
        "CreateWorkflowSchedule",
        "cron_expr",
        "string.pattern",
        ctx.schedules()
            .create_workflow_schedule(CreateWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                task_queue: fixture::QUEUE.into(),
                workflow_type: fixture::TYPE.into(),
                cron_expr: "0 9 * *".into(),
                ..Default::default()
            })
            .await,
    )
}
