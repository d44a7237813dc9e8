//! Rule `oneofs`: a oneof member given as null leaves the oneof as it is,
//! also after another member. pbjson checks for a duplicate before it reads
//! the value:
//!
//! ```text
//! if V.is_some() { return Err(duplicate_field(..)); }
//! V = READ;
//! ```
//!
//! becomes
//!
//! ```text
//! let read__ = READ;
//! if read__.is_some() { if V.is_some() { return Err(duplicate_field(..)); } V = read__; }
//! ```
//!
//! Only real oneofs: a proto3 `optional` (a synthetic oneof) keeps pbjson's
//! reading, where a field given twice is an error even as null.

use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Stmt};

use super::shape::{compact, method};
use super::{Context, Error};

pub fn apply(file: &mut syn::File, cx: &Context) -> Result<(), Error> {
    let mut rule = Oneofs {
        cx,
        found: vec![false; cx.package.oneofs.len()],
    };
    rule.visit_file_mut(file);
    match cx
        .package
        .oneofs
        .iter()
        .zip(&rule.found)
        .find(|(_, found)| !**found)
    {
        None => Ok(()),
        Some((var, _)) => Err(Error::ShapeNotFound {
            rule: "oneofs",
            expected: format!(
                "`if {var}.is_some() {{ return Err(..) }} {var} = map_.next_value..;` \
                 (the reader of a member of oneof `{}`)",
                var.trim_end_matches('_')
            ),
        }),
    }
}

struct Oneofs<'a> {
    cx: &'a Context,
    /// Per oneof variable of the schema: whether a member's reader was found.
    found: Vec<bool>,
}

impl Oneofs<'_> {
    /// The oneof variable `V` of `if V.is_some() { return Err(..); }`.
    fn duplicate_check(&self, stmt: &Stmt) -> Option<usize> {
        let Stmt::Expr(Expr::If(check), _) = stmt else {
            return None;
        };
        let (var, args) = method(&check.cond, "is_some")?;
        let returns = matches!(
            check.then_branch.stmts.as_slice(),
            [Stmt::Expr(Expr::Return(_), _)]
        );
        if !args.is_empty() || check.else_branch.is_some() || !returns {
            return None;
        }
        let var = compact(var);
        self.cx.package.oneofs.iter().position(|o| *o == var)
    }
}

impl VisitMut for Oneofs<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        visit_mut::visit_block_mut(self, block);
        let mut i = 0;
        while i + 1 < block.stmts.len() {
            let Some(index) = self.duplicate_check(&block.stmts[i]) else {
                i += 1;
                continue;
            };
            let var = &self.cx.package.oneofs[index];
            let Stmt::Expr(Expr::Assign(assign), Some(_)) = &block.stmts[i + 1] else {
                i += 1;
                continue;
            };
            if compact(&assign.left) != *var || !compact(&assign.right).contains("map_.next_value")
            {
                i += 1;
                continue;
            }
            let check = &block.stmts[i];
            let read = &assign.right;
            let var: syn::Ident = syn::Ident::new(var, proc_macro2::Span::call_site());
            let new: Vec<Stmt> = vec![
                syn::parse_quote!(let read__ = #read;),
                syn::parse_quote!(if read__.is_some() { #check #var = read__; }),
            ];
            block.stmts.splice(i..i + 2, new);
            self.found[index] = true;
            i += 2;
        }
    }
}
