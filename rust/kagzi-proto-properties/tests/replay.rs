//! Replays every conformance case and every regression input the fuzzer
//! found through the same properties the fuzz targets check, on the stable
//! toolchain: a bug the fuzzer once found fails `make test` if it returns.

use std::fs;
use std::path::{Path, PathBuf};

use kagzi_proto_properties::cases::{self, Form};
use kagzi_proto_properties::{check_binary, check_json};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn failures(inputs: impl IntoIterator<Item = (PathBuf, Form, Vec<u8>)>) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failed = Vec::new();
    for (path, form, bytes) in inputs {
        count += 1;
        let result = match form {
            Form::Binary => check_binary(&bytes),
            Form::Json => check_json(&bytes),
        };
        if let Err(e) = result {
            failed.push(format!("{}: {e}", path.display()));
        }
    }
    (count, failed)
}

#[test]
fn conformance_cases_hold_the_properties() {
    let inputs = cases::read(&root().join("conformance/cases")).unwrap();
    let (count, failed) = failures(inputs.into_iter().map(|i| (i.path, i.form, i.bytes)));
    assert!(count > 500, "only {count} cases found");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// `rust/kagzi-proto/fuzz/regressions/<target>/<input>`: the minimized
/// inputs (selector byte included) of every failure the fuzzer found.
#[test]
fn fuzz_regressions_hold_the_properties() {
    let dir = root().join("rust/kagzi-proto/fuzz/regressions");
    let mut inputs = Vec::new();
    for (sub, form) in [("binary", Form::Binary), ("json", Form::Json)] {
        let mut paths: Vec<PathBuf> = fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
            .collect();
        paths.sort();
        for p in paths {
            let bytes = fs::read(&p).unwrap();
            inputs.push((p, form, bytes));
        }
    }
    let (_, failed) = failures(inputs);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// A message whose JSON writer loses precision (it prints its double as
/// an f32): the JSON properties must catch it, or they prove nothing.
#[derive(Clone, PartialEq, prost::Message)]
struct LossyDouble {
    #[prost(double, tag = "1")]
    x: f64,
}

impl serde::Serialize for LossyDouble {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f32(self.x as f32)
    }
}

impl<'de> serde::Deserialize<'de> for LossyDouble {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <f64 as serde::Deserialize>::deserialize(d).map(|x| LossyDouble { x })
    }
}

#[test]
fn a_lossy_json_writer_is_reported() {
    let err = kagzi_proto_properties::json_properties::<LossyDouble>("0.123456789").unwrap_err();
    assert!(err.contains("JSON round trip changed the message"), "{err}");
    // Both paths that print JSON notice it.
    let bytes = prost::Message::encode_to_vec(&LossyDouble { x: 0.123456789 });
    assert!(kagzi_proto_properties::binary_properties::<LossyDouble>(&bytes).is_err());
}
