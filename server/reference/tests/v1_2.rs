//! The behaviours of kagzi.v1.2.0 that the server conformance suite does
//! not drive, end to end over TCP: schedules firing on their own (and
//! catching up when their namespace is enabled again), child workflows,
//! priority, timeout, the created_at filters, whole-server statistics.

mod common;

use std::time::Duration;

use kagzi_proto::google::protobuf::{Duration as PbDuration, Timestamp};
use kagzi_proto::kagzi::v1::*;
use kagzi_proto::kagzi::v1::{
    admin_service_client::AdminServiceClient, namespace_service_client::NamespaceServiceClient,
    worker_service_client::WorkerServiceClient,
    workflow_schedule_service_client::WorkflowScheduleServiceClient,
    workflow_service_client::WorkflowServiceClient,
};
use tonic::transport::Channel;

struct Clients {
    workflows: WorkflowServiceClient<Channel>,
    workers: WorkerServiceClient<Channel>,
    admin: AdminServiceClient<Channel>,
    schedules: WorkflowScheduleServiceClient<Channel>,
    namespaces: NamespaceServiceClient<Channel>,
}

async fn clients(addr: std::net::SocketAddr) -> Clients {
    let channel = Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    Clients {
        workflows: WorkflowServiceClient::new(channel.clone()),
        workers: WorkerServiceClient::new(channel.clone()),
        admin: AdminServiceClient::new(channel.clone()),
        schedules: WorkflowScheduleServiceClient::new(channel.clone()),
        namespaces: NamespaceServiceClient::new(channel),
    }
}

fn start(ns: &str) -> StartWorkflowRequest {
    StartWorkflowRequest {
        namespace_id: ns.into(),
        task_queue: "q".into(),
        workflow_type: "t".into(),
        ..Default::default()
    }
}

async fn runs_of(c: &mut Clients, ns: &str, id: &str) -> usize {
    c.schedules
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .runs
        .len()
}

