//! Rule `reads`: how a field's JSON value is read, `map_.next_value::<T>()?`
//! inside each message's `visit_map`, written `READ<T>` below.
//!
//! - null as a whole field is the field's default (pbjson rejects it):
//!   `Some(READ<_>)` of strings, bools and repeated fields becomes
//!   `Some(READ<OrDefault<_>>.0)`, `READ<Number|Bytes>` of singular fields
//!   becomes `READ<OrDefault<Number|Bytes>>.0`, and `READ<Vec<Number|Bytes>>`
//!   becomes `READ<OrDefault<Vec<..>>>.0`; null inside a list or as a map
//!   value stays an error (the helpers and serde reject it);
//! - maps reject a key given twice, like a field given twice, and null is
//!   the empty map: `READ<BTreeMap<K, V>>` becomes
//!   `READ<OrDefault<UniqueMap<K, V>>>.0.0`;
//! - enums accept any number and read an unknown name as "not given"
//!   (`EnumField`): singular `READ<E> as i32`, optional
//!   `READ<Option<E>>.map(|x| x as i32)`, oneof members
//!   `READ<Option<E>>.map(|x| Variant(x as i32))`, repeated
//!   `READ<Vec<E>>.into_iter().map(|x| x as i32).collect()` and enum-valued
//!   maps `READ<BTreeMap<K, E>>.into_iter().map(|(k,v)| (k, v as i32)).collect()`.
//!
//! Message fields (`Option<T>`) and `optional` fields already read null as
//! unset and are left as pbjson writes them.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Type};

use super::shape::{
    BTREE_MAP, OPTION, VEC, call_arg, compact, generic_arg, generic_args, method, read_of,
    read_type,
};
use super::{Context, Error, runtime};

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Reads {
        cx,
        found: Found::default(),
    };
    rule.visit_file_mut(file);
    let (k, f) = (&cx.package.kinds, &rule.found);
    let checks = [
        (
            k.plain,
            f.plain,
            "`Some(map_.next_value()?)` for string, bool or repeated fields",
        ),
        (
            k.repeated_numbers_or_bytes,
            f.repeated_numbers_or_bytes,
            "`map_.next_value::<Vec<NumberDeserialize<_>|BytesDeserialize<_>>>()?` for repeated numbers or bytes",
        ),
        (
            k.maps,
            f.maps,
            "`map_.next_value::<std::collections::BTreeMap<K, V>>()?` for maps",
        ),
        (
            k.enum_singular,
            f.enum_singular,
            "`map_.next_value::<E>()? as i32` for enum fields",
        ),
        (
            k.enum_optional,
            f.enum_optional,
            "`map_.next_value::<::std::option::Option<E>>()?.map(|x| x as i32)` for optional enum fields",
        ),
        (
            k.enum_oneof_members,
            f.enum_oneof_members,
            "`map_.next_value::<::std::option::Option<E>>()?.map(|x| Variant(x as i32))` for enum oneof members",
        ),
        (
            k.enum_repeated,
            f.enum_repeated,
            "`map_.next_value::<Vec<E>>()?.into_iter().map(|x| x as i32).collect()` for repeated enum fields",
        ),
        (
            k.enum_map_values,
            f.enum_map_values,
            "`map_.next_value::<BTreeMap<K, E>>()?.into_iter().map(|(k,v)| (k, v as i32)).collect()` for enum-valued maps",
        ),
    ];
    for (needed, found, expected) in checks {
        cx.expect("reads", needed, found, expected)?;
    }
    Ok(())
}

#[derive(Default)]
struct Found {
    plain: usize,
    numbers_or_bytes: usize,
    repeated_numbers_or_bytes: usize,
    maps: usize,
    enum_singular: usize,
    enum_optional: usize,
    enum_oneof_members: usize,
    enum_repeated: usize,
    enum_map_values: usize,
}

struct Reads<'a> {
    cx: &'a Context,
    found: Found,
}

