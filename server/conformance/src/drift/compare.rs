//! Wire rules: what a server's `kagzi.v1` must keep of a released one for
//! a client of that release to talk to it, binary and proto3 JSON, in the
//! spirit of `buf breaking` with its WIRE_JSON category:
//!
//! - a field keeps its number, type, cardinality (implicit, optional,
//!   repeated, map), JSON name and oneof;
//! - an enum keeps every value number, with its name (JSON carries names);
//! - a service keeps every RPC with its request and response types and
//!   streaming sides.
//!
//! Two points are stricter than buf, because the suite judges a server and
//! not a schema edit: a message, enum, service or RPC that the server does
//! not have at all is a difference (a client of the release would call or
//! send it), and any change of a field's type counts (buf lets a few
//! integer types trade places on the wire). Field names are used only to
//! pair fields up (a field found under its old name at a new number has
//! moved); a renamed field with the same number and JSON name is the same
//! field on the wire.
//!
//! What the server has beyond the release (new messages, fields, values,
//! RPCs, services) is never a difference; it is listed as an addition.

use std::collections::BTreeMap;

use super::schema::{Field, Schema};

/// One way the server's wire differs from the release's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// Full name: `kagzi.v1.WorkflowRun.run_id`, `kagzi.v1.WorkflowStatus`
    /// value 3, `kagzi.v1.WorkflowService.GetWorkflow`.
    pub element: String,
    /// Which rule: see [`Rule::as_str`].
    pub rule: Rule,
    /// What the release has (empty: nothing).
    pub release: String,
    /// What the server has (empty: nothing).
    pub server: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    MessageMissing,
    FieldMissing,
    FieldNumber,
    FieldType,
    FieldCardinality,
    FieldJsonName,
    FieldOneof,
    EnumMissing,
    EnumValueMissing,
    EnumValueName,
    ServiceMissing,
    RpcMissing,
    RpcRequest,
    RpcResponse,
    RpcStreaming,
}

impl Rule {
    /// The name the table and the JSON report use.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::MessageMissing => "message missing",
            Rule::FieldMissing => "field missing",
            Rule::FieldNumber => "field number",
            Rule::FieldType => "field type",
            Rule::FieldCardinality => "field cardinality",
            Rule::FieldJsonName => "field JSON name",
            Rule::FieldOneof => "field oneof",
            Rule::EnumMissing => "enum missing",
            Rule::EnumValueMissing => "enum value missing",
            Rule::EnumValueName => "enum value name",
            Rule::ServiceMissing => "service missing",
            Rule::RpcMissing => "RPC missing",
            Rule::RpcRequest => "RPC request type",
            Rule::RpcResponse => "RPC response type",
            Rule::RpcStreaming => "RPC streaming",
        }
    }
}

