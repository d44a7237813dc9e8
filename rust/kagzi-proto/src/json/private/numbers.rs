//! Numbers: reading integers and floats from JSON numbers or strings with
//! proto3's ranges, and printing floats (NaN, infinities) and 64-bit
//! integers (as strings).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use super::null_element;

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
