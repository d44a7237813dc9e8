//! Rule `duplicates`: a field given twice in one JSON object is an error in
//! every form, `null` included, as Go's protojson and Python's json_format
//! reject it (they track the field, not its value).
//!
//! pbjson checks `if x__.is_some() { return Err(duplicate_field(..)); }`
//! before reading a field: that misses a message, `optional` or oneof
//! field whose first value was `null` (it leaves `x__` at `None`), and a
//! oneof member given as `null` after a value (rule `oneofs` skips it). This
//! rule tracks the fields seen in each message's `visit_map`:
//!
//! ```text
//! let mut seen__ = [false; N];                 // N: the message's fields
//! ..
//! GeneratedField::X => {
//!     if ::std::mem::replace(&mut seen__[i], true) {
//!         return Err(serde::de::Error::duplicate_field("x"));
//!     }
//!     ..                                       // pbjson's check of x__ goes
//! }
//! ```
//!
//! A oneof keeps its own check inside, which rejects two different members
//! that both have a value (`{"a": 1, "b": 2}`), and only those.

use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Stmt};

use super::shape::compact;
use super::{Context, Error};

const RULE: &str = "duplicates";

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Duplicates {
        fields: 0,
        error: None,
    };
    rule.visit_file_mut(file);
    if let Some(e) = rule.error {
        return Err(e);
    }
    if rule.fields != cx.package.kinds.fields {
        return Err(Error::ShapeNotFound {
            rule: RULE,
            expected: format!(
                "`GeneratedField::X => {{ if x__.is_some() {{ return Err(duplicate_field(..)) }} .. }}` \
                 in `visit_map` for every field (found {} of {})",
                rule.fields, cx.package.kinds.fields
            ),
        });
    }
    Ok(())
}

struct Duplicates {
    fields: usize,
    error: Option<Error>,
}

impl VisitMut for Duplicates {
    fn visit_block_mut(&mut self, block: &mut Block) {
        visit_mut::visit_block_mut(self, block);
        // The block of `visit_map`: `while let Some(k) = .. { match k { .. } }`.
        let Some(at) = block.stmts.iter().position(is_field_loop) else {
            return;
        };
        let Stmt::Expr(Expr::While(lp), _) = &mut block.stmts[at] else {
            return;
        };
        let Some(Stmt::Expr(Expr::Match(m), _)) = lp.body.stmts.first_mut() else {
            return;
        };
        let mut index = 0usize;
        for arm in &mut m.arms {
            if compact(&arm.pat) == "GeneratedField::__SkipField__" {
                continue;
            }
            let Expr::Block(body) = &mut *arm.body else {
                self.error.get_or_insert(Error::ShapeNotFound {
                    rule: RULE,
                    expected: format!("a block as the reader of `{}`", compact(&arm.pat)),
                });
                return;
            };
            let stmts = &mut body.block.stmts;
            let Some(json) = stmts.iter().find_map(duplicate_name) else {
                self.error.get_or_insert(Error::ShapeNotFound {
                    rule: RULE,
                    expected: format!(
                        "`duplicate_field(\"..\")` in the reader of `{}`",
                        compact(&arm.pat)
                    ),
                });
                return;
            };
            // pbjson's own check of this field's variable, now redundant.
            if stmts.first().is_some_and(is_value_check) {
                stmts.remove(0);
            }
            let i = syn::LitInt::new(&index.to_string(), proc_macro2::Span::call_site());
            stmts.insert(
                0,
                syn::parse_quote! {
                    if ::std::mem::replace(&mut seen__[#i], true) {
                        return Err(serde::de::Error::duplicate_field(#json));
                    }
                },
            );
            index += 1;
        }
        if index > 0 {
            let n = syn::LitInt::new(&index.to_string(), proc_macro2::Span::call_site());
            block
                .stmts
                .insert(at, syn::parse_quote!(let mut seen__ = [false; #n];));
            self.fields += index;
        }
    }
}

/// `while let Some(k) = map_.next_key..? { match k { .. } }`
fn is_field_loop(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::While(lp), _) = stmt else {
        return false;
    };
    compact(&lp.cond).starts_with("letSome(k)=map_.next_key")
        && matches!(lp.body.stmts.first(), Some(Stmt::Expr(Expr::Match(m), _)) if compact(&m.expr) == "k")
}

/// The JSON name of `return Err(serde::de::Error::duplicate_field("x"))`
/// anywhere in `stmt`.
fn duplicate_name(stmt: &Stmt) -> Option<syn::LitStr> {
    struct Find(Option<syn::LitStr>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            if self.0.is_none()
                && compact(&call.func) == "serde::de::Error::duplicate_field"
                && let [
                    Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }),
                ] = call.args.iter().collect::<Vec<_>>()[..]
            {
                self.0 = Some(s.clone());
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    let mut find = Find(None);
    syn::visit::Visit::visit_stmt(&mut find, stmt);
    find.0
}

/// `if x__.is_some() { return Err(serde::de::Error::duplicate_field(..)); }`
fn is_value_check(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::If(check), _) = stmt else {
        return false;
    };
    check.else_branch.is_none()
        && compact(&check.cond).ends_with("__.is_some()")
        && matches!(
            check.then_branch.stmts.as_slice(),
            [Stmt::Expr(Expr::Return(r), _)]
                if compact(r).contains("serde::de::Error::duplicate_field")
        )
}
