//! Binary decoder of every kagzi.v1 message: first byte picks the type.
#![no_main]

libfuzzer_sys::fuzz_target!(|input: &[u8]| {
    if let Err(broken) = kagzi_proto_properties::check_binary(input) {
        panic!("{broken}");
    }
});
