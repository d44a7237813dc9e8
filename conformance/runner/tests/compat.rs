//! Backward and forward compatibility checks over the checked-in cases and the
//! released schema images (releases/). Run by `make conformance`.

use std::path::{Path, PathBuf};

use kagzi_conformance::canonical_binary;
use kagzi_conformance::compat::{backward, forward};
use kagzi_conformance::layout::load_cases;
use kagzi_conformance::schemas::{compile_proto_tree, load_image, released_versions};
use kagzi_conformance::values::read_json;
use prost_reflect::{DescriptorPool, DynamicMessage};

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The released versions, oldest first, with their schemas.
fn releases() -> Vec<(String, DescriptorPool)> {
    let dir = conformance_dir().join("../releases");
    let names = released_versions(&dir).expect("releases");
    assert!(
        names.len() >= 2,
        "compatibility needs two releases, found {names:?}"
    );
    names
        .into_iter()
        .map(|n| {
            let pool = load_image(&dir.join(format!("{n}.binpb"))).expect("release image");
            (n, pool)
        })
        .collect()
}

/// The working tree's schemas: what the testees are generated from, newer
/// than or equal to the newest release, and the schema of an unreleased
/// version folder of cases.
fn working_tree() -> DescriptorPool {
    compile_proto_tree(&conformance_dir().join("../proto")).expect("working tree schemas")
}

#[test]
fn every_version_has_cases() {
    let cases = load_cases(&conformance_dir().join("cases")).expect("cases");
    for (version, _) in releases() {
        assert!(
            cases.iter().any(|c| c.version == version),
            "no cases for released {version}"
        );
    }
}

/// Every case of every version, read with the working tree's schema, is the
/// same value: same canonical binary, same canonical JSON.
#[test]
fn backward_older_cases_read_by_newest_schema() {
    let newest = &working_tree();
    let mut failures = Vec::new();
    let mut checked = 0;
    for tc in load_cases(&conformance_dir().join("cases")).expect("cases") {
        for c in &tc.valid {
            checked += 1;
            if let Err(e) = backward(newest, &tc.message_type, &c.binary, &c.json) {
                failures.push(format!("{}/{}: {e}", tc.prefix(), c.name));
            }
        }
    }
    assert!(checked > 100, "only {checked} cases");
    assert!(
        failures.is_empty(),
        "backward failures:\n{}",
        failures.join("\n")
    );
}

