impl serde::Serialize for EnumOnlyProto3 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto3.EnumOnlyProto3", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnumOnlyProto3 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(_value: &str) -> ::std::option::Option<GeneratedField> {
                None
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnumOnlyProto3;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto3.EnumOnlyProto3")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<EnumOnlyProto3, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                while map_
                    .next_key_seed(
                        ::kagzi_proto::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                    .is_some()
                {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(EnumOnlyProto3 {})
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto3.EnumOnlyProto3",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for enum_only_proto3::Bool {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::KFalse => "kFalse",
            Self::KTrue => "kTrue",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for enum_only_proto3::Bool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["kFalse", "kTrue"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = enum_only_proto3::Bool;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", & FIELDS)
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Signed(v),
                            &self,
                        )
                    })
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Unsigned(v),
                            &self,
                        )
                    })
            }
            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "kFalse" => Ok(enum_only_proto3::Bool::KFalse),
                    "kTrue" => Ok(enum_only_proto3::Bool::KTrue),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ForeignEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::ForeignFoo => "FOREIGN_FOO",
            Self::ForeignBar => "FOREIGN_BAR",
            Self::ForeignBaz => "FOREIGN_BAZ",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ForeignEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["FOREIGN_FOO", "FOREIGN_BAR", "FOREIGN_BAZ"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ForeignEnum;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", & FIELDS)
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Signed(v),
                            &self,
                        )
                    })
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Unsigned(v),
                            &self,
                        )
                    })
            }
            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "FOREIGN_FOO" => Ok(ForeignEnum::ForeignFoo),
                    "FOREIGN_BAR" => Ok(ForeignEnum::ForeignBar),
                    "FOREIGN_BAZ" => Ok(ForeignEnum::ForeignBaz),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ForeignMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.c != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto3.ForeignMessage", len)?;
        if self.c != 0 {
            struct_ser.serialize_field("c", &self.c)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ForeignMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["c"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            C,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "c" => Some(GeneratedField::C),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ForeignMessage;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto3.ForeignMessage")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ForeignMessage, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut c__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        ::kagzi_proto::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::C => {
                            if c__.is_some() {
                                return Err(serde::de::Error::duplicate_field("c"));
                            }
                            c__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ForeignMessage {
                    c: c__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto3.ForeignMessage",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for NullHypothesisProto3 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto3.NullHypothesisProto3",
                len,
            )?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NullHypothesisProto3 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(_value: &str) -> ::std::option::Option<GeneratedField> {
                None
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NullHypothesisProto3;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto3.NullHypothesisProto3",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<NullHypothesisProto3, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                while map_
                    .next_key_seed(
                        ::kagzi_proto::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                    .is_some()
                {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(NullHypothesisProto3 {})
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto3.NullHypothesisProto3",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TestAllTypesProto3 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.optional_int32 != 0 {
            len += 1;
        }
        if self.optional_int64 != 0 {
            len += 1;
        }
        if self.optional_uint32 != 0 {
            len += 1;
        }
        if self.optional_uint64 != 0 {
            len += 1;
        }
        if self.optional_sint32 != 0 {
            len += 1;
        }
        if self.optional_sint64 != 0 {
            len += 1;
        }
        if self.optional_fixed32 != 0 {
            len += 1;
        }
        if self.optional_fixed64 != 0 {
            len += 1;
        }
        if self.optional_sfixed32 != 0 {
            len += 1;
        }
        if self.optional_sfixed64 != 0 {
            len += 1;
        }
        if self.optional_float != 0. {
            len += 1;
        }
        if self.optional_double != 0. {
            len += 1;
        }
        if self.optional_bool {
            len += 1;
        }
        if !self.optional_string.is_empty() {
            len += 1;
        }
        if !self.optional_bytes.is_empty() {
            len += 1;
        }
        if self.optional_nested_message.is_some() {
            len += 1;
        }
        if self.optional_foreign_message.is_some() {
            len += 1;
        }
        if self.optional_nested_enum != 0 {
            len += 1;
        }
        if self.optional_foreign_enum != 0 {
            len += 1;
        }
        if self.optional_aliased_enum != 0 {
            len += 1;
        }
        if !self.optional_string_piece.is_empty() {
            len += 1;
        }
        if !self.optional_cord.is_empty() {
            len += 1;
        }
        if self.recursive_message.is_some() {
            len += 1;
        }
        if !self.repeated_int32.is_empty() {
            len += 1;
        }
        if !self.repeated_int64.is_empty() {
            len += 1;
        }
        if !self.repeated_uint32.is_empty() {
            len += 1;
        }
        if !self.repeated_uint64.is_empty() {
            len += 1;
        }
        if !self.repeated_sint32.is_empty() {
            len += 1;
        }
        if !self.repeated_sint64.is_empty() {
            len += 1;
        }
        if !self.repeated_fixed32.is_empty() {
            len += 1;
        }
        if !self.repeated_fixed64.is_empty() {
            len += 1;
        }
        if !self.repeated_sfixed32.is_empty() {
            len += 1;
        }
        if !self.repeated_sfixed64.is_empty() {
            len += 1;
        }
        if !self.repeated_float.is_empty() {
            len += 1;
        }
        if !self.repeated_double.is_empty() {
            len += 1;
        }
        if !self.repeated_bool.is_empty() {
            len += 1;
        }
        if !self.repeated_string.is_empty() {
            len += 1;
        }
        if !self.repeated_bytes.is_empty() {
            len += 1;
        }
        if !self.repeated_nested_message.is_empty() {
            len += 1;
        }
        if !self.repeated_foreign_message.is_empty() {
            len += 1;
        }
        if !self.repeated_nested_enum.is_empty() {
            len += 1;
        }
        if !self.repeated_foreign_enum.is_empty() {
            len += 1;
        }
        if !self.repeated_string_piece.is_empty() {
            len += 1;
        }
        if !self.repeated_cord.is_empty() {
            len += 1;
        }
        if !self.packed_int32.is_empty() {
            len += 1;
        }
        if !self.packed_int64.is_empty() {
            len += 1;
        }
        if !self.packed_uint32.is_empty() {
            len += 1;
        }
        if !self.packed_uint64.is_empty() {
            len += 1;
        }
        if !self.packed_sint32.is_empty() {
            len += 1;
        }
        if !self.packed_sint64.is_empty() {
            len += 1;
        }
        if !self.packed_fixed32.is_empty() {
            len += 1;
        }
        if !self.packed_fixed64.is_empty() {
            len += 1;
        }
        if !self.packed_sfixed32.is_empty() {
            len += 1;
        }
        if !self.packed_sfixed64.is_empty() {
            len += 1;
        }
        if !self.packed_float.is_empty() {
            len += 1;
        }
        if !self.packed_double.is_empty() {
            len += 1;
        }
        if !self.packed_bool.is_empty() {
            len += 1;
        }
        if !self.packed_nested_enum.is_empty() {
            len += 1;
        }
        if !self.unpacked_int32.is_empty() {
            len += 1;
        }
        if !self.unpacked_int64.is_empty() {
            len += 1;
        }
        if !self.unpacked_uint32.is_empty() {
            len += 1;
        }
        if !self.unpacked_uint64.is_empty() {
            len += 1;
        }
        if !self.unpacked_sint32.is_empty() {
            len += 1;
        }
        if !self.unpacked_sint64.is_empty() {
            len += 1;
        }
        if !self.unpacked_fixed32.is_empty() {
            len += 1;
        }
        if !self.unpacked_fixed64.is_empty() {
            len += 1;
        }
        if !self.unpacked_sfixed32.is_empty() {
            len += 1;
        }
        if !self.unpacked_sfixed64.is_empty() {
            len += 1;
        }
        if !self.unpacked_float.is_empty() {
            len += 1;
        }
        if !self.unpacked_double.is_empty() {
            len += 1;
        }
        if !self.unpacked_bool.is_empty() {
            len += 1;
        }
        if !self.unpacked_nested_enum.is_empty() {
            len += 1;
        }
        if !self.map_int32_int32.is_empty() {
            len += 1;
        }
        if !self.map_int64_int64.is_empty() {
            len += 1;
        }
        if !self.map_uint32_uint32.is_empty() {
            len += 1;
        }
        if !self.map_uint64_uint64.is_empty() {
            len += 1;
        }
        if !self.map_sint32_sint32.is_empty() {
            len += 1;
        }
        if !self.map_sint64_sint64.is_empty() {
            len += 1;
        }
        if !self.map_fixed32_fixed32.is_empty() {
            len += 1;
        }
        if !self.map_fixed64_fixed64.is_empty() {
            len += 1;
        }
        if !self.map_sfixed32_sfixed32.is_empty() {
            len += 1;
        }
        if !self.map_sfixed64_sfixed64.is_empty() {
            len += 1;
        }
        if !self.map_int32_float.is_empty() {
            len += 1;
        }
        if !self.map_int32_double.is_empty() {
            len += 1;
        }
        if !self.map_bool_bool.is_empty() {
            len += 1;
        }
        if !self.map_string_string.is_empty() {
            len += 1;
        }
        if !self.map_string_bytes.is_empty() {
            len += 1;
        }
        if !self.map_string_nested_message.is_empty() {
            len += 1;
        }
        if !self.map_string_foreign_message.is_empty() {
            len += 1;
        }
        if !self.map_string_nested_enum.is_empty() {
            len += 1;
        }
        if !self.map_string_foreign_enum.is_empty() {
            len += 1;
        }
        if self.optional_bool_wrapper.is_some() {
            len += 1;
        }
        if self.optional_int32_wrapper.is_some() {
            len += 1;
        }
        if self.optional_int64_wrapper.is_some() {
            len += 1;
        }
        if self.optional_uint32_wrapper.is_some() {
            len += 1;
        }
        if self.optional_uint64_wrapper.is_some() {
            len += 1;
        }
        if self.optional_float_wrapper.is_some() {
            len += 1;
        }
        if self.optional_double_wrapper.is_some() {
            len += 1;
        }
        if self.optional_string_wrapper.is_some() {
            len += 1;
        }
        if self.optional_bytes_wrapper.is_some() {
            len += 1;
        }
        if !self.repeated_bool_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_int32_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_int64_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_uint32_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_uint64_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_float_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_double_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_string_wrapper.is_empty() {
            len += 1;
        }
        if !self.repeated_bytes_wrapper.is_empty() {
            len += 1;
        }
        if self.optional_duration.is_some() {
            len += 1;
        }
        if self.optional_timestamp.is_some() {
            len += 1;
        }
        if self.optional_field_mask.is_some() {
            len += 1;
        }
        if self.optional_struct.is_some() {
            len += 1;
        }
        if self.optional_any.is_some() {
            len += 1;
        }
        if self.optional_value.is_some() {
            len += 1;
        }
        if self.optional_null_value != 0 {
            len += 1;
        }
        if !self.repeated_duration.is_empty() {
            len += 1;
        }
        if !self.repeated_timestamp.is_empty() {
            len += 1;
        }
        if !self.repeated_fieldmask.is_empty() {
            len += 1;
        }
        if !self.repeated_struct.is_empty() {
            len += 1;
        }
        if !self.repeated_any.is_empty() {
            len += 1;
        }
        if !self.repeated_value.is_empty() {
            len += 1;
        }
        if !self.repeated_list_value.is_empty() {
            len += 1;
        }
        if self.fieldname1 != 0 {
            len += 1;
        }
        if self.field_name2 != 0 {
            len += 1;
        }
        if self.field_name3 != 0 {
            len += 1;
        }
        if self.field_name4 != 0 {
            len += 1;
        }
        if self.field0name5 != 0 {
            len += 1;
        }
        if self.field_0_name6 != 0 {
            len += 1;
        }
        if self.field_name7 != 0 {
            len += 1;
        }
        if self.field_name8 != 0 {
            len += 1;
        }
        if self.field_name9 != 0 {
            len += 1;
        }
        if self.field_name10 != 0 {
            len += 1;
        }
        if self.field_name11 != 0 {
            len += 1;
        }
        if self.field_name12 != 0 {
            len += 1;
        }
        if self.field_name13 != 0 {
            len += 1;
        }
        if self.field_name14 != 0 {
            len += 1;
        }
        if self.field_name15 != 0 {
            len += 1;
        }
        if self.field_name16 != 0 {
            len += 1;
        }
        if self.field_name17 != 0 {
            len += 1;
        }
        if self.field_name18 != 0 {
            len += 1;
        }
        if self.oneof_field.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto3.TestAllTypesProto3", len)?;
        if self.optional_int32 != 0 {
            struct_ser.serialize_field("optionalInt32", &self.optional_int32)?;
        }
        if self.optional_int64 != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalInt64",
                    &::kagzi_proto::json::private::Decimal(&self.optional_int64),
                )?;
        }
        if self.optional_uint32 != 0 {
            struct_ser.serialize_field("optionalUint32", &self.optional_uint32)?;
        }
        if self.optional_uint64 != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalUint64",
                    &::kagzi_proto::json::private::Decimal(&self.optional_uint64),
                )?;
        }
        if self.optional_sint32 != 0 {
            struct_ser.serialize_field("optionalSint32", &self.optional_sint32)?;
        }
        if self.optional_sint64 != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalSint64",
                    &::kagzi_proto::json::private::Decimal(&self.optional_sint64),
                )?;
        }
        if self.optional_fixed32 != 0 {
            struct_ser.serialize_field("optionalFixed32", &self.optional_fixed32)?;
        }
        if self.optional_fixed64 != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalFixed64",
                    &::kagzi_proto::json::private::Decimal(&self.optional_fixed64),
                )?;
        }
        if self.optional_sfixed32 != 0 {
            struct_ser.serialize_field("optionalSfixed32", &self.optional_sfixed32)?;
        }
        if self.optional_sfixed64 != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalSfixed64",
                    &::kagzi_proto::json::private::Decimal(&self.optional_sfixed64),
                )?;
        }
        if self.optional_float != 0. {
            struct_ser
                .serialize_field(
                    "optionalFloat",
                    &::kagzi_proto::json::private::Float(self.optional_float as f64),
                )?;
        }
        if self.optional_double != 0. {
            struct_ser
                .serialize_field(
                    "optionalDouble",
                    &::kagzi_proto::json::private::Float(self.optional_double as f64),
                )?;
        }
        if self.optional_bool {
            struct_ser.serialize_field("optionalBool", &self.optional_bool)?;
        }
        if !self.optional_string.is_empty() {
            struct_ser.serialize_field("optionalString", &self.optional_string)?;
        }
        if !self.optional_bytes.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalBytes",
                    &::kagzi_proto::json::private::base64_encode(&self.optional_bytes),
                )?;
        }
        if let Some(v) = self.optional_nested_message.as_ref() {
            struct_ser.serialize_field("optionalNestedMessage", v)?;
        }
        if let Some(v) = self.optional_foreign_message.as_ref() {
            struct_ser.serialize_field("optionalForeignMessage", v)?;
        }
        if self.optional_nested_enum != 0 {
            let v = ::kagzi_proto::json::private::EnumOut::<
                test_all_types_proto3::NestedEnum,
            >::new(self.optional_nested_enum);
            struct_ser.serialize_field("optionalNestedEnum", &v)?;
        }
        if self.optional_foreign_enum != 0 {
            let v = ::kagzi_proto::json::private::EnumOut::<
                ForeignEnum,
            >::new(self.optional_foreign_enum);
            struct_ser.serialize_field("optionalForeignEnum", &v)?;
        }
        if self.optional_aliased_enum != 0 {
            let v = ::kagzi_proto::json::private::EnumOut::<
                test_all_types_proto3::AliasedEnum,
            >::new(self.optional_aliased_enum);
            struct_ser.serialize_field("optionalAliasedEnum", &v)?;
        }
        if !self.optional_string_piece.is_empty() {
            struct_ser
                .serialize_field("optionalStringPiece", &self.optional_string_piece)?;
        }
        if !self.optional_cord.is_empty() {
            struct_ser.serialize_field("optionalCord", &self.optional_cord)?;
        }
        if let Some(v) = self.recursive_message.as_ref() {
            struct_ser.serialize_field("recursiveMessage", v)?;
        }
        if !self.repeated_int32.is_empty() {
            struct_ser.serialize_field("repeatedInt32", &self.repeated_int32)?;
        }
        if !self.repeated_int64.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedInt64",
                    &self
                        .repeated_int64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_uint32.is_empty() {
            struct_ser.serialize_field("repeatedUint32", &self.repeated_uint32)?;
        }
        if !self.repeated_uint64.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedUint64",
                    &self
                        .repeated_uint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_sint32.is_empty() {
            struct_ser.serialize_field("repeatedSint32", &self.repeated_sint32)?;
        }
        if !self.repeated_sint64.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedSint64",
                    &self
                        .repeated_sint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_fixed32.is_empty() {
            struct_ser.serialize_field("repeatedFixed32", &self.repeated_fixed32)?;
        }
        if !self.repeated_fixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedFixed64",
                    &self
                        .repeated_fixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_sfixed32.is_empty() {
            struct_ser.serialize_field("repeatedSfixed32", &self.repeated_sfixed32)?;
        }
        if !self.repeated_sfixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedSfixed64",
                    &self
                        .repeated_sfixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_float.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedFloat",
                    &self
                        .repeated_float
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_double.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedDouble",
                    &self
                        .repeated_double
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_bool.is_empty() {
            struct_ser.serialize_field("repeatedBool", &self.repeated_bool)?;
        }
        if !self.repeated_string.is_empty() {
            struct_ser.serialize_field("repeatedString", &self.repeated_string)?;
        }
        if !self.repeated_bytes.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedBytes",
                    &self
                        .repeated_bytes
                        .iter()
                        .map(|b| ::kagzi_proto::json::private::base64_encode(b))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.repeated_nested_message.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedNestedMessage",
                    &self.repeated_nested_message,
                )?;
        }
        if !self.repeated_foreign_message.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedForeignMessage",
                    &self.repeated_foreign_message,
                )?;
        }
        if !self.repeated_nested_enum.is_empty() {
            let v = self
                .repeated_nested_enum
                .iter()
                .cloned()
                .map(|v| {
                    ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto3::NestedEnum,
                    >::new(v)
                })
                .collect::<Vec<_>>();
            struct_ser.serialize_field("repeatedNestedEnum", &v)?;
        }
        if !self.repeated_foreign_enum.is_empty() {
            let v = self
                .repeated_foreign_enum
                .iter()
                .cloned()
                .map(|v| {
                    ::kagzi_proto::json::private::EnumOut::<ForeignEnum>::new(v)
                })
                .collect::<Vec<_>>();
            struct_ser.serialize_field("repeatedForeignEnum", &v)?;
        }
        if !self.repeated_string_piece.is_empty() {
            struct_ser
                .serialize_field("repeatedStringPiece", &self.repeated_string_piece)?;
        }
        if !self.repeated_cord.is_empty() {
            struct_ser.serialize_field("repeatedCord", &self.repeated_cord)?;
        }
        if !self.packed_int32.is_empty() {
            struct_ser.serialize_field("packedInt32", &self.packed_int32)?;
        }
        if !self.packed_int64.is_empty() {
            struct_ser
                .serialize_field(
                    "packedInt64",
                    &self
                        .packed_int64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_uint32.is_empty() {
            struct_ser.serialize_field("packedUint32", &self.packed_uint32)?;
        }
        if !self.packed_uint64.is_empty() {
            struct_ser
                .serialize_field(
                    "packedUint64",
                    &self
                        .packed_uint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_sint32.is_empty() {
            struct_ser.serialize_field("packedSint32", &self.packed_sint32)?;
        }
        if !self.packed_sint64.is_empty() {
            struct_ser
                .serialize_field(
                    "packedSint64",
                    &self
                        .packed_sint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_fixed32.is_empty() {
            struct_ser.serialize_field("packedFixed32", &self.packed_fixed32)?;
        }
        if !self.packed_fixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "packedFixed64",
                    &self
                        .packed_fixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_sfixed32.is_empty() {
            struct_ser.serialize_field("packedSfixed32", &self.packed_sfixed32)?;
        }
        if !self.packed_sfixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "packedSfixed64",
                    &self
                        .packed_sfixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_float.is_empty() {
            struct_ser
                .serialize_field(
                    "packedFloat",
                    &self
                        .packed_float
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_double.is_empty() {
            struct_ser
                .serialize_field(
                    "packedDouble",
                    &self
                        .packed_double
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.packed_bool.is_empty() {
            struct_ser.serialize_field("packedBool", &self.packed_bool)?;
        }
        if !self.packed_nested_enum.is_empty() {
            let v = self
                .packed_nested_enum
                .iter()
                .cloned()
                .map(|v| {
                    ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto3::NestedEnum,
                    >::new(v)
                })
                .collect::<Vec<_>>();
            struct_ser.serialize_field("packedNestedEnum", &v)?;
        }
        if !self.unpacked_int32.is_empty() {
            struct_ser.serialize_field("unpackedInt32", &self.unpacked_int32)?;
        }
        if !self.unpacked_int64.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedInt64",
                    &self
                        .unpacked_int64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_uint32.is_empty() {
            struct_ser.serialize_field("unpackedUint32", &self.unpacked_uint32)?;
        }
        if !self.unpacked_uint64.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedUint64",
                    &self
                        .unpacked_uint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_sint32.is_empty() {
            struct_ser.serialize_field("unpackedSint32", &self.unpacked_sint32)?;
        }
        if !self.unpacked_sint64.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedSint64",
                    &self
                        .unpacked_sint64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_fixed32.is_empty() {
            struct_ser.serialize_field("unpackedFixed32", &self.unpacked_fixed32)?;
        }
        if !self.unpacked_fixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedFixed64",
                    &self
                        .unpacked_fixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_sfixed32.is_empty() {
            struct_ser.serialize_field("unpackedSfixed32", &self.unpacked_sfixed32)?;
        }
        if !self.unpacked_sfixed64.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedSfixed64",
                    &self
                        .unpacked_sfixed64
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_float.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedFloat",
                    &self
                        .unpacked_float
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_double.is_empty() {
            struct_ser
                .serialize_field(
                    "unpackedDouble",
                    &self
                        .unpacked_double
                        .iter()
                        .map(|v| ::kagzi_proto::json::private::Float(*v as f64))
                        .collect::<Vec<_>>(),
                )?;
        }
        if !self.unpacked_bool.is_empty() {
            struct_ser.serialize_field("unpackedBool", &self.unpacked_bool)?;
        }
        if !self.unpacked_nested_enum.is_empty() {
            let v = self
                .unpacked_nested_enum
                .iter()
                .cloned()
                .map(|v| {
                    ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto3::NestedEnum,
                    >::new(v)
                })
                .collect::<Vec<_>>();
            struct_ser.serialize_field("unpackedNestedEnum", &v)?;
        }
        if !self.map_int32_int32.is_empty() {
            struct_ser.serialize_field("mapInt32Int32", &self.map_int32_int32)?;
        }
        if !self.map_int64_int64.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_int64_int64
                .iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            struct_ser.serialize_field("mapInt64Int64", &v)?;
        }
        if !self.map_uint32_uint32.is_empty() {
            struct_ser.serialize_field("mapUint32Uint32", &self.map_uint32_uint32)?;
        }
        if !self.map_uint64_uint64.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_uint64_uint64
                .iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            struct_ser.serialize_field("mapUint64Uint64", &v)?;
        }
        if !self.map_sint32_sint32.is_empty() {
            struct_ser.serialize_field("mapSint32Sint32", &self.map_sint32_sint32)?;
        }
        if !self.map_sint64_sint64.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_sint64_sint64
                .iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            struct_ser.serialize_field("mapSint64Sint64", &v)?;
        }
        if !self.map_fixed32_fixed32.is_empty() {
            struct_ser.serialize_field("mapFixed32Fixed32", &self.map_fixed32_fixed32)?;
        }
        if !self.map_fixed64_fixed64.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_fixed64_fixed64
                .iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            struct_ser.serialize_field("mapFixed64Fixed64", &v)?;
        }
        if !self.map_sfixed32_sfixed32.is_empty() {
            struct_ser
                .serialize_field("mapSfixed32Sfixed32", &self.map_sfixed32_sfixed32)?;
        }
        if !self.map_sfixed64_sfixed64.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_sfixed64_sfixed64
                .iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            struct_ser.serialize_field("mapSfixed64Sfixed64", &v)?;
        }
        if !self.map_int32_float.is_empty() {
            struct_ser
                .serialize_field(
                    "mapInt32Float",
                    &self
                        .map_int32_float
                        .iter()
                        .map(|(k, v)| (
                            k,
                            ::kagzi_proto::json::private::Float(*v as f64),
                        ))
                        .collect::<std::collections::BTreeMap<_, _>>(),
                )?;
        }
        if !self.map_int32_double.is_empty() {
            struct_ser
                .serialize_field(
                    "mapInt32Double",
                    &self
                        .map_int32_double
                        .iter()
                        .map(|(k, v)| (
                            k,
                            ::kagzi_proto::json::private::Float(*v as f64),
                        ))
                        .collect::<std::collections::BTreeMap<_, _>>(),
                )?;
        }
        if !self.map_bool_bool.is_empty() {
            struct_ser.serialize_field("mapBoolBool", &self.map_bool_bool)?;
        }
        if !self.map_string_string.is_empty() {
            struct_ser.serialize_field("mapStringString", &self.map_string_string)?;
        }
        if !self.map_string_bytes.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_string_bytes
                .iter()
                .map(|(k, v)| (k, ::kagzi_proto::json::private::base64_encode(v)))
                .collect();
            struct_ser.serialize_field("mapStringBytes", &v)?;
        }
        if !self.map_string_nested_message.is_empty() {
            struct_ser
                .serialize_field(
                    "mapStringNestedMessage",
                    &self.map_string_nested_message,
                )?;
        }
        if !self.map_string_foreign_message.is_empty() {
            struct_ser
                .serialize_field(
                    "mapStringForeignMessage",
                    &self.map_string_foreign_message,
                )?;
        }
        if !self.map_string_nested_enum.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_string_nested_enum
                .iter()
                .map(|(k, v)| {
                    let v = ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto3::NestedEnum,
                    >::new(*v);
                    (k, v)
                })
                .collect();
            struct_ser.serialize_field("mapStringNestedEnum", &v)?;
        }
        if !self.map_string_foreign_enum.is_empty() {
            let v: std::collections::BTreeMap<_, _> = self
                .map_string_foreign_enum
                .iter()
                .map(|(k, v)| {
                    let v = ::kagzi_proto::json::private::EnumOut::<
                        ForeignEnum,
                    >::new(*v);
                    (k, v)
                })
                .collect();
            struct_ser.serialize_field("mapStringForeignEnum", &v)?;
        }
        if let Some(v) = self.optional_bool_wrapper.as_ref() {
            struct_ser.serialize_field("optionalBoolWrapper", v)?;
        }
        if let Some(v) = self.optional_int32_wrapper.as_ref() {
            struct_ser.serialize_field("optionalInt32Wrapper", v)?;
        }
        if let Some(v) = self.optional_int64_wrapper.as_ref() {
            struct_ser.serialize_field("optionalInt64Wrapper", v)?;
        }
        if let Some(v) = self.optional_uint32_wrapper.as_ref() {
            struct_ser.serialize_field("optionalUint32Wrapper", v)?;
        }
        if let Some(v) = self.optional_uint64_wrapper.as_ref() {
            struct_ser.serialize_field("optionalUint64Wrapper", v)?;
        }
        if let Some(v) = self.optional_float_wrapper.as_ref() {
            struct_ser.serialize_field("optionalFloatWrapper", v)?;
        }
        if let Some(v) = self.optional_double_wrapper.as_ref() {
            struct_ser.serialize_field("optionalDoubleWrapper", v)?;
        }
        if let Some(v) = self.optional_string_wrapper.as_ref() {
            struct_ser.serialize_field("optionalStringWrapper", v)?;
        }
        if let Some(v) = self.optional_bytes_wrapper.as_ref() {
            struct_ser.serialize_field("optionalBytesWrapper", v)?;
        }
        if !self.repeated_bool_wrapper.is_empty() {
            struct_ser
                .serialize_field("repeatedBoolWrapper", &self.repeated_bool_wrapper)?;
        }
        if !self.repeated_int32_wrapper.is_empty() {
            struct_ser
                .serialize_field("repeatedInt32Wrapper", &self.repeated_int32_wrapper)?;
        }
        if !self.repeated_int64_wrapper.is_empty() {
            struct_ser
                .serialize_field("repeatedInt64Wrapper", &self.repeated_int64_wrapper)?;
        }
        if !self.repeated_uint32_wrapper.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedUint32Wrapper",
                    &self.repeated_uint32_wrapper,
                )?;
        }
        if !self.repeated_uint64_wrapper.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedUint64Wrapper",
                    &self.repeated_uint64_wrapper,
                )?;
        }
        if !self.repeated_float_wrapper.is_empty() {
            struct_ser
                .serialize_field("repeatedFloatWrapper", &self.repeated_float_wrapper)?;
        }
        if !self.repeated_double_wrapper.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedDoubleWrapper",
                    &self.repeated_double_wrapper,
                )?;
        }
        if !self.repeated_string_wrapper.is_empty() {
            struct_ser
                .serialize_field(
                    "repeatedStringWrapper",
                    &self.repeated_string_wrapper,
                )?;
        }
        if !self.repeated_bytes_wrapper.is_empty() {
            struct_ser
                .serialize_field("repeatedBytesWrapper", &self.repeated_bytes_wrapper)?;
        }
        if let Some(v) = self.optional_duration.as_ref() {
            struct_ser.serialize_field("optionalDuration", v)?;
        }
        if let Some(v) = self.optional_timestamp.as_ref() {
            struct_ser.serialize_field("optionalTimestamp", v)?;
        }
        if let Some(v) = self.optional_field_mask.as_ref() {
            struct_ser.serialize_field("optionalFieldMask", v)?;
        }
        if let Some(v) = self.optional_struct.as_ref() {
            struct_ser.serialize_field("optionalStruct", v)?;
        }
        if let Some(v) = self.optional_any.as_ref() {
            struct_ser.serialize_field("optionalAny", v)?;
        }
        if let Some(v) = self.optional_value.as_ref() {
            struct_ser.serialize_field("optionalValue", v)?;
        }
        if self.optional_null_value != 0 {
            let v = ::pbjson_types::NullValue::try_from(self.optional_null_value)
                .map_err(|_| serde::ser::Error::custom(
                    format!("Invalid variant {}", self.optional_null_value),
                ))?;
            struct_ser.serialize_field("optionalNullValue", &v)?;
        }
        if !self.repeated_duration.is_empty() {
            struct_ser.serialize_field("repeatedDuration", &self.repeated_duration)?;
        }
        if !self.repeated_timestamp.is_empty() {
            struct_ser.serialize_field("repeatedTimestamp", &self.repeated_timestamp)?;
        }
        if !self.repeated_fieldmask.is_empty() {
            struct_ser.serialize_field("repeatedFieldmask", &self.repeated_fieldmask)?;
        }
        if !self.repeated_struct.is_empty() {
            struct_ser.serialize_field("repeatedStruct", &self.repeated_struct)?;
        }
        if !self.repeated_any.is_empty() {
            struct_ser.serialize_field("repeatedAny", &self.repeated_any)?;
        }
        if !self.repeated_value.is_empty() {
            struct_ser.serialize_field("repeatedValue", &self.repeated_value)?;
        }
        if !self.repeated_list_value.is_empty() {
            struct_ser.serialize_field("repeatedListValue", &self.repeated_list_value)?;
        }
        if self.fieldname1 != 0 {
            struct_ser.serialize_field("fieldname1", &self.fieldname1)?;
        }
        if self.field_name2 != 0 {
            struct_ser.serialize_field("fieldName2", &self.field_name2)?;
        }
        if self.field_name3 != 0 {
            struct_ser.serialize_field("FieldName3", &self.field_name3)?;
        }
        if self.field_name4 != 0 {
            struct_ser.serialize_field("fieldName4", &self.field_name4)?;
        }
        if self.field0name5 != 0 {
            struct_ser.serialize_field("field0name5", &self.field0name5)?;
        }
        if self.field_0_name6 != 0 {
            struct_ser.serialize_field("field0Name6", &self.field_0_name6)?;
        }
        if self.field_name7 != 0 {
            struct_ser.serialize_field("fieldName7", &self.field_name7)?;
        }
        if self.field_name8 != 0 {
            struct_ser.serialize_field("FieldName8", &self.field_name8)?;
        }
        if self.field_name9 != 0 {
            struct_ser.serialize_field("fieldName9", &self.field_name9)?;
        }
        if self.field_name10 != 0 {
            struct_ser.serialize_field("FieldName10", &self.field_name10)?;
        }
        if self.field_name11 != 0 {
            struct_ser.serialize_field("FIELDNAME11", &self.field_name11)?;
        }
        if self.field_name12 != 0 {
            struct_ser.serialize_field("FIELDName12", &self.field_name12)?;
        }
        if self.field_name13 != 0 {
            struct_ser.serialize_field("FieldName13", &self.field_name13)?;
        }
        if self.field_name14 != 0 {
            struct_ser.serialize_field("FieldName14", &self.field_name14)?;
        }
        if self.field_name15 != 0 {
            struct_ser.serialize_field("fieldName15", &self.field_name15)?;
        }
        if self.field_name16 != 0 {
            struct_ser.serialize_field("fieldName16", &self.field_name16)?;
        }
        if self.field_name17 != 0 {
            struct_ser.serialize_field("fieldName17", &self.field_name17)?;
        }
        if self.field_name18 != 0 {
            struct_ser.serialize_field("FieldName18", &self.field_name18)?;
        }
        if let Some(v) = self.oneof_field.as_ref() {
            match v {
                test_all_types_proto3::OneofField::OneofUint32(v) => {
                    struct_ser.serialize_field("oneofUint32", v)?;
                }
                test_all_types_proto3::OneofField::OneofNestedMessage(v) => {
                    struct_ser.serialize_field("oneofNestedMessage", v)?;
                }
                test_all_types_proto3::OneofField::OneofString(v) => {
                    struct_ser.serialize_field("oneofString", v)?;
                }
                test_all_types_proto3::OneofField::OneofBytes(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser
                        .serialize_field(
                            "oneofBytes",
                            &::kagzi_proto::json::private::base64_encode(&v),
                        )?;
                }
                test_all_types_proto3::OneofField::OneofBool(v) => {
                    struct_ser.serialize_field("oneofBool", v)?;
                }
                test_all_types_proto3::OneofField::OneofUint64(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser
                        .serialize_field(
                            "oneofUint64",
                            &::kagzi_proto::json::private::Decimal(&v),
                        )?;
                }
                test_all_types_proto3::OneofField::OneofFloat(v) => {
                    struct_ser
                        .serialize_field(
                            "oneofFloat",
                            &::kagzi_proto::json::private::Float(*v as f64),
                        )?;
                }
                test_all_types_proto3::OneofField::OneofDouble(v) => {
                    struct_ser
                        .serialize_field(
                            "oneofDouble",
                            &::kagzi_proto::json::private::Float(*v as f64),
                        )?;
                }
                test_all_types_proto3::OneofField::OneofEnum(v) => {
                    let v = ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto3::NestedEnum,
                    >::new(*v);
                    struct_ser.serialize_field("oneofEnum", &v)?;
                }
                test_all_types_proto3::OneofField::OneofNullValue(v) => {
                    let v = ::pbjson_types::NullValue::try_from(*v)
                        .map_err(|_| serde::ser::Error::custom(
                            format!("Invalid variant {}", * v),
                        ))?;
                    struct_ser.serialize_field("oneofNullValue", &v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestAllTypesProto3 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "optional_int32",
            "optionalInt32",
            "optional_int64",
            "optionalInt64",
            "optional_uint32",
            "optionalUint32",
            "optional_uint64",
            "optionalUint64",
            "optional_sint32",
            "optionalSint32",
            "optional_sint64",
            "optionalSint64",
            "optional_fixed32",
            "optionalFixed32",
            "optional_fixed64",
            "optionalFixed64",
            "optional_sfixed32",
            "optionalSfixed32",
            "optional_sfixed64",
            "optionalSfixed64",
            "optional_float",
            "optionalFloat",
            "optional_double",
            "optionalDouble",
            "optional_bool",
            "optionalBool",
            "optional_string",
            "optionalString",
            "optional_bytes",
            "optionalBytes",
            "optional_nested_message",
            "optionalNestedMessage",
            "optional_foreign_message",
            "optionalForeignMessage",
            "optional_nested_enum",
            "optionalNestedEnum",
            "optional_foreign_enum",
            "optionalForeignEnum",
            "optional_aliased_enum",
            "optionalAliasedEnum",
            "optional_string_piece",
            "optionalStringPiece",
            "optional_cord",
            "optionalCord",
            "recursive_message",
            "recursiveMessage",
            "repeated_int32",
            "repeatedInt32",
            "repeated_int64",
            "repeatedInt64",
            "repeated_uint32",
            "repeatedUint32",
            "repeated_uint64",
            "repeatedUint64",
            "repeated_sint32",
            "repeatedSint32",
            "repeated_sint64",
            "repeatedSint64",
            "repeated_fixed32",
            "repeatedFixed32",
            "repeated_fixed64",
            "repeatedFixed64",
            "repeated_sfixed32",
            "repeatedSfixed32",
            "repeated_sfixed64",
            "repeatedSfixed64",
            "repeated_float",
            "repeatedFloat",
            "repeated_double",
            "repeatedDouble",
            "repeated_bool",
            "repeatedBool",
            "repeated_string",
            "repeatedString",
            "repeated_bytes",
            "repeatedBytes",
            "repeated_nested_message",
            "repeatedNestedMessage",
            "repeated_foreign_message",
            "repeatedForeignMessage",
            "repeated_nested_enum",
            "repeatedNestedEnum",
            "repeated_foreign_enum",
            "repeatedForeignEnum",
            "repeated_string_piece",
            "repeatedStringPiece",
            "repeated_cord",
            "repeatedCord",
            "packed_int32",
            "packedInt32",
            "packed_int64",
            "packedInt64",
            "packed_uint32",
            "packedUint32",
            "packed_uint64",
            "packedUint64",
            "packed_sint32",
            "packedSint32",
            "packed_sint64",
            "packedSint64",
            "packed_fixed32",
            "packedFixed32",
            "packed_fixed64",
            "packedFixed64",
            "packed_sfixed32",
            "packedSfixed32",
            "packed_sfixed64",
            "packedSfixed64",
            "packed_float",
            "packedFloat",
            "packed_double",
            "packedDouble",
            "packed_bool",
            "packedBool",
            "packed_nested_enum",
            "packedNestedEnum",
            "unpacked_int32",
            "unpackedInt32",
            "unpacked_int64",
            "unpackedInt64",
            "unpacked_uint32",
            "unpackedUint32",
            "unpacked_uint64",
            "unpackedUint64",
            "unpacked_sint32",
            "unpackedSint32",
            "unpacked_sint64",
            "unpackedSint64",
            "unpacked_fixed32",
            "unpackedFixed32",
            "unpacked_fixed64",
            "unpackedFixed64",
            "unpacked_sfixed32",
            "unpackedSfixed32",
            "unpacked_sfixed64",
            "unpackedSfixed64",
            "unpacked_float",
            "unpackedFloat",
            "unpacked_double",
            "unpackedDouble",
            "unpacked_bool",
            "unpackedBool",
            "unpacked_nested_enum",
            "unpackedNestedEnum",
            "map_int32_int32",
            "mapInt32Int32",
            "map_int64_int64",
            "mapInt64Int64",
            "map_uint32_uint32",
            "mapUint32Uint32",
            "map_uint64_uint64",
            "mapUint64Uint64",
            "map_sint32_sint32",
            "mapSint32Sint32",
            "map_sint64_sint64",
            "mapSint64Sint64",
            "map_fixed32_fixed32",
            "mapFixed32Fixed32",
            "map_fixed64_fixed64",
            "mapFixed64Fixed64",
            "map_sfixed32_sfixed32",
            "mapSfixed32Sfixed32",
            "map_sfixed64_sfixed64",
            "mapSfixed64Sfixed64",
            "map_int32_float",
            "mapInt32Float",
            "map_int32_double",
            "mapInt32Double",
            "map_bool_bool",
            "mapBoolBool",
            "map_string_string",
            "mapStringString",
            "map_string_bytes",
            "mapStringBytes",
            "map_string_nested_message",
            "mapStringNestedMessage",
            "map_string_foreign_message",
            "mapStringForeignMessage",
            "map_string_nested_enum",
            "mapStringNestedEnum",
            "map_string_foreign_enum",
            "mapStringForeignEnum",
            "optional_bool_wrapper",
            "optionalBoolWrapper",
            "optional_int32_wrapper",
            "optionalInt32Wrapper",
            "optional_int64_wrapper",
            "optionalInt64Wrapper",
            "optional_uint32_wrapper",
            "optionalUint32Wrapper",
            "optional_uint64_wrapper",
            "optionalUint64Wrapper",
            "optional_float_wrapper",
            "optionalFloatWrapper",
            "optional_double_wrapper",
            "optionalDoubleWrapper",
            "optional_string_wrapper",
            "optionalStringWrapper",
            "optional_bytes_wrapper",
            "optionalBytesWrapper",
            "repeated_bool_wrapper",
            "repeatedBoolWrapper",
            "repeated_int32_wrapper",
            "repeatedInt32Wrapper",
            "repeated_int64_wrapper",
            "repeatedInt64Wrapper",
            "repeated_uint32_wrapper",
            "repeatedUint32Wrapper",
            "repeated_uint64_wrapper",
            "repeatedUint64Wrapper",
            "repeated_float_wrapper",
            "repeatedFloatWrapper",
            "repeated_double_wrapper",
            "repeatedDoubleWrapper",
            "repeated_string_wrapper",
            "repeatedStringWrapper",
            "repeated_bytes_wrapper",
            "repeatedBytesWrapper",
            "optional_duration",
            "optionalDuration",
            "optional_timestamp",
            "optionalTimestamp",
            "optional_field_mask",
            "optionalFieldMask",
            "optional_struct",
            "optionalStruct",
            "optional_any",
            "optionalAny",
            "optional_value",
            "optionalValue",
            "optional_null_value",
            "optionalNullValue",
            "repeated_duration",
            "repeatedDuration",
            "repeated_timestamp",
            "repeatedTimestamp",
            "repeated_fieldmask",
            "repeatedFieldmask",
            "repeated_struct",
            "repeatedStruct",
            "repeated_any",
            "repeatedAny",
            "repeated_value",
            "repeatedValue",
            "repeated_list_value",
            "repeatedListValue",
            "fieldname1",
            "field_name2",
            "fieldName2",
            "_field_name3",
            "FieldName3",
            "field__name4_",
            "fieldName4",
            "field0name5",
            "field_0_name6",
            "field0Name6",
            "fieldName7",
            "FieldName8",
            "field_Name9",
            "fieldName9",
            "Field_Name10",
            "FieldName10",
            "FIELD_NAME11",
            "FIELDNAME11",
            "FIELD_name12",
            "FIELDName12",
            "__field_name13",
            "FieldName13",
            "__Field_name14",
            "FieldName14",
            "field__name15",
            "fieldName15",
            "field__Name16",
            "fieldName16",
            "field_name17__",
            "fieldName17",
            "Field_name18__",
            "FieldName18",
            "oneof_uint32",
            "oneofUint32",
            "oneof_nested_message",
            "oneofNestedMessage",
            "oneof_string",
            "oneofString",
            "oneof_bytes",
            "oneofBytes",
            "oneof_bool",
            "oneofBool",
            "oneof_uint64",
            "oneofUint64",
            "oneof_float",
            "oneofFloat",
            "oneof_double",
            "oneofDouble",
            "oneof_enum",
            "oneofEnum",
            "oneof_null_value",
            "oneofNullValue",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OptionalInt32,
            OptionalInt64,
            OptionalUint32,
            OptionalUint64,
            OptionalSint32,
            OptionalSint64,
            OptionalFixed32,
            OptionalFixed64,
            OptionalSfixed32,
            OptionalSfixed64,
            OptionalFloat,
            OptionalDouble,
            OptionalBool,
            OptionalString,
            OptionalBytes,
            OptionalNestedMessage,
            OptionalForeignMessage,
            OptionalNestedEnum,
            OptionalForeignEnum,
            OptionalAliasedEnum,
            OptionalStringPiece,
            OptionalCord,
            RecursiveMessage,
            RepeatedInt32,
            RepeatedInt64,
            RepeatedUint32,
            RepeatedUint64,
            RepeatedSint32,
            RepeatedSint64,
            RepeatedFixed32,
            RepeatedFixed64,
            RepeatedSfixed32,
            RepeatedSfixed64,
            RepeatedFloat,
            RepeatedDouble,
            RepeatedBool,
            RepeatedString,
            RepeatedBytes,
            RepeatedNestedMessage,
            RepeatedForeignMessage,
            RepeatedNestedEnum,
            RepeatedForeignEnum,
            RepeatedStringPiece,
            RepeatedCord,
            PackedInt32,
            PackedInt64,
            PackedUint32,
            PackedUint64,
            PackedSint32,
            PackedSint64,
            PackedFixed32,
            PackedFixed64,
            PackedSfixed32,
            PackedSfixed64,
            PackedFloat,
            PackedDouble,
            PackedBool,
            PackedNestedEnum,
            UnpackedInt32,
            UnpackedInt64,
            UnpackedUint32,
            UnpackedUint64,
            UnpackedSint32,
            UnpackedSint64,
            UnpackedFixed32,
            UnpackedFixed64,
            UnpackedSfixed32,
            UnpackedSfixed64,
            UnpackedFloat,
            UnpackedDouble,
            UnpackedBool,
            UnpackedNestedEnum,
            MapInt32Int32,
            MapInt64Int64,
            MapUint32Uint32,
            MapUint64Uint64,
            MapSint32Sint32,
            MapSint64Sint64,
            MapFixed32Fixed32,
            MapFixed64Fixed64,
            MapSfixed32Sfixed32,
            MapSfixed64Sfixed64,
            MapInt32Float,
            MapInt32Double,
            MapBoolBool,
            MapStringString,
            MapStringBytes,
            MapStringNestedMessage,
            MapStringForeignMessage,
            MapStringNestedEnum,
            MapStringForeignEnum,
            OptionalBoolWrapper,
            OptionalInt32Wrapper,
            OptionalInt64Wrapper,
            OptionalUint32Wrapper,
            OptionalUint64Wrapper,
            OptionalFloatWrapper,
            OptionalDoubleWrapper,
            OptionalStringWrapper,
            OptionalBytesWrapper,
            RepeatedBoolWrapper,
            RepeatedInt32Wrapper,
            RepeatedInt64Wrapper,
            RepeatedUint32Wrapper,
            RepeatedUint64Wrapper,
            RepeatedFloatWrapper,
            RepeatedDoubleWrapper,
            RepeatedStringWrapper,
            RepeatedBytesWrapper,
            OptionalDuration,
            OptionalTimestamp,
            OptionalFieldMask,
            OptionalStruct,
            OptionalAny,
            OptionalValue,
            OptionalNullValue,
            RepeatedDuration,
            RepeatedTimestamp,
            RepeatedFieldmask,
            RepeatedStruct,
            RepeatedAny,
            RepeatedValue,
            RepeatedListValue,
            Fieldname1,
            FieldName2,
            FieldName3,
            FieldName4,
            Field0name5,
            Field0Name6,
            FieldName7,
            FieldName8,
            FieldName9,
            FieldName10,
            FieldName11,
            FieldName12,
            FieldName13,
            FieldName14,
            FieldName15,
            FieldName16,
            FieldName17,
            FieldName18,
            OneofUint32,
            OneofNestedMessage,
            OneofString,
            OneofBytes,
            OneofBool,
            OneofUint64,
            OneofFloat,
            OneofDouble,
            OneofEnum,
            OneofNullValue,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "optionalInt32" | "optional_int32" => {
                        Some(GeneratedField::OptionalInt32)
                    }
                    "optionalInt64" | "optional_int64" => {
                        Some(GeneratedField::OptionalInt64)
                    }
                    "optionalUint32" | "optional_uint32" => {
                        Some(GeneratedField::OptionalUint32)
                    }
                    "optionalUint64" | "optional_uint64" => {
                        Some(GeneratedField::OptionalUint64)
                    }
                    "optionalSint32" | "optional_sint32" => {
                        Some(GeneratedField::OptionalSint32)
                    }
                    "optionalSint64" | "optional_sint64" => {
                        Some(GeneratedField::OptionalSint64)
                    }
                    "optionalFixed32" | "optional_fixed32" => {
                        Some(GeneratedField::OptionalFixed32)
                    }
                    "optionalFixed64" | "optional_fixed64" => {
                        Some(GeneratedField::OptionalFixed64)
                    }
                    "optionalSfixed32" | "optional_sfixed32" => {
                        Some(GeneratedField::OptionalSfixed32)
                    }
                    "optionalSfixed64" | "optional_sfixed64" => {
                        Some(GeneratedField::OptionalSfixed64)
                    }
                    "optionalFloat" | "optional_float" => {
                        Some(GeneratedField::OptionalFloat)
                    }
                    "optionalDouble" | "optional_double" => {
                        Some(GeneratedField::OptionalDouble)
                    }
                    "optionalBool" | "optional_bool" => {
                        Some(GeneratedField::OptionalBool)
                    }
                    "optionalString" | "optional_string" => {
                        Some(GeneratedField::OptionalString)
                    }
                    "optionalBytes" | "optional_bytes" => {
                        Some(GeneratedField::OptionalBytes)
                    }
                    "optionalNestedMessage" | "optional_nested_message" => {
                        Some(GeneratedField::OptionalNestedMessage)
                    }
                    "optionalForeignMessage" | "optional_foreign_message" => {
                        Some(GeneratedField::OptionalForeignMessage)
                    }
                    "optionalNestedEnum" | "optional_nested_enum" => {
                        Some(GeneratedField::OptionalNestedEnum)
                    }
                    "optionalForeignEnum" | "optional_foreign_enum" => {
                        Some(GeneratedField::OptionalForeignEnum)
                    }
                    "optionalAliasedEnum" | "optional_aliased_enum" => {
                        Some(GeneratedField::OptionalAliasedEnum)
                    }
                    "optionalStringPiece" | "optional_string_piece" => {
                        Some(GeneratedField::OptionalStringPiece)
                    }
                    "optionalCord" | "optional_cord" => {
                        Some(GeneratedField::OptionalCord)
                    }
                    "recursiveMessage" | "recursive_message" => {
                        Some(GeneratedField::RecursiveMessage)
                    }
                    "repeatedInt32" | "repeated_int32" => {
                        Some(GeneratedField::RepeatedInt32)
                    }
                    "repeatedInt64" | "repeated_int64" => {
                        Some(GeneratedField::RepeatedInt64)
                    }
                    "repeatedUint32" | "repeated_uint32" => {
                        Some(GeneratedField::RepeatedUint32)
                    }
                    "repeatedUint64" | "repeated_uint64" => {
                        Some(GeneratedField::RepeatedUint64)
                    }
                    "repeatedSint32" | "repeated_sint32" => {
                        Some(GeneratedField::RepeatedSint32)
                    }
                    "repeatedSint64" | "repeated_sint64" => {
                        Some(GeneratedField::RepeatedSint64)
                    }
                    "repeatedFixed32" | "repeated_fixed32" => {
                        Some(GeneratedField::RepeatedFixed32)
                    }
                    "repeatedFixed64" | "repeated_fixed64" => {
                        Some(GeneratedField::RepeatedFixed64)
                    }
                    "repeatedSfixed32" | "repeated_sfixed32" => {
                        Some(GeneratedField::RepeatedSfixed32)
                    }
                    "repeatedSfixed64" | "repeated_sfixed64" => {
                        Some(GeneratedField::RepeatedSfixed64)
                    }
                    "repeatedFloat" | "repeated_float" => {
                        Some(GeneratedField::RepeatedFloat)
                    }
                    "repeatedDouble" | "repeated_double" => {
                        Some(GeneratedField::RepeatedDouble)
                    }
                    "repeatedBool" | "repeated_bool" => {
                        Some(GeneratedField::RepeatedBool)
                    }
                    "repeatedString" | "repeated_string" => {
                        Some(GeneratedField::RepeatedString)
                    }
                    "repeatedBytes" | "repeated_bytes" => {
                        Some(GeneratedField::RepeatedBytes)
                    }
                    "repeatedNestedMessage" | "repeated_nested_message" => {
                        Some(GeneratedField::RepeatedNestedMessage)
                    }
                    "repeatedForeignMessage" | "repeated_foreign_message" => {
                        Some(GeneratedField::RepeatedForeignMessage)
                    }
                    "repeatedNestedEnum" | "repeated_nested_enum" => {
                        Some(GeneratedField::RepeatedNestedEnum)
                    }
                    "repeatedForeignEnum" | "repeated_foreign_enum" => {
                        Some(GeneratedField::RepeatedForeignEnum)
                    }
                    "repeatedStringPiece" | "repeated_string_piece" => {
                        Some(GeneratedField::RepeatedStringPiece)
                    }
                    "repeatedCord" | "repeated_cord" => {
                        Some(GeneratedField::RepeatedCord)
                    }
                    "packedInt32" | "packed_int32" => Some(GeneratedField::PackedInt32),
                    "packedInt64" | "packed_int64" => Some(GeneratedField::PackedInt64),
                    "packedUint32" | "packed_uint32" => {
                        Some(GeneratedField::PackedUint32)
                    }
                    "packedUint64" | "packed_uint64" => {
                        Some(GeneratedField::PackedUint64)
                    }
                    "packedSint32" | "packed_sint32" => {
                        Some(GeneratedField::PackedSint32)
                    }
                    "packedSint64" | "packed_sint64" => {
                        Some(GeneratedField::PackedSint64)
                    }
                    "packedFixed32" | "packed_fixed32" => {
                        Some(GeneratedField::PackedFixed32)
                    }
                    "packedFixed64" | "packed_fixed64" => {
                        Some(GeneratedField::PackedFixed64)
                    }
                    "packedSfixed32" | "packed_sfixed32" => {
                        Some(GeneratedField::PackedSfixed32)
                    }
                    "packedSfixed64" | "packed_sfixed64" => {
                        Some(GeneratedField::PackedSfixed64)
                    }
                    "packedFloat" | "packed_float" => Some(GeneratedField::PackedFloat),
                    "packedDouble" | "packed_double" => {
                        Some(GeneratedField::PackedDouble)
                    }
                    "packedBool" | "packed_bool" => Some(GeneratedField::PackedBool),
                    "packedNestedEnum" | "packed_nested_enum" => {
                        Some(GeneratedField::PackedNestedEnum)
                    }
                    "unpackedInt32" | "unpacked_int32" => {
                        Some(GeneratedField::UnpackedInt32)
                    }
                    "unpackedInt64" | "unpacked_int64" => {
                        Some(GeneratedField::UnpackedInt64)
                    }
                    "unpackedUint32" | "unpacked_uint32" => {
                        Some(GeneratedField::UnpackedUint32)
                    }
                    "unpackedUint64" | "unpacked_uint64" => {
                        Some(GeneratedField::UnpackedUint64)
                    }
                    "unpackedSint32" | "unpacked_sint32" => {
                        Some(GeneratedField::UnpackedSint32)
                    }
                    "unpackedSint64" | "unpacked_sint64" => {
                        Some(GeneratedField::UnpackedSint64)
                    }
                    "unpackedFixed32" | "unpacked_fixed32" => {
                        Some(GeneratedField::UnpackedFixed32)
                    }
                    "unpackedFixed64" | "unpacked_fixed64" => {
                        Some(GeneratedField::UnpackedFixed64)
                    }
                    "unpackedSfixed32" | "unpacked_sfixed32" => {
                        Some(GeneratedField::UnpackedSfixed32)
                    }
                    "unpackedSfixed64" | "unpacked_sfixed64" => {
                        Some(GeneratedField::UnpackedSfixed64)
                    }
                    "unpackedFloat" | "unpacked_float" => {
                        Some(GeneratedField::UnpackedFloat)
                    }
                    "unpackedDouble" | "unpacked_double" => {
                        Some(GeneratedField::UnpackedDouble)
                    }
                    "unpackedBool" | "unpacked_bool" => {
                        Some(GeneratedField::UnpackedBool)
                    }
                    "unpackedNestedEnum" | "unpacked_nested_enum" => {
                        Some(GeneratedField::UnpackedNestedEnum)
                    }
                    "mapInt32Int32" | "map_int32_int32" => {
                        Some(GeneratedField::MapInt32Int32)
                    }
                    "mapInt64Int64" | "map_int64_int64" => {
                        Some(GeneratedField::MapInt64Int64)
                    }
                    "mapUint32Uint32" | "map_uint32_uint32" => {
                        Some(GeneratedField::MapUint32Uint32)
                    }
                    "mapUint64Uint64" | "map_uint64_uint64" => {
                        Some(GeneratedField::MapUint64Uint64)
                    }
                    "mapSint32Sint32" | "map_sint32_sint32" => {
                        Some(GeneratedField::MapSint32Sint32)
                    }
                    "mapSint64Sint64" | "map_sint64_sint64" => {
                        Some(GeneratedField::MapSint64Sint64)
                    }
                    "mapFixed32Fixed32" | "map_fixed32_fixed32" => {
                        Some(GeneratedField::MapFixed32Fixed32)
                    }
                    "mapFixed64Fixed64" | "map_fixed64_fixed64" => {
                        Some(GeneratedField::MapFixed64Fixed64)
                    }
                    "mapSfixed32Sfixed32" | "map_sfixed32_sfixed32" => {
                        Some(GeneratedField::MapSfixed32Sfixed32)
                    }
                    "mapSfixed64Sfixed64" | "map_sfixed64_sfixed64" => {
                        Some(GeneratedField::MapSfixed64Sfixed64)
                    }
                    "mapInt32Float" | "map_int32_float" => {
                        Some(GeneratedField::MapInt32Float)
                    }
                    "mapInt32Double" | "map_int32_double" => {
                        Some(GeneratedField::MapInt32Double)
                    }
                    "mapBoolBool" | "map_bool_bool" => Some(GeneratedField::MapBoolBool),
                    "mapStringString" | "map_string_string" => {
                        Some(GeneratedField::MapStringString)
                    }
                    "mapStringBytes" | "map_string_bytes" => {
                        Some(GeneratedField::MapStringBytes)
                    }
                    "mapStringNestedMessage" | "map_string_nested_message" => {
                        Some(GeneratedField::MapStringNestedMessage)
                    }
                    "mapStringForeignMessage" | "map_string_foreign_message" => {
                        Some(GeneratedField::MapStringForeignMessage)
                    }
                    "mapStringNestedEnum" | "map_string_nested_enum" => {
                        Some(GeneratedField::MapStringNestedEnum)
                    }
                    "mapStringForeignEnum" | "map_string_foreign_enum" => {
                        Some(GeneratedField::MapStringForeignEnum)
                    }
                    "optionalBoolWrapper" | "optional_bool_wrapper" => {
                        Some(GeneratedField::OptionalBoolWrapper)
                    }
                    "optionalInt32Wrapper" | "optional_int32_wrapper" => {
                        Some(GeneratedField::OptionalInt32Wrapper)
                    }
                    "optionalInt64Wrapper" | "optional_int64_wrapper" => {
                        Some(GeneratedField::OptionalInt64Wrapper)
                    }
                    "optionalUint32Wrapper" | "optional_uint32_wrapper" => {
                        Some(GeneratedField::OptionalUint32Wrapper)
                    }
                    "optionalUint64Wrapper" | "optional_uint64_wrapper" => {
                        Some(GeneratedField::OptionalUint64Wrapper)
                    }
                    "optionalFloatWrapper" | "optional_float_wrapper" => {
                        Some(GeneratedField::OptionalFloatWrapper)
                    }
                    "optionalDoubleWrapper" | "optional_double_wrapper" => {
                        Some(GeneratedField::OptionalDoubleWrapper)
                    }
                    "optionalStringWrapper" | "optional_string_wrapper" => {
                        Some(GeneratedField::OptionalStringWrapper)
                    }
                    "optionalBytesWrapper" | "optional_bytes_wrapper" => {
                        Some(GeneratedField::OptionalBytesWrapper)
                    }
                    "repeatedBoolWrapper" | "repeated_bool_wrapper" => {
                        Some(GeneratedField::RepeatedBoolWrapper)
                    }
                    "repeatedInt32Wrapper" | "repeated_int32_wrapper" => {
                        Some(GeneratedField::RepeatedInt32Wrapper)
                    }
                    "repeatedInt64Wrapper" | "repeated_int64_wrapper" => {
                        Some(GeneratedField::RepeatedInt64Wrapper)
                    }
                    "repeatedUint32Wrapper" | "repeated_uint32_wrapper" => {
                        Some(GeneratedField::RepeatedUint32Wrapper)
                    }
                    "repeatedUint64Wrapper" | "repeated_uint64_wrapper" => {
                        Some(GeneratedField::RepeatedUint64Wrapper)
                    }
                    "repeatedFloatWrapper" | "repeated_float_wrapper" => {
                        Some(GeneratedField::RepeatedFloatWrapper)
                    }
                    "repeatedDoubleWrapper" | "repeated_double_wrapper" => {
                        Some(GeneratedField::RepeatedDoubleWrapper)
                    }
                    "repeatedStringWrapper" | "repeated_string_wrapper" => {
                        Some(GeneratedField::RepeatedStringWrapper)
                    }
                    "repeatedBytesWrapper" | "repeated_bytes_wrapper" => {
                        Some(GeneratedField::RepeatedBytesWrapper)
                    }
                    "optionalDuration" | "optional_duration" => {
                        Some(GeneratedField::OptionalDuration)
                    }
                    "optionalTimestamp" | "optional_timestamp" => {
                        Some(GeneratedField::OptionalTimestamp)
                    }
                    "optionalFieldMask" | "optional_field_mask" => {
                        Some(GeneratedField::OptionalFieldMask)
                    }
                    "optionalStruct" | "optional_struct" => {
                        Some(GeneratedField::OptionalStruct)
                    }
                    "optionalAny" | "optional_any" => Some(GeneratedField::OptionalAny),
                    "optionalValue" | "optional_value" => {
                        Some(GeneratedField::OptionalValue)
                    }
                    "optionalNullValue" | "optional_null_value" => {
                        Some(GeneratedField::OptionalNullValue)
                    }
                    "repeatedDuration" | "repeated_duration" => {
                        Some(GeneratedField::RepeatedDuration)
                    }
                    "repeatedTimestamp" | "repeated_timestamp" => {
                        Some(GeneratedField::RepeatedTimestamp)
                    }
                    "repeatedFieldmask" | "repeated_fieldmask" => {
                        Some(GeneratedField::RepeatedFieldmask)
                    }
                    "repeatedStruct" | "repeated_struct" => {
                        Some(GeneratedField::RepeatedStruct)
                    }
                    "repeatedAny" | "repeated_any" => Some(GeneratedField::RepeatedAny),
                    "repeatedValue" | "repeated_value" => {
                        Some(GeneratedField::RepeatedValue)
                    }
                    "repeatedListValue" | "repeated_list_value" => {
                        Some(GeneratedField::RepeatedListValue)
                    }
                    "fieldname1" => Some(GeneratedField::Fieldname1),
                    "fieldName2" | "field_name2" => Some(GeneratedField::FieldName2),
                    "FieldName3" | "_field_name3" => Some(GeneratedField::FieldName3),
                    "fieldName4" | "field__name4_" => Some(GeneratedField::FieldName4),
                    "field0name5" => Some(GeneratedField::Field0name5),
                    "field0Name6" | "field_0_name6" => Some(GeneratedField::Field0Name6),
                    "fieldName7" => Some(GeneratedField::FieldName7),
                    "FieldName8" => Some(GeneratedField::FieldName8),
                    "fieldName9" | "field_Name9" => Some(GeneratedField::FieldName9),
                    "FieldName10" | "Field_Name10" => Some(GeneratedField::FieldName10),
                    "FIELDNAME11" | "FIELD_NAME11" => Some(GeneratedField::FieldName11),
                    "FIELDName12" | "FIELD_name12" => Some(GeneratedField::FieldName12),
                    "FieldName13" | "__field_name13" => Some(GeneratedField::FieldName13),
                    "FieldName14" | "__Field_name14" => Some(GeneratedField::FieldName14),
                    "fieldName15" | "field__name15" => Some(GeneratedField::FieldName15),
                    "fieldName16" | "field__Name16" => Some(GeneratedField::FieldName16),
                    "fieldName17" | "field_name17__" => Some(GeneratedField::FieldName17),
                    "FieldName18" | "Field_name18__" => Some(GeneratedField::FieldName18),
                    "oneofUint32" | "oneof_uint32" => Some(GeneratedField::OneofUint32),
                    "oneofNestedMessage" | "oneof_nested_message" => {
                        Some(GeneratedField::OneofNestedMessage)
                    }
                    "oneofString" | "oneof_string" => Some(GeneratedField::OneofString),
                    "oneofBytes" | "oneof_bytes" => Some(GeneratedField::OneofBytes),
                    "oneofBool" | "oneof_bool" => Some(GeneratedField::OneofBool),
                    "oneofUint64" | "oneof_uint64" => Some(GeneratedField::OneofUint64),
                    "oneofFloat" | "oneof_float" => Some(GeneratedField::OneofFloat),
                    "oneofDouble" | "oneof_double" => Some(GeneratedField::OneofDouble),
                    "oneofEnum" | "oneof_enum" => Some(GeneratedField::OneofEnum),
                    "oneofNullValue" | "oneof_null_value" => {
                        Some(GeneratedField::OneofNullValue)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestAllTypesProto3;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto3.TestAllTypesProto3")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TestAllTypesProto3, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut optional_int32__ = None;
                let mut optional_int64__ = None;
                let mut optional_uint32__ = None;
                let mut optional_uint64__ = None;
                let mut optional_sint32__ = None;
                let mut optional_sint64__ = None;
                let mut optional_fixed32__ = None;
                let mut optional_fixed64__ = None;
                let mut optional_sfixed32__ = None;
                let mut optional_sfixed64__ = None;
                let mut optional_float__ = None;
                let mut optional_double__ = None;
                let mut optional_bool__ = None;
                let mut optional_string__ = None;
                let mut optional_bytes__ = None;
                let mut optional_nested_message__ = None;
                let mut optional_foreign_message__ = None;
                let mut optional_nested_enum__ = None;
                let mut optional_foreign_enum__ = None;
                let mut optional_aliased_enum__ = None;
                let mut optional_string_piece__ = None;
                let mut optional_cord__ = None;
                let mut recursive_message__ = None;
                let mut repeated_int32__ = None;
                let mut repeated_int64__ = None;
                let mut repeated_uint32__ = None;
                let mut repeated_uint64__ = None;
                let mut repeated_sint32__ = None;
                let mut repeated_sint64__ = None;
                let mut repeated_fixed32__ = None;
                let mut repeated_fixed64__ = None;
                let mut repeated_sfixed32__ = None;
                let mut repeated_sfixed64__ = None;
                let mut repeated_float__ = None;
                let mut repeated_double__ = None;
                let mut repeated_bool__ = None;
                let mut repeated_string__ = None;
                let mut repeated_bytes__ = None;
                let mut repeated_nested_message__ = None;
                let mut repeated_foreign_message__ = None;
                let mut repeated_nested_enum__ = None;
                let mut repeated_foreign_enum__ = None;
                let mut repeated_string_piece__ = None;
                let mut repeated_cord__ = None;
                let mut packed_int32__ = None;
                let mut packed_int64__ = None;
                let mut packed_uint32__ = None;
                let mut packed_uint64__ = None;
                let mut packed_sint32__ = None;
                let mut packed_sint64__ = None;
                let mut packed_fixed32__ = None;
                let mut packed_fixed64__ = None;
                let mut packed_sfixed32__ = None;
                let mut packed_sfixed64__ = None;
                let mut packed_float__ = None;
                let mut packed_double__ = None;
                let mut packed_bool__ = None;
                let mut packed_nested_enum__ = None;
                let mut unpacked_int32__ = None;
                let mut unpacked_int64__ = None;
                let mut unpacked_uint32__ = None;
                let mut unpacked_uint64__ = None;
                let mut unpacked_sint32__ = None;
                let mut unpacked_sint64__ = None;
                let mut unpacked_fixed32__ = None;
                let mut unpacked_fixed64__ = None;
                let mut unpacked_sfixed32__ = None;
                let mut unpacked_sfixed64__ = None;
                let mut unpacked_float__ = None;
                let mut unpacked_double__ = None;
                let mut unpacked_bool__ = None;
                let mut unpacked_nested_enum__ = None;
                let mut map_int32_int32__ = None;
                let mut map_int64_int64__ = None;
                let mut map_uint32_uint32__ = None;
                let mut map_uint64_uint64__ = None;
                let mut map_sint32_sint32__ = None;
                let mut map_sint64_sint64__ = None;
                let mut map_fixed32_fixed32__ = None;
                let mut map_fixed64_fixed64__ = None;
                let mut map_sfixed32_sfixed32__ = None;
                let mut map_sfixed64_sfixed64__ = None;
                let mut map_int32_float__ = None;
                let mut map_int32_double__ = None;
                let mut map_bool_bool__ = None;
                let mut map_string_string__ = None;
                let mut map_string_bytes__ = None;
                let mut map_string_nested_message__ = None;
                let mut map_string_foreign_message__ = None;
                let mut map_string_nested_enum__ = None;
                let mut map_string_foreign_enum__ = None;
                let mut optional_bool_wrapper__ = None;
                let mut optional_int32_wrapper__ = None;
                let mut optional_int64_wrapper__ = None;
                let mut optional_uint32_wrapper__ = None;
                let mut optional_uint64_wrapper__ = None;
                let mut optional_float_wrapper__ = None;
                let mut optional_double_wrapper__ = None;
                let mut optional_string_wrapper__ = None;
                let mut optional_bytes_wrapper__ = None;
                let mut repeated_bool_wrapper__ = None;
                let mut repeated_int32_wrapper__ = None;
                let mut repeated_int64_wrapper__ = None;
                let mut repeated_uint32_wrapper__ = None;
                let mut repeated_uint64_wrapper__ = None;
                let mut repeated_float_wrapper__ = None;
                let mut repeated_double_wrapper__ = None;
                let mut repeated_string_wrapper__ = None;
                let mut repeated_bytes_wrapper__ = None;
                let mut optional_duration__ = None;
                let mut optional_timestamp__ = None;
                let mut optional_field_mask__ = None;
                let mut optional_struct__ = None;
                let mut optional_any__ = None;
                let mut optional_value__ = None;
                let mut optional_null_value__ = None;
                let mut repeated_duration__ = None;
                let mut repeated_timestamp__ = None;
                let mut repeated_fieldmask__ = None;
                let mut repeated_struct__ = None;
                let mut repeated_any__ = None;
                let mut repeated_value__ = None;
                let mut repeated_list_value__ = None;
                let mut fieldname1__ = None;
                let mut field_name2__ = None;
                let mut field_name3__ = None;
                let mut field_name4__ = None;
                let mut field0name5__ = None;
                let mut field_0_name6__ = None;
                let mut field_name7__ = None;
                let mut field_name8__ = None;
                let mut field_name9__ = None;
                let mut field_name10__ = None;
                let mut field_name11__ = None;
                let mut field_name12__ = None;
                let mut field_name13__ = None;
                let mut field_name14__ = None;
                let mut field_name15__ = None;
                let mut field_name16__ = None;
                let mut field_name17__ = None;
                let mut field_name18__ = None;
                let mut oneof_field__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        ::kagzi_proto::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::OptionalInt32 => {
                            if optional_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalInt32"),
                                );
                            }
                            optional_int32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalInt64 => {
                            if optional_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalInt64"),
                                );
                            }
                            optional_int64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalUint32 => {
                            if optional_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint32"),
                                );
                            }
                            optional_uint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalUint64 => {
                            if optional_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint64"),
                                );
                            }
                            optional_uint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalSint32 => {
                            if optional_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSint32"),
                                );
                            }
                            optional_sint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalSint64 => {
                            if optional_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSint64"),
                                );
                            }
                            optional_sint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalFixed32 => {
                            if optional_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFixed32"),
                                );
                            }
                            optional_fixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalFixed64 => {
                            if optional_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFixed64"),
                                );
                            }
                            optional_fixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalSfixed32 => {
                            if optional_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSfixed32"),
                                );
                            }
                            optional_sfixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalSfixed64 => {
                            if optional_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSfixed64"),
                                );
                            }
                            optional_sfixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalFloat => {
                            if optional_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFloat"),
                                );
                            }
                            optional_float__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalDouble => {
                            if optional_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalDouble"),
                                );
                            }
                            optional_double__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalBool => {
                            if optional_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBool"),
                                );
                            }
                            optional_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::OptionalString => {
                            if optional_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalString"),
                                );
                            }
                            optional_string__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::OptionalBytes => {
                            if optional_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBytes"),
                                );
                            }
                            optional_bytes__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Bytes<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OptionalNestedMessage => {
                            if optional_nested_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalNestedMessage"),
                                );
                            }
                            optional_nested_message__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalForeignMessage => {
                            if optional_foreign_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalForeignMessage"),
                                );
                            }
                            optional_foreign_message__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalNestedEnum => {
                            if optional_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalNestedEnum"),
                                );
                            }
                            optional_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::EnumField<
                                                test_all_types_proto3::NestedEnum,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::OptionalForeignEnum => {
                            if optional_foreign_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalForeignEnum"),
                                );
                            }
                            optional_foreign_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::EnumField<ForeignEnum>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::OptionalAliasedEnum => {
                            if optional_aliased_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalAliasedEnum"),
                                );
                            }
                            optional_aliased_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::EnumField<
                                                test_all_types_proto3::AliasedEnum,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::OptionalStringPiece => {
                            if optional_string_piece__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalStringPiece"),
                                );
                            }
                            optional_string_piece__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::OptionalCord => {
                            if optional_cord__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalCord"),
                                );
                            }
                            optional_cord__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RecursiveMessage => {
                            if recursive_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("recursiveMessage"),
                                );
                            }
                            recursive_message__ = map_.next_value()?;
                        }
                        GeneratedField::RepeatedInt32 => {
                            if repeated_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedInt32"),
                                );
                            }
                            repeated_int32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedInt64 => {
                            if repeated_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedInt64"),
                                );
                            }
                            repeated_int64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedUint32 => {
                            if repeated_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedUint32"),
                                );
                            }
                            repeated_uint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedUint64 => {
                            if repeated_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedUint64"),
                                );
                            }
                            repeated_uint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedSint32 => {
                            if repeated_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedSint32"),
                                );
                            }
                            repeated_sint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedSint64 => {
                            if repeated_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedSint64"),
                                );
                            }
                            repeated_sint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedFixed32 => {
                            if repeated_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedFixed32"),
                                );
                            }
                            repeated_fixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedFixed64 => {
                            if repeated_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedFixed64"),
                                );
                            }
                            repeated_fixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedSfixed32 => {
                            if repeated_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedSfixed32"),
                                );
                            }
                            repeated_sfixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedSfixed64 => {
                            if repeated_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedSfixed64"),
                                );
                            }
                            repeated_sfixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedFloat => {
                            if repeated_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedFloat"),
                                );
                            }
                            repeated_float__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedDouble => {
                            if repeated_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedDouble"),
                                );
                            }
                            repeated_double__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedBool => {
                            if repeated_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedBool"),
                                );
                            }
                            repeated_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedString => {
                            if repeated_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedString"),
                                );
                            }
                            repeated_string__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedBytes => {
                            if repeated_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedBytes"),
                                );
                            }
                            repeated_bytes__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Bytes<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedNestedMessage => {
                            if repeated_nested_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedNestedMessage"),
                                );
                            }
                            repeated_nested_message__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedForeignMessage => {
                            if repeated_foreign_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedForeignMessage"),
                                );
                            }
                            repeated_foreign_message__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedNestedEnum => {
                            if repeated_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedNestedEnum"),
                                );
                            }
                            repeated_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<
                                                ::kagzi_proto::json::private::EnumField<
                                                    test_all_types_proto3::NestedEnum,
                                                >,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .filter_map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedForeignEnum => {
                            if repeated_foreign_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedForeignEnum"),
                                );
                            }
                            repeated_foreign_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::EnumField<ForeignEnum>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .filter_map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::RepeatedStringPiece => {
                            if repeated_string_piece__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedStringPiece"),
                                );
                            }
                            repeated_string_piece__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedCord => {
                            if repeated_cord__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedCord"),
                                );
                            }
                            repeated_cord__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::PackedInt32 => {
                            if packed_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedInt32"),
                                );
                            }
                            packed_int32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedInt64 => {
                            if packed_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedInt64"),
                                );
                            }
                            packed_int64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedUint32 => {
                            if packed_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedUint32"),
                                );
                            }
                            packed_uint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedUint64 => {
                            if packed_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedUint64"),
                                );
                            }
                            packed_uint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedSint32 => {
                            if packed_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedSint32"),
                                );
                            }
                            packed_sint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedSint64 => {
                            if packed_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedSint64"),
                                );
                            }
                            packed_sint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedFixed32 => {
                            if packed_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedFixed32"),
                                );
                            }
                            packed_fixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedFixed64 => {
                            if packed_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedFixed64"),
                                );
                            }
                            packed_fixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedSfixed32 => {
                            if packed_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedSfixed32"),
                                );
                            }
                            packed_sfixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedSfixed64 => {
                            if packed_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedSfixed64"),
                                );
                            }
                            packed_sfixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedFloat => {
                            if packed_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedFloat"),
                                );
                            }
                            packed_float__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedDouble => {
                            if packed_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedDouble"),
                                );
                            }
                            packed_double__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::PackedBool => {
                            if packed_bool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("packedBool"));
                            }
                            packed_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::PackedNestedEnum => {
                            if packed_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("packedNestedEnum"),
                                );
                            }
                            packed_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<
                                                ::kagzi_proto::json::private::EnumField<
                                                    test_all_types_proto3::NestedEnum,
                                                >,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .filter_map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedInt32 => {
                            if unpacked_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedInt32"),
                                );
                            }
                            unpacked_int32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedInt64 => {
                            if unpacked_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedInt64"),
                                );
                            }
                            unpacked_int64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedUint32 => {
                            if unpacked_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedUint32"),
                                );
                            }
                            unpacked_uint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedUint64 => {
                            if unpacked_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedUint64"),
                                );
                            }
                            unpacked_uint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedSint32 => {
                            if unpacked_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedSint32"),
                                );
                            }
                            unpacked_sint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedSint64 => {
                            if unpacked_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedSint64"),
                                );
                            }
                            unpacked_sint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedFixed32 => {
                            if unpacked_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedFixed32"),
                                );
                            }
                            unpacked_fixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedFixed64 => {
                            if unpacked_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedFixed64"),
                                );
                            }
                            unpacked_fixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedSfixed32 => {
                            if unpacked_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedSfixed32"),
                                );
                            }
                            unpacked_sfixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedSfixed64 => {
                            if unpacked_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedSfixed64"),
                                );
                            }
                            unpacked_sfixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedFloat => {
                            if unpacked_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedFloat"),
                                );
                            }
                            unpacked_float__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedDouble => {
                            if unpacked_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedDouble"),
                                );
                            }
                            unpacked_double__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<::kagzi_proto::json::private::Number<_>>,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::UnpackedBool => {
                            if unpacked_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedBool"),
                                );
                            }
                            unpacked_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::UnpackedNestedEnum => {
                            if unpacked_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unpackedNestedEnum"),
                                );
                            }
                            unpacked_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            Vec<
                                                ::kagzi_proto::json::private::EnumField<
                                                    test_all_types_proto3::NestedEnum,
                                                >,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .into_iter()
                                    .filter_map(|x| x.0)
                                    .collect(),
                            );
                        }
                        GeneratedField::MapInt32Int32 => {
                            if map_int32_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapInt32Int32"),
                                );
                            }
                            map_int32_int32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i32>,
                                                ::kagzi_proto::json::private::Number<i32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapInt64Int64 => {
                            if map_int64_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapInt64Int64"),
                                );
                            }
                            map_int64_int64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i64>,
                                                ::kagzi_proto::json::private::Number<i64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapUint32Uint32 => {
                            if map_uint32_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapUint32Uint32"),
                                );
                            }
                            map_uint32_uint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<u32>,
                                                ::kagzi_proto::json::private::Number<u32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapUint64Uint64 => {
                            if map_uint64_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapUint64Uint64"),
                                );
                            }
                            map_uint64_uint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<u64>,
                                                ::kagzi_proto::json::private::Number<u64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapSint32Sint32 => {
                            if map_sint32_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapSint32Sint32"),
                                );
                            }
                            map_sint32_sint32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i32>,
                                                ::kagzi_proto::json::private::Number<i32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapSint64Sint64 => {
                            if map_sint64_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapSint64Sint64"),
                                );
                            }
                            map_sint64_sint64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i64>,
                                                ::kagzi_proto::json::private::Number<i64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapFixed32Fixed32 => {
                            if map_fixed32_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapFixed32Fixed32"),
                                );
                            }
                            map_fixed32_fixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<u32>,
                                                ::kagzi_proto::json::private::Number<u32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapFixed64Fixed64 => {
                            if map_fixed64_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapFixed64Fixed64"),
                                );
                            }
                            map_fixed64_fixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<u64>,
                                                ::kagzi_proto::json::private::Number<u64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapSfixed32Sfixed32 => {
                            if map_sfixed32_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapSfixed32Sfixed32"),
                                );
                            }
                            map_sfixed32_sfixed32__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i32>,
                                                ::kagzi_proto::json::private::Number<i32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapSfixed64Sfixed64 => {
                            if map_sfixed64_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapSfixed64Sfixed64"),
                                );
                            }
                            map_sfixed64_sfixed64__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i64>,
                                                ::kagzi_proto::json::private::Number<i64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapInt32Float => {
                            if map_int32_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapInt32Float"),
                                );
                            }
                            map_int32_float__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i32>,
                                                ::kagzi_proto::json::private::Number<f32>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapInt32Double => {
                            if map_int32_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapInt32Double"),
                                );
                            }
                            map_int32_double__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                ::kagzi_proto::json::private::Number<i32>,
                                                ::kagzi_proto::json::private::Number<f64>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k.0, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapBoolBool => {
                            if map_bool_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapBoolBool"),
                                );
                            }
                            map_bool_bool__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::MapStringString => {
                            if map_string_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringString"),
                                );
                            }
                            map_string_string__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::MapStringBytes => {
                            if map_string_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringBytes"),
                                );
                            }
                            map_string_bytes__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                _,
                                                ::kagzi_proto::json::private::Bytes<_>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .map(|(k, v)| (k, v.0))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapStringNestedMessage => {
                            if map_string_nested_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringNestedMessage"),
                                );
                            }
                            map_string_nested_message__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::MapStringForeignMessage => {
                            if map_string_foreign_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringForeignMessage"),
                                );
                            }
                            map_string_foreign_message__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::MapStringNestedEnum => {
                            if map_string_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringNestedEnum"),
                                );
                            }
                            map_string_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                _,
                                                ::kagzi_proto::json::private::EnumField<
                                                    test_all_types_proto3::NestedEnum,
                                                >,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .filter_map(|(k, v)| v.0.map(|v| (k, v)))
                                    .collect(),
                            );
                        }
                        GeneratedField::MapStringForeignEnum => {
                            if map_string_foreign_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("mapStringForeignEnum"),
                                );
                            }
                            map_string_foreign_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::UniqueMap<
                                                _,
                                                ::kagzi_proto::json::private::EnumField<ForeignEnum>,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .into_iter()
                                    .filter_map(|(k, v)| v.0.map(|v| (k, v)))
                                    .collect(),
                            );
                        }
                        GeneratedField::OptionalBoolWrapper => {
                            if optional_bool_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBoolWrapper"),
                                );
                            }
                            optional_bool_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalInt32Wrapper => {
                            if optional_int32_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalInt32Wrapper"),
                                );
                            }
                            optional_int32_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalInt64Wrapper => {
                            if optional_int64_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalInt64Wrapper"),
                                );
                            }
                            optional_int64_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalUint32Wrapper => {
                            if optional_uint32_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint32Wrapper"),
                                );
                            }
                            optional_uint32_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalUint64Wrapper => {
                            if optional_uint64_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint64Wrapper"),
                                );
                            }
                            optional_uint64_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalFloatWrapper => {
                            if optional_float_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFloatWrapper"),
                                );
                            }
                            optional_float_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalDoubleWrapper => {
                            if optional_double_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalDoubleWrapper"),
                                );
                            }
                            optional_double_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalStringWrapper => {
                            if optional_string_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalStringWrapper"),
                                );
                            }
                            optional_string_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalBytesWrapper => {
                            if optional_bytes_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBytesWrapper"),
                                );
                            }
                            optional_bytes_wrapper__ = map_.next_value()?;
                        }
                        GeneratedField::RepeatedBoolWrapper => {
                            if repeated_bool_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedBoolWrapper"),
                                );
                            }
                            repeated_bool_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedInt32Wrapper => {
                            if repeated_int32_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedInt32Wrapper"),
                                );
                            }
                            repeated_int32_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedInt64Wrapper => {
                            if repeated_int64_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedInt64Wrapper"),
                                );
                            }
                            repeated_int64_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedUint32Wrapper => {
                            if repeated_uint32_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedUint32Wrapper"),
                                );
                            }
                            repeated_uint32_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedUint64Wrapper => {
                            if repeated_uint64_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedUint64Wrapper"),
                                );
                            }
                            repeated_uint64_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedFloatWrapper => {
                            if repeated_float_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedFloatWrapper"),
                                );
                            }
                            repeated_float_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedDoubleWrapper => {
                            if repeated_double_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedDoubleWrapper"),
                                );
                            }
                            repeated_double_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedStringWrapper => {
                            if repeated_string_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedStringWrapper"),
                                );
                            }
                            repeated_string_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedBytesWrapper => {
                            if repeated_bytes_wrapper__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedBytesWrapper"),
                                );
                            }
                            repeated_bytes_wrapper__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::OptionalDuration => {
                            if optional_duration__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalDuration"),
                                );
                            }
                            optional_duration__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalTimestamp => {
                            if optional_timestamp__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalTimestamp"),
                                );
                            }
                            optional_timestamp__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalFieldMask => {
                            if optional_field_mask__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFieldMask"),
                                );
                            }
                            optional_field_mask__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalStruct => {
                            if optional_struct__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalStruct"),
                                );
                            }
                            optional_struct__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalAny => {
                            if optional_any__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalAny"),
                                );
                            }
                            optional_any__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalValue => {
                            if optional_value__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalValue"),
                                );
                            }
                            optional_value__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalNullValue => {
                            if optional_null_value__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalNullValue"),
                                );
                            }
                            optional_null_value__ = Some(
                                map_.next_value::<::pbjson_types::NullValue>()? as i32,
                            );
                        }
                        GeneratedField::RepeatedDuration => {
                            if repeated_duration__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedDuration"),
                                );
                            }
                            repeated_duration__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedTimestamp => {
                            if repeated_timestamp__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedTimestamp"),
                                );
                            }
                            repeated_timestamp__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedFieldmask => {
                            if repeated_fieldmask__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedFieldmask"),
                                );
                            }
                            repeated_fieldmask__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedStruct => {
                            if repeated_struct__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedStruct"),
                                );
                            }
                            repeated_struct__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedAny => {
                            if repeated_any__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedAny"),
                                );
                            }
                            repeated_any__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedValue => {
                            if repeated_value__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedValue"),
                                );
                            }
                            repeated_value__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RepeatedListValue => {
                            if repeated_list_value__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("repeatedListValue"),
                                );
                            }
                            repeated_list_value__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::Fieldname1 => {
                            if fieldname1__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldname1"));
                            }
                            fieldname1__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName2 => {
                            if field_name2__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName2"));
                            }
                            field_name2__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName3 => {
                            if field_name3__.is_some() {
                                return Err(serde::de::Error::duplicate_field("FieldName3"));
                            }
                            field_name3__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName4 => {
                            if field_name4__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName4"));
                            }
                            field_name4__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Field0name5 => {
                            if field0name5__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field0name5"),
                                );
                            }
                            field0name5__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Field0Name6 => {
                            if field_0_name6__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field0Name6"),
                                );
                            }
                            field_0_name6__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName7 => {
                            if field_name7__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName7"));
                            }
                            field_name7__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName8 => {
                            if field_name8__.is_some() {
                                return Err(serde::de::Error::duplicate_field("FieldName8"));
                            }
                            field_name8__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName9 => {
                            if field_name9__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName9"));
                            }
                            field_name9__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName10 => {
                            if field_name10__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName10"),
                                );
                            }
                            field_name10__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName11 => {
                            if field_name11__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FIELDNAME11"),
                                );
                            }
                            field_name11__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName12 => {
                            if field_name12__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FIELDName12"),
                                );
                            }
                            field_name12__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName13 => {
                            if field_name13__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName13"),
                                );
                            }
                            field_name13__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName14 => {
                            if field_name14__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName14"),
                                );
                            }
                            field_name14__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName15 => {
                            if field_name15__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName15"),
                                );
                            }
                            field_name15__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName16 => {
                            if field_name16__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName16"),
                                );
                            }
                            field_name16__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName17 => {
                            if field_name17__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName17"),
                                );
                            }
                            field_name17__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FieldName18 => {
                            if field_name18__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName18"),
                                );
                            }
                            field_name18__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::OneofUint32 => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofUint32(
                                    x.0,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofUint32"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofNestedMessage => {
                            let read__ = map_
                                .next_value::<::std::option::Option<_>>()?
                                .map(test_all_types_proto3::OneofField::OneofNestedMessage);
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofNestedMessage"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofString => {
                            let read__ = map_
                                .next_value::<::std::option::Option<_>>()?
                                .map(test_all_types_proto3::OneofField::OneofString);
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofString"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofBytes => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Bytes<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofBytes(
                                    x.0,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(serde::de::Error::duplicate_field("oneofBytes"));
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofBool => {
                            let read__ = map_
                                .next_value::<::std::option::Option<_>>()?
                                .map(test_all_types_proto3::OneofField::OneofBool);
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(serde::de::Error::duplicate_field("oneofBool"));
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofUint64 => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofUint64(
                                    x.0,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofUint64"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofFloat => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofFloat(
                                    x.0,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(serde::de::Error::duplicate_field("oneofFloat"));
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofDouble => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofDouble(
                                    x.0,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofDouble"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofEnum => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::EnumField<
                                            test_all_types_proto3::NestedEnum,
                                        >,
                                    >,
                                >()?
                                .and_then(|x| x.0)
                                .map(|x| test_all_types_proto3::OneofField::OneofEnum(x));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(serde::de::Error::duplicate_field("oneofEnum"));
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::OneofNullValue => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<::pbjson_types::NullValue>,
                                >()?
                                .map(|x| test_all_types_proto3::OneofField::OneofNullValue(
                                    x as i32,
                                ));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(
                                        serde::de::Error::duplicate_field("oneofNullValue"),
                                    );
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TestAllTypesProto3 {
                    optional_int32: optional_int32__.unwrap_or_default(),
                    optional_int64: optional_int64__.unwrap_or_default(),
                    optional_uint32: optional_uint32__.unwrap_or_default(),
                    optional_uint64: optional_uint64__.unwrap_or_default(),
                    optional_sint32: optional_sint32__.unwrap_or_default(),
                    optional_sint64: optional_sint64__.unwrap_or_default(),
                    optional_fixed32: optional_fixed32__.unwrap_or_default(),
                    optional_fixed64: optional_fixed64__.unwrap_or_default(),
                    optional_sfixed32: optional_sfixed32__.unwrap_or_default(),
                    optional_sfixed64: optional_sfixed64__.unwrap_or_default(),
                    optional_float: optional_float__.unwrap_or_default(),
                    optional_double: optional_double__.unwrap_or_default(),
                    optional_bool: optional_bool__.unwrap_or_default(),
                    optional_string: optional_string__.unwrap_or_default(),
                    optional_bytes: optional_bytes__.unwrap_or_default(),
                    optional_nested_message: optional_nested_message__,
                    optional_foreign_message: optional_foreign_message__,
                    optional_nested_enum: optional_nested_enum__.unwrap_or_default(),
                    optional_foreign_enum: optional_foreign_enum__.unwrap_or_default(),
                    optional_aliased_enum: optional_aliased_enum__.unwrap_or_default(),
                    optional_string_piece: optional_string_piece__.unwrap_or_default(),
                    optional_cord: optional_cord__.unwrap_or_default(),
                    recursive_message: recursive_message__,
                    repeated_int32: repeated_int32__.unwrap_or_default(),
                    repeated_int64: repeated_int64__.unwrap_or_default(),
                    repeated_uint32: repeated_uint32__.unwrap_or_default(),
                    repeated_uint64: repeated_uint64__.unwrap_or_default(),
                    repeated_sint32: repeated_sint32__.unwrap_or_default(),
                    repeated_sint64: repeated_sint64__.unwrap_or_default(),
                    repeated_fixed32: repeated_fixed32__.unwrap_or_default(),
                    repeated_fixed64: repeated_fixed64__.unwrap_or_default(),
                    repeated_sfixed32: repeated_sfixed32__.unwrap_or_default(),
                    repeated_sfixed64: repeated_sfixed64__.unwrap_or_default(),
                    repeated_float: repeated_float__.unwrap_or_default(),
                    repeated_double: repeated_double__.unwrap_or_default(),
                    repeated_bool: repeated_bool__.unwrap_or_default(),
                    repeated_string: repeated_string__.unwrap_or_default(),
                    repeated_bytes: repeated_bytes__.unwrap_or_default(),
                    repeated_nested_message: repeated_nested_message__
                        .unwrap_or_default(),
                    repeated_foreign_message: repeated_foreign_message__
                        .unwrap_or_default(),
                    repeated_nested_enum: repeated_nested_enum__.unwrap_or_default(),
                    repeated_foreign_enum: repeated_foreign_enum__.unwrap_or_default(),
                    repeated_string_piece: repeated_string_piece__.unwrap_or_default(),
                    repeated_cord: repeated_cord__.unwrap_or_default(),
                    packed_int32: packed_int32__.unwrap_or_default(),
                    packed_int64: packed_int64__.unwrap_or_default(),
                    packed_uint32: packed_uint32__.unwrap_or_default(),
                    packed_uint64: packed_uint64__.unwrap_or_default(),
                    packed_sint32: packed_sint32__.unwrap_or_default(),
                    packed_sint64: packed_sint64__.unwrap_or_default(),
                    packed_fixed32: packed_fixed32__.unwrap_or_default(),
                    packed_fixed64: packed_fixed64__.unwrap_or_default(),
                    packed_sfixed32: packed_sfixed32__.unwrap_or_default(),
                    packed_sfixed64: packed_sfixed64__.unwrap_or_default(),
                    packed_float: packed_float__.unwrap_or_default(),
                    packed_double: packed_double__.unwrap_or_default(),
                    packed_bool: packed_bool__.unwrap_or_default(),
                    packed_nested_enum: packed_nested_enum__.unwrap_or_default(),
                    unpacked_int32: unpacked_int32__.unwrap_or_default(),
                    unpacked_int64: unpacked_int64__.unwrap_or_default(),
                    unpacked_uint32: unpacked_uint32__.unwrap_or_default(),
                    unpacked_uint64: unpacked_uint64__.unwrap_or_default(),
                    unpacked_sint32: unpacked_sint32__.unwrap_or_default(),
                    unpacked_sint64: unpacked_sint64__.unwrap_or_default(),
                    unpacked_fixed32: unpacked_fixed32__.unwrap_or_default(),
                    unpacked_fixed64: unpacked_fixed64__.unwrap_or_default(),
                    unpacked_sfixed32: unpacked_sfixed32__.unwrap_or_default(),
                    unpacked_sfixed64: unpacked_sfixed64__.unwrap_or_default(),
                    unpacked_float: unpacked_float__.unwrap_or_default(),
                    unpacked_double: unpacked_double__.unwrap_or_default(),
                    unpacked_bool: unpacked_bool__.unwrap_or_default(),
                    unpacked_nested_enum: unpacked_nested_enum__.unwrap_or_default(),
                    map_int32_int32: map_int32_int32__.unwrap_or_default(),
                    map_int64_int64: map_int64_int64__.unwrap_or_default(),
                    map_uint32_uint32: map_uint32_uint32__.unwrap_or_default(),
                    map_uint64_uint64: map_uint64_uint64__.unwrap_or_default(),
                    map_sint32_sint32: map_sint32_sint32__.unwrap_or_default(),
                    map_sint64_sint64: map_sint64_sint64__.unwrap_or_default(),
                    map_fixed32_fixed32: map_fixed32_fixed32__.unwrap_or_default(),
                    map_fixed64_fixed64: map_fixed64_fixed64__.unwrap_or_default(),
                    map_sfixed32_sfixed32: map_sfixed32_sfixed32__.unwrap_or_default(),
                    map_sfixed64_sfixed64: map_sfixed64_sfixed64__.unwrap_or_default(),
                    map_int32_float: map_int32_float__.unwrap_or_default(),
                    map_int32_double: map_int32_double__.unwrap_or_default(),
                    map_bool_bool: map_bool_bool__.unwrap_or_default(),
                    map_string_string: map_string_string__.unwrap_or_default(),
                    map_string_bytes: map_string_bytes__.unwrap_or_default(),
                    map_string_nested_message: map_string_nested_message__
                        .unwrap_or_default(),
                    map_string_foreign_message: map_string_foreign_message__
                        .unwrap_or_default(),
                    map_string_nested_enum: map_string_nested_enum__.unwrap_or_default(),
                    map_string_foreign_enum: map_string_foreign_enum__
                        .unwrap_or_default(),
                    optional_bool_wrapper: optional_bool_wrapper__,
                    optional_int32_wrapper: optional_int32_wrapper__,
                    optional_int64_wrapper: optional_int64_wrapper__,
                    optional_uint32_wrapper: optional_uint32_wrapper__,
                    optional_uint64_wrapper: optional_uint64_wrapper__,
                    optional_float_wrapper: optional_float_wrapper__,
                    optional_double_wrapper: optional_double_wrapper__,
                    optional_string_wrapper: optional_string_wrapper__,
                    optional_bytes_wrapper: optional_bytes_wrapper__,
                    repeated_bool_wrapper: repeated_bool_wrapper__.unwrap_or_default(),
                    repeated_int32_wrapper: repeated_int32_wrapper__.unwrap_or_default(),
                    repeated_int64_wrapper: repeated_int64_wrapper__.unwrap_or_default(),
                    repeated_uint32_wrapper: repeated_uint32_wrapper__
                        .unwrap_or_default(),
                    repeated_uint64_wrapper: repeated_uint64_wrapper__
                        .unwrap_or_default(),
                    repeated_float_wrapper: repeated_float_wrapper__.unwrap_or_default(),
                    repeated_double_wrapper: repeated_double_wrapper__
                        .unwrap_or_default(),
                    repeated_string_wrapper: repeated_string_wrapper__
                        .unwrap_or_default(),
                    repeated_bytes_wrapper: repeated_bytes_wrapper__.unwrap_or_default(),
                    optional_duration: optional_duration__,
                    optional_timestamp: optional_timestamp__,
                    optional_field_mask: optional_field_mask__,
                    optional_struct: optional_struct__,
                    optional_any: optional_any__,
                    optional_value: optional_value__,
                    optional_null_value: optional_null_value__.unwrap_or_default(),
                    repeated_duration: repeated_duration__.unwrap_or_default(),
                    repeated_timestamp: repeated_timestamp__.unwrap_or_default(),
                    repeated_fieldmask: repeated_fieldmask__.unwrap_or_default(),
                    repeated_struct: repeated_struct__.unwrap_or_default(),
                    repeated_any: repeated_any__.unwrap_or_default(),
                    repeated_value: repeated_value__.unwrap_or_default(),
                    repeated_list_value: repeated_list_value__.unwrap_or_default(),
                    fieldname1: fieldname1__.unwrap_or_default(),
                    field_name2: field_name2__.unwrap_or_default(),
                    field_name3: field_name3__.unwrap_or_default(),
                    field_name4: field_name4__.unwrap_or_default(),
                    field0name5: field0name5__.unwrap_or_default(),
                    field_0_name6: field_0_name6__.unwrap_or_default(),
                    field_name7: field_name7__.unwrap_or_default(),
                    field_name8: field_name8__.unwrap_or_default(),
                    field_name9: field_name9__.unwrap_or_default(),
                    field_name10: field_name10__.unwrap_or_default(),
                    field_name11: field_name11__.unwrap_or_default(),
                    field_name12: field_name12__.unwrap_or_default(),
                    field_name13: field_name13__.unwrap_or_default(),
                    field_name14: field_name14__.unwrap_or_default(),
                    field_name15: field_name15__.unwrap_or_default(),
                    field_name16: field_name16__.unwrap_or_default(),
                    field_name17: field_name17__.unwrap_or_default(),
                    field_name18: field_name18__.unwrap_or_default(),
                    oneof_field: oneof_field__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto3.TestAllTypesProto3",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto3::AliasedEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::AliasFoo => "ALIAS_FOO",
            Self::AliasBar => "ALIAS_BAR",
            Self::AliasBaz => "ALIAS_BAZ",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto3::AliasedEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["ALIAS_FOO", "ALIAS_BAR", "ALIAS_BAZ"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = test_all_types_proto3::AliasedEnum;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", & FIELDS)
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Signed(v),
                            &self,
                        )
                    })
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Unsigned(v),
                            &self,
                        )
                    })
            }
            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "ALIAS_FOO" => Ok(test_all_types_proto3::AliasedEnum::AliasFoo),
                    "ALIAS_BAR" => Ok(test_all_types_proto3::AliasedEnum::AliasBar),
                    "ALIAS_BAZ" => Ok(test_all_types_proto3::AliasedEnum::AliasBaz),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for test_all_types_proto3::NestedEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Foo => "FOO",
            Self::Bar => "BAR",
            Self::Baz => "BAZ",
            Self::Neg => "NEG",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto3::NestedEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["FOO", "BAR", "BAZ", "NEG"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = test_all_types_proto3::NestedEnum;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", & FIELDS)
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Signed(v),
                            &self,
                        )
                    })
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(
                            serde::de::Unexpected::Unsigned(v),
                            &self,
                        )
                    })
            }
            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "FOO" => Ok(test_all_types_proto3::NestedEnum::Foo),
                    "BAR" => Ok(test_all_types_proto3::NestedEnum::Bar),
                    "BAZ" => Ok(test_all_types_proto3::NestedEnum::Baz),
                    "NEG" => Ok(test_all_types_proto3::NestedEnum::Neg),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for test_all_types_proto3::NestedMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.a != 0 {
            len += 1;
        }
        if self.corecursive.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto3.TestAllTypesProto3.NestedMessage",
                len,
            )?;
        if self.a != 0 {
            struct_ser.serialize_field("a", &self.a)?;
        }
        if let Some(v) = self.corecursive.as_ref() {
            struct_ser.serialize_field("corecursive", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto3::NestedMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["a", "corecursive"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            A,
            Corecursive,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "a" => Some(GeneratedField::A),
                    "corecursive" => Some(GeneratedField::Corecursive),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_types_proto3::NestedMessage;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto3.TestAllTypesProto3.NestedMessage",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<test_all_types_proto3::NestedMessage, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut a__ = None;
                let mut corecursive__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        ::kagzi_proto::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::A => {
                            if a__.is_some() {
                                return Err(serde::de::Error::duplicate_field("a"));
                            }
                            a__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Corecursive => {
                            if corecursive__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("corecursive"),
                                );
                            }
                            corecursive__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_types_proto3::NestedMessage {
                    a: a__.unwrap_or_default(),
                    corecursive: corecursive__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto3.TestAllTypesProto3.NestedMessage",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for ForeignEnum {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for enum_only_proto3::Bool {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for test_all_types_proto3::AliasedEnum {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for test_all_types_proto3::NestedEnum {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