impl Reads<'_> {
    fn helper(&self, name: &str, args: &[&Type]) -> Type {
        let path = self.cx.helper(name);
        syn::parse_quote!(#path<#(#args),*>)
    }

    /// `EnumField<E, M>`: `M` is the reading mode, the type parameter rule
    /// `modes` gives the message's visitor.
    fn enum_field(&self, en: &Type) -> Type {
        self.helper(runtime::ENUM_FIELD, &[en, &syn::parse_quote!(M)])
    }

    /// The enum `E` of a `READ<E>`-style type argument.
    fn enum_type<'t>(&self, ty: &'t Type) -> Option<&'t Type> {
        self.cx.enum_name(ty).map(|_| ty)
    }

    /// The shapes matched on the expression around a read; the new
    /// expression is final (not visited again).
    fn around(&mut self, e: &Expr) -> Option<Expr> {
        // Some(READ) of strings, bools and repeated fields.
        if let Some(None) = call_arg(e, "Some").and_then(read_type) {
            let ty = self.helper(runtime::OR_DEFAULT, &[&syn::parse_quote!(_)]);
            let read = read_of(&ty);
            self.found.plain += 1;
            return Some(syn::parse_quote!(Some(#read.0)));
        }
        // READ<E> as i32
        if let Expr::Cast(cast) = e
            && compact(&cast.ty) == "i32"
            && let Some(Some(ty)) = read_type(&cast.expr)
            && let Some(en) = self.enum_type(ty)
        {
            let field = self.enum_field(en);
            let read = read_of(&self.helper(runtime::OR_DEFAULT, &[&field]));
            self.found.enum_singular += 1;
            return Some(syn::parse_quote!(#read.0.0.unwrap_or_default()));
        }
        // READ<Option<E>>.map(|x| x as i32) and .map(|x| Variant(x as i32))
        if let Some((recv, args)) = method(e, "map")
            && let Some(Some(ty)) = read_type(recv)
            && let Some(en) = generic_arg(ty, OPTION).and_then(|t| self.enum_type(t))
            && let [Expr::Closure(closure)] = args[..]
        {
            let field = self.enum_field(en);
            let read = read_of(&syn::parse_quote!(::std::option::Option<#field>));
            let body = &*closure.body;
            if compact(closure) == "|x|xasi32" {
                self.found.enum_optional += 1;
                return Some(syn::parse_quote!(#read.and_then(|x| x.0)));
            }
            if let Expr::Call(variant) = body
                && variant.args.len() == 1
                && compact(&variant.args[0]) == "xasi32"
            {
                let func = &variant.func;
                self.found.enum_oneof_members += 1;
                return Some(syn::parse_quote!(#read.and_then(|x| x.0).map(|x| #func(x))));
            }
            return None;
        }
        // READ<Vec<E>>.into_iter().map(|x| x as i32).collect() and
        // READ<BTreeMap<K, E>>.into_iter().map(|(k,v)| (k, v as i32)).collect()
        if let Some((mapped, args)) = method(e, "collect")
            && args.is_empty()
            && let Some((iter, closure)) = method(mapped, "map")
            && let [closure] = closure[..]
            && let Some((recv, _)) = method(iter, "into_iter")
            && let Some(Some(ty)) = read_type(recv)
        {
            let closure = compact(closure);
            if let Some(en) = generic_arg(ty, VEC).and_then(|t| self.enum_type(t))
                && closure == "|x|xasi32"
            {
                let field = self.enum_field(en);
                let read =
                    read_of(&self.helper(runtime::OR_DEFAULT, &[&syn::parse_quote!(Vec<#field>)]));
                self.found.enum_repeated += 1;
                return Some(syn::parse_quote!(
                    #read.0.into_iter().filter_map(|x| x.0).collect()
                ));
            }
            if let Some([key, value]) = generic_args(ty, BTREE_MAP).as_deref()
                && let Some(en) = self.enum_type(value)
                && closure == "|(k,v)|(k,vasi32)"
            {
                let field = self.enum_field(en);
                let map = self.helper(runtime::UNIQUE_MAP, &[key, &field]);
                let read = read_of(&self.helper(runtime::OR_DEFAULT, &[&map]));
                self.found.maps += 1;
                self.found.enum_map_values += 1;
                return Some(syn::parse_quote!(
                    #read.0.0.into_iter().filter_map(|(k, v)| v.0.map(|v| (k, v))).collect()
                ));
            }
        }
        None
    }

    /// The shapes matched on a read itself.
    fn read(&mut self, e: &Expr) -> Option<Expr> {
        let ty = read_type(e)??;
        if let Some([key, value]) = generic_args(ty, BTREE_MAP).as_deref() {
            let map = self.helper(runtime::UNIQUE_MAP, &[key, value]);
            let read = read_of(&self.helper(runtime::OR_DEFAULT, &[&map]));
            self.found.maps += 1;
            return Some(syn::parse_quote!(#read.0.0));
        }
        // A singular number or bytes field: null is the default here, and
        // only here (the helpers reject null inside a list or map).
        if self.is_helper(ty, &[runtime::NUMBER, runtime::BYTES]) {
            let read = read_of(&self.helper(runtime::OR_DEFAULT, &[ty]));
            self.found.numbers_or_bytes += 1;
            return Some(syn::parse_quote!(#read.0));
        }
        if let Some(item) = generic_arg(ty, VEC)
            && self.is_helper(item, &[runtime::NUMBER, runtime::BYTES])
        {
            let read = read_of(&self.helper(runtime::OR_DEFAULT, &[ty]));
            self.found.repeated_numbers_or_bytes += 1;
            return Some(syn::parse_quote!(#read.0));
        }
        None
    }

    /// Whether `ty` is one of the helpers `names` (`Number<_>`).
    fn is_helper(&self, ty: &Type, names: &[&str]) -> bool {
        let Type::Path(p) = ty else { return false };
        let mut prefix = p.path.clone();
        let Some(last) = prefix.segments.pop() else {
            return false;
        };
        prefix.segments.pop_punct();
        compact(&prefix) == compact(&self.cx.helpers)
            && names.iter().any(|n| last.value().ident == n)
    }
}

impl VisitMut for Reads<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        if let Some(new) = self.around(e) {
            *e = new;
            return;
        }
        visit_mut::visit_expr_mut(self, e);
        if let Some(new) = self.read(e) {
            *e = new;
        }
    }
}
