//! Runs the selected scenarios, each area over a connection of its own: a
//! server that closes one connection (GOAWAY, a stream-reset limit, a
//! dropped socket) fails the scenarios that were using it, with the reason,
//! and the other areas go on over theirs. Scenarios of one area run
//! concurrently on their area's connection (each has namespaces of its
//! own); the report keeps the order of [`crate::all`].

use std::time::Duration;

use tonic::transport::Channel;

use crate::harness::{Ctx, Verdict};
use crate::select::area;
use crate::{SCENARIO_TIMEOUT, Scenario};

/// Opens one HTTP/2 connection to `url` (tonic reconnects it lazily if the
/// server closes it, so a later call of the area is not refused for good).
pub async fn connect(url: &str) -> Result<Channel, String> {
    tonic::transport::Channel::from_shared(url.to_string())
        .map_err(|e| format!("--addr {url}: {e}"))?
        .connect_timeout(Duration::from_secs(10))
        .connect()
        .await
        .map_err(|e| format!("cannot connect to {url}: {}", causes(&e)))
}

/// An error with every cause beneath it.
fn causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(&format!(": {c}"));
        cause = c.source();
    }
    out
}

/// The verdict of each of `selected`, in their order. The areas' connections
/// are opened one after another in report order, so a test can tell which
/// connection serves which area.
pub async fn run(url: &str, selected: &[Scenario]) -> Result<Vec<(&'static str, Verdict)>, String> {
    let base = Ctx::new(connect(url).await?);
    let mut areas: Vec<(&str, Result<Ctx, String>)> = Vec::new();
    let mut first = Some(base.clone());
    for s in selected {
        let a = area(s.name);
        if areas.iter().any(|(seen, _)| *seen == a) {
            continue;
        }
        // The connection made above serves the first area.
        let ctx = match first.take() {
            Some(ctx) => Ok(ctx),
            None => connect(url).await.map(|c| base.with_channel(c)),
        };
        areas.push((a, ctx));
    }
    let mut set = tokio::task::JoinSet::new();
    let mut tasks = std::collections::HashMap::new();
    let mut verdicts: Vec<Option<Verdict>> = selected.iter().map(|_| None).collect();
    for (i, s) in selected.iter().enumerate() {
        let (_, ctx) = areas
            .iter()
            .find(|(a, _)| *a == area(s.name))
            .expect("every selected area has an entry");
        let ctx = match ctx {
            Ok(ctx) => ctx.clone(),
            Err(why) => {
                verdicts[i] = Some(Err(format!(
                    "no connection for area {}: {why}",
                    area(s.name)
                )));
                continue;
            }
        };
        let (f, name) = (s.run, s.name);
        let task = set.spawn(async move {
            let verdict = match tokio::time::timeout(SCENARIO_TIMEOUT, f(ctx)).await {
                Ok(v) => v,
                Err(_) => Err(format!("{name}: no verdict within {SCENARIO_TIMEOUT:?}")),
            };
            (i, verdict)
        });
        tasks.insert(task.id(), i);
    }
    while let Some(j) = set.join_next_with_id().await {
        match j {
            Ok((_, (i, v))) => verdicts[i] = Some(v),
            // A scenario that panicked fails alone.
            Err(e) => {
                if let Some(&i) = tasks.get(&e.id()) {
                    verdicts[i] = Some(Err(format!("the scenario panicked: {e}")));
                }
            }
        }
    }
    Ok(selected
        .iter()
        .zip(verdicts)
        .map(|(s, v)| (s.name, v.unwrap_or_else(|| Err("no verdict".into()))))
        .collect())
}
