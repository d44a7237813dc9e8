//! Rule `modes`: the reading mode (lenient, or strict for
//! `kagzi_proto::json::from_str_strict`) is a type parameter `M` of every
//! message's reader, handed on to the messages inside it, so that no read
//! can see the mode of another (nested, or on another thread): serde's
//! `Deserialize` has no room for it, the thread-local it once travelled in
//! did not keep nested reads apart.
//!
//! - `impl Deserialize for T { fn deserialize(..) { BODY } }` becomes
//!   `impl ReadIn for T { fn read_in<'de, M: Mode, D>(..) { BODY } }` and a
//!   `Deserialize` that calls `read_in::<Lenient, _>`;
//! - in BODY, `struct GeneratedVisitor;` becomes `GeneratedVisitor<M>`
//!   (its `Visitor` impl generic over `M: Mode`), which `field_names` and
//!   `reads` have already given `FieldName<_, M>` and `EnumField<E, M>`;
//! - a field holding a message of the package is read as `In<_, M>`, the
//!   nested message in the same mode, by shape:
//!   `map_.next_value()?` (singular) becomes
//!   `map_.next_value::<Option<In<_, M>>>()?.map(|m| m.0)`;
//!   `Some(map_.next_value::<OrDefault<_>>()?.0)` (repeated) reads
//!   `OrDefault<Vec<In<_, M>>>` and unwraps each element;
//!   `map_.next_value::<OrDefault<UniqueMap<K, V>>>()?.0.0` (map values)
//!   reads `UniqueMap<K, In<V, M>>` and unwraps each value;
//!   `map_.next_value::<Option<_>>()?.map(Variant)` (oneof members) reads
//!   `Option<In<_, M>>` and becomes `.map(|m| Variant(m.0))`.
//!
//! Messages of other packages and the well-known types keep their own
//! `Deserialize` (they have no names of their own that a mode could reject).

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, ImplItem, Item, Stmt, Type};

use super::schema::{NestedField, NestedShape};
use super::shape::{BTREE_MAP, compact, generic_arg, method, read_of, read_type};
use super::{Context, Error, runtime};

const RULE: &str = "modes";

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut readers = 0;
    let mut nested = 0;
    let mut items = Vec::with_capacity(file.items.len());
    for item in std::mem::take(&mut file.items) {
        let Item::Impl(imp) = &item else {
            items.push(item);
            continue;
        };
        let message = compact(&imp.self_ty);
        let is_reader = imp
            .trait_
            .as_ref()
            .is_some_and(|(_, t, _)| compact(t) == "serde::Deserialize<'de>");
        if !is_reader || !cx.package.messages.contains(&message) {
            items.push(item);
            continue;
        }
        let fields: Vec<&NestedField> = cx
            .package
            .nested
            .iter()
            .filter(|f| f.message == message)
            .collect();
        let (read_in, deserialize, found) = reader(cx, imp, &fields)?;
        items.push(read_in);
        items.push(deserialize);
        readers += 1;
        nested += found;
    }
    file.items = items;
    if readers != cx.package.kinds.messages {
        return Err(Error::ShapeNotFound {
            rule: RULE,
            expected: format!(
                "`impl serde::Deserialize for T` with `fn deserialize` for every message \
                 (found {readers} of {})",
                cx.package.kinds.messages
            ),
        });
    }
    if nested != cx.package.nested.len() {
        return Err(Error::ShapeNotFound {
            rule: RULE,
            expected: format!(
                "the reader of every field holding a message of the package \
                 (found {nested} of {})",
                cx.package.nested.len()
            ),
        });
    }
    Ok(())
}

