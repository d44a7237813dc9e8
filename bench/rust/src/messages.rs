//! The realistic large messages of the corpus, built deterministically (no
//! clock, no randomness) so every run measures the same bytes.

use std::collections::BTreeMap;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{
    ErrorDetail, ListWorkflowsResponse, PageInfo, Payload, Worker, WorkerStatus, Workflow,
    WorkflowStatus, WorkflowTypeConcurrency,
};

fn ts(offset: i64) -> Option<Timestamp> {
    Some(Timestamp {
        seconds: 1_700_000_000 + offset,
        nanos: 123_456_789,
    })
}

fn json_payload(body: String) -> Payload {
    Payload {
        data: body.into_bytes(),
        metadata: BTreeMap::from([
            ("content-type".into(), "application/json".into()),
            ("encoding".into(), "utf-8".into()),
        ]),
    }
}

/// A workflow with every field of v1.1.0 set (the `i`-th of a listing).
pub fn workflow(i: u32) -> Workflow {
    Workflow {
        run_id: format!("01J9Z8X7W6V5T4S3R2Q1P0{i:04}"),
        external_id: format!("order-{i}"),
        namespace_id: "payments".into(),
        task_queue: "orders-high-priority".into(),
        workflow_type: "process-order".into(),
        status: WorkflowStatus::Failed as i32,
        input: Some(json_payload(format!(
            r#"{{"order_id":"o-{i}","items":[{{"sku":"A-1","qty":2}},{{"sku":"B-7","qty":1}}],"total_cents":129900}}"#
        ))),
        output: Some(json_payload(format!(
            r#"{{"receipt":"r-{i}","charged":false}}"#
        ))),
        error: Some(ErrorDetail {
            code: 6,
            message: "payment provider unavailable".into(),
            non_retryable: false,
            retry_after_ms: 30_000,
            subject: "step".into(),
            subject_id: "charge-card".into(),
            metadata: BTreeMap::from([("provider".into(), "acme-pay".into())]),
        }),
        attempts: 3,
        created_at: ts(0),
        started_at: ts(1),
        finished_at: ts(95),
        wake_up_at: ts(60),
        deadline_at: ts(3600),
        worker_id: "worker-7f3a".into(),
        version: "2024.05.1".into(),
        parent_step_id: format!("step-{i}"),
        labels: BTreeMap::from([
            ("customer-tier".into(), "gold".into()),
            ("region".into(), "eu-west-1".into()),
            ("team".into(), "billing".into()),
        ]),
        // The fields added in v1.2.0 stay at their defaults, so the corpus
        // is the one bench/RESULTS.md measured.
        ..Default::default()
    }
}

/// A page of 50 fully set workflows.
pub fn list_workflows_response() -> ListWorkflowsResponse {
    ListWorkflowsResponse {
        workflows: (0..50).map(workflow).collect(),
        page_info: Some(PageInfo {
            next_page_token: "50".into(),
            has_more: true,
            total_count: 1234,
        }),
    }
}

/// A registered worker with labels and per-type concurrency limits.
pub fn worker() -> Worker {
    Worker {
        worker_id: "5f0c7f6e-3b7a-4d5e-9a51-0d1f2e3c4b5a".into(),
        namespace_id: "payments".into(),
        task_queue: "orders-high-priority".into(),
        status: WorkerStatus::Online as i32,
        hostname: "worker-7f3a.eu-west-1.internal".into(),
        pid: 4242,
        version: "2024.05.1".into(),
        workflow_types: (0..8).map(|i| format!("process-order-v{i}")).collect(),
        max_concurrent: 64,
        active_count: 17,
        total_completed: 1_234_567,
        total_failed: 89,
        registered_at: ts(0),
        last_heartbeat_at: ts(86_400),
        labels: (0..16)
            .map(|i| (format!("label-{i:02}"), format!("value-{i:02}")))
            .collect(),
        queue_concurrency_limit: Some(128),
        workflow_type_concurrency: (0..4)
            .map(|i| WorkflowTypeConcurrency {
                workflow_type: format!("process-order-v{i}"),
                max_concurrent: 8 * (i + 1),
            })
            .collect(),
    }
}

/// A payload of exactly 1 MiB of data (a repeating byte pattern, so the
/// base64 of the JSON form is not trivially compressible by the runtime).
pub fn payload_1mib() -> Payload {
    Payload {
        data: (0..1u32 << 20)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect(),
        metadata: BTreeMap::from([("content-type".into(), "application/octet-stream".into())]),
    }
}
