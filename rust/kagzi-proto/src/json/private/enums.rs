//! Enums: any number or a known name in, where an unknown name is "not
//! given" when reading leniently and an error when reading strictly; a
//! known number out by name, an unknown one as the number.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use super::mode::Mode;
use super::null_element;

/// Name lookups of a generated enum, implemented by the generator.
pub trait ProtoEnum {
    /// The number of a value name, if the schema knows it.
    fn from_name(name: &str) -> Option<i32>;
    /// The name of a value number, if the schema knows it.
    fn name_of(value: i32) -> Option<&'static str>;
}

/// Reads an enum value: a known name or any int32 number; null as for
/// `Number` (the default, read through `OrDefault`, is 0).
/// `None` means an unknown name, which the lenient mode (`M`) ignores.
pub struct EnumField<E, M>(pub Option<i32>, PhantomData<(E, M)>);

impl<E, M> Default for EnumField<E, M> {
    fn default() -> Self {
        EnumField(Some(0), PhantomData)
    }
}

impl<'de, En: ProtoEnum, M: Mode> de::Deserialize<'de> for EnumField<En, M> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<En, M>(PhantomData<(En, M)>);
        impl<En: ProtoEnum, M: Mode> Visitor<'_> for V<En, M> {
            type Value = EnumField<En, M>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an enum value name or number")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Err(null_element("enum value"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match En::from_name(v) {
                    None if M::STRICT => Err(E::custom(format_args!(
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