/// The differences of `server` from `release` (in element order) and the
/// elements the server has beyond it (full names, with what they are).
pub fn compare(release: &Schema, server: &Schema) -> (Vec<Difference>, Vec<String>) {
    let mut diffs = Vec::new();
    let mut additions = Vec::new();
    let mut diff = |element: String, rule: Rule, release: String, server: String| {
        diffs.push(Difference {
            element,
            rule,
            release,
            server,
        })
    };

    for (name, fields) in &release.messages {
        match server.messages.get(name) {
            None => diff(
                name.clone(),
                Rule::MessageMissing,
                "message".into(),
                String::new(),
            ),
            Some(theirs) => compare_fields(name, fields, theirs, &mut diff, &mut additions),
        }
    }
    additions.extend(
        server
            .messages
            .keys()
            .filter(|n| !release.messages.contains_key(*n))
            .map(|n| format!("message {n}")),
    );

    for (name, values) in &release.enums {
        let Some(theirs) = server.enums.get(name) else {
            diff(
                name.clone(),
                Rule::EnumMissing,
                "enum".into(),
                String::new(),
            );
            continue;
        };
        for (number, value) in values {
            let element = format!("{name} = {number}");
            match theirs.get(number) {
                None => diff(
                    element,
                    Rule::EnumValueMissing,
                    value.clone(),
                    String::new(),
                ),
                Some(v) if v != value => {
                    diff(element, Rule::EnumValueName, value.clone(), v.clone())
                }
                Some(_) => {}
            }
        }
        additions.extend(
            theirs
                .iter()
                .filter(|(n, _)| !values.contains_key(n))
                .map(|(n, v)| format!("enum value {name}.{v} = {n}")),
        );
    }
    additions.extend(
        server
            .enums
            .keys()
            .filter(|n| !release.enums.contains_key(*n))
            .map(|n| format!("enum {n}")),
    );

    for (name, rpcs) in &release.services {
        let Some(theirs) = server.services.get(name) else {
            diff(
                name.clone(),
                Rule::ServiceMissing,
                "service".into(),
                String::new(),
            );
            continue;
        };
        for (rpc, ours) in rpcs {
            let element = format!("{name}.{rpc}");
            let Some(t) = theirs.get(rpc) else {
                diff(element, Rule::RpcMissing, ours.signature(), String::new());
                continue;
            };
            if ours.request != t.request {
                diff(
                    element.clone(),
                    Rule::RpcRequest,
                    ours.request.clone(),
                    t.request.clone(),
                );
            }
            if ours.response != t.response {
                diff(
                    element.clone(),
                    Rule::RpcResponse,
                    ours.response.clone(),
                    t.response.clone(),
                );
            }
            if (ours.client_streaming, ours.server_streaming)
                != (t.client_streaming, t.server_streaming)
            {
                diff(element, Rule::RpcStreaming, ours.signature(), t.signature());
            }
        }
        additions.extend(
            theirs
                .keys()
                .filter(|r| !rpcs.contains_key(*r))
                .map(|r| format!("RPC {name}.{r}")),
        );
    }
    additions.extend(
        server
            .services
            .keys()
            .filter(|n| !release.services.contains_key(*n))
            .map(|n| format!("service {n}")),
    );
    (diffs, additions)
}

fn compare_fields(
    message: &str,
    ours: &BTreeMap<String, Field>,
    theirs: &BTreeMap<String, Field>,
    diff: &mut impl FnMut(String, Rule, String, String),
    additions: &mut Vec<String>,
) {
    for (name, f) in ours {
        let element = format!("{message}.{name}");
        // Paired by name first, so a moved field reads as "number 1 -> 2",
        // then by number, so a renamed one is compared where it sits.
        let t = match theirs.get(name) {
            Some(t) => {
                if t.number != f.number {
                    diff(
                        element.clone(),
                        Rule::FieldNumber,
                        f.number.to_string(),
                        t.number.to_string(),
                    );
                }
                t
            }
            None => match theirs.values().find(|t| t.number == f.number) {
                Some(t) => t,
                None => {
                    diff(
                        element,
                        Rule::FieldMissing,
                        format!("{} = {}", f.ty, f.number),
                        String::new(),
                    );
                    continue;
                }
            },
        };
        if t.ty != f.ty {
            diff(element.clone(), Rule::FieldType, f.ty.clone(), t.ty.clone());
        }
        if t.cardinality != f.cardinality {
            diff(
                element.clone(),
                Rule::FieldCardinality,
                f.cardinality.clone(),
                t.cardinality.clone(),
            );
        }
        if t.json_name != f.json_name {
            diff(
                element.clone(),
                Rule::FieldJsonName,
                f.json_name.clone(),
                t.json_name.clone(),
            );
        }
        if t.oneof != f.oneof {
            let show = |o: &Option<String>| o.clone().unwrap_or_else(|| "(none)".into());
            diff(element, Rule::FieldOneof, show(&f.oneof), show(&t.oneof));
        }
    }
    for (name, t) in theirs {
        let known = ours.contains_key(name) || ours.values().any(|f| f.number == t.number);
        if !known {
            additions.push(format!("field {message}.{name} = {}", t.number));
        }
    }
}
