//! The drift check and the per-area connections, against three servers:
//! the reference server (no differences, all scenarios pass), one whose
//! reflection describes another wire (the table names each change, the
//! verdict says "another wire", the program exits 1), and one behind a
//! proxy that kills one area's connection mid-call (that area fails with
//! the reason, later areas pass). Also: no reflection at all (a note, the
//! scenarios still run), and a server that answers in another wire (the
//! decode errors name the field).

mod common;

use std::process::Command;

use common::{DroppingProxy, MUTATIONS, Reflection};
use kagzi_server_conformance::drift::{Verdict, reflection::Version, releases};

/// The program itself, as CI runs it: (exit code, stdout, JSON report).
fn program(url: &str, only: &str) -> (i32, String, serde_json::Value) {
    let dir = std::env::temp_dir().join(format!(
        "kagzi-drift-{}-{}",
        std::process::id(),
        only.replace(',', "-")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.json");
    let out = Command::new(env!("CARGO_BIN_EXE_kagzi-server-conformance"))
        .args(["--addr", url, "--only", only, "--report"])
        .arg(&report)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Shown with `cargo test -- --nocapture`: the table and the verdict.
    println!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let json = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (out.status.code().unwrap(), stdout, json)
}

#[tokio::test(flavor = "multi_thread")]
async fn reference_server_speaks_the_newest_release_and_passes() {
    let server = common::reference().await;
    let newest = releases::newest().version;
    let url = server.url.clone();
    let (code, stdout, json) =
        tokio::task::spawn_blocking(move || program(&url, "idempotency,schedules"))
            .await
            .unwrap();
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("drift: no differences"), "{stdout}");
    assert!(
        stdout.contains(&format!("drift: verdict: speaks kagzi.v1 {newest}")),
        "{stdout}"
    );
    assert_eq!(json["drift"]["verdict"]["kind"], "speaks");
    assert_eq!(json["drift"]["verdict"]["release"], newest);
    assert_eq!(json["drift"]["reflection"], Version::V1.service());
    assert_eq!(json["drift"]["differences"].as_array().unwrap().len(), 0);
    assert_eq!(json["failed"], 0);
    assert_eq!(json["ok"], true);
    let scenarios = json["scenarios"].as_array().unwrap();
    assert!(scenarios.len() >= 7, "{scenarios:?}");
    assert!(
        scenarios
            .iter()
            .all(|s| s["passed"] == true && s["reason"].is_null())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn another_wire_is_named_field_by_field_and_fails_the_run() {
    // Served through v1alpha only, so the fallback is what reads it.
    let server = common::with_reflection(Reflection::V1Alpha(common::another_wire())).await;
    let url = server.url.clone();
    let (code, stdout, json) = tokio::task::spawn_blocking(move || program(&url, "schedules"))
        .await
        .unwrap();
    assert_eq!(code, 1, "another wire must fail the run: {stdout}");
    assert_eq!(json["drift"]["reflection"], Version::V1Alpha.service());
    let diffs = json["drift"]["differences"].as_array().unwrap();
    assert_eq!(diffs.len(), MUTATIONS.len(), "{diffs:#?}");
    for (element, rule, release, server) in MUTATIONS {
        assert!(
            diffs.iter().any(|d| d["element"] == *element
                && d["rule"] == *rule
                && d["release"] == *release
                && d["server"] == *server),
            "the table does not name {element} ({rule} {release} -> {server}): {diffs:#?}"
        );
        let row = stdout
            .lines()
            .find(|l| l.contains(element) && l.contains(rule))
            .unwrap_or_else(|| panic!("no table row for {element}: {stdout}"));
        assert!(row.contains(release) && row.contains(server), "{row}");
    }
    let verdict = format!(
        "drift: FAIL: speaks another wire: {} differences from kagzi.v1 {}",
        MUTATIONS.len(),
        releases::newest().version
    );
    assert!(stdout.contains(&verdict), "{stdout}");
    assert_eq!(json["drift"]["verdict"]["kind"], "another-wire");
    assert_eq!(json["drift"]["verdict"]["fails"], true);
    assert_eq!(json["ok"], false);
    // The services behind the wrong description are the reference ones:
    // the scenarios pass, and the verdict alone fails the run.
    assert_eq!(json["failed"], 0);
}

#[tokio::test]
async fn without_reflection_the_scenarios_still_run() {
    let server = common::with_reflection(Reflection::None).await;
    let only = vec!["schedules".to_string()];
    let report = kagzi_server_conformance::check(&server.url, &only)
        .await
        .unwrap();
    let Verdict::Unknown { reason } = &report.drift.verdict else {
        panic!("verdict {:?}", report.drift.verdict);
    };
    assert!(
        reason.contains("grpc.reflection.v1.ServerReflection"),
        "{reason}"
    );
    assert!(reason.contains("Unimplemented"), "{reason}");
    let text = kagzi_server_conformance::report::drift_text(&report.drift);
    assert!(text.contains("NOTE no usable gRPC reflection"), "{text}");
    assert!(!report.failed(), "{:?}", report.scenarios);
    assert!(report.scenarios.len() >= 5);
}

#[tokio::test]
async fn a_killed_connection_fails_its_area_only() {
    let server = common::reference().await;
    // Connection 1 is the drift check's; then one per area in report
    // order: 2 = idempotency, 3 = paging, 4 = schedules.
    let proxy = DroppingProxy::start(server.addr, 3).await;
    let only: Vec<String> = ["idempotency", "paging", "schedules"]
        .map(String::from)
        .to_vec();
    let report = kagzi_server_conformance::check(&proxy.url, &only)
        .await
        .unwrap();
    assert_eq!(
        proxy.killed.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the proxy killed nothing"
    );
    assert!(
        matches!(report.drift.verdict, Verdict::Speaks { .. }),
        "{:?}",
        report.drift.verdict
    );
    let failed: Vec<_> = report
        .scenarios
        .iter()
        .filter(|(_, v)| v.is_err())
        .collect();
    assert!(
        !failed.is_empty(),
        "no scenario of the killed connection failed"
    );
    for (name, v) in &report.scenarios {
        if name.starts_with("paging/") {
            if let Err(why) = v {
                println!("FAIL {name}: {why}");
                let why = why.to_lowercase();
                assert!(
                    ["connection", "transport", "closed", "reset", "eof"]
                        .iter()
                        .any(|w| why.contains(w)),
                    "{name} fails without saying the connection went away: {why}"
                );
            }
        } else {
            assert!(
                v.is_ok(),
                "{name} failed with another area's connection: {v:?}"
            );
        }
    }
}

/// A server that answers in another wire fails its scenarios with decode
/// errors that name the kagzi.v1 field the bytes disagree with.
#[tokio::test]
async fn a_decode_error_names_the_field() {
    let server = common::wrong_wire().await;
    let verdicts =
        kagzi_server_conformance::run(&server.url, Some("idempotency/same-key-same-run"))
            .await
            .unwrap();
    let (_, verdict) = &verdicts[0];
    let why = verdict
        .as_ref()
        .expect_err("a scenario passed on another wire");
    println!("{why}");
    assert!(
        why.contains(
            "failed to decode Protobuf message: StartWorkflowResponse.run_id: invalid wire type"
        ),
        "{why}"
    );
    assert!(
        why.contains("does not decode as kagzi.v1: at field kagzi.v1.StartWorkflowResponse.run_id = 1, implicit string"),
        "{why}"
    );
}
