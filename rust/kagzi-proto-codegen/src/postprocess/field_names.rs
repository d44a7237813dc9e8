//! Rule `field_names`: every message reads its field names through one
//! shared reader, and a name the message does not have is ignored (the
//! package's policy, pbjson's `ignore_unknown_fields`) unless the caller
//! reads strictly (`kagzi_proto::json::from_str_strict`).
//!
//! pbjson gives each message a `GeneratedField` enum with its own
//! `Deserialize` impl and visitor, generic code that every consumer's
//! compiler type-checks once per message. The rule keeps the enum and its
//! `match` of names, moved into a plain lookup
//! `GeneratedField::from_name(&str) -> Option<GeneratedField>`, and reads
//! the keys with the helpers' `FieldName` seed, which calls the lookup and,
//! for a name it does not know, the strictness check `unknown_field`:
//!
//! - the field-name impl becomes `impl GeneratedField { fn from_name }`,
//!   its arms `"a" | "b" => Ok(GeneratedField::A)` become
//!   `Some(GeneratedField::A)` and the `__SkipField__` fallback `None`;
//! - `map_.next_key()?` (or `map_.next_key::<GeneratedField>()?` in a
//!   message without fields) becomes `map_.next_key_seed(FieldName::new(
//!   GeneratedField::from_name, GeneratedField::__SkipField__, FIELDS))?`.
//!
//! The lookup is `#[inline]`: a function that is not generic is otherwise
//! compiled into every consumer's build of the crate, used or not.
//!
//! Every message must have both shapes; an arm of another shape stops the
//! generator.

use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ImplItem, Item, Stmt};

use super::shape::{call_arg, compact};
use super::{Context, Error, runtime};

const RULE: &str = "field_names";

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = FieldNames {
        cx,
        lookups: 0,
        key_reads: 0,
        error: None,
    };
    rule.visit_file_mut(file);
    if let Some(e) = rule.error {
        return Err(e);
    }
    let needed = cx.package.kinds.messages;
    for (found, expected) in [
        (
            rule.lookups,
            "`impl serde::Deserialize for GeneratedField` with a `match` of names",
        ),
        (
            rule.key_reads,
            "`map_.next_key()?` in the visitor of a message",
        ),
    ] {
        if found != needed {
            return Err(Error::ShapeNotFound {
                rule: RULE,
                expected: format!("{expected} in every message (found {found} of {needed})"),
            });
        }
    }
    Ok(())
}

struct FieldNames<'a> {
    cx: &'a Context,
    lookups: usize,
    key_reads: usize,
    error: Option<Error>,
}

impl FieldNames<'_> {
    fn fail(&mut self, expected: String) {
        self.error.get_or_insert(Error::ShapeNotFound {
            rule: RULE,
            expected,
        });
    }
}

impl VisitMut for FieldNames<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        visit_mut::visit_block_mut(self, block);
        for stmt in &mut block.stmts {
            let Stmt::Item(Item::Impl(imp)) = stmt else {
                continue;
            };
            let is_field_reader = compact(&imp.self_ty) == "GeneratedField"
                && imp
                    .trait_
                    .as_ref()
                    .is_some_and(|(_, t, _)| compact(t) == "serde::Deserialize<'de>");
            if !is_field_reader {
                continue;
            }
            match lookup_body(imp) {
                Ok(body) => {
                    // A message without fields does not look at the name.
                    let value: syn::Ident = if matches!(body, Expr::Match(_)) {
                        syn::parse_quote!(value)
                    } else {
                        syn::parse_quote!(_value)
                    };
                    *stmt = syn::parse_quote! {
                        impl GeneratedField {
                            #[inline]
                            fn from_name(#value: &str) -> ::std::option::Option<GeneratedField> {
                                #body
                            }
                        }
                    };
                    self.lookups += 1;
                }
                Err(expected) => self.fail(expected),
            }
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        let Expr::Try(t) = e else { return };
        let Expr::MethodCall(m) = &*t.expr else {
            return;
        };
        let key_read = m.method == "next_key"
            && m.args.is_empty()
            && compact(&m.receiver) == "map_"
            && m.turbofish
                .as_ref()
                .is_none_or(|args| compact(&args.args) == "GeneratedField");
        if key_read {
            let field_name = self.cx.helper(runtime::FIELD_NAME);
            // `M`: the reading mode, the type parameter rule `modes` gives
            // the message's visitor.
            *e = syn::parse_quote!(map_.next_key_seed(#field_name::<_, M>::new(
                GeneratedField::from_name,
                GeneratedField::__SkipField__,
                FIELDS,
            ))?);
            self.key_reads += 1;
        }
    }
}

/// The lookup's body from the `visit_str` of pbjson's field-name impl: its
/// `match value { .. }` with `Some`/`None` arms, or `None` for a message
/// without fields (whose `visit_str` only skips).
fn lookup_body(imp: &syn::ItemImpl) -> Result<Expr, String> {
    let mut finder = VisitStr(None);
    for item in &imp.items {
        if let ImplItem::Fn(f) = item {
            syn::visit::Visit::visit_block(&mut finder, &f.block);
        }
    }
    let Some(body) = finder.0 else {
        return Err("`fn visit_str` in the field-name visitor".into());
    };
    match body {
        Expr::Match(mut m) if compact(&m.expr) == "value" => {
            for arm in &mut m.arms {
                let out = result_of(&arm.body).ok_or_else(|| {
                    format!(
                        "a field-name arm `Ok(GeneratedField::..)`, not `{}`",
                        compact(&arm.body)
                    )
                })?;
                *arm.body = out;
            }
            Ok(Expr::Match(m))
        }
        other => match result_of(&other) {
            Some(out) if compact(&out) == "None" => Ok(out),
            _ => Err(format!(
                "a `match value` of field names in `visit_str`, not `{}`",
                compact(&other)
            )),
        },
    }
}

/// An arm's `Ok(GeneratedField::X)` (bare or in a block) as the lookup's
/// `Some(GeneratedField::X)`, or `None` for `__SkipField__`.
fn result_of(e: &Expr) -> Option<Expr> {
    let e = match e {
        Expr::Block(b) => match b.block.stmts.as_slice() {
            [Stmt::Expr(inner, None)] => inner,
            _ => return None,
        },
        e => e,
    };
    let variant = call_arg(e, "Ok")?;
    let name = compact(variant);
    if name == "GeneratedField::__SkipField__" {
        Some(syn::parse_quote!(None))
    } else if name.starts_with("GeneratedField::") {
        Some(syn::parse_quote!(Some(#variant)))
    } else {
        None
    }
}

/// Finds the body of the first `fn visit_str` inside a block: its last
/// expression.
struct VisitStr(Option<Expr>);

impl<'ast> syn::visit::Visit<'ast> for VisitStr {
    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if self.0.is_none()
            && f.sig.ident == "visit_str"
            && let [Stmt::Expr(e, None)] = f.block.stmts.as_slice()
        {
            self.0 = Some(e.clone());
        }
        syn::visit::visit_impl_item_fn(self, f);
    }
}
