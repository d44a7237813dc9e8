//! Rule `paths`: pbjson's runtime helpers become the package's own.
//!
//! - `::pbjson::private::NumberDeserialize<T>` becomes `Number<T>`: strict
//!   ranges, no fractions for integers, NaN/Infinity strings for floats;
//! - `::pbjson::private::BytesDeserialize<T>` becomes `Bytes<T>`: standard
//!   or URL-safe base64, padded or not;
//! - `pbjson::private::base64::encode`, called or passed to `map`, becomes
//!   `base64_encode` (standard alphabet, padded), and the `.as_str()` pbjson
//!   calls on its `String` goes: our `base64_encode` returns a value that
//!   writes itself into the output;
//! - a 64-bit integer printed as `ToString::to_string(x).as_str()` becomes
//!   `&Decimal(x)`, also written straight into the output (no `String` per
//!   field).

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Path};

use super::shape::{bare_path, compact};
use super::{Context, Error, runtime};

const NUMBER: &str = "::pbjson::private::NumberDeserialize";
const BYTES: &str = "::pbjson::private::BytesDeserialize";
const BASE64_ENCODE: &str = "pbjson::private::base64::encode";

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Paths {
        cx,
        numbers: 0,
        bytes: 0,
        base64: 0,
    };
    rule.visit_file_mut(file);
    let k = &cx.package.kinds;
    cx.expect(
        "paths",
        k.numbers,
        rule.numbers,
        &format!("`{NUMBER}<_>` in the readers of number fields"),
    )?;
    cx.expect(
        "paths",
        k.bytes,
        rule.bytes,
        &format!("`{BYTES}<_>` in the readers of bytes fields"),
    )?;
    cx.expect(
        "paths",
        k.bytes,
        rule.base64,
        &format!("`{BASE64_ENCODE}` in the printers of bytes fields"),
    )
}

struct Paths<'a> {
    cx: &'a Context,
    numbers: usize,
    bytes: usize,
    base64: usize,
}

/// The helper `name` with the generic arguments of `old`'s last segment.
fn helper(cx: &Context, name: &str, old: &Path) -> Path {
    let mut path = cx.helper(name);
    if let (Some(new), Some(old)) = (path.segments.last_mut(), old.segments.last()) {
        new.arguments = old.arguments.clone();
    }
    path
}

impl VisitMut for Paths<'_> {
    fn visit_path_mut(&mut self, path: &mut Path) {
        visit_mut::visit_path_mut(self, path);
        match bare_path(path).as_str() {
            NUMBER => {
                *path = helper(self.cx, runtime::NUMBER, path);
                self.numbers += 1;
            }
            BYTES => {
                *path = helper(self.cx, runtime::BYTES, path);
                self.bytes += 1;
            }
            _ => {}
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        let decimal = self.cx.helper(runtime::DECIMAL);
        let encode = self.cx.helper(runtime::BASE64_ENCODE);
        if let Some(call) = as_str_of(e) {
            *e = if compact(&call.func) == "ToString::to_string" && call.args.len() == 1 {
                let arg = &call.args[0];
                syn::parse_quote!(&#decimal(#arg))
            } else {
                syn::parse_quote!(&#call)
            };
            return self.visit_expr_mut(e);
        }
        match e {
            Expr::Call(call) if compact(&call.func) == BASE64_ENCODE => {
                *call.func = syn::parse_quote!(#encode);
                self.base64 += 1;
                for arg in call.args.iter_mut() {
                    self.visit_expr_mut(arg);
                }
            }
            // Passed as a function: `.map(pbjson::private::base64::encode)`.
            Expr::Path(path) if compact(path) == BASE64_ENCODE => {
                *e = syn::parse_quote!(|b| #encode(b));
                self.base64 += 1;
            }
            _ => visit_mut::visit_expr_mut(self, e),
        }
    }
}

/// `f(x).as_str()` where `f` is `ToString::to_string` or pbjson's base64
/// encoder: the call `f(x)`.
fn as_str_of(e: &Expr) -> Option<syn::ExprCall> {
    let Expr::MethodCall(m) = e else { return None };
    if m.method != "as_str" || !m.args.is_empty() {
        return None;
    }
    match &*m.receiver {
        Expr::Call(c)
            if matches!(
                compact(&c.func).as_str(),
                "ToString::to_string" | BASE64_ENCODE
            ) =>
        {
            Some(c.clone())
        }
        _ => None,
    }
}
