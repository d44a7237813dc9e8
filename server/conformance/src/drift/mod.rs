//! The drift check, run before any scenario: does the server speak
//! kagzi.v1 at all, and which release of it?
//!
//! The server's own schema is read through gRPC reflection
//! ([`reflection`]), reduced to its wire-relevant kagzi.v1 view
//! ([`schema`]), and compared with every released contract
//! ([`releases`]) by wire rules ([`compare`]). The [`verdict`] names the
//! newest release the server matches; the [`table`] lists every difference
//! from the release it is judged against.

pub mod compare;
pub mod reflection;
pub mod releases;
pub mod schema;
pub mod table;
pub mod verdict;

use tonic::transport::Channel;

pub use compare::{Difference, Rule};
use schema::Schema;
pub use table::table;
pub use verdict::Verdict;

/// What the check found.
pub struct Drift {
    /// Which reflection service answered, or why none did.
    pub reflection: Result<reflection::Version, String>,
    /// The release the differences and additions are counted against.
    pub compared_with: Option<&'static str>,
    pub differences: Vec<Difference>,
    /// Elements the server has beyond `compared_with`.
    pub additions: Vec<String>,
    pub verdict: Verdict,
}

/// Longest the drift check waits for the server's reflection answers.
pub const REFLECTION_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Reads the schema of the server on `channel` and judges it.
pub async fn check(channel: Channel) -> Drift {
    let release_files = release_file_names();
    // A server that accepts the call and never answers must not hold the
    // run up: past the limit it counts as one without reflection.
    let read = tokio::time::timeout(
        REFLECTION_TIMEOUT,
        reflection::read(channel, &release_files),
    );
    let read = read
        .await
        .unwrap_or_else(|_| Err(format!("no answer within {REFLECTION_TIMEOUT:?}")));
    match read {
        Err(reason) => Drift {
            reflection: Err(reason.clone()),
            compared_with: None,
            differences: Vec::new(),
            additions: Vec::new(),
            verdict: Verdict::Unknown { reason },
        },
        Ok(r) => judge(&Schema::from_files(&r.files), Ok(r.version)),
    }
}

/// The verdict on a server whose kagzi.v1 is `server` (read through
/// `reflection`), against every release: the newest release it is
/// compatible with, else the closest.
pub fn judge(server: &Schema, reflection: Result<reflection::Version, String>) -> Drift {
    let all = releases::all();
    let newest = releases::newest();
    let compared: Vec<_> = all
        .iter()
        .map(|r| (r.version, compare::compare(&r.schema, server)))
        .collect();
    let matching = compared.iter().rev().find(|(_, (d, _))| d.is_empty());
    let (version, (differences, additions)) = match matching {
        // Against the newest release: empty when the server speaks it, what
        // it lacks of it when it speaks an older one.
        Some(_) => compared.last().expect("one release at least").clone(),
        // The closest release: fewest differences, the newer on a tie.
        None => compared
            .iter()
            .rev()
            .min_by_key(|(_, (d, _))| d.len())
            .expect("one release at least")
            .clone(),
    };
    let verdict = match matching {
        Some((v, _)) if *v == newest.version => Verdict::Speaks {
            version: v,
            additions: additions.len(),
        },
        Some((v, _)) => Verdict::Older {
            version: v,
            newest: newest.version,
            differences: differences.len(),
        },
        None => Verdict::AnotherWire {
            differences: differences.len(),
            closest: version,
            no_kagzi: server.is_empty(),
        },
    };
    Drift {
        reflection,
        compared_with: Some(version),
        differences,
        additions,
        verdict,
    }
}

