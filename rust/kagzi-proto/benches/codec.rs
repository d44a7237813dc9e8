//! Encode/decode cost of a realistic Workflow and a 50-item
//! ListWorkflowsResponse, in the binary and the proto3 JSON encodings.
//! Run with `make rust-bench`.

use std::collections::BTreeMap;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{
    ErrorDetail, ListWorkflowsResponse, PageInfo, Payload, Workflow, WorkflowStatus,
};
use prost::Message;

fn workflow(i: u32) -> Workflow {
    let ts = |s: i64| {
        Some(Timestamp {
            seconds: 1_700_000_000 + s,
            nanos: 123_456_789,
        })
    };
    Workflow {
        run_id: format!("01J9Z8X7W6V5T4S3R2Q1P0{i:04}"),
        external_id: format!("order-{i}"),
        namespace_id: "payments".into(),
        task_queue: "orders-high-priority".into(),
        workflow_type: "process-order".into(),
        status: WorkflowStatus::Failed as i32,
        input: Some(Payload {
            data: format!(r#"{{"order_id":"o-{i}","items":[{{"sku":"A-1","qty":2}},{{"sku":"B-7","qty":1}}],"total_cents":129900}}"#)
                .into_bytes(),
            metadata: BTreeMap::from([("content-type".into(), "application/json".into()), ("encoding".into(), "utf-8".into())]),
        }),
        output: None,
        error: Some(ErrorDetail {
            code: 6,
            message: "payment provider unavailable".into(),
            retry_after_ms: 30_000,
            subject: "step".into(),
            subject_id: "charge-card".into(),
            metadata: BTreeMap::from([("provider".into(), "acme-pay".into())]),
            ..Default::default()
        }),
        attempts: 3,
        created_at: ts(0),
        started_at: ts(1),
        finished_at: ts(95),
        wake_up_at: None,
        deadline_at: ts(3600),
        worker_id: "worker-7f3a".into(),
        version: "2024.05.1".into(),
        parent_step_id: String::new(),
        labels: BTreeMap::from([
            ("customer-tier".into(), "gold".into()),
            ("region".into(), "eu-west-1".into()),
            ("team".into(), "billing".into()),
        ]),
        // The fields added in v1.2.0 stay at their defaults: the benchmark's
        // value is the one every language's harness measures.
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    let single = workflow(1);
    let list = ListWorkflowsResponse {
        workflows: (0..50).map(workflow).collect(),
        page_info: Some(PageInfo {
            next_page_token: "50".into(),
            has_more: true,
            total_count: 1234,
        }),
    };

    let mut group = c.benchmark_group("workflow");
    codec(&mut group, &single);
    group.finish();
    let mut group = c.benchmark_group("list_workflows_response_50");
    codec(&mut group, &list);
    group.finish();
}

fn codec<M>(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, m: &M)
where
    M: Message + Default + serde::Serialize + serde::de::DeserializeOwned,
{
    let binary = m.encode_to_vec();
    let json = serde_json::to_string(m).expect("serializable");
    group.throughput(Throughput::Bytes(binary.len() as u64));
    group.bench_function("binary_encode", |b| {
        b.iter(|| std::hint::black_box(m).encode_to_vec())
    });
    group.bench_function("binary_decode", |b| {
        b.iter(|| M::decode(std::hint::black_box(binary.as_slice())).unwrap())
    });
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("json_encode", |b| {
        b.iter(|| serde_json::to_string(std::hint::black_box(m)).unwrap())
    });
    group.bench_function("json_decode", |b| {
        b.iter(|| serde_json::from_str::<M>(std::hint::black_box(&json)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
