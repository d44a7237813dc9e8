//! The coverage gate: every message type a version adds has, in that
//! version's folder, a valid case and an input to reject in each encoding.

use std::collections::{BTreeMap, BTreeSet};

use prost_reflect::DescriptorPool;

/// How many cases of each kind a type directory holds: the coverage gate
/// needs a valid case and a bad input of each encoding for every new type.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub valid: usize,
    pub bad_binary: usize,
    pub bad_json: usize,
}

/// The kagzi.v1 message types of a schema image, sorted.
pub fn kagzi_messages(pool: &DescriptorPool) -> BTreeSet<String> {
    pool.all_messages()
        .filter(|m| m.package_name() == "kagzi.v1" && !m.is_map_entry())
        .map(|m| m.full_name().to_string())
        .collect()
}

/// One line per added type that lacks a valid case, a bad binary input or a
/// bad JSON input, saying which; empty when every added type is covered.
pub fn coverage_gaps(added: &[&String], covered: &BTreeMap<String, Coverage>) -> Vec<String> {
    let mut gaps = Vec::new();
    for message_type in added {
        let coverage = covered.get(*message_type).copied().unwrap_or_default();
        let missing: Vec<&str> = [
            (coverage.valid, "a valid case (.txtpb)"),
            (coverage.bad_binary, "a bad binary input (.bad.binpb.hex)"),
            (coverage.bad_json, "a bad JSON input (.bad.json.in)"),
        ]
        .into_iter()
        .filter(|(n, _)| *n == 0)
        .map(|(_, what)| what)
        .collect();
        if !missing.is_empty() {
            gaps.push(format!("{message_type} lacks {}", missing.join(", ")));
        }
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_gaps_name_each_missing_kind() {
        let complete = Coverage {
            valid: 2,
            bad_binary: 1,
            bad_json: 3,
        };
        let no_bad_json = Coverage {
            bad_json: 0,
            ..complete
        };
        let only_valid = Coverage {
            valid: 1,
            ..Coverage::default()
        };
        let covered: BTreeMap<String, Coverage> = [
            ("kagzi.v1.A".to_string(), complete),
            ("kagzi.v1.B".to_string(), no_bad_json),
            ("kagzi.v1.C".to_string(), only_valid),
        ]
        .into_iter()
        .collect();
        let names = ["kagzi.v1.A", "kagzi.v1.B", "kagzi.v1.C", "kagzi.v1.D"].map(String::from);
        let added: Vec<&String> = names.iter().collect();
        assert_eq!(
            coverage_gaps(&added, &covered),
            vec![
                "kagzi.v1.B lacks a bad JSON input (.bad.json.in)".to_string(),
                "kagzi.v1.C lacks a bad binary input (.bad.binpb.hex), a bad JSON input (.bad.json.in)"
                    .to_string(),
                "kagzi.v1.D lacks a valid case (.txtpb), a bad binary input (.bad.binpb.hex), a bad \
                 JSON input (.bad.json.in)"
                    .to_string(),
            ]
        );
        // Only added types are checked: an old type needs nothing new.
        assert!(coverage_gaps(&added[..1], &covered).is_empty());
    }
}
