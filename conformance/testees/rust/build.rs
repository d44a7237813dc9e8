// Compiles the runner<->testee protocol (conformance/protocol/) with protox
// and prost-build: no protoc needed.
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../../protocol");
    let file = root.join("kagzi/conformance/v1/testee.proto");
    println!("cargo:rerun-if-changed={}", file.display());
    let fds = protox::compile([&file], [&root])?;
    prost_build::Config::new().compile_fds(fds)?;
    Ok(())
}
