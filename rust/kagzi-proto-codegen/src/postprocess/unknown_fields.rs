//! Rule `unknown_fields`: a field name a message does not have is ignored
//! (the package's policy, pbjson's `ignore_unknown_fields`) unless the
//! caller reads strictly (`kagzi_proto::json::from_str_strict`). pbjson
//! maps such a name to `GeneratedField::__SkipField__` in each message's
//! field-name visitor; `Ok(GeneratedField::__SkipField__)` becomes
//! `unknown_field(value, FIELDS).map(|()| GeneratedField::__SkipField__)`,
//! which fails only in strict mode. Every message must have one.

use syn::Expr;
use syn::visit_mut::{self, VisitMut};

use super::shape::{call_arg, compact};
use super::{Context, Error};

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = UnknownFields { cx, found: 0 };
    rule.visit_file_mut(file);
    let needed = cx.package.kinds.messages;
    if rule.found < needed {
        return Err(Error::ShapeNotFound {
            rule: "unknown_fields",
            expected: format!(
                "`Ok(GeneratedField::__SkipField__)` in every message's field-name visitor \
                 (found {} of {needed})",
                rule.found
            ),
        });
    }
    Ok(())
}

struct UnknownFields<'a> {
    cx: &'a Context,
    found: usize,
}

impl VisitMut for UnknownFields<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if call_arg(e, "Ok").is_some_and(|a| compact(a) == "GeneratedField::__SkipField__") {
            let p = &self.cx.helpers;
            *e = syn::parse_quote!(
                #p::unknown_field(value, FIELDS).map(|()| GeneratedField::__SkipField__)
            );
            self.found += 1;
        }
    }
}
