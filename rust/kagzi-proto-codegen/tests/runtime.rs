//! The post-processor writes calls to kagzi-proto's JSON runtime by name,
//! all taken from `postprocess::runtime`. This test reads the runtime's
//! index (`rust/kagzi-proto/src/json/private.rs`) and fails when a name the
//! post-processor writes is not exported there, so a helper renamed on one
//! side only is caught here, not by the next regeneration's compile errors.

use std::collections::BTreeSet;
use std::path::Path;

use kagzi_proto_codegen::postprocess::runtime;

/// Exports the generated code does not name: used by other parts of the
/// crate or by the exported helpers' own signatures.
const NOT_WRITTEN_BY_THE_GENERATOR: &[&str] = &[
    "Base64",        // what `base64_encode` returns
    "Integer64",     // `Decimal`'s bound
    "JsonNumber",    // `Number`'s bound
    "Strict",        // `json::from_str_strict`'s mode
    "unknown_field", // the status reader's unknown members
];

fn exported() -> BTreeSet<String> {
    let index = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kagzi-proto/src/json/private.rs");
    let text = std::fs::read_to_string(&index).unwrap();
    let file: syn::File = syn::parse_str(&text).unwrap();
    let mut names = BTreeSet::new();
    for item in &file.items {
        match item {
            syn::Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_)) => {
                collect(&u.tree, &mut names)
            }
            syn::Item::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => {
                names.insert(f.sig.ident.to_string());
            }
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => {
                names.insert(s.ident.to_string());
            }
            syn::Item::Trait(t) if matches!(t.vis, syn::Visibility::Public(_)) => {
                names.insert(t.ident.to_string());
            }
            _ => {}
        }
    }
    names
}

fn collect(tree: &syn::UseTree, names: &mut BTreeSet<String>) {
    match tree {
        syn::UseTree::Path(p) => collect(&p.tree, names),
        syn::UseTree::Name(n) => {
            names.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            names.insert(r.rename.to_string());
        }
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| collect(t, names)),
        syn::UseTree::Glob(_) => panic!("the runtime's index must name its exports, not `*`"),
    }
}

#[test]
fn every_name_the_generator_writes_is_exported_by_the_runtime() {
    let exported = exported();
    let missing: Vec<&str> = runtime::ALL
        .iter()
        .copied()
        .filter(|n| !exported.contains(*n))
        .collect();
    assert!(
        missing.is_empty(),
        "kagzi_proto::json::private does not export {missing:?}; exports: {exported:?}"
    );
}

#[test]
fn every_export_of_the_runtime_is_accounted_for() {
    let unknown: Vec<String> = exported()
        .into_iter()
        .filter(|n| {
            !runtime::ALL.contains(&n.as_str())
                && !NOT_WRITTEN_BY_THE_GENERATOR.contains(&n.as_str())
        })
        .collect();
    assert!(
        unknown.is_empty(),
        "runtime exports {unknown:?} that neither the generator writes \
         (postprocess::runtime) nor this test lists"
    );
}