/// The `ReadIn` impl and the lenient `Deserialize` impl of one message, and
/// how many of its nested-message readers were rewritten.
fn reader(
    cx: &Context,
    imp: &syn::ItemImpl,
    fields: &[&NestedField],
) -> Result<(Item, Item, usize), Error> {
    let ty = &imp.self_ty;
    let not_found = |what: &str| Error::ShapeNotFound {
        rule: RULE,
        expected: format!("{what} in `impl serde::Deserialize for {}`", compact(ty)),
    };
    let [ImplItem::Fn(f)] = imp.items.as_slice() else {
        return Err(not_found("one `fn deserialize`"));
    };
    if f.sig.ident != "deserialize" {
        return Err(not_found("`fn deserialize`"));
    }
    let mut block = f.block.clone();
    let mut rule = Modes {
        cx,
        fields,
        visitor: 0,
        visitor_impl: 0,
        visitor_use: 0,
        nested: 0,
        error: None,
    };
    rule.visit_block_mut(&mut block);
    if let Some(e) = rule.error {
        return Err(e);
    }
    if (rule.visitor, rule.visitor_impl, rule.visitor_use) != (1, 1, 1) {
        return Err(not_found(
            "`struct GeneratedVisitor;`, its `impl Visitor` and `deserialize_struct(.., GeneratedVisitor)`",
        ));
    }
    let attrs = &f.attrs;
    let (read_in, mode, lenient) = (
        cx.helper(runtime::READ_IN),
        cx.helper(runtime::MODE),
        cx.helper(runtime::LENIENT),
    );
    let read_in_impl: Item = syn::parse_quote! {
        impl #read_in for #ty {
            #(#attrs)*
            fn read_in<'de, M: #mode, D>(deserializer: D) -> std::result::Result<Self, D::Error>
            where
                D: serde::Deserializer<'de>,
            #block
        }
    };
    let deserialize: Item = syn::parse_quote! {
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                <Self as #read_in>::read_in::<#lenient, D>(deserializer)
            }
        }
    };
    Ok((read_in_impl, deserialize, rule.nested))
}

struct Modes<'a> {
    cx: &'a Context,
    fields: &'a [&'a NestedField],
    visitor: usize,
    visitor_impl: usize,
    visitor_use: usize,
    nested: usize,
    error: Option<Error>,
}

impl Modes<'_> {
    fn in_type(&self, inner: Type) -> Type {
        let path = self.cx.helper(runtime::IN);
        syn::parse_quote!(#path<#inner, M>)
    }

    /// The reader of one field holding a message, rewritten in place.
    fn nested(&mut self, field: &NestedField, body: &mut [Stmt]) -> bool {
        let mut finder = NestedRead {
            modes: self,
            shape: field.shape,
            done: false,
        };
        for stmt in body.iter_mut() {
            finder.visit_stmt_mut(stmt);
        }
        finder.done
    }
}

impl VisitMut for Modes<'_> {
    fn visit_item_struct_mut(&mut self, s: &mut syn::ItemStruct) {
        if s.ident == "GeneratedVisitor" && matches!(s.fields, syn::Fields::Unit) {
            *s = syn::parse_quote!(
                struct GeneratedVisitor<M>(::std::marker::PhantomData<M>);
            );
            self.visitor += 1;
        }
    }

    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let is_visitor = compact(&imp.self_ty) == "GeneratedVisitor"
            && imp
                .trait_
                .as_ref()
                .is_some_and(|(_, t, _)| compact(t) == "serde::de::Visitor<'de>");
        if !is_visitor {
            return visit_mut::visit_item_impl_mut(self, imp);
        }
        let mode = self.cx.helper(runtime::MODE);
        imp.generics = syn::parse_quote!(<'de, M: #mode>);
        *imp.self_ty = syn::parse_quote!(GeneratedVisitor<M>);
        self.visitor_impl += 1;
        visit_mut::visit_item_impl_mut(self, imp);
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        visit_mut::visit_arm_mut(self, arm);
        let Expr::Block(body) = &mut *arm.body else {
            return;
        };
        // The field's JSON name, as rule `duplicates` writes it first.
        let Some(json) = body.block.stmts.first().and_then(duplicate_name) else {
            return;
        };
        let Some(field) = self.fields.iter().find(|f| f.json == json).copied() else {
            return;
        };
        if self.nested(field, &mut body.block.stmts) {
            self.nested += 1;
        } else {
            self.error.get_or_insert(Error::ShapeNotFound {
                rule: RULE,
                expected: format!(
                    "the {:?} reader of message field `{}` of `{}`",
                    field.shape, field.json, field.message
                ),
            });
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Expr::MethodCall(call) = e
            && call.method == "deserialize_struct"
            && call.args.len() == 3
            && compact(&call.args[2]) == "GeneratedVisitor"
        {
            call.args[2] = syn::parse_quote!(GeneratedVisitor::<M>(::std::marker::PhantomData));
            self.visitor_use += 1;
        }
    }
}

