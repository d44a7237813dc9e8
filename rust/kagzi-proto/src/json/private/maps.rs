//! Maps: a JSON object read as a protobuf map, a key given twice rejected,
//! bool keys read from their decoded text.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// A JSON object read as a protobuf map, rejecting a key given twice.
///
/// serde's own `BTreeMap` impl keeps the last value silently; proto3
/// JSON readers must not guess which one the writer meant, just as a
/// field given twice is an error.
pub struct UniqueMap<K, V>(pub std::collections::BTreeMap<K, V>);

impl<K, V> Default for UniqueMap<K, V> {
    fn default() -> Self {
        UniqueMap(std::collections::BTreeMap::new())
    }
}

impl<'de, K, V> de::Deserialize<'de> for UniqueMap<K, V>
where
    K: de::Deserialize<'de> + Ord + fmt::Debug,
    V: de::Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct M<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for M<K, V>
        where
            K: de::Deserialize<'de> + Ord + fmt::Debug,
            V: de::Deserialize<'de>,
        {
            type Value = UniqueMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object with distinct keys")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                let mut out = std::collections::BTreeMap::new();
                while let Some(key) = a.next_key_seed(MapKeySeed::<K>(PhantomData))? {
                    if out.contains_key(&key) {
                        return Err(de::Error::custom(format_args!("duplicate map key {key:?}")));
                    }
                    let value = a.next_value::<V>()?;
                    out.insert(key, value);
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(M(PhantomData))
    }
}

/// Reads a map key `K` through [`MapKey`].
struct MapKeySeed<K>(PhantomData<K>);

impl<'de, K: de::Deserialize<'de>> de::DeserializeSeed<'de> for MapKeySeed<K> {
    type Value = K;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<K, D::Error> {
        K::deserialize(MapKey(d))
    }
}

/// A JSON object key as the deserializer of a map's key type. Every key
/// is a JSON string; serde_json reads a `bool` key only when it is
/// written literally, so `"tr\u0075e"` (the same string, escaped) would
/// fail. Here a bool key is read as the decoded string instead; every
/// other type reads the key as serde_json gives it.
struct MapKey<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapKey<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(v)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_str(BoolKey(v))
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// The bool of a decoded map key string, `"true"` or `"false"`.
struct BoolKey<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for BoolKey<V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a bool map key, \"true\" or \"false\"")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<V::Value, E> {
        match key {
            "true" => self.0.visit_bool(true),
            "false" => self.0.visit_bool(false),
            _ => Err(E::invalid_value(de::Unexpected::Str(key), &self)),
        }
    }
}
