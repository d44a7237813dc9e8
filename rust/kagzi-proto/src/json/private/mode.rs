//! The reading mode, passed as a type parameter from the top of a read to
//! every message inside it: serde's `Deserialize` has no room for context,
//! and a thread-local (how it travelled before) lets a nested read, or a
//! reader's own code, see the mode of a call it is not part of.

use std::marker::PhantomData;

use serde::de::{self, Deserializer};

/// How a read treats names the schema does not know (field names, enum
/// value names): [`Lenient`] ignores them, [`Strict`] rejects them.
pub trait Mode {
    /// Whether unknown names are errors.
    const STRICT: bool;
}

/// The reader policy of `json::from_str` and of `Deserialize`.
pub enum Lenient {}

impl Mode for Lenient {
    const STRICT: bool = false;
}

/// The reading of `json::from_str_strict`.
pub enum Strict {}

impl Mode for Strict {
    const STRICT: bool = true;
}

/// A message whose JSON reader takes the mode: every generated message
/// (its `Deserialize` is `read_in::<Lenient, _>`).
pub trait ReadIn: Sized {
    /// Reads the message in mode `M`, its nested messages too.
    fn read_in<'de, M: Mode, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;
}

/// A (recursive) message field boxed by prost.
impl<T: ReadIn> ReadIn for Box<T> {
    fn read_in<'de, M: Mode, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::read_in::<M, D>(d).map(Box::new)
    }
}

/// `T` read in mode `M`: how a message reads the messages inside it, and
/// how `from_str_strict` reads the outermost one.
pub struct In<T, M>(pub T, PhantomData<M>);

impl<'de, T: ReadIn, M: Mode> de::Deserialize<'de> for In<T, M> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::read_in::<M, D>(d).map(|v| In(v, PhantomData))
    }
}
