//! Proto3 JSON for every kagzi.v1 message and enum (feature `serde`).
//!
//! The messages implement [`serde::Serialize`] and [`serde::Deserialize`]
//! following the canonical proto3 JSON mapping, so any serde format works;
//! [`to_string`] and [`from_str`] are shortcuts for JSON text. The reader
//! policy (ignore unknown fields and unknown enum names, reject everything
//! else malformed) is described in the crate documentation.

/// Prints a message as canonical proto3 JSON (lowerCamelCase names, default
/// values omitted, 64-bit integers as strings, enums by name).
///
/// # Errors
/// Fails only on values that have no JSON form: a Timestamp outside the
/// years 0001..9999 or a Duration beyond +-10000 years, or nanos out of range.
pub fn to_string<T: serde::Serialize>(message: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(message)
}

/// Parses proto3 JSON into a message.
///
/// # Errors
/// Any input the reader policy rejects: wrong JSON types, out-of-range or
/// fractional integers, bad base64, timestamps or durations, duplicate
/// fields, or malformed JSON text.
pub fn from_str<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(json)
}

/// Parses proto3 JSON strictly: as [`from_str`], but a field name the
/// message does not have, or an enum value name the schema does not know,
/// is an error instead of being ignored. For checking a writer's output
/// against this schema version (tests, linters); readers of messages from
/// other programs keep [`from_str`], whose leniency lets newer writers talk
/// to older readers.
///
/// # Errors
/// Everything [`from_str`] rejects, and unknown field names and unknown
/// enum value names (enum numbers the schema does not know stay accepted:
/// they are values, not spellings).
pub fn from_str_strict<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    let _strict = private::Strict::enter();
    serde_json::from_str(json)
}

/// Helpers the generated serde code calls. Not a stable API.
#[doc(hidden)]
pub mod private {
    use std::fmt;
    use std::marker::PhantomData;

    use base64::Engine as _;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;

    thread_local! {
        /// Whether the parse running on this thread is strict. serde gives
        /// a deserializer no context, so [`super::from_str_strict`] sets
        /// this for the duration of its (synchronous) parse.
        static STRICT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Strict reading on this thread until dropped (also on panic); restores
    /// the previous mode, so nesting is harmless.
    pub struct Strict(bool);

    impl Strict {
        pub fn enter() -> Strict {
            Strict(STRICT.with(|s| s.replace(true)))
        }
    }

    impl Drop for Strict {
        fn drop(&mut self) {
            STRICT.with(|s| s.set(self.0));
        }
    }

    fn strict() -> bool {
        STRICT.with(|s| s.get())
    }

    /// Called by the generated code for a field name `name` the message
    /// does not have (`fields`: the names it has): ignored, or an error
    /// when reading strictly.
    pub fn unknown_field<E: de::Error>(
        name: &str,
        fields: &'static [&'static str],
    ) -> Result<(), E> {
        if strict() {
            Err(E::unknown_field(name, fields))
        } else {
            Ok(())
        }
    }

