//! Rule `enums`: enum output prints a number the schema does not know as
//! that number (a newer writer's value passes through an older program)
//! instead of failing, and every enum gets the `ProtoEnum` bridge the
//! readers use to look names up.
//!
//! pbjson converts the stored `i32` with `E::try_from(x).map_err(..)`:
//! - singular, optional and oneof fields: `let v = E::try_from(x).map_err(..)?;`
//!   becomes `let v = EnumOut::<E>::new(x);`
//! - repeated fields: `.map(|v| { E::try_from(v).map_err(..) })
//!   .collect::<Result<Vec<_>, _>>()?` becomes
//!   `.map(|v| { EnumOut::<E>::new(v) }).collect::<Vec<_>>()`;
//! - enum-valued maps: the closure's `Ok((k, v))` becomes `(k, v)` and
//!   `.collect::<Result<_, _>>()?` becomes `.collect()`.
//!
//! Map output is collected into a `HashMap`; it becomes a `BTreeMap` so the
//! keys print in a stable order.

use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Item};

use super::shape::{bare_path, compact, method, tried};
use super::{Context, Error, runtime};

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Enums {
        cx,
        singular: 0,
        repeated: 0,
        maps: 0,
    };
    rule.visit_file_mut(file);
    let k = &cx.package.kinds;
    cx.expect(
        "enums",
        k.enum_singular + k.enum_optional + k.enum_oneof_members,
        rule.singular,
        "`let v = E::try_from(x).map_err(..)?;` in the printers of enum fields",
    )?;
    cx.expect(
        "enums",
        k.enum_repeated,
        rule.repeated,
        "`.map(|v| E::try_from(v).map_err(..)).collect::<Result<Vec<_>, _>>()?` \
         in the printers of repeated enum fields",
    )?;
    cx.expect(
        "enums",
        k.enum_map_values,
        rule.maps,
        "`.map(|(k, v)| { ..; Ok((k, v)) }).collect::<Result<_, _>>()?` \
         in the printers of enum-valued maps",
    )?;
    // The bridge, for every enum whose serde impls pbjson wrote.
    let proto_enum = cx.helper(runtime::PROTO_ENUM);
    for name in &cx.package.enums {
        let written = file.items.iter().any(|item| {
            matches!(item, Item::Impl(imp)
                if compact(&imp.self_ty) == *name
                    && imp.trait_.as_ref().is_some_and(|(_, t, _)| compact(t) == "serde::Serialize"))
        });
        if !written {
            return Err(Error::ShapeNotFound {
                rule: "enums",
                expected: format!("`impl serde::Serialize for {name}` (an enum of the schema)"),
            });
        }
        let ty: syn::Type = syn::parse_str(name).map_err(|e| Error::Parse {
            what: format!("the enum path {name}"),
            message: e.to_string(),
        })?;
        file.items.push(syn::parse_quote! {
            impl #proto_enum for #ty {
                fn from_name(name: &str) -> ::std::option::Option<i32> {
                    Self::from_str_name(name).map(|v| v as i32)
                }
                fn name_of(value: i32) -> ::std::option::Option<&'static str> {
                    Self::try_from(value).ok().map(|v| v.as_str_name())
                }
            }
        });
    }
    Ok(())
}

struct Enums<'a> {
    cx: &'a Context,
    singular: usize,
    repeated: usize,
    maps: usize,
}

