//! The fields of a message: their names (an unknown one ignored or, when
//! reading strictly, an error) and `null` as a whole field's default.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

use super::mode::Mode;

/// Called for a field name `name` the message does not have (`fields`:
/// the names it has): ignored, or an error when reading strictly.
pub fn unknown_field<M: Mode, E: de::Error>(
    name: &str,
    fields: &'static [&'static str],
) -> Result<(), E> {
    if M::STRICT {
        Err(E::unknown_field(name, fields))
    } else {
        Ok(())
    }
}

/// Reads one field name of a message: the generated lookup gives the
/// message's field for a name; a name it does not know is `unknown`,
/// after [`unknown_field`] had its say in the reading mode `M`. One reader
/// for every message, so that the generated code holds a plain `match` per
/// message instead of a visitor of its own.
pub struct FieldName<F, M> {
    lookup: fn(&str) -> Option<F>,
    unknown: F,
    fields: &'static [&'static str],
    mode: PhantomData<M>,
}

impl<F, M> FieldName<F, M> {
    pub fn new(lookup: fn(&str) -> Option<F>, unknown: F, fields: &'static [&'static str]) -> Self {
        FieldName {
            lookup,
            unknown,
            fields,
            mode: PhantomData,
        }
    }
}

impl<'de, F, M: Mode> de::DeserializeSeed<'de> for FieldName<F, M> {
    type Value = F;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<F, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<F, M: Mode> Visitor<'_> for FieldName<F, M> {
    type Value = F;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected one of: {:?}", self.fields)
    }
    fn visit_str<E: de::Error>(self, name: &str) -> Result<F, E> {
        match (self.lookup)(name) {
            Some(field) => Ok(field),
            None => unknown_field::<M, E>(name, self.fields).map(|()| self.unknown),
        }
    }
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
