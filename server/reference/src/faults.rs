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
}

/// What `drop:` can leave out:
/// - `error-details`: failing calls answer their code and message, but no
///   `grpc-status-details-bin` (as a proxy that strips it would);
/// - `health`: no `grpc.health.v1.Health` service;
/// - `reflection-v1alpha`: no `grpc.reflection.v1alpha.ServerReflection`
///   (v1 stays).
pub const DROPPABLE: &[&str] = &["error-details", "health", "reflection-v1alpha"];

impl Faults {
    /// Parses one `--fault` value: `ignore-namespace:RPC`, `unavailable:N`
    /// or `drop:WHAT`.
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
            _ => Err(format!(
                "--fault {spec:?}: expected ignore-namespace:RPC, unavailable:N or drop:WHAT"
            )),
        }
    }

    /// Whether a resource of namespace `owner` is visible to a request
    /// naming `requested` in `rpc`.
    pub fn same_namespace(&self, rpc: &str, owner: &str, requested: &str) -> bool {
        owner == requested || self.ignore_namespace.contains(rpc)
    }

    /// Whether `drop:{what}` is on; `what` is one of [`DROPPABLE`].
    pub fn dropped(&self, what: &str) -> bool {
        debug_assert!(DROPPABLE.contains(&what), "unknown drop: fault {what}");
        self.dropped.contains(what)
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
