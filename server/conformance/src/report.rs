//! A run's result, for people (the lines the program prints) and for CI
//! (`--report FILE`, JSON). Both say the same things: the drift table and
//! verdict, then every scenario's verdict with its reason.

use serde_json::{Value, json};

use crate::Report;
use crate::drift::{Drift, Verdict};
use crate::select::area;

/// The drift check's lines: where the schema came from, the table of
/// differences, the additions, the verdict.
pub fn drift_text(drift: &Drift) -> String {
    let mut out = String::new();
    match (&drift.reflection, drift.compared_with) {
        (Ok(version), Some(release)) => {
            out.push_str(&format!(
                "drift: the server's kagzi.v1 (read through {}) against kagzi.v1 {release}:\n",
                version.service()
            ));
            if drift.differences.is_empty() {
                out.push_str("drift: no differences\n");
            } else {
                for line in crate::drift::table(&drift.differences).lines() {
                    out.push_str(&format!("drift: {line}\n"));
                }
            }
            if !drift.additions.is_empty() {
                out.push_str(&format!(
                    "drift: {} addition(s) beyond kagzi.v1 {release}:\n",
                    drift.additions.len()
                ));
                for a in &drift.additions {
                    out.push_str(&format!("drift:   {a}\n"));
                }
            }
        }
        _ => out.push_str("drift: NOTE no usable gRPC reflection on the server; the scenarios run without a schema check\n"),
    }
    let mark = if drift.verdict.fails() {
        "FAIL"
    } else {
        "verdict"
    };
    out.push_str(&format!("drift: {mark}: {}\n", drift.verdict));
    out
}

/// The JSON report (`--report FILE`) of a run against `addr`.
pub fn json(addr: &str, report: &Report) -> Value {
    let drift = &report.drift;
    let failed = report.scenarios.iter().filter(|(_, v)| v.is_err()).count();
    let release = match &drift.verdict {
        Verdict::Speaks { version, .. } | Verdict::Older { version, .. } => Some(*version),
        Verdict::AnotherWire { .. } | Verdict::Unknown { .. } => None,
    };
    json!({
        "suite": "kagzi-server-conformance",
        "suite_version": env!("CARGO_PKG_VERSION"),
        "addr": addr,
        "ok": !report.failed(),
        "drift": {
            "reflection": drift.reflection.as_ref().ok().map(|v| v.service()),
            "note": drift.reflection.as_ref().err(),
            "compared_with": drift.compared_with,
            "verdict": {
                "kind": drift.verdict.kind(),
                "release": release,
                "fails": drift.verdict.fails(),
                "text": drift.verdict.to_string(),
            },
            "differences": drift.differences.iter().map(|d| json!({
                "element": d.element,
                "rule": d.rule.as_str(),
                "release": d.release,
                "server": d.server,
            })).collect::<Vec<_>>(),
            "additions": drift.additions,
        },
        "scenarios": report.scenarios.iter().map(|(name, v)| json!({
            "name": name,
            "area": area(name),
            "passed": v.is_ok(),
            "reason": v.as_ref().err(),
        })).collect::<Vec<_>>(),
        "passed": report.scenarios.len() - failed,
        "failed": failed,
    })
}
