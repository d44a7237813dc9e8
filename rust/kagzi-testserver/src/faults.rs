//! Deliberate misbehaviour, for tests only.
//!
//! The server conformance suite must be shown to fail on a broken server;
//! these switches make the reference server broken in one named way. Never
//! use them outside a test: with any fault on, the server breaks the
//! kagzi.v1 contract on purpose.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::errors;
use tonic::Status;

/// The RPCs `ignore-namespace` can be applied to: those that look a
/// resource up by its identifier.
pub const NAMESPACED_LOOKUPS: &[&str] = &[
    "GetWorkflow",
    "CancelWorkflow",
    "WaitWorkflow",
    "Heartbeat",
    "Deregister",
    "BeginStep",
    "CompleteStep",
    "FailStep",
    "CompleteWorkflow",
    "FailWorkflow",
    "Sleep",
    "GetWorker",
    "GetStep",
    "ListSteps",
    "GetWorkflowSchedule",
    "UpdateWorkflowSchedule",
    "DeleteWorkflowSchedule",
];

#[derive(Default)]
pub struct Faults {
    /// RPCs that find a resource whatever namespace the request names.
    ignore_namespace: BTreeSet<String>,
    /// How many more BeginStep and CompleteStep calls (each) fail with
    /// UNAVAILABLE, as a server's may while it fails over: the examples use
    /// it to prove that a worker retries transient errors.
    begin_step_unavailable: AtomicU32,
    complete_step_unavailable: AtomicU32,
}

impl Faults {
    /// Parses one `--fault` value: `ignore-namespace:RPC` or `unavailable:N`.
    pub fn add(&mut self, spec: &str) -> Result<(), String> {
        match spec.split_once(':') {
            Some(("ignore-namespace", rpc)) => {
                if !NAMESPACED_LOOKUPS.contains(&rpc) {
                    return Err(format!(
                        "--fault ignore-namespace:{rpc}: not one of {}",
                        NAMESPACED_LOOKUPS.join(", ")
                    ));
                }
                self.ignore_namespace.insert(rpc.to_string());
                Ok(())
            }
            Some(("unavailable", n)) => {
                let n: u32 = n
                    .parse()
                    .map_err(|e| format!("--fault unavailable:{n}: {e}"))?;
                self.begin_step_unavailable.store(n, Ordering::SeqCst);
                self.complete_step_unavailable.store(n, Ordering::SeqCst);
                Ok(())
            }
            _ => Err(format!(
                "--fault {spec:?}: expected ignore-namespace:RPC or unavailable:N"
            )),
        }
    }

    /// Whether a resource of namespace `owner` is visible to a request
    /// naming `requested` in `rpc`.
    pub fn same_namespace(&self, rpc: &str, owner: &str, requested: &str) -> bool {
        owner == requested || self.ignore_namespace.contains(rpc)
    }

    pub fn begin_step(&self) -> Result<(), Status> {
        take(&self.begin_step_unavailable, "BeginStep")
    }

    pub fn complete_step(&self) -> Result<(), Status> {
        take(&self.complete_step_unavailable, "CompleteStep")
    }
}

fn take(counter: &AtomicU32, rpc: &str) -> Result<(), Status> {
    match counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)) {
        Ok(_) => Err(errors::unavailable(format!(
            "{rpc}: injected transient fault, try again"
        ))),
        Err(_) => Ok(()),
    }
}
