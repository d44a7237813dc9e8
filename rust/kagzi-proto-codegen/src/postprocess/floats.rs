//! Rule `floats`: float and double fields print NaN and the infinities as
//! the strings proto3 JSON uses, through the `Float` helper (serde_json
//! would print `null`). Driven by the descriptors: every float field of
//! every message must be found in its message's `Serialize` impl.
//!
//! A singular float's default is +0.0 only: pbjson's test for it,
//! `if self.x != 0. {`, also skips -0.0 (which compares equal to 0.0), so
//! `{"x": -0}` was read as -0.0 and written back as `{}`. Go's protojson and
//! Python's json_format write `-0.0`; the test becomes
//! `if self.x.to_bits() != 0 {` (the bits of +0.0 are all zero).

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ExprMethodCall, Item, Lit};

use super::schema::{FloatField, FloatShape};
use super::{Context, Error, runtime, shape::compact};

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut pending: Vec<&FloatField> = cx.package.floats.iter().collect();
    for item in &mut file.items {
        let Item::Impl(imp) = item else { continue };
        let is_serialize = imp
            .trait_
            .as_ref()
            .is_some_and(|(_, path, _)| compact(path) == "serde::Serialize");
        if !is_serialize {
            continue;
        }
        let message = compact(&imp.self_ty);
        let mut rule = Floats {
            cx,
            fields: pending
                .iter()
                .filter(|f| f.message == message)
                .map(|f| (*f, false))
                .collect(),
        };
        if rule.fields.is_empty() {
            continue;
        }
        rule.visit_item_impl_mut(imp);
        pending.retain(|f| {
            !rule
                .fields
                .iter()
                .any(|(done, found)| *found && std::ptr::eq(*done, *f))
        });
    }
    match pending.first() {
        None => Ok(()),
        Some(f) => Err(Error::ShapeNotFound {
            rule: "floats",
            expected: format!(
                "`struct_ser.serialize_field(\"{}\", {})` in `impl serde::Serialize for {}` \
                 (float field `{}`, {:?})",
                f.json,
                if f.shape == FloatShape::Optional {
                    "v".to_string()
                } else {
                    format!("&self.{}", f.field)
                },
                f.message,
                f.field,
                f.shape
            ),
        }),
    }
}

struct Floats<'a> {
    cx: &'a Context,
    /// The message's float fields, and whether their output was found.
    fields: Vec<(&'a FloatField, bool)>,
}

impl Floats<'_> {
    /// `self.x != 0.` of a singular float field `x`: `self.x.to_bits() != 0`.
    fn default_test(&self, e: &Expr) -> Option<Expr> {
        let Expr::Binary(b) = e else { return None };
        if !matches!(b.op, syn::BinOp::Ne(_)) || compact(&b.right) != "0." {
            return None;
        }
        let left = compact(&b.left);
        self.fields.iter().find_map(|(f, _)| {
            let field: syn::Member = syn::parse_str(&f.field).ok()?;
            (f.shape == FloatShape::Singular
                && left == compact(&syn::parse_quote!(self.#field) as &Expr))
            .then(|| syn::parse_quote!(self.#field.to_bits() != 0))
        })
    }
}

impl VisitMut for Floats<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some(new) = self.default_test(e) {
            *e = new;
            return;
        }
        visit_mut::visit_expr_mut(self, e);
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, call);
        if call.method != "serialize_field" || call.args.len() != 2 {
            return;
        }
        let Expr::Lit(lit) = &call.args[0] else {
            return;
        };
        let Lit::Str(json) = &lit.lit else { return };
        let json = json.value();
        let p = self.cx.helper(runtime::FLOAT);
        for (f, found) in &mut self.fields {
            if f.json != json {
                continue;
            }
            let value = compact(&call.args[1]);
            let field: syn::Member = match syn::parse_str(&f.field) {
                Ok(m) => m,
                Err(_) => continue,
            };
            let expected = if f.shape == FloatShape::Optional {
                "v".to_string()
            } else {
                compact(&syn::parse_quote!(&self.#field) as &Expr)
            };
            if value != expected {
                continue;
            }
            call.args[1] = match f.shape {
                FloatShape::Singular => syn::parse_quote!(&#p(self.#field as f64)),
                FloatShape::Repeated => syn::parse_quote!(
                    &self.#field.iter().map(|v| #p(*v as f64)).collect::<Vec<_>>()
                ),
                FloatShape::MapValue => syn::parse_quote!(
                    &self.#field
                        .iter()
                        .map(|(k, v)| (k, #p(*v as f64)))
                        .collect::<std::collections::BTreeMap<_, _>>()
                ),
                FloatShape::Optional => syn::parse_quote!(&#p(*v as f64)),
            };
            *found = true;
            return;
        }
    }
}
