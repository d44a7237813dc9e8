//! Binary reader policy and deterministic encoding.

use std::collections::BTreeMap;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{Payload, Workflow, WorkflowStatus};
use prost::Message as _;

fn sample(order: &[(&str, &str)]) -> Workflow {
    let mut labels = BTreeMap::new();
    for (k, v) in order {
        labels.insert(k.to_string(), v.to_string());
    }
    Workflow {
        run_id: "run-1".into(),
        status: WorkflowStatus::Running as i32,
        labels,
        input: Some(Payload {
            data: vec![1, 2, 3],
            metadata: BTreeMap::from([("b".into(), "2".into()), ("a".into(), "1".into())]),
        }),
        created_at: Some(Timestamp {
            seconds: -86_400,
            nanos: 7,
        }),
        ..Default::default()
    }
}

#[test]
fn encoding_is_deterministic_whatever_the_insertion_order() {
    let a = sample(&[("x", "1"), ("a", "2"), ("m", "3")]).encode_to_vec();
    let b = sample(&[("m", "3"), ("x", "1"), ("a", "2")]).encode_to_vec();
    assert_eq!(a, b);
    // Decoding and re-encoding is the identity on canonical bytes.
    assert_eq!(Workflow::decode(a.as_slice()).unwrap().encode_to_vec(), a);
}

#[test]
fn unknown_fields_are_skipped() {
    let mut bytes = sample(&[]).encode_to_vec();
    // Field 1000, varint 5; field 1001, length-delimited "hi".
    bytes.extend_from_slice(&[0xc0, 0x3e, 0x05, 0xca, 0x3e, 0x02, b'h', b'i']);
    assert_eq!(Workflow::decode(bytes.as_slice()).unwrap(), sample(&[]));
}

#[test]
fn unknown_enum_numbers_are_kept() {
    let w = Workflow {
        status: 99,
        ..Default::default()
    };
    let back = Workflow::decode(w.encode_to_vec().as_slice()).unwrap();
    assert_eq!(back.status, 99);
    assert!(WorkflowStatus::try_from(back.status).is_err());
}

#[test]
fn invalid_utf8_in_a_string_field_is_rejected() {
    // Field 1 (run_id), length 2, bytes that are not UTF-8.
    let err = Workflow::decode([0x0a, 0x02, 0xff, 0xfe].as_slice()).unwrap_err();
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn truncated_input_is_an_error_not_a_panic() {
    let bytes = sample(&[("k", "v")]).encode_to_vec();
    for cut in 1..bytes.len() {
        let _ = Workflow::decode(&bytes[..cut]);
    }
    assert!(Workflow::decode(&bytes[..bytes.len() - 1]).is_err());
}

#[test]
fn map_entries_with_default_key_and_value() {
    // prost, used as it is, omits a default key or value inside a map entry
    // (Go, C++ and Python write both); every reader takes either form.
    let p = Payload {
        data: vec![],
        metadata: BTreeMap::from([(String::new(), String::new())]),
    };
    assert_eq!(p.encode_to_vec(), [0x12, 0x00]);
    assert_eq!(p.encoded_len(), 2);
    // The form other SDKs write reads to the same value.
    assert_eq!(
        Payload::decode([0x12, 0x04, 0x0a, 0x00, 0x12, 0x00].as_slice()).unwrap(),
        p
    );
    // Readers still accept entries without key or value (both default).
    assert_eq!(Payload::decode([0x12, 0x00].as_slice()).unwrap(), p);
    // A later entry with the same key wins, as in every protobuf runtime.
    let dup = [
        0x12, 0x06, 0x0a, 0x01, b'k', 0x12, 0x01, b'a', 0x12, 0x06, 0x0a, 0x01, b'k', 0x12, 0x01,
        b'b',
    ];
    assert_eq!(Payload::decode(dup.as_slice()).unwrap().metadata["k"], "b");
    // A map field with the wrong wire type is an error.
    assert!(Payload::decode([0x10, 0x01].as_slice()).is_err());
}

#[test]
fn workflow_encoding_is_pinned() {
    // Workflow has scalar, enum and map fields: its encoding must be
    // exactly these bytes, fields in number order.
    let w = Workflow {
        run_id: "r".into(),
        status: 2,
        attempts: 3,
        labels: BTreeMap::from([("a".into(), "b".into())]),
        ..Default::default()
    };
    let expected = [
        0x0a, 0x01, b'r', // 1: run_id
        0x30, 0x02, // 6: status
        0x50, 0x03, // 10: attempts
        0x9a, 0x01, 0x06, 0x0a, 0x01, b'a', 0x12, 0x01, b'b', // 19: labels
    ];
    assert_eq!(w.encode_to_vec(), expected);
    assert_eq!(w.encoded_len(), expected.len());
    assert_eq!(w.status(), WorkflowStatus::Running);
    let mut cleared = w.clone();
    prost::Message::clear(&mut cleared);
    assert_eq!(cleared, Workflow::default());
}
