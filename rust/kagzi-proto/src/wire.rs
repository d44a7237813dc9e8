//! The `prost` API as the generated messages see it, with one change: a map
//! entry always carries both its key and its value.
//!
//! The generator sets prost's `prost_path` to this module, so the derived
//! `Message` impls call `crate::wire::encoding::…` instead of
//! `::prost::encoding::…`. Everything is prost's own (re-exported as is)
//! except `encoding::btree_map::{encode, encoded_len}`: prost leaves an empty
//! key or a zero value out of a map entry. That is valid protobuf, but the
//! other kagzi.v1 SDKs (Go, Python, TypeScript, and C++ and Java) always write
//! both, and the conformance suite holds every language to the same bytes.
//! Decoding is unchanged (it accepts both forms).
//!
//! Coupling to prost, and why the caret requirement is still safe enough:
//! `prost::encoding` is `#[doc(hidden)]` (not covered by semver), and which
//! of its items `prost-derive` calls through `prost_path` can change in any
//! 0.14.x release. If a newer derive calls a function or module this module
//! does not provide (e.g. a new `btree_map::encode_with_default`), the crate
//! fails to *compile*; it cannot silently fall back to prost's encoder,
//! because `btree_map::{encode, encoded_len}` are defined here and shadow
//! the glob re-export. What a compile cannot catch: a derive that routes
//! `BTreeMap` fields through some other `encoding` item (which would reach
//! prost's encoder via the glob), or prost changing the bytes of what is
//! re-exported as is. The unit tests below pin the canonical map bytes
//! (they fail on prost's own map encoder), and the conformance suite
//! (`make conformance`, run in CI with the locked prost) compares every
//! message's encoding with the other SDKs.

pub use ::prost::*;

/// prost's encoding functions, with canonical map entries.
pub mod encoding {
    pub use ::prost::encoding::*;

    /// `BTreeMap` fields: prost's merge, and an encoder that writes both
    /// fields of every entry.
    pub mod btree_map {
        use ::prost::bytes::BufMut;
        use ::prost::encoding::{WireType, encode_key, encode_varint, encoded_len_varint, key_len};
        use std::collections::BTreeMap;

        pub use ::prost::encoding::btree_map::merge;
        // kagzi.v1 has no enum-valued map: should one be added, the derive
        // asks for `encode_with_default` here and the build fails until it
        // is written (rather than silently falling back to prost's encoder).

        /// Encodes every entry as a length-delimited message with field 1
        /// (key) and field 2 (value), both always present, in key order.
        pub fn encode<K, V, B, KE, KL, VE, VL>(
            key_encode: KE,
            key_encoded_len: KL,
            val_encode: VE,
            val_encoded_len: VL,
            tag: u32,
            values: &BTreeMap<K, V>,
            buf: &mut B,
        ) where
            B: BufMut,
            KE: Fn(u32, &K, &mut B),
            KL: Fn(u32, &K) -> usize,
            VE: Fn(u32, &V, &mut B),
            VL: Fn(u32, &V) -> usize,
        {
            for (key, val) in values {
                let len = key_encoded_len(1, key) + val_encoded_len(2, val);
                encode_key(tag, WireType::LengthDelimited, buf);
                encode_varint(len as u64, buf);
                key_encode(1, key, buf);
                val_encode(2, val, buf);
            }
        }

        /// The encoded length of what [`encode`] writes.
        pub fn encoded_len<K, V, KL, VL>(
            key_encoded_len: KL,
            val_encoded_len: VL,
            tag: u32,
            values: &BTreeMap<K, V>,
        ) -> usize
        where
            KL: Fn(u32, &K) -> usize,
            VL: Fn(u32, &V) -> usize,
        {
            values
                .iter()
                .map(|(key, val)| {
                    let len = key_encoded_len(1, key) + val_encoded_len(2, val);
                    key_len(tag) + encoded_len_varint(len as u64) + len
                })
                .sum()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::kagzi::v1::Payload;
    use crate::wire::Message;

    #[test]
    fn map_entries_keep_an_empty_key_and_an_empty_value() {
        // prost alone would write the entry as `12 00` (both fields left out).
        let p = Payload {
            data: Vec::new(),
            metadata: [(String::new(), String::new())].into(),
        };
        // field 2 (metadata), LEN 4: key (field 1, LEN 0), value (field 2, LEN 0)
        let expected = [0x12, 0x04, 0x0a, 0x00, 0x12, 0x00];
        assert_eq!(p.encode_to_vec(), expected);
        assert_eq!(p.encoded_len(), expected.len());
        assert_eq!(Payload::decode(&expected[..]).unwrap(), p);
    }

    #[test]
    fn map_entries_are_written_in_key_order_with_both_fields() {
        let p = Payload {
            data: Vec::new(),
            metadata: [("b".into(), String::new()), (String::new(), "v".into())].into(),
        };
        let expected = [
            0x12, 0x05, 0x0a, 0x00, 0x12, 0x01, b'v', // "" => "v"
            0x12, 0x05, 0x0a, 0x01, b'b', 0x12, 0x00, // "b" => ""
        ];
        assert_eq!(p.encode_to_vec(), expected);
        assert_eq!(p.encoded_len(), expected.len());
    }
}
