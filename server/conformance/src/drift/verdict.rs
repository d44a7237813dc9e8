//! The drift check's verdict: which release, if any, the server speaks.

use super::schema;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Wire-compatible with the newest release (and maybe more).
    Speaks {
        version: &'static str,
        additions: usize,
    },
    /// Wire-compatible with `version` but not with the newest release.
    Older {
        version: &'static str,
        newest: &'static str,
        differences: usize,
    },
    /// Compatible with no release; `differences` from the closest one.
    AnotherWire {
        differences: usize,
        closest: &'static str,
        no_kagzi: bool,
    },
    /// No reflection: nothing could be compared.
    Unknown { reason: String },
}

impl Verdict {
    /// Whether the run fails on this verdict alone.
    pub fn fails(&self) -> bool {
        matches!(self, Verdict::AnotherWire { .. })
    }

    /// A short, stable word for machines (the JSON report).
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Speaks { .. } => "speaks",
            Verdict::Older { .. } => "older-release",
            Verdict::AnotherWire { .. } => "another-wire",
            Verdict::Unknown { .. } => "no-reflection",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Verdict::Speaks {
                version,
                additions: 0,
            } => write!(f, "speaks kagzi.v1 {version}"),
            Verdict::Speaks { version, additions } => write!(
                f,
                "speaks kagzi.v1 {version}, with {additions} addition{} beyond it",
                plural(*additions)
            ),
            Verdict::Older {
                version,
                newest,
                differences,
            } => write!(
                f,
                "speaks an older release: kagzi.v1 {version} ({differences} difference{} from {newest}, the newest)",
                plural(*differences)
            ),
            Verdict::AnotherWire {
                differences,
                closest,
                no_kagzi,
            } => {
                write!(
                    f,
                    "speaks another wire: {differences} difference{}",
                    plural(*differences)
                )?;
                if *no_kagzi {
                    write!(f, " (its reflection has no {} package)", schema::PACKAGE)
                } else {
                    write!(f, " from kagzi.v1 {closest}, the closest release")
                }
            }
            Verdict::Unknown { reason } => write!(
                f,
                "not checked: no usable gRPC reflection (v1 or v1alpha), so the server's schema is unknown; the scenarios run anyway ({reason})"
            ),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