/// What the current code writes for every case (its canonical binary and
/// JSON, which every testee must reproduce) is read by every older schema
/// with known fields intact and new fields skipped per the reader policy.
#[test]
fn forward_newest_output_read_by_older_schemas() {
    let releases = releases();
    let newest = &working_tree();
    let mut failures = Vec::new();
    let mut checked = 0;
    for tc in load_cases(&conformance_dir().join("cases")).expect("cases") {
        for (old_name, old) in &releases {
            for c in &tc.valid {
                checked += 1;
                if let Err(e) = forward(newest, old, &tc.message_type, &c.binary, &c.json) {
                    failures.push(format!(
                        "{}/{} read by {old_name}: {e}",
                        tc.prefix(),
                        c.name
                    ));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} checks");
    assert!(
        failures.is_empty(),
        "forward failures:\n{}",
        failures.join("\n")
    );
}

fn release(name: &str) -> DescriptorPool {
    releases()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, p)| p)
        .expect(name)
}

/// The v1.1.0 enum value ERROR_CODE_RESOURCE_EXHAUSTED read by v1.0.0: by name
/// in JSON it is ignored (code stays at its default, the rest is intact); by
/// number in binary it is kept as the unknown number 9.
#[test]
fn resource_exhausted_read_by_v1_0_0() {
    let v100 = release("v1.0.0");
    let desc = v100
        .get_message_by_name("kagzi.v1.ErrorDetail")
        .expect("ErrorDetail");
    assert!(desc.get_field_by_name("code").is_some());
    let json = r#"{"code": "ERROR_CODE_RESOURCE_EXHAUSTED", "message": "rate limited", "retryAfterMs": "2000"}"#;
    let read = read_json(desc.clone(), json).expect("v1.0.0 reads the v1.1.0 JSON");
    assert_eq!(
        read.get_field_by_name("code").unwrap().as_enum_number(),
        Some(0)
    );
    assert!(!read.has_field_by_name("code"));
    assert_eq!(
        read.get_field_by_name("message").unwrap().as_str(),
        Some("rate limited")
    );
    assert_eq!(
        read.get_field_by_name("retry_after_ms").unwrap().as_i64(),
        Some(2000)
    );

    let case = conformance_dir().join("cases/v1.1.0/kagzi.v1.ErrorDetail/resource_exhausted.binpb");
    let bytes = std::fs::read(case).expect("resource_exhausted case");
    let read = DynamicMessage::decode(desc, bytes.as_slice()).expect("v1.0.0 decodes it");
    assert_eq!(
        read.get_field_by_name("code").unwrap().as_enum_number(),
        Some(9)
    );
    assert_eq!(
        canonical_binary::encode(&read),
        bytes,
        "v1.0.0 re-encodes the unknown number unchanged"
    );
}

/// Workflow.labels (v1.1.0) is skipped by a v1.0.0 reader: a v1.1.0 workflow
/// with only labels set reads as the empty message.
#[test]
fn labels_skipped_by_v1_0_0() {
    let v100 = release("v1.0.0");
    let desc = v100
        .get_message_by_name("kagzi.v1.Workflow")
        .expect("Workflow");
    assert!(desc.get_field_by_name("labels").is_none());
    let dir = conformance_dir().join("cases/v1.1.0/kagzi.v1.Workflow");
    let bytes = std::fs::read(dir.join("labels_only.binpb")).expect("labels_only.binpb");
    assert!(!bytes.is_empty());
    let read = DynamicMessage::decode(desc.clone(), bytes.as_slice()).expect("decodes");
    assert!(
        canonical_binary::encode(&read).is_empty(),
        "labels must be skipped"
    );
    let json = std::fs::read_to_string(dir.join("labels_only.json")).expect("labels_only.json");
    let read = read_json(desc, &json).expect("reads JSON");
    assert!(
        canonical_binary::encode(&read).is_empty(),
        "labels must be ignored in JSON"
    );
}

/// The forward check itself can fail: a v1.0.0 reader that lost a field would be caught.
#[test]
fn forward_check_detects_a_lost_field() {
    let newest = release("v1.1.0");
    let v100 = release("v1.0.0");
    let desc = newest.get_message_by_name("kagzi.v1.PageInfo").unwrap();
    let msg = DynamicMessage::parse_text_format(desc, "total_count: 5").unwrap();
    let bin = canonical_binary::encode(&msg);
    // A JSON document that disagrees with the binary must be reported.
    assert!(
        forward(
            &newest,
            &v100,
            "kagzi.v1.PageInfo",
            &bin,
            r#"{"totalCount": "6"}"#
        )
        .is_err()
    );
    assert!(
        forward(
            &newest,
            &v100,
            "kagzi.v1.PageInfo",
            &bin,
            r#"{"totalCount": "5"}"#
        )
        .is_ok()
    );
}

/// The canonical encoder's rules, checked on concrete bytes.
#[test]
fn canonical_encoding_rules() {
    let pool = release("v1.1.0");
    let payload = pool.get_message_by_name("kagzi.v1.Payload").unwrap();
    // Map entries sorted by key, and both key and value written even when empty.
    let msg = DynamicMessage::parse_text_format(
        payload,
        r#"metadata { key: "b" value: "" } metadata { key: "" value: "x" }"#,
    )
    .unwrap();
    assert_eq!(
        canonical_binary::encode(&msg),
        [
            0x12, 0x05, 0x0a, 0x00, 0x12, 0x01, b'x', 0x12, 0x05, 0x0a, 0x01, b'b', 0x12, 0x00
        ]
    );
    // Negative int32 is sign-extended to a 10-byte varint; fields in number order.
    let page = pool.get_message_by_name("kagzi.v1.PageRequest").unwrap();
    let msg = DynamicMessage::parse_text_format(page, r#"include_total_count: true page_size: -1"#)
        .unwrap();
    assert_eq!(
        canonical_binary::encode(&msg),
        [
            0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x18, 0x01
        ]
    );
    // Implicit-presence fields at their default are not written; optional ones are.
    let list = pool
        .get_message_by_name("kagzi.v1.ListWorkflowsRequest")
        .unwrap();
    let msg =
        DynamicMessage::parse_text_format(list, r#"namespace_id: "" workflow_type: """#).unwrap();
    assert_eq!(canonical_binary::encode(&msg), [0x1a, 0x00]);
}
