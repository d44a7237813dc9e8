//! The library runs on a schema other than kagzi.v1: a package of its own,
//! nested messages and enums, options given by the caller.

use kagzi_proto_codegen::{Options, compile, generate};

const SCHEMA: &str = r#"
syntax = "proto3";
package demo.v1;
message Outer {
  enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; }
  message Inner { double ratio = 1; Kind kind = 2; }
  Inner inner = 1;
  Kind kind = 2;
  float scale = 3;
  map<string, Inner> by_name = 4;
  string name = 5;
  bytes data = 6;
}
"#;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn options() -> Options {
    Options {
        packages: vec!["demo.v1".to_string()],
        extern_paths: Vec::new(),
        json_helpers: "kagzi_proto::json::private".to_string(),
        grpc: false,
        origin: "kagzi-proto-codegen tests".to_string(),
    }
}

#[test]
fn generates_a_foreign_package_with_nested_types() {
    let dir = scratch("nested");
    std::fs::write(dir.join("demo.proto"), SCHEMA).unwrap();
    let fds = compile(&dir, &["demo.proto".to_string()]).unwrap();
    let out = dir.join("out");
    let written = generate(&fds, &out, &options()).unwrap();
    assert_eq!(
        written,
        vec![out.join("demo.v1.rs"), out.join("demo.v1.serde.rs")]
    );
    let serde = std::fs::read_to_string(out.join("demo.v1.serde.rs")).unwrap();
    for expected in [
        "kagzi_proto::json::private::EnumField<outer::Kind, M>",
        "impl kagzi_proto::json::private::ReadIn for outer::Inner",
        "impl kagzi_proto::json::private::ProtoEnum for outer::Kind",
        "&kagzi_proto::json::private::Float(self.ratio as f64)",
        "&kagzi_proto::json::private::Float(self.scale as f64)",
    ] {
        assert!(serde.contains(expected), "missing {expected}");
    }
    // Same input, same bytes.
    let again = dir.join("again");
    generate(&fds, &again, &options()).unwrap();
    assert_eq!(
        serde,
        std::fs::read_to_string(again.join("demo.v1.serde.rs")).unwrap()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_package_not_in_the_set_is_an_error_and_writes_nothing() {
    let dir = scratch("missing");
    std::fs::write(dir.join("demo.proto"), SCHEMA).unwrap();
    let fds = compile(&dir, &["demo.proto".to_string()]).unwrap();
    let out = dir.join("out");
    let mut opts = options();
    opts.packages = vec!["nope.v1".to_string()];
    let err = generate(&fds, &out, &opts).unwrap_err().to_string();
    assert!(err.contains("nope.v1"), "{err}");
    assert!(!out.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
