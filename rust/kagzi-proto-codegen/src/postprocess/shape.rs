//! Small matchers for the syntax pbjson-build emits, shared by the rules.
//! Each looks at one node and answers with its parts, or `None`.

use quote::ToTokens;
use syn::{Expr, GenericArgument, PathArguments, Type};

/// The tokens of a node without whitespace: a formatting-proof name for a
/// type or path (`outer::Kind`, `std::collections::BTreeMap<_, _>`).
pub fn compact(node: &impl ToTokens) -> String {
    node.to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A path without the generic arguments of its last segment, compacted
/// (`std::collections::HashMap` for `std::collections::HashMap<_, _>`).
pub fn bare_path(path: &syn::Path) -> String {
    let mut path = path.clone();
    if let Some(last) = path.segments.last_mut() {
        last.arguments = PathArguments::None;
    }
    compact(&path)
}

/// A read of the current field's value, `map_.next_value::<T>()?`:
/// `Some(Some(T))` with a turbofish, `Some(None)` without one.
pub fn read_type(e: &Expr) -> Option<Option<&Type>> {
    let Expr::Try(t) = e else { return None };
    let Expr::MethodCall(m) = &*t.expr else {
        return None;
    };
    if m.method != "next_value" || !m.args.is_empty() || compact(&m.receiver) != "map_" {
        return None;
    }
    match &m.turbofish {
        None => Some(None),
        Some(args) if args.args.len() == 1 => match &args.args[0] {
            GenericArgument::Type(ty) => Some(Some(ty)),
            _ => None,
        },
        Some(_) => None,
    }
}

/// `map_.next_value::<ty>()?`
pub fn read_of(ty: &Type) -> Expr {
    syn::parse_quote!(map_.next_value::<#ty>()?)
}

/// The single argument of a call to `name` (`Some(x)`).
pub fn call_arg<'a>(e: &'a Expr, name: &str) -> Option<&'a Expr> {
    let Expr::Call(c) = e else { return None };
    (compact(&c.func) == name && c.args.len() == 1).then(|| &c.args[0])
}

/// `receiver.name(args)`: the receiver and the arguments.
pub fn method<'a>(e: &'a Expr, name: &str) -> Option<(&'a Expr, Vec<&'a Expr>)> {
    let Expr::MethodCall(m) = e else { return None };
    (m.method == name).then(|| (&*m.receiver, m.args.iter().collect()))
}

/// `e?`: the inner expression.
pub fn tried(e: &Expr) -> Option<&Expr> {
    match e {
        Expr::Try(t) => Some(&t.expr),
        _ => None,
    }
}

/// The single type argument of a path type whose compact path (without
/// arguments) is `name`, e.g. `Vec<T>` or `::std::option::Option<T>`.
pub fn generic_arg<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    match generic_args(ty, name)?.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The type arguments of a path type whose compact path is `name`.
pub fn generic_args<'a>(ty: &'a Type, name: &str) -> Option<Vec<&'a Type>> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    if bare_path(&p.path) != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args
        .iter()
        .map(|a| match a {
            GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .collect()
}

pub const OPTION: &str = "::std::option::Option";
pub const VEC: &str = "Vec";
pub const BTREE_MAP: &str = "std::collections::BTreeMap";