/// The kagzi.v1 file names of the newest release (`kagzi/v1/workflow.proto`).
fn release_file_names() -> Vec<String> {
    use prost::Message as _;
    let (_, bytes) = releases::RELEASES
        .last()
        .expect("build.rs refuses an empty releases/");
    prost_types::FileDescriptorSet::decode(*bytes)
        .map(|set| {
            set.file
                .into_iter()
                .filter(|f| f.package() == schema::PACKAGE)
                .map(|f| f.name().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: Result<reflection::Version, String> = Ok(reflection::Version::V1);

    #[test]
    fn the_newest_release_itself_speaks_it_and_an_addition_is_named() {
        let newest = releases::newest();
        assert_eq!(
            judge(&newest.schema, V1).verdict,
            Verdict::Speaks {
                version: newest.version,
                additions: 0
            }
        );
        let mut more = newest.schema.clone();
        more.messages
            .insert("kagzi.v1.Extra".into(), Default::default());
        let drift = judge(&more, V1);
        assert_eq!(
            drift.verdict.to_string(),
            format!(
                "speaks kagzi.v1 {}, with 1 addition beyond it",
                newest.version
            )
        );
        assert_eq!(drift.additions, ["message kagzi.v1.Extra"]);
        assert!(!drift.verdict.fails());
    }

    #[test]
    fn the_oldest_release_speaks_an_older_release() {
        let [oldest, .., newest] = releases::all() else {
            panic!("two releases at least");
        };
        let drift = judge(&oldest.schema, V1);
        let Verdict::Older {
            version,
            newest: n,
            differences,
        } = drift.verdict.clone()
        else {
            panic!("{:?}", drift.verdict);
        };
        assert_eq!((version, n), (oldest.version, newest.version));
        // The table lists what it lacks of the newest release.
        assert_eq!(differences, drift.differences.len());
        assert!(differences > 0);
        assert!(drift.verdict.to_string().starts_with(&format!(
            "speaks an older release: kagzi.v1 {}",
            oldest.version
        )));
        assert!(!drift.verdict.fails());
    }

    #[test]
    fn no_kagzi_at_all_is_another_wire() {
        let drift = judge(&Schema::default(), V1);
        assert!(drift.verdict.fails());
        assert!(
            drift.verdict.to_string().contains("no kagzi.v1 package"),
            "{}",
            drift.verdict
        );
        assert!(
            drift
                .differences
                .iter()
                .any(|d| d.rule == Rule::ServiceMissing)
        );
    }

    #[test]
    fn every_rule_is_checked() {
        let release = &releases::newest().schema;
        let mut server = release.clone();
        let workflow = server.messages.get_mut("kagzi.v1.Workflow").unwrap();
        workflow.get_mut("attempts").unwrap().ty = "int64".into();
        workflow.get_mut("run_id").unwrap().cardinality = "repeated".into();
        workflow.get_mut("task_queue").unwrap().oneof = Some("where".into());
        workflow.remove("workflow_type");
        let status = server.enums.get_mut("kagzi.v1.WorkflowStatus").unwrap();
        let (&number, _) = status.iter().nth(1).unwrap();
        status.insert(number, "RENAMED".into());
        let last = *status.keys().last().unwrap();
        status.remove(&last);
        let rpcs = server.services.get_mut("kagzi.v1.WorkflowService").unwrap();
        let get = rpcs.get_mut("GetWorkflow").unwrap();
        get.server_streaming = true;
        get.response = ".kagzi.v1.Workflow".into();
        rpcs.remove("CancelWorkflow");
        server.messages.remove("kagzi.v1.Payload");
        let (diffs, _) = compare::compare(release, &server);
        let rules: Vec<Rule> = diffs.iter().map(|d| d.rule).collect();
        for rule in [
            Rule::FieldType,
            Rule::FieldCardinality,
            Rule::FieldOneof,
            Rule::FieldMissing,
            Rule::EnumValueName,
            Rule::EnumValueMissing,
            Rule::RpcStreaming,
            Rule::RpcResponse,
            Rule::RpcMissing,
            Rule::MessageMissing,
        ] {
            assert!(rules.contains(&rule), "{rule:?} not found in {diffs:#?}");
        }
        assert_eq!(diffs.len(), 10, "{diffs:#?}");
        let table = table(&diffs);
        let row = table
            .lines()
            .find(|l| l.starts_with("kagzi.v1.Workflow.attempts "))
            .unwrap();
        let cells: Vec<&str> = row.split(" | ").map(str::trim).collect();
        assert_eq!(
            cells,
            ["kagzi.v1.Workflow.attempts", "field type", "int32", "int64"],
            "{table}"
        );
    }
}
