//! What the rules need to know from the descriptors: the package's enums,
//! its float fields (per message) and its real oneofs, named the way
//! pbjson-build names them in its output.

use heck::ToSnakeCase as _;
use prost_types::{
    DescriptorProto, FieldDescriptorProto, FileDescriptorSet,
    field_descriptor_proto::{Label, Type},
};

/// The parts of one proto package the post-processor acts on.
#[derive(Debug, Default)]
pub struct Package {
    /// Rust paths of the package's enums relative to the package module, as
    /// pbjson writes them (`Status`, `outer::Kind`), sorted.
    pub enums: Vec<String>,
    /// Float and double fields, by message.
    pub floats: Vec<FloatField>,
    /// The variables pbjson reads real (not synthetic) oneofs into, `<name>__`.
    pub oneofs: Vec<String>,
    /// Rust paths of the package's messages relative to the package module
    /// (`Outer`, `outer::Inner`), map entries left out.
    pub messages: Vec<String>,
    /// Fields whose value is a message of this package, whose reader (the
    /// generated `ReadIn`) takes the reading mode.
    pub nested: Vec<NestedField>,
    /// `.<package>.`: the prefix of this package's type names.
    prefix: String,
    /// How many fields of each kind the package has: a rule whose kind is
    /// present must find its shape in pbjson's output.
    pub kinds: Kinds,
}

/// Field counts by the shape of code pbjson generates for them.
#[derive(Debug, Default, Clone, Copy)]
pub struct Kinds {
    /// Messages (not map entries): each has a field-name visitor.
    pub messages: usize,
    /// Fields of those messages: each has a reader in its message's `visit_map`.
    pub fields: usize,
    /// Strings, bools and repeated messages, read as `Some(map_.next_value()?)`.
    pub plain: usize,
    /// Number fields (not in maps), read through pbjson's `NumberDeserialize`.
    pub numbers: usize,
    /// Repeated number or bytes fields.
    pub repeated_numbers_or_bytes: usize,
    /// Number or bytes fields that are neither repeated, optional nor in a oneof.
    pub singular_numbers_or_bytes: usize,
    /// Bytes fields (not in maps), read through pbjson's `BytesDeserialize`.
    pub bytes: usize,
    pub maps: usize,
    pub enum_singular: usize,
    pub enum_optional: usize,
    pub enum_repeated: usize,
    pub enum_map_values: usize,
    pub enum_oneof_members: usize,
}

/// A field whose value is (or holds) a message of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NestedField {
    /// The message's Rust path relative to the package module.
    pub message: String,
    /// The JSON name pbjson uses for the field (`retryPolicy`).
    pub json: String,
    pub shape: NestedShape,
}

/// How a message-valued field is read: each shape has its own reader code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NestedShape {
    /// `Option<T>`: a singular (or proto3 `optional`) message field.
    Singular,
    /// `Vec<T>`.
    Repeated,
    /// A map with message values.
    MapValue,
    /// A member of a real oneof.
    OneofMember,
}

/// A float or double field (or a map with float values) of a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FloatField {
    /// The message's Rust path relative to the package module (`outer::Inner`).
    pub message: String,
    /// prost's field name (`ratio`, `r#type`).
    pub field: String,
    /// The JSON name pbjson prints (`backoffCoefficient`).
    pub json: String,
    pub shape: FloatShape,
}

/// Where a float sits in a message: each shape has its own output code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FloatShape {
    /// `struct_ser.serialize_field("x", &self.x)`
    Singular,
    /// The same call on a `Vec<f64>`.
    Repeated,
    /// The same call on a map with float values.
    MapValue,
    /// A oneof member or an optional scalar, printed from `v`:
    /// `struct_ser.serialize_field("x", v)`.
    Optional,
}

impl Package {
    /// Collects the package `package` of `fds`.
    pub fn read(fds: &FileDescriptorSet, package: &str) -> Package {
        let mut out = Package {
            prefix: format!(".{package}."),
            ..Package::default()
        };
        for file in fds.file.iter().filter(|f| f.package() == package) {
            // proto2's `optional` scalars are `Option<T>` in prost.
            let proto2 = file.syntax.as_deref().unwrap_or("proto2") == "proto2";
            for e in &file.enum_type {
                out.enums.push(e.name().to_string());
            }
            for m in &file.message_type {
                out.walk(m, "", proto2);
            }
        }
        out.enums.sort();
        out.floats.sort();
        out
    }

