//! Rule `leftovers`: after every rewrite, nothing of pbjson's runtime and
//! no reader or enum printer that no rule reviewed may be left. All the
//! findings are named at once.

use syn::visit::{self, Visit};
use syn::{Expr, Type};

use super::shape::{OPTION, compact, generic_arg, method, read_type};
use super::{Context, Error};

pub fn check(file: &syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Leftovers {
        helpers: compact(&cx.helpers),
        found: Vec::new(),
    };
    rule.visit_file(file);
    if rule.found.is_empty() {
        Ok(())
    } else {
        Err(Error::Unreviewed {
            rule: "leftovers",
            found: rule.found,
        })
    }
}

struct Leftovers {
    helpers: String,
    found: Vec<String>,
}

impl Leftovers {
    /// A reader type some rule produced or reviewed: the helpers, serde's
    /// `IgnoredAny`, pbjson-types' own types (they carry their own serde),
    /// and `Option<_>` (messages and oneof members: null is unset).
    fn reviewed(&self, ty: &Type) -> bool {
        let name = compact(ty);
        let inner = generic_arg(ty, OPTION).map(compact);
        let known = |n: &str| {
            n.starts_with(&format!("{}::", self.helpers)) || n.starts_with("::pbjson_types::")
        };
        known(&name)
            || name == "serde::de::IgnoredAny"
            || inner.is_some_and(|n| n == "_" || known(&n))
    }
}

impl<'ast> Visit<'ast> for Leftovers {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.first().is_some_and(|s| s.ident == "pbjson") {
            self.found
                .push(format!("pbjson runtime reference left: {}", compact(path)));
        }
        visit::visit_path(self, path);
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        if let Some(Some(ty)) = read_type(e)
            && !self.reviewed(ty)
        {
            self.found
                .push(format!("unreviewed JSON reader: {}", compact(e)));
        }
        // `paths` turns every `f(x).as_str()` of a printed number or bytes
        // field into a value that writes itself; one left is a String made
        // per field that no rule saw.
        if let Some((Expr::Call(_), args)) = method(e, "as_str")
            && args.is_empty()
        {
            self.found.push(format!(
                "temporary String left in a printer: {}",
                compact(e)
            ));
        }
        // `floats` makes the default test of every singular float compare
        // bits; `x != 0.` left would drop -0.0 from the output.
        if let Expr::Binary(b) = e
            && matches!(b.op, syn::BinOp::Ne(_))
            && compact(&b.right) == "0."
        {
            self.found.push(format!(
                "float default test that also skips -0.0: {}",
                compact(e)
            ));
        }
        if let Some((Expr::Call(call), _)) = method(e, "map_err") {
            let func = compact(&call.func);
            if func.ends_with("::try_from") && !func.starts_with("::pbjson_types::") {
                self.found
                    .push(format!("enum output not rewritten: {}", compact(e)));
            }
        }
        visit::visit_expr(self, e);
    }
}