#[tokio::test]
async fn a_schedule_fires_by_itself_and_catches_up_after_its_namespace_is_enabled() {
    let (addr, _stop) = common::serve().await;
    let mut c = clients(addr).await;
    let s = c
        .schedules
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: "ns".into(),
            task_queue: "q".into(),
            workflow_type: "t".into(),
            cron_expr: "* * * * * *".into(),
            max_catchup: Some(1),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .schedule
        .unwrap();
    // Nobody calls for 2.5 s: the ticker fires.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let fired = runs_of(&mut c, "ns", &s.schedule_id).await;
    assert!(fired >= 2, "fired {fired} times in 2.5 s");
    c.namespaces
        .disable_namespace(DisableNamespaceRequest {
            namespace_id: "ns".into(),
            reason: String::new(),
        })
        .await
        .unwrap();
    let held = runs_of(&mut c, "ns", &s.schedule_id).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(runs_of(&mut c, "ns", &s.schedule_id).await, held);
    // Every run is PAUSED now (none was handed out).
    let stats = c
        .admin
        .get_stats(GetStatsRequest {
            namespace_id: Some("ns".into()),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stats.runs_by_status.len(), 1);
    assert_eq!(stats.runs_by_status[0].status(), WorkflowStatus::Paused);
    c.namespaces
        .enable_namespace(EnableNamespaceRequest {
            namespace_id: "ns".into(),
        })
        .await
        .unwrap();
    // max_catchup 1: one run for the missed fire times (and maybe one fire
    // of the second that just began).
    let after = runs_of(&mut c, "ns", &s.schedule_id).await;
    assert!((held + 1..=held + 2).contains(&after), "{held} -> {after}");
}

#[tokio::test]
async fn child_workflow_priority_timeout_and_created_filters() {
    let (addr, _stop) = common::serve().await;
    let mut c = clients(addr).await;
    let parent = c
        .workflows
        .start_workflow(start("ns"))
        .await
        .unwrap()
        .into_inner()
        .run_id;
    let worker_id = c
        .workers
        .register(RegisterRequest {
            namespace_id: "ns".into(),
            task_queue: "q".into(),
            workflow_types: vec!["t".into()],
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .worker_id;
    let poll = |c: &mut Clients| {
        let mut workers = c.workers.clone();
        let worker_id = worker_id.clone();
        async move {
            workers
                .poll_task(PollTaskRequest {
                    namespace_id: "ns".into(),
                    worker_id,
                    task_queue: "q".into(),
                    workflow_types: vec![],
                })
                .await
                .unwrap()
                .into_inner()
                .task
                .unwrap()
        }
    };
    assert_eq!(poll(&mut c).await.run_id, parent);
    let step_id = c
        .workers
        .begin_step(BeginStepRequest {
            namespace_id: "ns".into(),
            run_id: parent.clone(),
            step_name: "child".into(),
            kind: StepKind::ChildWorkflow as i32,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .step_id;
    let child = c
        .workflows
        .start_workflow(StartWorkflowRequest {
            parent_run_id: parent.clone(),
            parent_step_id: step_id.clone(),
            timeout: Some(PbDuration {
                seconds: 60,
                nanos: 0,
            }),
            ..start("ns")
        })
        .await
        .unwrap()
        .into_inner()
        .run_id;
    let step = c
        .admin
        .get_step(GetStepRequest {
            namespace_id: "ns".into(),
            step_id,
        })
        .await
        .unwrap()
        .into_inner()
        .step
        .unwrap();
    assert_eq!(step.child_run_id, child);
    assert_eq!(step.kind(), StepKind::ChildWorkflow);
    let w = c
        .workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: "ns".into(),
            run_id: child.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .workflow
        .unwrap();
    assert_eq!(w.parent_run_id, parent);
    let created = w.created_at.unwrap();
    assert_eq!(w.deadline_at.unwrap().seconds, created.seconds + 60);
    // A parent the namespace does not have, and a negative timeout.
    let e = c
        .workflows
        .start_workflow(StartWorkflowRequest {
            parent_run_id: parent.clone(),
            ..start("elsewhere")
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), tonic::Code::NotFound);
    let e = c
        .workflows
        .start_workflow(StartWorkflowRequest {
            timeout: Some(PbDuration {
                seconds: -1,
                nanos: 0,
            }),
            ..start("ns")
        })
        .await
        .unwrap_err();
    assert!(e.message().starts_with("timeout"), "{e:?}");
    // Priority first, then age: the urgent run overtakes the child.
    let urgent = c
        .workflows
        .start_workflow(StartWorkflowRequest {
            priority: 5,
            ..start("ns")
        })
        .await
        .unwrap()
        .into_inner()
        .run_id;
    assert_eq!(poll(&mut c).await.run_id, urgent);
    assert_eq!(poll(&mut c).await.run_id, child);
    // created_after: only the runs created at or after the child.
    let listed = c
        .workflows
        .list_workflows(ListWorkflowsRequest {
            namespace_id: "ns".into(),
            created_after: Some(created),
            created_before: Some(Timestamp {
                seconds: created.seconds + 3600,
                nanos: 0,
            }),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let ids: Vec<String> = listed.workflows.into_iter().map(|w| w.run_id).collect();
    assert_eq!(ids, vec![urgent, child]);
    // The whole server: this namespace and an empty one.
    c.workflows.start_workflow(start("other")).await.unwrap();
    let all = c
        .admin
        .get_stats(GetStatsRequest { namespace_id: None })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(all.total_runs, 4);
    assert_eq!(all.total_workers, 1);
}

#[tokio::test]
async fn retry_counts_the_timeout_afresh() {
    let (addr, _stop) = common::serve().await;
    let mut c = clients(addr).await;
    let run_id = c
        .workflows
        .start_workflow(StartWorkflowRequest {
            timeout: Some(PbDuration {
                seconds: 60,
                nanos: 0,
            }),
            ..start("ns")
        })
        .await
        .unwrap()
        .into_inner()
        .run_id;
    let worker_id = c
        .workers
        .register(RegisterRequest {
            namespace_id: "ns".into(),
            task_queue: "q".into(),
            workflow_types: vec!["t".into()],
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .worker_id;
    c.workers
        .poll_task(PollTaskRequest {
            namespace_id: "ns".into(),
            worker_id,
            task_queue: "q".into(),
            workflow_types: vec![],
        })
        .await
        .unwrap();
    c.workers
        .fail_workflow(FailWorkflowRequest {
            namespace_id: "ns".into(),
            run_id: run_id.clone(),
            error: Some(ErrorDetail {
                non_retryable: true,
                ..Default::default()
            }),
        })
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let retried = c
        .workflows
        .retry_workflow(RetryWorkflowRequest {
            namespace_id: "ns".into(),
            run_id,
            reason: String::new(),
        })
        .await
        .unwrap()
        .into_inner()
        .workflow
        .unwrap();
    let created = retried.created_at.unwrap().seconds;
    let deadline = retried.deadline_at.unwrap().seconds;
    assert!(deadline > created + 60, "{created} -> {deadline}");
}
