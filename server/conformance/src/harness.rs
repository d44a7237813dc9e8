//! What every scenario uses: clients over one channel, a fresh namespace
//! per scenario (so scenarios never see each other's resources), and
//! checks that turn a wrong answer into a readable verdict.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{
    ErrorCode, admin_service_client::AdminServiceClient,
    namespace_service_client::NamespaceServiceClient, worker_service_client::WorkerServiceClient,
    workflow_schedule_service_client::WorkflowScheduleServiceClient,
    workflow_service_client::WorkflowServiceClient,
};
use tonic::transport::Channel;
use tonic::{Code, Status};

use crate::status::describe;

/// A scenario's verdict: `Err` holds why it failed.
pub type Verdict = Result<(), String>;

#[derive(Clone)]
pub struct Ctx {
    channel: Channel,
    /// Differs between runs, so a second run against the same server
    /// starts from empty namespaces.
    nonce: String,
    counter: std::sync::Arc<AtomicU64>,
}

impl Ctx {
    pub fn new(channel: Channel) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        Ctx {
            channel,
            nonce: format!("{:x}", nanos as u64),
            counter: Default::default(),
        }
    }

    /// The same run (nonce and namespace counter) over another channel:
    /// each scenario area gets a connection of its own.
    pub fn with_channel(&self, channel: Channel) -> Self {
        Ctx {
            channel,
            nonce: self.nonce.clone(),
            counter: self.counter.clone(),
        }
    }

    /// A namespace no other scenario uses.
    pub fn namespace(&self, label: &str) -> String {
        let n = self.counter.fetch_add(1, Ordering::SeqCst);
        format!("conformance-{}-{n}-{label}", self.nonce)
    }

    pub fn workflows(&self) -> WorkflowServiceClient<Channel> {
        WorkflowServiceClient::new(self.channel.clone())
    }
    pub fn workers(&self) -> WorkerServiceClient<Channel> {
        WorkerServiceClient::new(self.channel.clone())
    }
    pub fn admin(&self) -> AdminServiceClient<Channel> {
        AdminServiceClient::new(self.channel.clone())
    }
    pub fn namespaces(&self) -> NamespaceServiceClient<Channel> {
        NamespaceServiceClient::new(self.channel.clone())
    }
    pub fn schedules(&self) -> WorkflowScheduleServiceClient<Channel> {
        WorkflowScheduleServiceClient::new(self.channel.clone())
    }
}

/// The answer of a call that must succeed.
pub fn ok<T>(what: &str, r: Result<tonic::Response<T>, Status>) -> Result<T, String> {
    r.map(tonic::Response::into_inner)
        .map_err(|s| format!("{what}: expected success, got {}", describe(&s)))
}

/// A call that must fail with `code`.
pub fn fails<T: std::fmt::Debug>(
    what: &str,
    code: Code,
    r: Result<tonic::Response<T>, Status>,
) -> Result<Status, String> {
    match r {
        Ok(resp) => Err(format!(
            "{what}: expected {code:?}, got success: {:?}",
            resp.into_inner()
        )),
        Err(s) if s.code() == code => Ok(s),
        Err(s) => Err(format!("{what}: expected {code:?}, got {}", describe(&s))),
    }
}

/// A call that must fail with `code` and an ErrorDetail of `detail`.
pub fn fails_with<T: std::fmt::Debug>(
    what: &str,
    code: Code,
    detail: ErrorCode,
    r: Result<tonic::Response<T>, Status>,
) -> Result<Status, String> {
    let s = fails(what, code, r)?;
    match kagzi_proto::status::from_status(&s) {
        Ok(Some(d)) if d.code == detail as i32 => Ok(s),
        Ok(Some(d)) => Err(format!(
            "{what}: ErrorDetail code {:?}, expected {}",
            d.code(),
            detail.as_str_name()
        )),
        Ok(None) => Err(format!(
            "{what}: {code:?} without an ErrorDetail (expected {})",
            detail.as_str_name()
        )),
        Err(e) => Err(format!("{what}: unreadable ErrorDetail: {e}")),
    }
}

/// A call that must fail with INVALID_ARGUMENT and name `field`.
pub fn invalid<T: std::fmt::Debug>(
    what: &str,
    field: &str,
    r: Result<tonic::Response<T>, Status>,
) -> Verdict {
    let s = fails(what, Code::InvalidArgument, r)?;
    if s.message().contains(field) {
        Ok(())
    } else {
        Err(format!(
            "{what}: INVALID_ARGUMENT message {:?} does not name the field {field}",
            s.message()
        ))
    }
}

pub fn ensure(cond: bool, why: impl FnOnce() -> String) -> Verdict {
    if cond { Ok(()) } else { Err(why()) }
}

pub fn now() -> Timestamp {
    Timestamp::try_from(std::time::SystemTime::now()).unwrap_or_default()
}

pub fn millis(t: &Timestamp) -> i64 {
    t.seconds.saturating_mul(1000) + i64::from(t.nanos / 1_000_000)
}

/// Runs `f` until it returns `Some` or `limit` passes.
pub async fn eventually<T, F, Fut>(limit: Duration, mut f: F) -> Result<Option<T>, String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Option<T>, String>>,
{
    let end = tokio::time::Instant::now() + limit;
    loop {
        if let Some(v) = f().await? {
            return Ok(Some(v));
        }
        if tokio::time::Instant::now() >= end {
            return Ok(None);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
