//! Deliberate misbehaviour, for tests only.
//!
//! The server conformance suite must be shown to fail on a broken server;
//! these switches make the reference server broken in one named way. Never
//! use them outside a test: with any fault on, the server breaks the
//! kagzi.v1 contract on purpose.
//!
//! The `drop:` faults break what generic clients rely on next to the API
//! (the error details, health, reflection v1alpha), to show that the wire
//! tests (`scripts/wire/grpcurl.sh`) and the guides' programs fail without
//! them.

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
    "GetWorkflowByExternalId",
    "RetryWorkflow",
    "TerminateWorkflow",
    "TriggerWorkflowSchedule",
    "PauseWorkflowSchedule",
    "ResumeWorkflowSchedule",
    "ListScheduleRuns",
    "DrainWorker",
];

/// What `break:` can break, each a promise of the v1.2.0 schema that one
/// scenario of the server suite checks:
/// - `pause`: PauseWorkflowSchedule answers `enabled` false but the
///   schedule goes on firing;
/// - `catchup`: ResumeWorkflowSchedule starts a run for every missed fire
///   time, ignoring `max_catchup`;
/// - `trigger`: TriggerWorkflowSchedule starts two runs;
/// - `retry`: RetryWorkflow forgets the run's completed steps (no memo);
/// - `retry-unfinished`: RetryWorkflow restarts a run that is not finished;
/// - `terminate`: a TERMINATED run still takes its worker's step reports
///   and CompleteWorkflow;
/// - `disabled-namespace`: StartWorkflow ignores that its namespace is
///   disabled;
/// - `drain`: PollTask hands runs to a DRAINING worker;
/// - `schedule-runs-order`: ListScheduleRuns lists oldest first;
/// - `namespace-update`: UpdateNamespace clears the fields it is not given;
/// - `stats-namespace`: GetStats counts every namespace whatever it names;
/// - `types-offline`: ListWorkflowTypes also lists the types of OFFLINE
///   workers.
pub const BREAKABLE: &[&str] = &[
    "pause",
    "catchup",
    "trigger",
    "retry",
    "retry-unfinished",
    "terminate",
    "disabled-namespace",
    "drain",
    "schedule-runs-order",
    "namespace-update",
    "stats-namespace",
    "types-offline",
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
    /// What the server leaves out (`drop:WHAT`), one of [`DROPPABLE`].
    dropped: BTreeSet<String>,
    /// What the server breaks (`break:WHAT`), one of [`BREAKABLE`].
    broken: BTreeSet<String>,
}

/// What `drop:` can leave out:
/// - `error-details`: failing calls answer their code and message, but no
///   `grpc-status-details-bin` (as a proxy that strips it would);
/// - `health`: no `grpc.health.v1.Health` service;
/// - `reflection-v1alpha`: no `grpc.reflection.v1alpha.ServerReflection`
///   (v1 stays);
/// - `rules`: requests are not held to the rules of their schemas (the
///   `buf.validate` annotations), as a server that checks by hand may miss
///   them.
pub const DROPPABLE: &[&str] = &["error-details", "health", "reflection-v1alpha", "rules"];

impl Faults {
    /// Parses one `--fault` value: `ignore-namespace:RPC`, `unavailable:N`,
    /// `drop:WHAT` or `break:WHAT`.
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
            Some(("drop", what)) => {
                if !DROPPABLE.contains(&what) {
                    return Err(format!(
                        "--fault drop:{what}: not one of {}",
                        DROPPABLE.join(", ")
                    ));
                }
                self.dropped.insert(what.to_string());
                Ok(())
            }
            Some(("break", what)) => {
                if !BREAKABLE.contains(&what) {
                    return Err(format!(
                        "--fault break:{what}: not one of {}",
                        BREAKABLE.join(", ")
                    ));
                }
                self.broken.insert(what.to_string());
                Ok(())
            }
            _ => Err(format!(
                "--fault {spec:?}: expected ignore-namespace:RPC, unavailable:N, drop:WHAT or break:WHAT"
            )),
        }
    }

    /// Whether a resource of namespace `owner` is visible to a request
    /// naming `requested` in `rpc`.
    pub fn same_namespace(&self, rpc: &str, owner: &str, requested: &str) -> bool {
        owner == requested || self.ignore_namespace.contains(rpc)
    }

    /// Whether `ignore-namespace:{rpc}` is on.
    pub fn ignores_namespace(&self, rpc: &str) -> bool {
        self.ignore_namespace.contains(rpc)
    }

    /// Whether `drop:{what}` is on; `what` is one of [`DROPPABLE`].
    pub fn dropped(&self, what: &str) -> bool {
        debug_assert!(DROPPABLE.contains(&what), "unknown drop: fault {what}");
        self.dropped.contains(what)
    }

    /// Whether `break:{what}` is on; `what` is one of [`BREAKABLE`].
    pub fn broken(&self, what: &str) -> bool {
        debug_assert!(BREAKABLE.contains(&what), "unknown break: fault {what}");
        self.broken.contains(what)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drop_names_what_it_leaves_out() {
        let mut faults = Faults::default();
        faults.add("drop:health").unwrap();
        assert!(faults.dropped("health"));
        assert!(!faults.dropped("error-details"));
        let err = faults.add("drop:reflection").unwrap_err();
        assert!(err.contains("not one of error-details, health"), "{err}");
    }
}