    /// Reads one field name of a message: the generated lookup gives the
    /// message's field for a name; a name it does not know is `unknown`,
    /// after [`unknown_field`] had its say. One reader for every message, so
    /// that the generated code holds a plain `match` per message instead of
    /// a visitor of its own.
    pub struct FieldName<F> {
        lookup: fn(&str) -> Option<F>,
        unknown: F,
        fields: &'static [&'static str],
    }

    impl<F> FieldName<F> {
        pub fn new(
            lookup: fn(&str) -> Option<F>,
            unknown: F,
            fields: &'static [&'static str],
        ) -> Self {
            FieldName {
                lookup,
                unknown,
                fields,
            }
        }
    }

    impl<'de, F> de::DeserializeSeed<'de> for FieldName<F> {
        type Value = F;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<F, D::Error> {
            d.deserialize_identifier(self)
        }
    }

    impl<F> Visitor<'_> for FieldName<F> {
        type Value = F;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "expected one of: {:?}", self.fields)
        }
        fn visit_str<E: de::Error>(self, name: &str) -> Result<F, E> {
            match (self.lookup)(name) {
                Some(field) => Ok(field),
                None => unknown_field(name, self.fields).map(|()| self.unknown),
            }
        }
    }

    /// Name lookups of a generated enum, implemented by the generator.
    pub trait ProtoEnum {
        /// The number of a value name, if the schema knows it.
        fn from_name(name: &str) -> Option<i32>;
        /// The name of a value number, if the schema knows it.
        fn name_of(value: i32) -> Option<&'static str>;
    }

    /// Reads `T`, or `T::default()` for JSON `null`.
    pub struct OrDefault<T>(pub T);

    impl<'de, T: de::Deserialize<'de> + Default> de::Deserialize<'de> for OrDefault<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<T>(PhantomData<T>);
            impl<'de, T: de::Deserialize<'de> + Default> Visitor<'de> for V<T> {
                type Value = OrDefault<T>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a value or null")
                }
                fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(OrDefault(T::default()))
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(OrDefault(T::default()))
                }
                fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                    T::deserialize(d).map(OrDefault)
                }
            }
            d.deserialize_option(V(PhantomData))
        }
    }

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
                fn visit_map<A: de::MapAccess<'de>>(
                    self,
                    mut a: A,
                ) -> Result<Self::Value, A::Error> {
                    let mut out = std::collections::BTreeMap::new();
                    while let Some(key) = a.next_key_seed(MapKeySeed::<K>(PhantomData))? {
                        if out.contains_key(&key) {
                            return Err(de::Error::custom(format_args!(
                                "duplicate map key {key:?}"
                            )));
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

    /// A number type of proto3 and its JSON reading rules.
    pub trait JsonNumber: Sized + Default + Copy {
        /// Proto type name for error messages.
        const NAME: &'static str;
        /// From a JSON integer.
        fn from_i128(v: i128) -> Option<Self>;
        /// From a JSON number with a fraction or exponent.
        fn from_f64(v: f64) -> Option<Self>;
        /// From a JSON string.
        fn parse(s: &str) -> Option<Self>;
    }

    macro_rules! int_number {
        ($t:ty, $name:literal) => {
            impl JsonNumber for $t {
                const NAME: &'static str = $name;
                fn from_i128(v: i128) -> Option<Self> {
                    <$t>::try_from(v).ok()
                }
                fn from_f64(v: f64) -> Option<Self> {
                    // Integral values written as 1.0 or 1e3 are accepted;
                    // fractions and values outside the type's range are not.
                    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1.9e19 {
                        Self::from_i128(v as i128)
                    } else {
                        None
                    }
                }
                fn parse(s: &str) -> Option<Self> {
                    if s.is_empty() || s.trim() != s {
                        return None;
                    }
                    match s.parse::<i128>() {
                        Ok(v) => Self::from_i128(v),
                        Err(_) => s
                            .parse::<f64>()
                            .ok()
                            .filter(|_| looks_numeric(s))
                            .and_then(Self::from_f64),
                    }
                }
            }
        };
    }
    int_number!(i32, "int32");
    int_number!(i64, "int64");
    int_number!(u32, "uint32");
    int_number!(u64, "uint64");

    /// Rust's float parser also takes "inf", "nan" and "infinity": proto3
    /// JSON spells those only as the exact strings handled separately.
    fn looks_numeric(s: &str) -> bool {
        s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
    }

    fn special_float(s: &str) -> Option<f64> {
        match s {
            "NaN" => Some(f64::NAN),
            "Infinity" => Some(f64::INFINITY),
            "-Infinity" => Some(f64::NEG_INFINITY),
            _ => None,
        }
    }

    impl JsonNumber for f64 {
        const NAME: &'static str = "double";
        fn from_i128(v: i128) -> Option<Self> {
            Some(v as f64)
        }
        fn from_f64(v: f64) -> Option<Self> {
            Some(v)
        }
        fn parse(s: &str) -> Option<Self> {
            special_float(s).or_else(|| {
                if looks_numeric(s) && !s.is_empty() {
                    s.parse::<f64>().ok().filter(|v| v.is_finite())
                } else {
                    None
                }
            })
        }
    }

    impl JsonNumber for f32 {
        const NAME: &'static str = "float";
        fn from_i128(v: i128) -> Option<Self> {
            Self::from_f64(v as f64)
        }
        fn from_f64(v: f64) -> Option<Self> {
            // Finite doubles beyond f32's range would silently become infinity.
            if v.is_finite() && v.abs() > f32::MAX as f64 {
                None
            } else {
                Some(v as f32)
            }
        }
        fn parse(s: &str) -> Option<Self> {
            <f64 as JsonNumber>::parse(s).and_then(Self::from_f64)
        }
    }

    /// The error for `null` where a value must be given: inside a list or
    /// as a map value. (A whole field given as null is read by `OrDefault`
    /// before any of the value readers below sees it.)
    fn null_element<E: de::Error>(what: &str) -> E {
        E::custom(format_args!(
            "null is not a valid {what}: null means the default only for a whole field, \
             not for a list element or a map value"
        ))
    }

    /// Reads a proto3 JSON number (a JSON number or string). The generated
    /// code reads singular fields as `OrDefault<Number<_>>`, so null is 0
    /// there and an error inside a list or as a map value.
    /// Ordered and printable so it can be a map key (`UniqueMap`).
    #[derive(Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Number<T>(pub T);

    impl<'de, T: JsonNumber> de::Deserialize<'de> for Number<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<T>(PhantomData<T>);
            impl<T: JsonNumber> V<T> {
                fn bad<E: de::Error>(what: fmt::Arguments<'_>) -> E {
                    E::custom(format_args!("invalid {} value: {what}", T::NAME))
                }
            }
            impl<T: JsonNumber> Visitor<'_> for V<T> {
                type Value = Number<T>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    write!(f, "a {} as a JSON number or string", T::NAME)
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Err(null_element(T::NAME))
                }
                fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                    T::from_i128(v.into())
                        .map(Number)
                        .ok_or_else(|| Self::bad(format_args!("{v} is out of range")))
                }
                fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                    T::from_i128(v.into())
                        .map(Number)
                        .ok_or_else(|| Self::bad(format_args!("{v} is out of range")))
                }
                fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                    T::from_f64(v)
                        .map(Number)
                        .ok_or_else(|| Self::bad(format_args!("{v} is not an integer in range")))
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                    T::parse(v)
                        .map(Number)
                        .ok_or_else(|| Self::bad(format_args!("{v:?}")))
                }
            }
            d.deserialize_any(V(PhantomData))
        }
    }

    /// Prints a double or float; NaN and the infinities as strings.
    pub struct Float(pub f64);

    impl serde::Serialize for Float {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let v = self.0;
            if v.is_nan() {
                s.serialize_str("NaN")
            } else if v == f64::INFINITY {
                s.serialize_str("Infinity")
            } else if v == f64::NEG_INFINITY {
                s.serialize_str("-Infinity")
            } else {
                s.serialize_f64(v)
            }
        }
    }

    const STANDARD_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    const URL_SAFE_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );

    /// Standard base64 with padding, the proto3 JSON output form of bytes.
    ///
    /// Returns the bytes wrapped, not a `String`: serializing [`Base64`]
    /// writes the text straight into the output (encoded on the stack when
    /// short, else base64's `Base64Display` through `collect_str`), so a
    /// bytes field costs no temporary allocation (a 1 MiB payload used to
    /// cost a 1.4 MB String first).
    pub fn base64_encode(data: &[u8]) -> Base64<'_> {
        Base64(data)
    }

    /// Bytes printed as standard padded base64 when serialized.
    pub struct Base64<'a>(pub &'a [u8]);

    /// A 64-bit integer printed as a JSON string (`"123"`): formatted by
    /// itoa on the stack and written as one string, with no temporary
    /// `String` (what pbjson's `to_string()` costs) and none of `core::fmt`'s
    /// machinery (what `collect_str` would cost: more than the allocation).
    pub struct Decimal<T>(pub T);

    /// The integer behind a field reference, however many `&` the generated
    /// code puts in front of it.
    pub trait Integer64 {
        type Int: itoa::Integer;
        fn get(&self) -> Self::Int;
    }

    impl Integer64 for i64 {
        type Int = i64;
        fn get(&self) -> i64 {
            *self
        }
    }

    impl Integer64 for u64 {
        type Int = u64;
        fn get(&self) -> u64 {
            *self
        }
    }

    impl<T: Integer64 + ?Sized> Integer64 for &T {
        type Int = T::Int;
        fn get(&self) -> T::Int {
            (**self).get()
        }
    }

    impl<T: Integer64> serde::Serialize for Decimal<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(itoa::Buffer::new().format(self.0.get()))
        }
    }

    /// Bytes up to this long are encoded on the stack and written as one
    /// string; longer ones stream through `collect_str` in base64's chunks.
    const BASE64_ON_STACK: usize = 768;
    /// Bytes up to this long use a smaller stack buffer.
    const BASE64_SHORT: usize = 96;

    impl fmt::Display for Base64<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            base64::display::Base64Display::new(self.0, &base64::engine::general_purpose::STANDARD)
                .fmt(f)
        }
    }

    impl serde::Serialize for Base64<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            // Two stack sizes: the buffer is zeroed on every call, and 1 KiB
            // of memset showed in the profile of a list of small payloads.
            let len = self.0.len();
            if len <= BASE64_SHORT {
                self.serialize_on_stack::<{ BASE64_SHORT / 3 * 4 }, S>(s)
            } else if len <= BASE64_ON_STACK {
                self.serialize_on_stack::<{ BASE64_ON_STACK / 3 * 4 }, S>(s)
            } else {
                s.collect_str(self)
            }
        }
    }

    impl Base64<'_> {
        fn serialize_on_stack<const N: usize, S: Serializer>(
            &self,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            let mut buf = [0u8; N];
            let n = base64::engine::general_purpose::STANDARD
                .encode_slice(self.0, &mut buf)
                .map_err(serde::ser::Error::custom)?;
            let text = std::str::from_utf8(&buf[..n]).map_err(serde::ser::Error::custom)?;
            s.serialize_str(text)
        }
    }

    /// Decodes standard or URL-safe base64, padded or not. Unused bits of
    /// the last character may be set (Google's runner sends "-_"), as every
    /// other protobuf JSON parser accepts.
    pub fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
        // Padding, when present, must complete the last 4-character group.
        if s.ends_with('=') && !s.len().is_multiple_of(4) {
            return Err("invalid base64 in bytes field: incomplete padding".to_string());
        }
        // The standard alphabet first: it rejects '-' and '_', so only a
        // failed decode pays for looking for them (a scan of the whole text
        // up front cost more than the decoding of a 1 MiB payload).
        STANDARD_ANY_PADDING
            .decode(s)
            .or_else(|standard_error| {
                if s.bytes().any(|b| b == b'-' || b == b'_') {
                    URL_SAFE_ANY_PADDING.decode(s)
                } else {
                    Err(standard_error)
                }
            })
            .map_err(|e| format!("invalid base64 in bytes field: {e}"))
    }

    /// Reads a proto3 JSON bytes value (a base64 string); null as for `Number`.
    #[derive(Default)]
    pub struct Bytes<T>(pub T);

    impl<'de, T: From<Vec<u8>> + Default> de::Deserialize<'de> for Bytes<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<T>(PhantomData<T>);
            impl<T: From<Vec<u8>> + Default> Visitor<'_> for V<T> {
                type Value = Bytes<T>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("base64 string")
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Err(null_element("bytes"))
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                    base64_decode(v).map(|b| Bytes(b.into())).map_err(E::custom)
                }
            }
            d.deserialize_any(V(PhantomData))
        }
    }

    /// Reads an enum value: a known name or any int32 number; null as for
    /// `Number` (the default, read through `OrDefault`, is 0).
    /// `None` means an unknown name, which the reader policy ignores.
    pub struct EnumField<E>(pub Option<i32>, PhantomData<E>);

    impl<E> Default for EnumField<E> {
        fn default() -> Self {
            EnumField(Some(0), PhantomData)
        }
    }

    impl<'de, En: ProtoEnum> de::Deserialize<'de> for EnumField<En> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<En>(PhantomData<En>);
            impl<En: ProtoEnum> Visitor<'_> for V<En> {
                type Value = EnumField<En>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an enum value name or number")
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Err(null_element("enum value"))
                }
                fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                    match En::from_name(v) {
                        None if strict() => Err(E::custom(format_args!(
                            "unknown enum value name {v:?} (strict reading)"
                        ))),
                        number => Ok(EnumField(number, PhantomData)),
                    }
                }
                fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                    i32::try_from(v)
                        .map(|v| EnumField(Some(v), PhantomData))
                        .map_err(|_| {
                            E::custom(format_args!("enum number {v} is out of the int32 range"))
                        })
                }
                fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                    i32::try_from(v)
                        .map(|v| EnumField(Some(v), PhantomData))
                        .map_err(|_| {
                            E::custom(format_args!("enum number {v} is out of the int32 range"))
                        })
                }
            }
            d.deserialize_any(V(PhantomData))
        }
    }

    /// Prints an enum value by name, or as a number when the schema does not
    /// know it (a newer writer's value passes through an older program).
    pub struct EnumOut<E>(i32, PhantomData<E>);

    impl<E> EnumOut<E> {
        /// Wraps a raw enum number.
        pub fn new(value: i32) -> Self {
            EnumOut(value, PhantomData)
        }
    }

    impl<En: ProtoEnum> serde::Serialize for EnumOut<En> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match En::name_of(self.0) {
                Some(name) => s.serialize_str(name),
                None => s.serialize_i32(self.0),
            }
        }
    }
}
