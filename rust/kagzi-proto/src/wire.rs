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