impl Enums<'_> {
    /// `E::try_from(arg).map_err(..)` for one of the package's enums:
    /// `EnumOut::<E>::new(arg)`.
    fn printer(&self, e: &Expr) -> Option<Expr> {
        let (conversion, _) = method(e, "map_err")?;
        let Expr::Call(call) = conversion else {
            return None;
        };
        let func = compact(&call.func);
        let name = func.strip_suffix("::try_from")?;
        if !self.cx.package.enums.iter().any(|e| e == name) || call.args.len() != 1 {
            return None;
        }
        let ty: syn::Type = syn::parse_str(name).ok()?;
        let arg = &call.args[0];
        let out = self.cx.helper(runtime::ENUM_OUT);
        Some(syn::parse_quote!(#out::<#ty>::new(#arg)))
    }

    /// `recv.map(|v| { E::try_from(v).map_err(..) }).collect::<Result<Vec<_>, _>>()?`
    fn repeated(&self, e: &Expr) -> Option<Expr> {
        let collect = tried(e)?;
        let Expr::MethodCall(c) = collect else {
            return None;
        };
        if c.method != "collect" || compact(&c.turbofish) != "::<std::result::Result<Vec<_>,_>>" {
            return None;
        }
        let Expr::MethodCall(map) = &*c.receiver else {
            return None;
        };
        let [Expr::Closure(closure)] = map.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let body = match &*closure.body {
            Expr::Block(b) => match b.block.stmts.as_slice() {
                [syn::Stmt::Expr(body, None)] => body,
                _ => return None,
            },
            body => body,
        };
        let printer = self.printer(body)?;
        let mut map = map.clone();
        let mut closure = closure.clone();
        *closure.body = syn::parse_quote!({ #printer });
        map.args = [Expr::Closure(closure)].into_iter().collect();
        Some(syn::parse_quote!(#map.collect::<Vec<_>>()))
    }

    /// `recv.map(|(k, v)| { ..; Ok((k, v)) }).collect::<Result<_, _>>()?`,
    /// after the printer inside has been rewritten.
    fn map(&self, e: &Expr) -> Option<Expr> {
        let Expr::MethodCall(c) = tried(e)? else {
            return None;
        };
        if c.method != "collect" || compact(&c.turbofish) != "::<std::result::Result<_,_>>" {
            return None;
        }
        let Expr::MethodCall(map) = &*c.receiver else {
            return None;
        };
        let [Expr::Closure(closure)] = map.args.iter().collect::<Vec<_>>()[..] else {
            return None;
        };
        let Expr::Block(body) = &*closure.body else {
            return None;
        };
        let mut body = body.clone();
        let printed = body
            .block
            .stmts
            .iter()
            .any(|s| compact(s).contains(&format!("{}::<", runtime::ENUM_OUT)));
        let Some(syn::Stmt::Expr(Expr::Call(ok), None)) = body.block.stmts.last() else {
            return None;
        };
        if !printed {
            return None;
        }
        if compact(&ok.func) != "Ok" || ok.args.len() != 1 {
            return None;
        }
        let pair = ok.args[0].clone();
        if let Some(syn::Stmt::Expr(last, None)) = body.block.stmts.last_mut() {
            *last = pair;
        }
        let mut map = map.clone();
        let mut closure = closure.clone();
        *closure.body = Expr::Block(body);
        map.args = [Expr::Closure(closure)].into_iter().collect();
        Some(syn::parse_quote!(#map.collect()))
    }
}

impl VisitMut for Enums<'_> {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Some(new) = tried(e).and_then(|inner| self.printer(inner)) {
            *e = new;
            self.singular += 1;
        } else if let Some(new) = self.repeated(e) {
            *e = new;
            self.repeated += 1;
        } else if let Some(new) = self.map(e) {
            *e = new;
            self.maps += 1;
            // The printer inside was counted as a singular one.
            self.singular -= 1;
        }
    }

    /// `let v: std::collections::HashMap<_, _> = ..` of map printers.
    fn visit_local_mut(&mut self, local: &mut syn::Local) {
        visit_mut::visit_local_mut(self, local);
        if let syn::Pat::Type(typed) = &mut local.pat
            && let syn::Type::Path(ty) = &mut *typed.ty
            && bare_path(&ty.path) == "std::collections::HashMap"
            && let Some(last) = ty.path.segments.last_mut()
        {
            last.ident = syn::Ident::new("BTreeMap", last.ident.span());
        }
    }
}
