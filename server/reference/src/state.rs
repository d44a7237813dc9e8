//! The server's whole state, behind one mutex.
//!
//! One lock for everything is deliberate: every RPC reads and changes the
//! state in one critical section, so concurrent callers can neither lose an
//! update nor create a duplicate (two StartWorkflow calls with the same
//! `external_id` serialise on the lock). It is a test server; throughput is
//! not the point.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{Namespace, RetryPolicy, Step, Worker, Workflow, WorkflowSchedule};
use tokio::sync::Notify;

use crate::faults::Faults;

/// Records in creation order: the key of `rows` is a sequence number that
/// only grows, so iteration is oldest first and page cursors stay valid
/// while items are added or removed.
pub struct Table<T> {
    rows: BTreeMap<u64, T>,
    by_id: HashMap<String, u64>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
            by_id: HashMap::new(),
        }
    }
}

impl<T> Table<T> {
    pub fn insert(&mut self, seq: u64, id: String, value: T) {
        self.by_id.insert(id, seq);
        self.rows.insert(seq, value);
    }
    pub fn get(&self, id: &str) -> Option<&T> {
        self.by_id.get(id).and_then(|seq| self.rows.get(seq))
    }
    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        let seq = *self.by_id.get(id)?;
        self.rows.get_mut(&seq)
    }
    pub fn remove(&mut self, id: &str) -> Option<T> {
        let seq = self.by_id.remove(id)?;
        self.rows.remove(&seq)
    }
    /// Every row with its sequence number, oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (u64, &T)> {
        self.rows.iter().map(|(seq, v)| (*seq, v))
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.rows.values_mut()
    }
    pub fn len(&self) -> usize {
        self.rows.len()
    }
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// What the server keeps about a run besides the public `Workflow`.
pub struct Run {
    pub workflow: Workflow,
    pub retry_policy: Option<RetryPolicy>,
    /// When the run may be handed to a worker; `None` while it is not queued.
    pub ready_at: Option<Timestamp>,
    /// SLEEPING for a retry back-off (a new attempt follows), not a sleep step.
    pub retrying: bool,
    /// The `deadline_at` StartWorkflow was given, before `timeout` made it
    /// earlier: RetryWorkflow counts the timeout afresh against it.
    pub requested_deadline_at: Option<Timestamp>,
    /// Attempts that RetryWorkflow put behind the run: its retry policy
    /// counts afresh from the attempt after them.
    pub attempts_before_retry: i32,
}

/// What the server keeps about a schedule besides the public one.
pub struct ScheduleRecord {
    pub schedule: WorkflowSchedule,
    /// Fire times up to this one were fired, caught up or skipped: a
    /// catch-up only looks after it.
    pub fired_through: Timestamp,
    /// The runs it started, by firing or by trigger: (run sequence, run_id),
    /// oldest first.
    pub runs: Vec<(u64, String)>,
}

/// What the server keeps about a step besides the public `Step`.
pub struct StepRecord {
    pub step: Step,
    pub retry_policy: Option<RetryPolicy>,
    /// For a sleep step: when it elapses.
    pub wake_up_at: Option<Timestamp>,
}

#[derive(Default)]
pub struct State {
    next_seq: u64,
    pub runs: Table<Run>,
    /// (namespace, external_id) -> run_id: the idempotency index.
    pub by_external_id: HashMap<(String, String), String>,
    pub steps: Table<StepRecord>,
    pub workers: Table<Worker>,
    pub schedules: Table<ScheduleRecord>,
    /// Every namespace, created or implicit, by namespace_id (byte-wise
    /// order, as ListNamespaces lists them).
    pub namespaces: BTreeMap<String, Namespace>,
}

impl State {
    /// The next sequence number and a fresh UUID.
    pub fn next_id(&mut self) -> (u64, String) {
        self.next_seq += 1;
        (self.next_seq, uuid::Uuid::new_v4().to_string())
    }

    /// The namespace `id`, created implicitly (enabled, no display name) if
    /// the server does not have it yet: the RPCs that store something in a
    /// namespace call this (namespace.proto).
    pub fn ensure_namespace(&mut self, id: &str) -> &mut Namespace {
        self.namespaces.entry(id.to_string()).or_insert_with(|| {
            let t = now();
            Namespace {
                namespace_id: id.to_string(),
                enabled: true,
                created_at: Some(t),
                updated_at: Some(t),
                ..Default::default()
            }
        })
    }

    /// Whether `id` is a namespace the server has and has disabled. An
    /// unknown namespace is not disabled: it springs up enabled.
    pub fn namespace_disabled(&self, id: &str) -> bool {
        self.namespaces.get(id).is_some_and(|n| !n.enabled)
    }
}

/// The shared store; cheap to clone (`Arc`s only).
#[derive(Clone)]
pub struct Store {
    state: Arc<Mutex<State>>,
    /// Woken after every change, for long polls (PollTask, WaitWorkflow).
    pub changed: Arc<Notify>,
    pub started_at: Timestamp,
    pub faults: Arc<Faults>,
}

impl Store {
    pub fn new(faults: Faults) -> Self {
        Store {
            state: Arc::default(),
            changed: Arc::default(),
            started_at: now(),
            faults: Arc::new(faults),
        }
    }

    /// The state, caught up with the clock first (see [`crate::clock`]):
    /// every call sees the schedules that came due fired and the runs whose
    /// start time came PENDING.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock would poison it. Handlers never
        // panic by design; should one, keep serving rather than fail every
        // later call.
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        crate::clock::catch_up(&mut st, now());
        st
    }

    /// Wakes every long poll after a change.
    pub fn notify(&self) {
        self.changed.notify_waiters();
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::new(Faults::default())
    }
}

pub fn now() -> Timestamp {
    // The clock is inside 0001..9999 on any sane machine; should it not be,
    // the server still answers (with the epoch) instead of panicking.
    Timestamp::try_from(std::time::SystemTime::now()).unwrap_or_default()
}

/// `t` plus `ms` milliseconds, saturating.
pub fn add_ms(t: Timestamp, ms: i64) -> Timestamp {
    let total =
        i128::from(t.seconds) * 1_000_000_000 + i128::from(t.nanos) + i128::from(ms) * 1_000_000;
    Timestamp {
        seconds: (total.div_euclid(1_000_000_000)) as i64,
        nanos: total.rem_euclid(1_000_000_000) as i32,
    }
}

pub fn before_or_at(a: &Timestamp, b: &Timestamp) -> bool {
    (a.seconds, a.nanos) <= (b.seconds, b.nanos)
}
