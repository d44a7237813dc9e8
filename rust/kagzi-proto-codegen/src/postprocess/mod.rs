//! Syntax-tree edits of the serde code that pbjson-build emits.
//!
//! pbjson-build has no options for several rules of the package's JSON
//! policy, so its output is parsed with `syn`, edited to call the helpers in
//! kagzi-proto's `json::private` module instead, and printed with
//! `prettyplease`. Every rule matches syntax, not text, so pbjson's layout
//! does not matter; each one that the schema needs must find its shape, and
//! after all of them a last check rejects any pbjson runtime call or reader
//! left unreviewed. A pbjson-build upgrade that changes its code therefore
//! either works or stops the generator with an [`Error`] naming the rule.
//!
//! The runtime's names come from one place, [`runtime`].
//!
//! One module per rule:
//! - [`paths`]: pbjson's runtime helpers (numbers, bytes, base64) become ours;
//! - [`reads`]: null as the default of a field, maps with unique keys, enum
//!   fields that ignore unknown names;
//! - [`enums`]: enum output that prints unknown numbers, and the
//!   `ProtoEnum` bridge of every enum;
//! - [`floats`]: NaN and the infinities printed as strings;
//! - [`oneofs`]: a oneof member given as null leaves the oneof unset;
//! - [`duplicates`]: a field given twice is rejected, `null` included;
//! - [`field_names`]: field names are read by one shared reader, and
//!   unknown ones are ignored unless the caller reads strictly;
//! - [`modes`]: the reading mode (lenient or strict) is a type parameter
//!   of every message's reader, passed on to the messages inside it;
//! - [`leftovers`]: the final check.

mod duplicates;
mod enums;
mod field_names;
mod floats;
mod leftovers;
mod modes;
mod oneofs;
mod paths;
mod reads;
pub mod runtime;
mod schema;
mod shape;

use prost_types::FileDescriptorSet;

pub use schema::rust_field_name;

/// Why the post-processor stopped. `rule` names the rule, as listed in
/// this module's documentation, so a failure after a pbjson-build upgrade
/// points at the code to review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// pbjson's output, or the helper path, is not Rust syntax.
    Parse { what: String, message: String },
    /// A rule the schema needs found none of the code it rewrites.
    ShapeNotFound {
        rule: &'static str,
        expected: String,
    },
    /// Code that no rule rewrote or reviewed is left in the output.
    Unreviewed {
        rule: &'static str,
        found: Vec<String>,
    },
}

impl Error {
    /// The rule that failed (`parse` for syntax errors).
    pub fn rule(&self) -> &'static str {
        match self {
            Error::Parse { .. } => "parse",
            Error::ShapeNotFound { rule, .. } | Error::Unreviewed { rule, .. } => rule,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Parse { what, message } => write!(f, "cannot parse {what}: {message}"),
            Error::ShapeNotFound { rule, expected } => write!(
                f,
                "pbjson-build output changed: rule `{rule}` found no {expected}; \
                 review the rule against the new output"
            ),
            Error::Unreviewed { rule, found } => {
                write!(
                    f,
                    "pbjson-build output has code no rule reviewed (`{rule}`):"
                )?;
                for item in found {
                    write!(f, "\n  {item}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

/// What every rule sees: the helper path and the package's schema.
pub(crate) struct Context {
    /// `crate::json::private` or `::kagzi_proto::json::private`.
    pub helpers: syn::Path,
    pub package: schema::Package,
}

impl Context {
    /// The path of the runtime item `name` (one of [`runtime`]'s names).
    pub fn helper(&self, name: &str) -> syn::Path {
        runtime::path(&self.helpers, name)
    }

    /// Whether `ty` names one of the package's enums.
    pub fn enum_name(&self, ty: &syn::Type) -> Option<String> {
        let name = shape::compact(ty);
        self.package.enums.contains(&name).then_some(name)
    }

    /// Fails with [`Error::ShapeNotFound`] when the schema has `needed`
    /// fields of a kind but the rule rewrote none.
    pub fn expect(
        &self,
        rule: &'static str,
        needed: usize,
        found: usize,
        expected: &str,
    ) -> Result<(), Error> {
        if needed > 0 && found == 0 {
            return Err(Error::ShapeNotFound {
                rule,
                expected: format!("{expected} (the schema has {needed} such fields)"),
            });
        }
        Ok(())
    }
}

/// Rewrites pbjson-build's serde code for the proto `package` of `fds` to
/// follow the package's JSON policy; `helpers` is the Rust path of
/// kagzi-proto's `json::private` module as seen from the generated code.
/// The result is printed by prettyplease, so it depends only on the syntax
/// of `src`, not on its layout.
pub fn fix_serde(
    src: &str,
    fds: &FileDescriptorSet,
    package: &str,
    helpers: &str,
) -> Result<String, Error> {
    let mut file: syn::File = syn::parse_str(src).map_err(|e| Error::Parse {
        what: format!("pbjson-build's output for {package}"),
        message: e.to_string(),
    })?;
    let cx = Context {
        helpers: syn::parse_str(helpers).map_err(|e| Error::Parse {
            what: format!("the helper path {helpers:?}"),
            message: e.to_string(),
        })?,
        package: schema::Package::read(fds, package),
    };
    paths::apply(&mut file, &cx)?;
    floats::apply(&mut file, &cx)?;
    enums::apply(&mut file, &cx)?;
    reads::apply(&mut file, &cx)?;
    oneofs::apply(&mut file, &cx)?;
    duplicates::apply(&mut file, &cx)?;
    field_names::apply(&mut file, &cx)?;
    modes::apply(&mut file, &cx)?;
    leftovers::check(&file, &cx)?;
    Ok(prettyplease::unparse(&file))
}