    fn walk(&mut self, m: &DescriptorProto, module: &str, proto2: bool) {
        self.kinds.messages += 1;
        let message = format!("{module}{}", m.name());
        self.messages.push(message.clone());
        let inner = format!("{module}{}::", m.name().to_snake_case());
        for e in &m.enum_type {
            self.enums.push(format!("{inner}{}", e.name()));
        }
        for (i, o) in m.oneof_decl.iter().enumerate() {
            let real = m
                .field
                .iter()
                .any(|f| f.oneof_index == Some(i as i32) && !f.proto3_optional());
            if real {
                self.oneofs.push(format!("{}__", o.name().to_snake_case()));
            }
        }
        // Map entry types (by their proto type name suffix) and their value.
        let mut map_entries = Vec::new();
        // The map entries whose value is a message of the package.
        let mut message_maps = Vec::new();
        for n in &m.nested_type {
            if !n.options.as_ref().is_some_and(|o| o.map_entry()) {
                self.walk(n, &inner, proto2);
            } else if let Some(value) = n.field.iter().find(|v| v.number() == 2) {
                map_entries.push((format!(".{}", n.name()), value.r#type()));
                if self.is_package_message(value) {
                    message_maps.push(format!(".{}", n.name()));
                }
            }
        }
        let float_maps: Vec<&String> = map_entries
            .iter()
            .filter(|(_, t)| matches!(t, Type::Double | Type::Float))
            .map(|(name, _)| name)
            .collect();
        for f in &m.field {
            self.count(f, &map_entries, proto2);
            let map = f.r#type() == Type::Message
                && map_entries
                    .iter()
                    .any(|(suffix, _)| f.type_name().ends_with(suffix.as_str()));
            let nested = if map {
                message_maps
                    .iter()
                    .any(|suffix| f.type_name().ends_with(suffix.as_str()))
                    .then_some(NestedShape::MapValue)
            } else if !self.is_package_message(f) {
                None
            } else if f.label() == Label::Repeated {
                Some(NestedShape::Repeated)
            } else if f.oneof_index.is_some() && !f.proto3_optional() {
                Some(NestedShape::OneofMember)
            } else {
                Some(NestedShape::Singular)
            };
            if let Some(shape) = nested {
                self.nested.push(NestedField {
                    message: message.clone(),
                    json: f.json_name().to_string(),
                    shape,
                });
            }
            let is_float = matches!(f.r#type(), Type::Double | Type::Float);
            let shape = if f.r#type() == Type::Message
                && float_maps
                    .iter()
                    .any(|suffix| f.type_name().ends_with(suffix.as_str()))
            {
                FloatShape::MapValue
            } else if !is_float {
                continue;
            } else if f.label() == Label::Repeated {
                FloatShape::Repeated
            } else if f.oneof_index.is_some() || (proto2 && f.label() == Label::Optional) {
                FloatShape::Optional
            } else {
                FloatShape::Singular
            };
            self.floats.push(FloatField {
                message: message.clone(),
                field: rust_field_name(f.name()),
                json: f.json_name().to_string(),
                shape,
            });
        }
    }
}

impl Package {
    /// Whether `f` is a message of this package (which has a `ReadIn`).
    fn is_package_message(&self, f: &FieldDescriptorProto) -> bool {
        f.r#type() == Type::Message && f.type_name().starts_with(&self.prefix)
    }

    fn count(&mut self, f: &FieldDescriptorProto, map_entries: &[(String, Type)], proto2: bool) {
        let k = &mut self.kinds;
        k.fields += 1;
        let map_value = map_entries
            .iter()
            .find(|(suffix, _)| {
                f.r#type() == Type::Message && f.type_name().ends_with(suffix.as_str())
            })
            .map(|(_, t)| *t);
        let repeated = f.label() == Label::Repeated;
        let optional = f.proto3_optional() || (proto2 && f.label() == Label::Optional);
        let real_oneof = f.oneof_index.is_some() && !f.proto3_optional();
        match (map_value, f.r#type()) {
            (Some(value), _) => {
                k.maps += 1;
                if value == Type::Enum {
                    k.enum_map_values += 1;
                }
            }
            (None, Type::Enum) if repeated => k.enum_repeated += 1,
            (None, Type::Enum) if real_oneof => k.enum_oneof_members += 1,
            (None, Type::Enum) if optional => k.enum_optional += 1,
            (None, Type::Enum) => k.enum_singular += 1,
            (None, Type::Bytes) => {
                k.bytes += 1;
                k.repeated_numbers_or_bytes += usize::from(repeated);
                k.singular_numbers_or_bytes += usize::from(!repeated && !optional && !real_oneof);
            }
            (None, Type::String | Type::Bool | Type::Message) => {
                let singular_value = f.r#type() != Type::Message && !optional && !real_oneof;
                k.plain += usize::from(repeated || singular_value);
            }
            (None, Type::Group) => {}
            (None, _) => {
                k.numbers += 1;
                k.repeated_numbers_or_bytes += usize::from(repeated);
                k.singular_numbers_or_bytes += usize::from(!repeated && !optional && !real_oneof);
            }
        }
    }
}

/// prost's field name for a proto field (snake_case, raw identifiers for keywords).
pub fn rust_field_name(name: &str) -> String {
    let name = name.to_snake_case();
    match name.as_str() {
        "type" | "match" | "fn" | "impl" | "mod" | "struct" | "enum" | "use" | "ref" | "self"
        | "loop" | "move" | "where" | "async" | "await" => format!("r#{name}"),
        _ => name,
    }
}
