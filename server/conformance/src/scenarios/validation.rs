//! "Required", "must not be empty", "must be positive", "rejected with
//! INVALID_ARGUMENT": each a request that breaks the rule, answered with
//! INVALID_ARGUMENT and a message that names the field.

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::*;

use crate::fixture;
use crate::harness::{Ctx, Verdict, invalid};

pub async fn workflow_service(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("invalid-wf");
    let start = || StartWorkflowRequest {
        namespace_id: ns.clone(),
        task_queue: fixture::QUEUE.into(),
        workflow_type: fixture::TYPE.into(),
        ..Default::default()
    };
    let mut c = ctx.workflows();
    for (field, req) in [
        (
            "namespace_id",
            StartWorkflowRequest {
                namespace_id: String::new(),
                ..start()
            },
        ),
        (
            "task_queue",
            StartWorkflowRequest {
                task_queue: String::new(),
                ..start()
            },
        ),
        (
            "workflow_type",
            StartWorkflowRequest {
                workflow_type: String::new(),
                ..start()
            },
        ),
        (
            "backoff_coefficient",
            StartWorkflowRequest {
                retry_policy: Some(RetryPolicy {
                    backoff_coefficient: 0.5,
                    ..Default::default()
                }),
                ..start()
            },
        ),
    ] {
        invalid(
            &format!("StartWorkflow without a valid {field}"),
            field,
            c.start_workflow(req).await,
        )?;
    }
    invalid(
        "GetWorkflow without run_id",
        "run_id",
        c.get_workflow(GetWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: String::new(),
        })
        .await,
    )?;
    invalid(
        "GetWorkflow without namespace_id",
        "namespace_id",
        c.get_workflow(GetWorkflowRequest {
            namespace_id: String::new(),
            run_id: "x".into(),
        })
        .await,
    )?;
    invalid(
        "ListWorkflows without namespace_id",
        "namespace_id",
        c.list_workflows(ListWorkflowsRequest::default()).await,
    )?;
    invalid(
        "CancelWorkflow without run_id",
        "run_id",
        c.cancel_workflow(CancelWorkflowRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "WaitWorkflow without run_id",
        "run_id",
        c.wait_workflow(WaitWorkflowRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )
}

pub async fn worker_service(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("invalid-worker");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let step_id = fixture::begin(&ctx, &ns, &run_id, "s").await?;
    let mut c = ctx.workers();
    let reg = || RegisterRequest {
        namespace_id: ns.clone(),
        task_queue: fixture::QUEUE.into(),
        workflow_types: vec![fixture::TYPE.into()],
        ..Default::default()
    };
    invalid(
        "Register without namespace_id",
        "namespace_id",
        c.register(RegisterRequest {
            namespace_id: String::new(),
            ..reg()
        })
        .await,
    )?;
    invalid(
        "Register without task_queue",
        "task_queue",
        c.register(RegisterRequest {
            task_queue: String::new(),
            ..reg()
        })
        .await,
    )?;
    invalid(
        "Register without workflow_types",
        "workflow_types",
        c.register(RegisterRequest {
            workflow_types: vec![],
            ..reg()
        })
        .await,
    )?;
    invalid(
        "Register with a WorkflowTypeConcurrency of 0",
        "max_concurrent",
        c.register(RegisterRequest {
            workflow_type_concurrency: vec![WorkflowTypeConcurrency {
                workflow_type: fixture::TYPE.into(),
                max_concurrent: 0,
            }],
            ..reg()
        })
        .await,
    )?;
    invalid(
        "Heartbeat without worker_id",
        "worker_id",
        c.heartbeat(HeartbeatRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "Deregister without worker_id",
        "worker_id",
        c.deregister(DeregisterRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "PollTask without task_queue",
        "task_queue",
        c.poll_task(PollTaskRequest {
            namespace_id: ns.clone(),
            worker_id: id.clone(),
            ..Default::default()
        })
        .await,
    )?;
    let begin = || BeginStepRequest {
        namespace_id: ns.clone(),
        run_id: run_id.clone(),
        step_name: "t".into(),
        kind: StepKind::Function as i32,
        ..Default::default()
    };
    invalid(
        "BeginStep without step_name",
        "step_name",
        c.begin_step(BeginStepRequest {
            step_name: String::new(),
            ..begin()
        })
        .await,
    )?;
    invalid(
        "BeginStep with STEP_KIND_UNSPECIFIED",
        "kind",
        c.begin_step(BeginStepRequest { kind: 0, ..begin() }).await,
    )?;
    invalid(
        "BeginStep without run_id",
        "run_id",
        c.begin_step(BeginStepRequest {
            run_id: String::new(),
            ..begin()
        })
        .await,
    )?;
    invalid(
        "CompleteStep without step_id",
        "step_id",
        c.complete_step(CompleteStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "FailStep without error",
        "error",
        c.fail_step(FailStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_id: step_id.clone(),
            error: None,
        })
        .await,
    )?;
    invalid(
        "FailWorkflow without error",
        "error",
        c.fail_workflow(FailWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            error: None,
        })
        .await,
    )?;
    invalid(
        "CompleteWorkflow without run_id",
        "run_id",
        c.complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    let sleep = |d: Option<Duration>| SleepRequest {
        namespace_id: ns.clone(),
        run_id: run_id.clone(),
        step_name: "nap".into(),
        duration: d,
    };
    invalid(
        "Sleep without duration",
        "duration",
        c.sleep(sleep(None)).await,
    )?;
    invalid(
        "Sleep for zero",
        "duration",
        c.sleep(sleep(Some(Duration {
            seconds: 0,
            nanos: 0,
        })))
        .await,
    )?;
    invalid(
        "Sleep for a negative duration",
        "duration",
        c.sleep(sleep(Some(Duration {
            seconds: -5,
            nanos: 0,
        })))
        .await,
    )?;
    invalid(
        "Sleep without step_name",
        "step_name",
        c.sleep(SleepRequest {
            step_name: String::new(),
            ..sleep(Some(Duration {
                seconds: 1,
                nanos: 0,
            }))
        })
        .await,
    )
}

pub async fn admin_and_schedules(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("invalid-admin");
    let mut a = ctx.admin();
    invalid(
        "ListWorkers without namespace_id",
        "namespace_id",
        a.list_workers(ListWorkersRequest::default()).await,
    )?;
    invalid(
        "GetWorker without worker_id",
        "worker_id",
        a.get_worker(GetWorkerRequest {
            namespace_id: ns.clone(),
            worker_id: String::new(),
        })
        .await,
    )?;
    invalid(
        "GetStep without step_id",
        "step_id",
        a.get_step(GetStepRequest {
            namespace_id: ns.clone(),
            step_id: String::new(),
        })
        .await,
    )?;
    invalid(
        "ListSteps without run_id",
        "run_id",
        a.list_steps(ListStepsRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    let mut s = ctx.schedules();
    let create = || CreateWorkflowScheduleRequest {
        namespace_id: ns.clone(),
        task_queue: fixture::QUEUE.into(),
        workflow_type: fixture::TYPE.into(),
        cron_expr: "0 9 * * *".into(),
        ..Default::default()
    };
    for (why, field, req) in [
        (
            "without namespace_id",
            "namespace_id",
            CreateWorkflowScheduleRequest {
                namespace_id: String::new(),
                ..create()
            },
        ),
        (
            "without task_queue",
            "task_queue",
            CreateWorkflowScheduleRequest {
                task_queue: String::new(),
                ..create()
            },
        ),
        (
            "without workflow_type",
            "workflow_type",
            CreateWorkflowScheduleRequest {
                workflow_type: String::new(),
                ..create()
            },
        ),
        (
            "without cron_expr",
            "cron_expr",
            CreateWorkflowScheduleRequest {
                cron_expr: String::new(),
                ..create()
            },
        ),
        (
            "with an invalid cron_expr",
            "cron_expr",
            CreateWorkflowScheduleRequest {
                cron_expr: "every day".into(),
                ..create()
            },
        ),
        (
            "with minute 61",
            "cron_expr",
            CreateWorkflowScheduleRequest {
                cron_expr: "61 * * * *".into(),
                ..create()
            },
        ),
    ] {
        invalid(
            &format!("CreateWorkflowSchedule {why}"),
            field,
            s.create_workflow_schedule(req).await,
        )?;
    }
    invalid(
        "GetWorkflowSchedule without schedule_id",
        "schedule_id",
        s.get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            schedule_id: String::new(),
        })
        .await,
    )?;
    invalid(
        "UpdateWorkflowSchedule without schedule_id",
        "schedule_id",
        s.update_workflow_schedule(UpdateWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "DeleteWorkflowSchedule without schedule_id",
        "schedule_id",
        s.delete_workflow_schedule(DeleteWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            schedule_id: String::new(),
        })
        .await,
    )?;
    invalid(
        "ListWorkflowSchedules without namespace_id",
        "namespace_id",
        s.list_workflow_schedules(ListWorkflowSchedulesRequest::default())
            .await,
    )
}
