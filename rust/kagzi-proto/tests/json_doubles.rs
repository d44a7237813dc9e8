//! A double written as JSON reads back bit for bit. serde_json's default
//! float parser may land a few units in the last place off; the crate
//! turns on its exact (`float_roundtrip`) parser.
#![cfg(feature = "serde")]

use kagzi_proto::json;
use kagzi_proto::kagzi::v1::RetryPolicy;

#[test]
fn doubles_read_back_bit_for_bit() {
    // Values whose shortest text needs all 17 digits, and ones near the
    // edges of the range: each must survive print -> parse unchanged.
    let values = [
        0.1,
        1.0 / 3.0,
        2.0_f64.sqrt(),
        1.7976931348623157e308,
        2.2250738585072014e-308,
        5e-324,
        123456789.12345678,
        0.30000000000000004,
        9007199254740993.0,
        1.1e-300,
    ];
    let mut x = 1.000001_f64;
    let more = (0..2000).map(|_| {
        x = x * 1.618033988749895 % 1000.0 + 1e-9;
        x
    });
    for v in values.into_iter().chain(more) {
        let p = RetryPolicy {
            backoff_coefficient: v,
            ..Default::default()
        };
        let text = json::to_string(&p).unwrap();
        let back: RetryPolicy = json::from_str(&text).unwrap();
        assert_eq!(
            back.backoff_coefficient.to_bits(),
            v.to_bits(),
            "{v:e} printed as {text} read back as {:e}",
            back.backoff_coefficient
        );
    }
}
