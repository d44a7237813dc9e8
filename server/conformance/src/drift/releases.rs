//! The released `kagzi.v1` contracts, embedded at build time from
//! `releases/vX.Y.Z.binpb` (see build.rs), oldest first.

use std::sync::OnceLock;

use super::schema::Schema;

include!(concat!(env!("OUT_DIR"), "/releases.rs"));

pub struct Release {
    /// `1.1.0`
    pub version: &'static str,
    pub schema: Schema,
}

/// Every release, oldest first; decoded once.
pub fn all() -> &'static [Release] {
    static DECODED: OnceLock<Vec<Release>> = OnceLock::new();
    DECODED.get_or_init(|| {
        RELEASES
            .iter()
            .map(|(version, bytes)| Release {
                version,
                // The images are ours, checked in and checked by `make
                // breaking`; one that does not decode is a broken build.
                schema: Schema::decode(bytes)
                    .unwrap_or_else(|e| panic!("releases/v{version}.binpb: {e}")),
            })
            .collect()
    })
}

/// The newest release.
pub fn newest() -> &'static Release {
    all().last().expect("build.rs refuses an empty releases/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_release_is_embedded_in_order_and_compares_equal_to_itself() {
        let versions: Vec<&str> = all().iter().map(|r| r.version).collect();
        assert!(
            versions.contains(&"1.0.0") && versions.contains(&"1.1.0"),
            "{versions:?}"
        );
        for r in all() {
            assert!(r.schema.services.contains_key("kagzi.v1.WorkflowService"));
            let (diffs, additions) = super::super::compare::compare(&r.schema, &r.schema);
            assert!(
                diffs.is_empty() && additions.is_empty(),
                "{}: {diffs:?} {additions:?}",
                r.version
            );
        }
        // Each release only adds to the one before (what `make breaking` holds).
        for pair in all().windows(2) {
            let (diffs, additions) =
                super::super::compare::compare(&pair[0].schema, &pair[1].schema);
            assert!(
                diffs.is_empty(),
                "{} -> {}: {diffs:?}",
                pair[0].version,
                pair[1].version
            );
            assert!(
                !additions.is_empty(),
                "{} -> {} adds nothing",
                pair[0].version,
                pair[1].version
            );
        }
    }
}