/// Finds and rewrites the read of one nested-message field (by shape).
struct NestedRead<'a, 'b> {
    modes: &'a Modes<'b>,
    shape: NestedShape,
    done: bool,
}

impl NestedRead<'_, '_> {
    fn rewrite(&self, e: &Expr) -> Option<Expr> {
        let m = self.modes;
        match self.shape {
            // map_.next_value()?
            NestedShape::Singular => {
                let None = read_type(e)? else { return None };
                let ty = m.in_type(syn::parse_quote!(_));
                let read = read_of(&syn::parse_quote!(::std::option::Option<#ty>));
                Some(syn::parse_quote!(#read.map(|m| m.0)))
            }
            // Some(map_.next_value::<OrDefault<_>>()?.0)
            NestedShape::Repeated => {
                let Expr::Field(f) = e else { return None };
                let ty = read_type(&f.base)??;
                let or_default = compact(&m.cx.helper(runtime::OR_DEFAULT));
                if compact(ty) != format!("{or_default}<_>") {
                    return None;
                }
                let item = m.in_type(syn::parse_quote!(_));
                let or_default = m.cx.helper(runtime::OR_DEFAULT);
                let read = read_of(&syn::parse_quote!(#or_default<Vec<#item>>));
                Some(syn::parse_quote!(#read.0.into_iter().map(|m| m.0).collect()))
            }
            // map_.next_value::<OrDefault<UniqueMap<K, V>>>()?.0.0
            NestedShape::MapValue => {
                let Expr::Field(outer) = e else { return None };
                let Expr::Field(inner) = &*outer.base else {
                    return None;
                };
                let ty = read_type(&inner.base)??;
                let or_default = compact(&m.cx.helper(runtime::OR_DEFAULT));
                let map = generic_arg(ty, &or_default)?;
                let Type::Path(map_path) = map else {
                    return None;
                };
                let last = map_path.path.segments.last()?;
                if last.ident != runtime::UNIQUE_MAP {
                    return None;
                }
                let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                    return None;
                };
                let [syn::GenericArgument::Type(k), syn::GenericArgument::Type(v)] =
                    args.args.iter().collect::<Vec<_>>()[..]
                else {
                    return None;
                };
                let (unique, or_default) = (
                    m.cx.helper(runtime::UNIQUE_MAP),
                    m.cx.helper(runtime::OR_DEFAULT),
                );
                let value = m.in_type(v.clone());
                let read = read_of(&syn::parse_quote!(#or_default<#unique<#k, #value>>));
                let btree: syn::Path = syn::parse_str(BTREE_MAP).ok()?;
                Some(syn::parse_quote!(
                    #read.0.0.into_iter().map(|(k, v)| (k, v.0)).collect::<#btree<_, _>>()
                ))
            }
            // map_.next_value::<Option<_>>()?.map(Variant)
            NestedShape::OneofMember => {
                let (recv, args) = method(e, "map")?;
                let ty = read_type(recv)??;
                if compact(ty) != "::std::option::Option<_>" {
                    return None;
                }
                let [Expr::Path(variant)] = args[..] else {
                    return None;
                };
                let item = m.in_type(syn::parse_quote!(_));
                let read = read_of(&syn::parse_quote!(::std::option::Option<#item>));
                Some(syn::parse_quote!(#read.map(|m| #variant(m.0))))
            }
        }
    }
}

impl VisitMut for NestedRead<'_, '_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if self.done {
            return;
        }
        if let Some(new) = self.rewrite(e) {
            *e = new;
            self.done = true;
            return;
        }
        visit_mut::visit_expr_mut(self, e);
    }
}

/// The JSON name in `if .. { return Err(serde::de::Error::duplicate_field("x")); }`.
fn duplicate_name(stmt: &Stmt) -> Option<String> {
    let Stmt::Expr(Expr::If(check), _) = stmt else {
        return None;
    };
    let [Stmt::Expr(Expr::Return(r), _)] = check.then_branch.stmts.as_slice() else {
        return None;
    };
    let Expr::Call(err) = &**r.expr.as_ref()? else {
        return None;
    };
    let Expr::Call(dup) = err.args.first()? else {
        return None;
    };
    if compact(&dup.func) != "serde::de::Error::duplicate_field" {
        return None;
    }
    match dup.args.first()? {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}
