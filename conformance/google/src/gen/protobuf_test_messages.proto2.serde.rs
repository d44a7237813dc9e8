impl serde::Serialize for EnumOnlyProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto2.EnumOnlyProto2", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnumOnlyProto2 {
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
            type Value = EnumOnlyProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto2.EnumOnlyProto2")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<EnumOnlyProto2, V::Error>
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
                Ok(EnumOnlyProto2 {})
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.EnumOnlyProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for enum_only_proto2::Bool {
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
impl<'de> serde::Deserialize<'de> for enum_only_proto2::Bool {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["kFalse", "kTrue"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = enum_only_proto2::Bool;
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
                    "kFalse" => Ok(enum_only_proto2::Bool::KFalse),
                    "kTrue" => Ok(enum_only_proto2::Bool::KTrue),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ForeignEnumProto2 {
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
impl<'de> serde::Deserialize<'de> for ForeignEnumProto2 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["FOREIGN_FOO", "FOREIGN_BAR", "FOREIGN_BAZ"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ForeignEnumProto2;
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
                    "FOREIGN_FOO" => Ok(ForeignEnumProto2::ForeignFoo),
                    "FOREIGN_BAR" => Ok(ForeignEnumProto2::ForeignBar),
                    "FOREIGN_BAZ" => Ok(ForeignEnumProto2::ForeignBaz),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ForeignMessageProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.c.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.ForeignMessageProto2",
                len,
            )?;
        if let Some(v) = self.c.as_ref() {
            struct_ser.serialize_field("c", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ForeignMessageProto2 {
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
            type Value = ForeignMessageProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.ForeignMessageProto2",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ForeignMessageProto2, V::Error>
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
                            c__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ForeignMessageProto2 { c: c__ })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.ForeignMessageProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GroupField {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.group_int32.is_some() {
            len += 1;
        }
        if self.group_uint32.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto2.GroupField", len)?;
        if let Some(v) = self.group_int32.as_ref() {
            struct_ser.serialize_field("groupInt32", v)?;
        }
        if let Some(v) = self.group_uint32.as_ref() {
            struct_ser.serialize_field("groupUint32", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GroupField {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "group_int32",
            "groupInt32",
            "group_uint32",
            "groupUint32",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GroupInt32,
            GroupUint32,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "groupInt32" | "group_int32" => Some(GeneratedField::GroupInt32),
                    "groupUint32" | "group_uint32" => Some(GeneratedField::GroupUint32),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GroupField;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct protobuf_test_messages.proto2.GroupField")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GroupField, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut group_int32__ = None;
                let mut group_uint32__ = None;
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
                        GeneratedField::GroupInt32 => {
                            if group_int32__.is_some() {
                                return Err(serde::de::Error::duplicate_field("groupInt32"));
                            }
                            group_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::GroupUint32 => {
                            if group_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("groupUint32"),
                                );
                            }
                            group_uint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GroupField {
                    group_int32: group_int32__,
                    group_uint32: group_uint32__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.GroupField",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for NullHypothesisProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.NullHypothesisProto2",
                len,
            )?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NullHypothesisProto2 {
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
            type Value = NullHypothesisProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.NullHypothesisProto2",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<NullHypothesisProto2, V::Error>
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
                Ok(NullHypothesisProto2 {})
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.NullHypothesisProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for OneStringProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto2.OneStringProto2", len)?;
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for OneStringProto2 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["data"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Data,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "data" => Some(GeneratedField::Data),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OneStringProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto2.OneStringProto2")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<OneStringProto2, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut data__ = None;
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
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(OneStringProto2 { data: data__ })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.OneStringProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ProtoWithKeywords {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.inline.is_some() {
            len += 1;
        }
        if self.concept.is_some() {
            len += 1;
        }
        if !self.requires.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto2.ProtoWithKeywords", len)?;
        if let Some(v) = self.inline.as_ref() {
            struct_ser.serialize_field("inline", v)?;
        }
        if let Some(v) = self.concept.as_ref() {
            struct_ser.serialize_field("concept", v)?;
        }
        if !self.requires.is_empty() {
            struct_ser.serialize_field("requires", &self.requires)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ProtoWithKeywords {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["inline", "concept", "requires"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Inline,
            Concept,
            Requires,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "inline" => Some(GeneratedField::Inline),
                    "concept" => Some(GeneratedField::Concept),
                    "requires" => Some(GeneratedField::Requires),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ProtoWithKeywords;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto2.ProtoWithKeywords")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ProtoWithKeywords, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut inline__ = None;
                let mut concept__ = None;
                let mut requires__ = None;
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
                        GeneratedField::Inline => {
                            if inline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inline"));
                            }
                            inline__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Concept => {
                            if concept__.is_some() {
                                return Err(serde::de::Error::duplicate_field("concept"));
                            }
                            concept__ = map_.next_value()?;
                        }
                        GeneratedField::Requires => {
                            if requires__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requires"));
                            }
                            requires__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ProtoWithKeywords {
                    inline: inline__,
                    concept: concept__,
                    requires: requires__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.ProtoWithKeywords",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TestAllRequiredTypesProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 38;
        if self.optional_recursive_message.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2",
                len,
            )?;
        struct_ser.serialize_field("requiredInt32", &self.required_int32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredInt64",
                &::kagzi_proto::json::private::Decimal(&self.required_int64),
            )?;
        struct_ser.serialize_field("requiredUint32", &self.required_uint32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredUint64",
                &::kagzi_proto::json::private::Decimal(&self.required_uint64),
            )?;
        struct_ser.serialize_field("requiredSint32", &self.required_sint32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredSint64",
                &::kagzi_proto::json::private::Decimal(&self.required_sint64),
            )?;
        struct_ser.serialize_field("requiredFixed32", &self.required_fixed32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredFixed64",
                &::kagzi_proto::json::private::Decimal(&self.required_fixed64),
            )?;
        struct_ser.serialize_field("requiredSfixed32", &self.required_sfixed32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredSfixed64",
                &::kagzi_proto::json::private::Decimal(&self.required_sfixed64),
            )?;
        struct_ser
            .serialize_field(
                "requiredFloat",
                &::kagzi_proto::json::private::Float(self.required_float as f64),
            )?;
        struct_ser
            .serialize_field(
                "requiredDouble",
                &::kagzi_proto::json::private::Float(self.required_double as f64),
            )?;
        struct_ser.serialize_field("requiredBool", &self.required_bool)?;
        struct_ser.serialize_field("requiredString", &self.required_string)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "requiredBytes",
                &::kagzi_proto::json::private::base64_encode(&self.required_bytes),
            )?;
        struct_ser
            .serialize_field("requiredNestedMessage", &self.required_nested_message)?;
        struct_ser
            .serialize_field("requiredForeignMessage", &self.required_foreign_message)?;
        let v = ::kagzi_proto::json::private::EnumOut::<
            test_all_required_types_proto2::NestedEnum,
        >::new(self.required_nested_enum);
        struct_ser.serialize_field("requiredNestedEnum", &v)?;
        let v = ::kagzi_proto::json::private::EnumOut::<
            ForeignEnumProto2,
        >::new(self.required_foreign_enum);
        struct_ser.serialize_field("requiredForeignEnum", &v)?;
        struct_ser.serialize_field("requiredStringPiece", &self.required_string_piece)?;
        struct_ser.serialize_field("requiredCord", &self.required_cord)?;
        struct_ser.serialize_field("recursiveMessage", &self.recursive_message)?;
        if let Some(v) = self.optional_recursive_message.as_ref() {
            struct_ser.serialize_field("optionalRecursiveMessage", v)?;
        }
        struct_ser.serialize_field("data", &self.data)?;
        struct_ser.serialize_field("defaultInt32", &self.default_int32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultInt64",
                &::kagzi_proto::json::private::Decimal(&self.default_int64),
            )?;
        struct_ser.serialize_field("defaultUint32", &self.default_uint32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultUint64",
                &::kagzi_proto::json::private::Decimal(&self.default_uint64),
            )?;
        struct_ser.serialize_field("defaultSint32", &self.default_sint32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultSint64",
                &::kagzi_proto::json::private::Decimal(&self.default_sint64),
            )?;
        struct_ser.serialize_field("defaultFixed32", &self.default_fixed32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultFixed64",
                &::kagzi_proto::json::private::Decimal(&self.default_fixed64),
            )?;
        struct_ser.serialize_field("defaultSfixed32", &self.default_sfixed32)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultSfixed64",
                &::kagzi_proto::json::private::Decimal(&self.default_sfixed64),
            )?;
        struct_ser
            .serialize_field(
                "defaultFloat",
                &::kagzi_proto::json::private::Float(self.default_float as f64),
            )?;
        struct_ser
            .serialize_field(
                "defaultDouble",
                &::kagzi_proto::json::private::Float(self.default_double as f64),
            )?;
        struct_ser.serialize_field("defaultBool", &self.default_bool)?;
        struct_ser.serialize_field("defaultString", &self.default_string)?;
        #[allow(clippy::needless_borrow)]
        #[allow(clippy::needless_borrows_for_generic_args)]
        struct_ser
            .serialize_field(
                "defaultBytes",
                &::kagzi_proto::json::private::base64_encode(&self.default_bytes),
            )?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestAllRequiredTypesProto2 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "required_int32",
            "requiredInt32",
            "required_int64",
            "requiredInt64",
            "required_uint32",
            "requiredUint32",
            "required_uint64",
            "requiredUint64",
            "required_sint32",
            "requiredSint32",
            "required_sint64",
            "requiredSint64",
            "required_fixed32",
            "requiredFixed32",
            "required_fixed64",
            "requiredFixed64",
            "required_sfixed32",
            "requiredSfixed32",
            "required_sfixed64",
            "requiredSfixed64",
            "required_float",
            "requiredFloat",
            "required_double",
            "requiredDouble",
            "required_bool",
            "requiredBool",
            "required_string",
            "requiredString",
            "required_bytes",
            "requiredBytes",
            "required_nested_message",
            "requiredNestedMessage",
            "required_foreign_message",
            "requiredForeignMessage",
            "required_nested_enum",
            "requiredNestedEnum",
            "required_foreign_enum",
            "requiredForeignEnum",
            "required_string_piece",
            "requiredStringPiece",
            "required_cord",
            "requiredCord",
            "recursive_message",
            "recursiveMessage",
            "optional_recursive_message",
            "optionalRecursiveMessage",
            "data",
            "default_int32",
            "defaultInt32",
            "default_int64",
            "defaultInt64",
            "default_uint32",
            "defaultUint32",
            "default_uint64",
            "defaultUint64",
            "default_sint32",
            "defaultSint32",
            "default_sint64",
            "defaultSint64",
            "default_fixed32",
            "defaultFixed32",
            "default_fixed64",
            "defaultFixed64",
            "default_sfixed32",
            "defaultSfixed32",
            "default_sfixed64",
            "defaultSfixed64",
            "default_float",
            "defaultFloat",
            "default_double",
            "defaultDouble",
            "default_bool",
            "defaultBool",
            "default_string",
            "defaultString",
            "default_bytes",
            "defaultBytes",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RequiredInt32,
            RequiredInt64,
            RequiredUint32,
            RequiredUint64,
            RequiredSint32,
            RequiredSint64,
            RequiredFixed32,
            RequiredFixed64,
            RequiredSfixed32,
            RequiredSfixed64,
            RequiredFloat,
            RequiredDouble,
            RequiredBool,
            RequiredString,
            RequiredBytes,
            RequiredNestedMessage,
            RequiredForeignMessage,
            RequiredNestedEnum,
            RequiredForeignEnum,
            RequiredStringPiece,
            RequiredCord,
            RecursiveMessage,
            OptionalRecursiveMessage,
            Data,
            DefaultInt32,
            DefaultInt64,
            DefaultUint32,
            DefaultUint64,
            DefaultSint32,
            DefaultSint64,
            DefaultFixed32,
            DefaultFixed64,
            DefaultSfixed32,
            DefaultSfixed64,
            DefaultFloat,
            DefaultDouble,
            DefaultBool,
            DefaultString,
            DefaultBytes,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "requiredInt32" | "required_int32" => {
                        Some(GeneratedField::RequiredInt32)
                    }
                    "requiredInt64" | "required_int64" => {
                        Some(GeneratedField::RequiredInt64)
                    }
                    "requiredUint32" | "required_uint32" => {
                        Some(GeneratedField::RequiredUint32)
                    }
                    "requiredUint64" | "required_uint64" => {
                        Some(GeneratedField::RequiredUint64)
                    }
                    "requiredSint32" | "required_sint32" => {
                        Some(GeneratedField::RequiredSint32)
                    }
                    "requiredSint64" | "required_sint64" => {
                        Some(GeneratedField::RequiredSint64)
                    }
                    "requiredFixed32" | "required_fixed32" => {
                        Some(GeneratedField::RequiredFixed32)
                    }
                    "requiredFixed64" | "required_fixed64" => {
                        Some(GeneratedField::RequiredFixed64)
                    }
                    "requiredSfixed32" | "required_sfixed32" => {
                        Some(GeneratedField::RequiredSfixed32)
                    }
                    "requiredSfixed64" | "required_sfixed64" => {
                        Some(GeneratedField::RequiredSfixed64)
                    }
                    "requiredFloat" | "required_float" => {
                        Some(GeneratedField::RequiredFloat)
                    }
                    "requiredDouble" | "required_double" => {
                        Some(GeneratedField::RequiredDouble)
                    }
                    "requiredBool" | "required_bool" => {
                        Some(GeneratedField::RequiredBool)
                    }
                    "requiredString" | "required_string" => {
                        Some(GeneratedField::RequiredString)
                    }
                    "requiredBytes" | "required_bytes" => {
                        Some(GeneratedField::RequiredBytes)
                    }
                    "requiredNestedMessage" | "required_nested_message" => {
                        Some(GeneratedField::RequiredNestedMessage)
                    }
                    "requiredForeignMessage" | "required_foreign_message" => {
                        Some(GeneratedField::RequiredForeignMessage)
                    }
                    "requiredNestedEnum" | "required_nested_enum" => {
                        Some(GeneratedField::RequiredNestedEnum)
                    }
                    "requiredForeignEnum" | "required_foreign_enum" => {
                        Some(GeneratedField::RequiredForeignEnum)
                    }
                    "requiredStringPiece" | "required_string_piece" => {
                        Some(GeneratedField::RequiredStringPiece)
                    }
                    "requiredCord" | "required_cord" => {
                        Some(GeneratedField::RequiredCord)
                    }
                    "recursiveMessage" | "recursive_message" => {
                        Some(GeneratedField::RecursiveMessage)
                    }
                    "optionalRecursiveMessage" | "optional_recursive_message" => {
                        Some(GeneratedField::OptionalRecursiveMessage)
                    }
                    "data" => Some(GeneratedField::Data),
                    "defaultInt32" | "default_int32" => {
                        Some(GeneratedField::DefaultInt32)
                    }
                    "defaultInt64" | "default_int64" => {
                        Some(GeneratedField::DefaultInt64)
                    }
                    "defaultUint32" | "default_uint32" => {
                        Some(GeneratedField::DefaultUint32)
                    }
                    "defaultUint64" | "default_uint64" => {
                        Some(GeneratedField::DefaultUint64)
                    }
                    "defaultSint32" | "default_sint32" => {
                        Some(GeneratedField::DefaultSint32)
                    }
                    "defaultSint64" | "default_sint64" => {
                        Some(GeneratedField::DefaultSint64)
                    }
                    "defaultFixed32" | "default_fixed32" => {
                        Some(GeneratedField::DefaultFixed32)
                    }
                    "defaultFixed64" | "default_fixed64" => {
                        Some(GeneratedField::DefaultFixed64)
                    }
                    "defaultSfixed32" | "default_sfixed32" => {
                        Some(GeneratedField::DefaultSfixed32)
                    }
                    "defaultSfixed64" | "default_sfixed64" => {
                        Some(GeneratedField::DefaultSfixed64)
                    }
                    "defaultFloat" | "default_float" => {
                        Some(GeneratedField::DefaultFloat)
                    }
                    "defaultDouble" | "default_double" => {
                        Some(GeneratedField::DefaultDouble)
                    }
                    "defaultBool" | "default_bool" => Some(GeneratedField::DefaultBool),
                    "defaultString" | "default_string" => {
                        Some(GeneratedField::DefaultString)
                    }
                    "defaultBytes" | "default_bytes" => {
                        Some(GeneratedField::DefaultBytes)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestAllRequiredTypesProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TestAllRequiredTypesProto2, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut required_int32__ = None;
                let mut required_int64__ = None;
                let mut required_uint32__ = None;
                let mut required_uint64__ = None;
                let mut required_sint32__ = None;
                let mut required_sint64__ = None;
                let mut required_fixed32__ = None;
                let mut required_fixed64__ = None;
                let mut required_sfixed32__ = None;
                let mut required_sfixed64__ = None;
                let mut required_float__ = None;
                let mut required_double__ = None;
                let mut required_bool__ = None;
                let mut required_string__ = None;
                let mut required_bytes__ = None;
                let mut required_nested_message__ = None;
                let mut required_foreign_message__ = None;
                let mut required_nested_enum__ = None;
                let mut required_foreign_enum__ = None;
                let mut required_string_piece__ = None;
                let mut required_cord__ = None;
                let mut recursive_message__ = None;
                let mut optional_recursive_message__ = None;
                let mut data__ = None;
                let mut default_int32__ = None;
                let mut default_int64__ = None;
                let mut default_uint32__ = None;
                let mut default_uint64__ = None;
                let mut default_sint32__ = None;
                let mut default_sint64__ = None;
                let mut default_fixed32__ = None;
                let mut default_fixed64__ = None;
                let mut default_sfixed32__ = None;
                let mut default_sfixed64__ = None;
                let mut default_float__ = None;
                let mut default_double__ = None;
                let mut default_bool__ = None;
                let mut default_string__ = None;
                let mut default_bytes__ = None;
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
                        GeneratedField::RequiredInt32 => {
                            if required_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredInt32"),
                                );
                            }
                            required_int32__ = Some(
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
                        GeneratedField::RequiredInt64 => {
                            if required_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredInt64"),
                                );
                            }
                            required_int64__ = Some(
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
                        GeneratedField::RequiredUint32 => {
                            if required_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredUint32"),
                                );
                            }
                            required_uint32__ = Some(
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
                        GeneratedField::RequiredUint64 => {
                            if required_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredUint64"),
                                );
                            }
                            required_uint64__ = Some(
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
                        GeneratedField::RequiredSint32 => {
                            if required_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredSint32"),
                                );
                            }
                            required_sint32__ = Some(
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
                        GeneratedField::RequiredSint64 => {
                            if required_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredSint64"),
                                );
                            }
                            required_sint64__ = Some(
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
                        GeneratedField::RequiredFixed32 => {
                            if required_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredFixed32"),
                                );
                            }
                            required_fixed32__ = Some(
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
                        GeneratedField::RequiredFixed64 => {
                            if required_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredFixed64"),
                                );
                            }
                            required_fixed64__ = Some(
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
                        GeneratedField::RequiredSfixed32 => {
                            if required_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredSfixed32"),
                                );
                            }
                            required_sfixed32__ = Some(
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
                        GeneratedField::RequiredSfixed64 => {
                            if required_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredSfixed64"),
                                );
                            }
                            required_sfixed64__ = Some(
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
                        GeneratedField::RequiredFloat => {
                            if required_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredFloat"),
                                );
                            }
                            required_float__ = Some(
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
                        GeneratedField::RequiredDouble => {
                            if required_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredDouble"),
                                );
                            }
                            required_double__ = Some(
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
                        GeneratedField::RequiredBool => {
                            if required_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredBool"),
                                );
                            }
                            required_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RequiredString => {
                            if required_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredString"),
                                );
                            }
                            required_string__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RequiredBytes => {
                            if required_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredBytes"),
                                );
                            }
                            required_bytes__ = Some(
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
                        GeneratedField::RequiredNestedMessage => {
                            if required_nested_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredNestedMessage"),
                                );
                            }
                            required_nested_message__ = map_.next_value()?;
                        }
                        GeneratedField::RequiredForeignMessage => {
                            if required_foreign_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredForeignMessage"),
                                );
                            }
                            required_foreign_message__ = map_.next_value()?;
                        }
                        GeneratedField::RequiredNestedEnum => {
                            if required_nested_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredNestedEnum"),
                                );
                            }
                            required_nested_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::EnumField<
                                                test_all_required_types_proto2::NestedEnum,
                                            >,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::RequiredForeignEnum => {
                            if required_foreign_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredForeignEnum"),
                                );
                            }
                            required_foreign_enum__ = Some(
                                map_
                                    .next_value::<
                                        ::kagzi_proto::json::private::OrDefault<
                                            ::kagzi_proto::json::private::EnumField<ForeignEnumProto2>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::RequiredStringPiece => {
                            if required_string_piece__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredStringPiece"),
                                );
                            }
                            required_string_piece__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::RequiredCord => {
                            if required_cord__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("requiredCord"),
                                );
                            }
                            required_cord__ = Some(
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
                        GeneratedField::OptionalRecursiveMessage => {
                            if optional_recursive_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field(
                                        "optionalRecursiveMessage",
                                    ),
                                );
                            }
                            optional_recursive_message__ = map_.next_value()?;
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultInt32 => {
                            if default_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultInt32"),
                                );
                            }
                            default_int32__ = Some(
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
                        GeneratedField::DefaultInt64 => {
                            if default_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultInt64"),
                                );
                            }
                            default_int64__ = Some(
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
                        GeneratedField::DefaultUint32 => {
                            if default_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultUint32"),
                                );
                            }
                            default_uint32__ = Some(
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
                        GeneratedField::DefaultUint64 => {
                            if default_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultUint64"),
                                );
                            }
                            default_uint64__ = Some(
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
                        GeneratedField::DefaultSint32 => {
                            if default_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSint32"),
                                );
                            }
                            default_sint32__ = Some(
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
                        GeneratedField::DefaultSint64 => {
                            if default_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSint64"),
                                );
                            }
                            default_sint64__ = Some(
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
                        GeneratedField::DefaultFixed32 => {
                            if default_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFixed32"),
                                );
                            }
                            default_fixed32__ = Some(
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
                        GeneratedField::DefaultFixed64 => {
                            if default_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFixed64"),
                                );
                            }
                            default_fixed64__ = Some(
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
                        GeneratedField::DefaultSfixed32 => {
                            if default_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSfixed32"),
                                );
                            }
                            default_sfixed32__ = Some(
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
                        GeneratedField::DefaultSfixed64 => {
                            if default_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSfixed64"),
                                );
                            }
                            default_sfixed64__ = Some(
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
                        GeneratedField::DefaultFloat => {
                            if default_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFloat"),
                                );
                            }
                            default_float__ = Some(
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
                        GeneratedField::DefaultDouble => {
                            if default_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultDouble"),
                                );
                            }
                            default_double__ = Some(
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
                        GeneratedField::DefaultBool => {
                            if default_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultBool"),
                                );
                            }
                            default_bool__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::DefaultString => {
                            if default_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultString"),
                                );
                            }
                            default_string__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::DefaultBytes => {
                            if default_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultBytes"),
                                );
                            }
                            default_bytes__ = Some(
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
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TestAllRequiredTypesProto2 {
                    required_int32: required_int32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredInt32",
                        ))?,
                    required_int64: required_int64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredInt64",
                        ))?,
                    required_uint32: required_uint32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredUint32",
                        ))?,
                    required_uint64: required_uint64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredUint64",
                        ))?,
                    required_sint32: required_sint32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredSint32",
                        ))?,
                    required_sint64: required_sint64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredSint64",
                        ))?,
                    required_fixed32: required_fixed32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredFixed32",
                        ))?,
                    required_fixed64: required_fixed64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredFixed64",
                        ))?,
                    required_sfixed32: required_sfixed32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredSfixed32",
                        ))?,
                    required_sfixed64: required_sfixed64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredSfixed64",
                        ))?,
                    required_float: required_float__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredFloat",
                        ))?,
                    required_double: required_double__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredDouble",
                        ))?,
                    required_bool: required_bool__
                        .ok_or_else(|| serde::de::Error::missing_field("requiredBool"))?,
                    required_string: required_string__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredString",
                        ))?,
                    required_bytes: required_bytes__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredBytes",
                        ))?,
                    required_nested_message: required_nested_message__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredNestedMessage",
                        ))?,
                    required_foreign_message: required_foreign_message__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredForeignMessage",
                        ))?,
                    required_nested_enum: required_nested_enum__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredNestedEnum",
                        ))?,
                    required_foreign_enum: required_foreign_enum__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredForeignEnum",
                        ))?,
                    required_string_piece: required_string_piece__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "requiredStringPiece",
                        ))?,
                    required_cord: required_cord__
                        .ok_or_else(|| serde::de::Error::missing_field("requiredCord"))?,
                    recursive_message: recursive_message__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "recursiveMessage",
                        ))?,
                    optional_recursive_message: optional_recursive_message__,
                    data: data__.ok_or_else(|| serde::de::Error::missing_field("data"))?,
                    default_int32: default_int32__
                        .ok_or_else(|| serde::de::Error::missing_field("defaultInt32"))?,
                    default_int64: default_int64__
                        .ok_or_else(|| serde::de::Error::missing_field("defaultInt64"))?,
                    default_uint32: default_uint32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultUint32",
                        ))?,
                    default_uint64: default_uint64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultUint64",
                        ))?,
                    default_sint32: default_sint32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultSint32",
                        ))?,
                    default_sint64: default_sint64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultSint64",
                        ))?,
                    default_fixed32: default_fixed32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultFixed32",
                        ))?,
                    default_fixed64: default_fixed64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultFixed64",
                        ))?,
                    default_sfixed32: default_sfixed32__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultSfixed32",
                        ))?,
                    default_sfixed64: default_sfixed64__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultSfixed64",
                        ))?,
                    default_float: default_float__
                        .ok_or_else(|| serde::de::Error::missing_field("defaultFloat"))?,
                    default_double: default_double__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultDouble",
                        ))?,
                    default_bool: default_bool__
                        .ok_or_else(|| serde::de::Error::missing_field("defaultBool"))?,
                    default_string: default_string__
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "defaultString",
                        ))?,
                    default_bytes: default_bytes__
                        .ok_or_else(|| serde::de::Error::missing_field("defaultBytes"))?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_required_types_proto2::Data {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 2;
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.Data",
                len,
            )?;
        struct_ser.serialize_field("groupInt32", &self.group_int32)?;
        struct_ser.serialize_field("groupUint32", &self.group_uint32)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_required_types_proto2::Data {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "group_int32",
            "groupInt32",
            "group_uint32",
            "groupUint32",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GroupInt32,
            GroupUint32,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "groupInt32" | "group_int32" => Some(GeneratedField::GroupInt32),
                    "groupUint32" | "group_uint32" => Some(GeneratedField::GroupUint32),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_required_types_proto2::Data;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2.Data",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<test_all_required_types_proto2::Data, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut group_int32__ = None;
                let mut group_uint32__ = None;
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
                        GeneratedField::GroupInt32 => {
                            if group_int32__.is_some() {
                                return Err(serde::de::Error::duplicate_field("groupInt32"));
                            }
                            group_int32__ = Some(
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
                        GeneratedField::GroupUint32 => {
                            if group_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("groupUint32"),
                                );
                            }
                            group_uint32__ = Some(
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
                Ok(test_all_required_types_proto2::Data {
                    group_int32: group_int32__
                        .ok_or_else(|| serde::de::Error::missing_field("groupInt32"))?,
                    group_uint32: group_uint32__
                        .ok_or_else(|| serde::de::Error::missing_field("groupUint32"))?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.Data",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_required_types_proto2::MessageSetCorrect {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrect",
                len,
            )?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_required_types_proto2::MessageSetCorrect {
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
            type Value = test_all_required_types_proto2::MessageSetCorrect;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrect",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_required_types_proto2::MessageSetCorrect,
                V::Error,
            >
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
                Ok(test_all_required_types_proto2::MessageSetCorrect {
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrect",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_required_types_proto2::MessageSetCorrectExtension1 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 1;
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension1",
                len,
            )?;
        struct_ser.serialize_field("str", &self.str)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de>
for test_all_required_types_proto2::MessageSetCorrectExtension1 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["str"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Str,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "str" => Some(GeneratedField::Str),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_required_types_proto2::MessageSetCorrectExtension1;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension1",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_required_types_proto2::MessageSetCorrectExtension1,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut str__ = None;
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
                        GeneratedField::Str => {
                            if str__.is_some() {
                                return Err(serde::de::Error::duplicate_field("str"));
                            }
                            str__ = Some(
                                map_
                                    .next_value::<::kagzi_proto::json::private::OrDefault<_>>()?
                                    .0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_required_types_proto2::MessageSetCorrectExtension1 {
                    str: str__.ok_or_else(|| serde::de::Error::missing_field("str"))?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension1",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_required_types_proto2::MessageSetCorrectExtension2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 1;
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension2",
                len,
            )?;
        struct_ser.serialize_field("i", &self.i)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de>
for test_all_required_types_proto2::MessageSetCorrectExtension2 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["i"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            I,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "i" => Some(GeneratedField::I),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_required_types_proto2::MessageSetCorrectExtension2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension2",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_required_types_proto2::MessageSetCorrectExtension2,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut i__ = None;
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
                        GeneratedField::I => {
                            if i__.is_some() {
                                return Err(serde::de::Error::duplicate_field("i"));
                            }
                            i__ = Some(
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
                Ok(test_all_required_types_proto2::MessageSetCorrectExtension2 {
                    i: i__.ok_or_else(|| serde::de::Error::missing_field("i"))?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.MessageSetCorrectExtension2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_required_types_proto2::NestedEnum {
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
impl<'de> serde::Deserialize<'de> for test_all_required_types_proto2::NestedEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["FOO", "BAR", "BAZ", "NEG"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = test_all_required_types_proto2::NestedEnum;
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
                    "FOO" => Ok(test_all_required_types_proto2::NestedEnum::Foo),
                    "BAR" => Ok(test_all_required_types_proto2::NestedEnum::Bar),
                    "BAZ" => Ok(test_all_required_types_proto2::NestedEnum::Baz),
                    "NEG" => Ok(test_all_required_types_proto2::NestedEnum::Neg),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for test_all_required_types_proto2::NestedMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 2;
        if self.optional_corecursive.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.NestedMessage",
                len,
            )?;
        struct_ser.serialize_field("a", &self.a)?;
        struct_ser.serialize_field("corecursive", &self.corecursive)?;
        if let Some(v) = self.optional_corecursive.as_ref() {
            struct_ser.serialize_field("optionalCorecursive", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_required_types_proto2::NestedMessage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "a",
            "corecursive",
            "optional_corecursive",
            "optionalCorecursive",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            A,
            Corecursive,
            OptionalCorecursive,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "a" => Some(GeneratedField::A),
                    "corecursive" => Some(GeneratedField::Corecursive),
                    "optionalCorecursive" | "optional_corecursive" => {
                        Some(GeneratedField::OptionalCorecursive)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_required_types_proto2::NestedMessage;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllRequiredTypesProto2.NestedMessage",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_required_types_proto2::NestedMessage,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut a__ = None;
                let mut corecursive__ = None;
                let mut optional_corecursive__ = None;
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
                        GeneratedField::OptionalCorecursive => {
                            if optional_corecursive__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalCorecursive"),
                                );
                            }
                            optional_corecursive__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_required_types_proto2::NestedMessage {
                    a: a__.ok_or_else(|| serde::de::Error::missing_field("a"))?,
                    corecursive: corecursive__
                        .ok_or_else(|| serde::de::Error::missing_field("corecursive"))?,
                    optional_corecursive: optional_corecursive__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllRequiredTypesProto2.NestedMessage",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TestAllTypesProto2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.optional_int32.is_some() {
            len += 1;
        }
        if self.optional_int64.is_some() {
            len += 1;
        }
        if self.optional_uint32.is_some() {
            len += 1;
        }
        if self.optional_uint64.is_some() {
            len += 1;
        }
        if self.optional_sint32.is_some() {
            len += 1;
        }
        if self.optional_sint64.is_some() {
            len += 1;
        }
        if self.optional_fixed32.is_some() {
            len += 1;
        }
        if self.optional_fixed64.is_some() {
            len += 1;
        }
        if self.optional_sfixed32.is_some() {
            len += 1;
        }
        if self.optional_sfixed64.is_some() {
            len += 1;
        }
        if self.optional_float.is_some() {
            len += 1;
        }
        if self.optional_double.is_some() {
            len += 1;
        }
        if self.optional_bool.is_some() {
            len += 1;
        }
        if self.optional_string.is_some() {
            len += 1;
        }
        if self.optional_bytes.is_some() {
            len += 1;
        }
        if self.optional_nested_message.is_some() {
            len += 1;
        }
        if self.optional_foreign_message.is_some() {
            len += 1;
        }
        if self.optional_nested_enum.is_some() {
            len += 1;
        }
        if self.optional_foreign_enum.is_some() {
            len += 1;
        }
        if self.optional_string_piece.is_some() {
            len += 1;
        }
        if self.optional_cord.is_some() {
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
        if self.data.is_some() {
            len += 1;
        }
        if self.multiwordgroupfield.is_some() {
            len += 1;
        }
        if self.default_int32.is_some() {
            len += 1;
        }
        if self.default_int64.is_some() {
            len += 1;
        }
        if self.default_uint32.is_some() {
            len += 1;
        }
        if self.default_uint64.is_some() {
            len += 1;
        }
        if self.default_sint32.is_some() {
            len += 1;
        }
        if self.default_sint64.is_some() {
            len += 1;
        }
        if self.default_fixed32.is_some() {
            len += 1;
        }
        if self.default_fixed64.is_some() {
            len += 1;
        }
        if self.default_sfixed32.is_some() {
            len += 1;
        }
        if self.default_sfixed64.is_some() {
            len += 1;
        }
        if self.default_float.is_some() {
            len += 1;
        }
        if self.default_double.is_some() {
            len += 1;
        }
        if self.default_bool.is_some() {
            len += 1;
        }
        if self.default_string.is_some() {
            len += 1;
        }
        if self.default_bytes.is_some() {
            len += 1;
        }
        if self.fieldname1.is_some() {
            len += 1;
        }
        if self.field_name2.is_some() {
            len += 1;
        }
        if self.field_name3.is_some() {
            len += 1;
        }
        if self.field_name4.is_some() {
            len += 1;
        }
        if self.field0name5.is_some() {
            len += 1;
        }
        if self.field_0_name6.is_some() {
            len += 1;
        }
        if self.field_name7.is_some() {
            len += 1;
        }
        if self.field_name8.is_some() {
            len += 1;
        }
        if self.field_name9.is_some() {
            len += 1;
        }
        if self.field_name10.is_some() {
            len += 1;
        }
        if self.field_name11.is_some() {
            len += 1;
        }
        if self.field_name12.is_some() {
            len += 1;
        }
        if self.field_name13.is_some() {
            len += 1;
        }
        if self.field_name14.is_some() {
            len += 1;
        }
        if self.field_name15.is_some() {
            len += 1;
        }
        if self.field_name16.is_some() {
            len += 1;
        }
        if self.field_name17.is_some() {
            len += 1;
        }
        if self.field_name18.is_some() {
            len += 1;
        }
        if self.oneof_field.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("protobuf_test_messages.proto2.TestAllTypesProto2", len)?;
        if let Some(v) = self.optional_int32.as_ref() {
            struct_ser.serialize_field("optionalInt32", v)?;
        }
        if let Some(v) = self.optional_int64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalInt64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.optional_uint32.as_ref() {
            struct_ser.serialize_field("optionalUint32", v)?;
        }
        if let Some(v) = self.optional_uint64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalUint64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.optional_sint32.as_ref() {
            struct_ser.serialize_field("optionalSint32", v)?;
        }
        if let Some(v) = self.optional_sint64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalSint64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.optional_fixed32.as_ref() {
            struct_ser.serialize_field("optionalFixed32", v)?;
        }
        if let Some(v) = self.optional_fixed64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalFixed64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.optional_sfixed32.as_ref() {
            struct_ser.serialize_field("optionalSfixed32", v)?;
        }
        if let Some(v) = self.optional_sfixed64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalSfixed64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.optional_float.as_ref() {
            struct_ser
                .serialize_field(
                    "optionalFloat",
                    &::kagzi_proto::json::private::Float(*v as f64),
                )?;
        }
        if let Some(v) = self.optional_double.as_ref() {
            struct_ser
                .serialize_field(
                    "optionalDouble",
                    &::kagzi_proto::json::private::Float(*v as f64),
                )?;
        }
        if let Some(v) = self.optional_bool.as_ref() {
            struct_ser.serialize_field("optionalBool", v)?;
        }
        if let Some(v) = self.optional_string.as_ref() {
            struct_ser.serialize_field("optionalString", v)?;
        }
        if let Some(v) = self.optional_bytes.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "optionalBytes",
                    &::kagzi_proto::json::private::base64_encode(&v),
                )?;
        }
        if let Some(v) = self.optional_nested_message.as_ref() {
            struct_ser.serialize_field("optionalNestedMessage", v)?;
        }
        if let Some(v) = self.optional_foreign_message.as_ref() {
            struct_ser.serialize_field("optionalForeignMessage", v)?;
        }
        if let Some(v) = self.optional_nested_enum.as_ref() {
            let v = ::kagzi_proto::json::private::EnumOut::<
                test_all_types_proto2::NestedEnum,
            >::new(*v);
            struct_ser.serialize_field("optionalNestedEnum", &v)?;
        }
        if let Some(v) = self.optional_foreign_enum.as_ref() {
            let v = ::kagzi_proto::json::private::EnumOut::<ForeignEnumProto2>::new(*v);
            struct_ser.serialize_field("optionalForeignEnum", &v)?;
        }
        if let Some(v) = self.optional_string_piece.as_ref() {
            struct_ser.serialize_field("optionalStringPiece", v)?;
        }
        if let Some(v) = self.optional_cord.as_ref() {
            struct_ser.serialize_field("optionalCord", v)?;
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
                        test_all_types_proto2::NestedEnum,
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
                    ::kagzi_proto::json::private::EnumOut::<ForeignEnumProto2>::new(v)
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
                        test_all_types_proto2::NestedEnum,
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
                        test_all_types_proto2::NestedEnum,
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
                        test_all_types_proto2::NestedEnum,
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
                        ForeignEnumProto2,
                    >::new(*v);
                    (k, v)
                })
                .collect();
            struct_ser.serialize_field("mapStringForeignEnum", &v)?;
        }
        if let Some(v) = self.data.as_ref() {
            struct_ser.serialize_field("data", v)?;
        }
        if let Some(v) = self.multiwordgroupfield.as_ref() {
            struct_ser.serialize_field("multiwordgroupfield", v)?;
        }
        if let Some(v) = self.default_int32.as_ref() {
            struct_ser.serialize_field("defaultInt32", v)?;
        }
        if let Some(v) = self.default_int64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultInt64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.default_uint32.as_ref() {
            struct_ser.serialize_field("defaultUint32", v)?;
        }
        if let Some(v) = self.default_uint64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultUint64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.default_sint32.as_ref() {
            struct_ser.serialize_field("defaultSint32", v)?;
        }
        if let Some(v) = self.default_sint64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultSint64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.default_fixed32.as_ref() {
            struct_ser.serialize_field("defaultFixed32", v)?;
        }
        if let Some(v) = self.default_fixed64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultFixed64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.default_sfixed32.as_ref() {
            struct_ser.serialize_field("defaultSfixed32", v)?;
        }
        if let Some(v) = self.default_sfixed64.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultSfixed64",
                    &::kagzi_proto::json::private::Decimal(&v),
                )?;
        }
        if let Some(v) = self.default_float.as_ref() {
            struct_ser
                .serialize_field(
                    "defaultFloat",
                    &::kagzi_proto::json::private::Float(*v as f64),
                )?;
        }
        if let Some(v) = self.default_double.as_ref() {
            struct_ser
                .serialize_field(
                    "defaultDouble",
                    &::kagzi_proto::json::private::Float(*v as f64),
                )?;
        }
        if let Some(v) = self.default_bool.as_ref() {
            struct_ser.serialize_field("defaultBool", v)?;
        }
        if let Some(v) = self.default_string.as_ref() {
            struct_ser.serialize_field("defaultString", v)?;
        }
        if let Some(v) = self.default_bytes.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "defaultBytes",
                    &::kagzi_proto::json::private::base64_encode(&v),
                )?;
        }
        if let Some(v) = self.fieldname1.as_ref() {
            struct_ser.serialize_field("fieldname1", v)?;
        }
        if let Some(v) = self.field_name2.as_ref() {
            struct_ser.serialize_field("fieldName2", v)?;
        }
        if let Some(v) = self.field_name3.as_ref() {
            struct_ser.serialize_field("FieldName3", v)?;
        }
        if let Some(v) = self.field_name4.as_ref() {
            struct_ser.serialize_field("fieldName4", v)?;
        }
        if let Some(v) = self.field0name5.as_ref() {
            struct_ser.serialize_field("field0name5", v)?;
        }
        if let Some(v) = self.field_0_name6.as_ref() {
            struct_ser.serialize_field("field0Name6", v)?;
        }
        if let Some(v) = self.field_name7.as_ref() {
            struct_ser.serialize_field("fieldName7", v)?;
        }
        if let Some(v) = self.field_name8.as_ref() {
            struct_ser.serialize_field("FieldName8", v)?;
        }
        if let Some(v) = self.field_name9.as_ref() {
            struct_ser.serialize_field("fieldName9", v)?;
        }
        if let Some(v) = self.field_name10.as_ref() {
            struct_ser.serialize_field("FieldName10", v)?;
        }
        if let Some(v) = self.field_name11.as_ref() {
            struct_ser.serialize_field("FIELDNAME11", v)?;
        }
        if let Some(v) = self.field_name12.as_ref() {
            struct_ser.serialize_field("FIELDName12", v)?;
        }
        if let Some(v) = self.field_name13.as_ref() {
            struct_ser.serialize_field("FieldName13", v)?;
        }
        if let Some(v) = self.field_name14.as_ref() {
            struct_ser.serialize_field("FieldName14", v)?;
        }
        if let Some(v) = self.field_name15.as_ref() {
            struct_ser.serialize_field("fieldName15", v)?;
        }
        if let Some(v) = self.field_name16.as_ref() {
            struct_ser.serialize_field("fieldName16", v)?;
        }
        if let Some(v) = self.field_name17.as_ref() {
            struct_ser.serialize_field("fieldName17", v)?;
        }
        if let Some(v) = self.field_name18.as_ref() {
            struct_ser.serialize_field("FieldName18", v)?;
        }
        if let Some(v) = self.oneof_field.as_ref() {
            match v {
                test_all_types_proto2::OneofField::OneofUint32(v) => {
                    struct_ser.serialize_field("oneofUint32", v)?;
                }
                test_all_types_proto2::OneofField::OneofNestedMessage(v) => {
                    struct_ser.serialize_field("oneofNestedMessage", v)?;
                }
                test_all_types_proto2::OneofField::OneofString(v) => {
                    struct_ser.serialize_field("oneofString", v)?;
                }
                test_all_types_proto2::OneofField::OneofBytes(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser
                        .serialize_field(
                            "oneofBytes",
                            &::kagzi_proto::json::private::base64_encode(&v),
                        )?;
                }
                test_all_types_proto2::OneofField::OneofBool(v) => {
                    struct_ser.serialize_field("oneofBool", v)?;
                }
                test_all_types_proto2::OneofField::OneofUint64(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser
                        .serialize_field(
                            "oneofUint64",
                            &::kagzi_proto::json::private::Decimal(&v),
                        )?;
                }
                test_all_types_proto2::OneofField::OneofFloat(v) => {
                    struct_ser
                        .serialize_field(
                            "oneofFloat",
                            &::kagzi_proto::json::private::Float(*v as f64),
                        )?;
                }
                test_all_types_proto2::OneofField::OneofDouble(v) => {
                    struct_ser
                        .serialize_field(
                            "oneofDouble",
                            &::kagzi_proto::json::private::Float(*v as f64),
                        )?;
                }
                test_all_types_proto2::OneofField::OneofEnum(v) => {
                    let v = ::kagzi_proto::json::private::EnumOut::<
                        test_all_types_proto2::NestedEnum,
                    >::new(*v);
                    struct_ser.serialize_field("oneofEnum", &v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestAllTypesProto2 {
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
            "data",
            "multiwordgroupfield",
            "default_int32",
            "defaultInt32",
            "default_int64",
            "defaultInt64",
            "default_uint32",
            "defaultUint32",
            "default_uint64",
            "defaultUint64",
            "default_sint32",
            "defaultSint32",
            "default_sint64",
            "defaultSint64",
            "default_fixed32",
            "defaultFixed32",
            "default_fixed64",
            "defaultFixed64",
            "default_sfixed32",
            "defaultSfixed32",
            "default_sfixed64",
            "defaultSfixed64",
            "default_float",
            "defaultFloat",
            "default_double",
            "defaultDouble",
            "default_bool",
            "defaultBool",
            "default_string",
            "defaultString",
            "default_bytes",
            "defaultBytes",
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
            Data,
            Multiwordgroupfield,
            DefaultInt32,
            DefaultInt64,
            DefaultUint32,
            DefaultUint64,
            DefaultSint32,
            DefaultSint64,
            DefaultFixed32,
            DefaultFixed64,
            DefaultSfixed32,
            DefaultSfixed64,
            DefaultFloat,
            DefaultDouble,
            DefaultBool,
            DefaultString,
            DefaultBytes,
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
                    "data" => Some(GeneratedField::Data),
                    "multiwordgroupfield" => Some(GeneratedField::Multiwordgroupfield),
                    "defaultInt32" | "default_int32" => {
                        Some(GeneratedField::DefaultInt32)
                    }
                    "defaultInt64" | "default_int64" => {
                        Some(GeneratedField::DefaultInt64)
                    }
                    "defaultUint32" | "default_uint32" => {
                        Some(GeneratedField::DefaultUint32)
                    }
                    "defaultUint64" | "default_uint64" => {
                        Some(GeneratedField::DefaultUint64)
                    }
                    "defaultSint32" | "default_sint32" => {
                        Some(GeneratedField::DefaultSint32)
                    }
                    "defaultSint64" | "default_sint64" => {
                        Some(GeneratedField::DefaultSint64)
                    }
                    "defaultFixed32" | "default_fixed32" => {
                        Some(GeneratedField::DefaultFixed32)
                    }
                    "defaultFixed64" | "default_fixed64" => {
                        Some(GeneratedField::DefaultFixed64)
                    }
                    "defaultSfixed32" | "default_sfixed32" => {
                        Some(GeneratedField::DefaultSfixed32)
                    }
                    "defaultSfixed64" | "default_sfixed64" => {
                        Some(GeneratedField::DefaultSfixed64)
                    }
                    "defaultFloat" | "default_float" => {
                        Some(GeneratedField::DefaultFloat)
                    }
                    "defaultDouble" | "default_double" => {
                        Some(GeneratedField::DefaultDouble)
                    }
                    "defaultBool" | "default_bool" => Some(GeneratedField::DefaultBool),
                    "defaultString" | "default_string" => {
                        Some(GeneratedField::DefaultString)
                    }
                    "defaultBytes" | "default_bytes" => {
                        Some(GeneratedField::DefaultBytes)
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
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestAllTypesProto2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str("struct protobuf_test_messages.proto2.TestAllTypesProto2")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TestAllTypesProto2, V::Error>
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
                let mut data__ = None;
                let mut multiwordgroupfield__ = None;
                let mut default_int32__ = None;
                let mut default_int64__ = None;
                let mut default_uint32__ = None;
                let mut default_uint64__ = None;
                let mut default_sint32__ = None;
                let mut default_sint64__ = None;
                let mut default_fixed32__ = None;
                let mut default_fixed64__ = None;
                let mut default_sfixed32__ = None;
                let mut default_sfixed64__ = None;
                let mut default_float__ = None;
                let mut default_double__ = None;
                let mut default_bool__ = None;
                let mut default_string__ = None;
                let mut default_bytes__ = None;
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
                            optional_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalInt64 => {
                            if optional_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalInt64"),
                                );
                            }
                            optional_int64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalUint32 => {
                            if optional_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint32"),
                                );
                            }
                            optional_uint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalUint64 => {
                            if optional_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalUint64"),
                                );
                            }
                            optional_uint64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalSint32 => {
                            if optional_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSint32"),
                                );
                            }
                            optional_sint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalSint64 => {
                            if optional_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSint64"),
                                );
                            }
                            optional_sint64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalFixed32 => {
                            if optional_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFixed32"),
                                );
                            }
                            optional_fixed32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalFixed64 => {
                            if optional_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFixed64"),
                                );
                            }
                            optional_fixed64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalSfixed32 => {
                            if optional_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSfixed32"),
                                );
                            }
                            optional_sfixed32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalSfixed64 => {
                            if optional_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalSfixed64"),
                                );
                            }
                            optional_sfixed64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalFloat => {
                            if optional_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalFloat"),
                                );
                            }
                            optional_float__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalDouble => {
                            if optional_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalDouble"),
                                );
                            }
                            optional_double__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalBool => {
                            if optional_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBool"),
                                );
                            }
                            optional_bool__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalString => {
                            if optional_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalString"),
                                );
                            }
                            optional_string__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalBytes => {
                            if optional_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBytes"),
                                );
                            }
                            optional_bytes__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Bytes<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
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
                            optional_nested_enum__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::EnumField<
                                            test_all_types_proto2::NestedEnum,
                                        >,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::OptionalForeignEnum => {
                            if optional_foreign_enum__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalForeignEnum"),
                                );
                            }
                            optional_foreign_enum__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::EnumField<ForeignEnumProto2>,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::OptionalStringPiece => {
                            if optional_string_piece__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalStringPiece"),
                                );
                            }
                            optional_string_piece__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalCord => {
                            if optional_cord__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalCord"),
                                );
                            }
                            optional_cord__ = map_.next_value()?;
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
                                                    test_all_types_proto2::NestedEnum,
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
                                            Vec<
                                                ::kagzi_proto::json::private::EnumField<ForeignEnumProto2>,
                                            >,
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
                                                    test_all_types_proto2::NestedEnum,
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
                                                    test_all_types_proto2::NestedEnum,
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
                                                    test_all_types_proto2::NestedEnum,
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
                                                ::kagzi_proto::json::private::EnumField<ForeignEnumProto2>,
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
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = map_.next_value()?;
                        }
                        GeneratedField::Multiwordgroupfield => {
                            if multiwordgroupfield__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("multiwordgroupfield"),
                                );
                            }
                            multiwordgroupfield__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultInt32 => {
                            if default_int32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultInt32"),
                                );
                            }
                            default_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultInt64 => {
                            if default_int64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultInt64"),
                                );
                            }
                            default_int64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultUint32 => {
                            if default_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultUint32"),
                                );
                            }
                            default_uint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultUint64 => {
                            if default_uint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultUint64"),
                                );
                            }
                            default_uint64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultSint32 => {
                            if default_sint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSint32"),
                                );
                            }
                            default_sint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultSint64 => {
                            if default_sint64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSint64"),
                                );
                            }
                            default_sint64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultFixed32 => {
                            if default_fixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFixed32"),
                                );
                            }
                            default_fixed32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultFixed64 => {
                            if default_fixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFixed64"),
                                );
                            }
                            default_fixed64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultSfixed32 => {
                            if default_sfixed32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSfixed32"),
                                );
                            }
                            default_sfixed32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultSfixed64 => {
                            if default_sfixed64__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultSfixed64"),
                                );
                            }
                            default_sfixed64__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultFloat => {
                            if default_float__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultFloat"),
                                );
                            }
                            default_float__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultDouble => {
                            if default_double__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultDouble"),
                                );
                            }
                            default_double__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::DefaultBool => {
                            if default_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultBool"),
                                );
                            }
                            default_bool__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultString => {
                            if default_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultString"),
                                );
                            }
                            default_string__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultBytes => {
                            if default_bytes__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("defaultBytes"),
                                );
                            }
                            default_bytes__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Bytes<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Fieldname1 => {
                            if fieldname1__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldname1"));
                            }
                            fieldname1__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName2 => {
                            if field_name2__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName2"));
                            }
                            field_name2__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName3 => {
                            if field_name3__.is_some() {
                                return Err(serde::de::Error::duplicate_field("FieldName3"));
                            }
                            field_name3__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName4 => {
                            if field_name4__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName4"));
                            }
                            field_name4__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Field0name5 => {
                            if field0name5__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field0name5"),
                                );
                            }
                            field0name5__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Field0Name6 => {
                            if field_0_name6__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field0Name6"),
                                );
                            }
                            field_0_name6__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName7 => {
                            if field_name7__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName7"));
                            }
                            field_name7__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName8 => {
                            if field_name8__.is_some() {
                                return Err(serde::de::Error::duplicate_field("FieldName8"));
                            }
                            field_name8__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName9 => {
                            if field_name9__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldName9"));
                            }
                            field_name9__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName10 => {
                            if field_name10__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName10"),
                                );
                            }
                            field_name10__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName11 => {
                            if field_name11__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FIELDNAME11"),
                                );
                            }
                            field_name11__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName12 => {
                            if field_name12__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FIELDName12"),
                                );
                            }
                            field_name12__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName13 => {
                            if field_name13__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName13"),
                                );
                            }
                            field_name13__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName14 => {
                            if field_name14__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName14"),
                                );
                            }
                            field_name14__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName15 => {
                            if field_name15__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName15"),
                                );
                            }
                            field_name15__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName16 => {
                            if field_name16__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName16"),
                                );
                            }
                            field_name16__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName17 => {
                            if field_name17__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("fieldName17"),
                                );
                            }
                            field_name17__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::FieldName18 => {
                            if field_name18__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("FieldName18"),
                                );
                            }
                            field_name18__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OneofUint32 => {
                            let read__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| test_all_types_proto2::OneofField::OneofUint32(
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
                                .map(test_all_types_proto2::OneofField::OneofNestedMessage);
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
                                .map(test_all_types_proto2::OneofField::OneofString);
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
                                .map(|x| test_all_types_proto2::OneofField::OneofBytes(
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
                                .map(test_all_types_proto2::OneofField::OneofBool);
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
                                .map(|x| test_all_types_proto2::OneofField::OneofUint64(
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
                                .map(|x| test_all_types_proto2::OneofField::OneofFloat(
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
                                .map(|x| test_all_types_proto2::OneofField::OneofDouble(
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
                                            test_all_types_proto2::NestedEnum,
                                        >,
                                    >,
                                >()?
                                .and_then(|x| x.0)
                                .map(|x| test_all_types_proto2::OneofField::OneofEnum(x));
                            if read__.is_some() {
                                if oneof_field__.is_some() {
                                    return Err(serde::de::Error::duplicate_field("oneofEnum"));
                                }
                                oneof_field__ = read__;
                            }
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TestAllTypesProto2 {
                    optional_int32: optional_int32__,
                    optional_int64: optional_int64__,
                    optional_uint32: optional_uint32__,
                    optional_uint64: optional_uint64__,
                    optional_sint32: optional_sint32__,
                    optional_sint64: optional_sint64__,
                    optional_fixed32: optional_fixed32__,
                    optional_fixed64: optional_fixed64__,
                    optional_sfixed32: optional_sfixed32__,
                    optional_sfixed64: optional_sfixed64__,
                    optional_float: optional_float__,
                    optional_double: optional_double__,
                    optional_bool: optional_bool__,
                    optional_string: optional_string__,
                    optional_bytes: optional_bytes__,
                    optional_nested_message: optional_nested_message__,
                    optional_foreign_message: optional_foreign_message__,
                    optional_nested_enum: optional_nested_enum__,
                    optional_foreign_enum: optional_foreign_enum__,
                    optional_string_piece: optional_string_piece__,
                    optional_cord: optional_cord__,
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
                    data: data__,
                    multiwordgroupfield: multiwordgroupfield__,
                    default_int32: default_int32__,
                    default_int64: default_int64__,
                    default_uint32: default_uint32__,
                    default_uint64: default_uint64__,
                    default_sint32: default_sint32__,
                    default_sint64: default_sint64__,
                    default_fixed32: default_fixed32__,
                    default_fixed64: default_fixed64__,
                    default_sfixed32: default_sfixed32__,
                    default_sfixed64: default_sfixed64__,
                    default_float: default_float__,
                    default_double: default_double__,
                    default_bool: default_bool__,
                    default_string: default_string__,
                    default_bytes: default_bytes__,
                    fieldname1: fieldname1__,
                    field_name2: field_name2__,
                    field_name3: field_name3__,
                    field_name4: field_name4__,
                    field0name5: field0name5__,
                    field_0_name6: field_0_name6__,
                    field_name7: field_name7__,
                    field_name8: field_name8__,
                    field_name9: field_name9__,
                    field_name10: field_name10__,
                    field_name11: field_name11__,
                    field_name12: field_name12__,
                    field_name13: field_name13__,
                    field_name14: field_name14__,
                    field_name15: field_name15__,
                    field_name16: field_name16__,
                    field_name17: field_name17__,
                    field_name18: field_name18__,
                    oneof_field: oneof_field__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::Data {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.group_int32.is_some() {
            len += 1;
        }
        if self.group_uint32.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.Data",
                len,
            )?;
        if let Some(v) = self.group_int32.as_ref() {
            struct_ser.serialize_field("groupInt32", v)?;
        }
        if let Some(v) = self.group_uint32.as_ref() {
            struct_ser.serialize_field("groupUint32", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto2::Data {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "group_int32",
            "groupInt32",
            "group_uint32",
            "groupUint32",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GroupInt32,
            GroupUint32,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "groupInt32" | "group_int32" => Some(GeneratedField::GroupInt32),
                    "groupUint32" | "group_uint32" => Some(GeneratedField::GroupUint32),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_types_proto2::Data;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.Data",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<test_all_types_proto2::Data, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut group_int32__ = None;
                let mut group_uint32__ = None;
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
                        GeneratedField::GroupInt32 => {
                            if group_int32__.is_some() {
                                return Err(serde::de::Error::duplicate_field("groupInt32"));
                            }
                            group_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::GroupUint32 => {
                            if group_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("groupUint32"),
                                );
                            }
                            group_uint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_types_proto2::Data {
                    group_int32: group_int32__,
                    group_uint32: group_uint32__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.Data",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::MessageSetCorrect {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrect",
                len,
            )?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto2::MessageSetCorrect {
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
            type Value = test_all_types_proto2::MessageSetCorrect;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrect",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<test_all_types_proto2::MessageSetCorrect, V::Error>
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
                Ok(test_all_types_proto2::MessageSetCorrect {
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrect",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::MessageSetCorrectExtension1 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.str.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension1",
                len,
            )?;
        if let Some(v) = self.str.as_ref() {
            struct_ser.serialize_field("str", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de>
for test_all_types_proto2::MessageSetCorrectExtension1 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["str"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Str,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "str" => Some(GeneratedField::Str),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_types_proto2::MessageSetCorrectExtension1;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension1",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_types_proto2::MessageSetCorrectExtension1,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut str__ = None;
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
                        GeneratedField::Str => {
                            if str__.is_some() {
                                return Err(serde::de::Error::duplicate_field("str"));
                            }
                            str__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_types_proto2::MessageSetCorrectExtension1 {
                    str: str__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension1",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::MessageSetCorrectExtension2 {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.i.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension2",
                len,
            )?;
        if let Some(v) = self.i.as_ref() {
            struct_ser.serialize_field("i", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de>
for test_all_types_proto2::MessageSetCorrectExtension2 {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["i"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            I,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "i" => Some(GeneratedField::I),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_types_proto2::MessageSetCorrectExtension2;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension2",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_types_proto2::MessageSetCorrectExtension2,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut i__ = None;
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
                        GeneratedField::I => {
                            if i__.is_some() {
                                return Err(serde::de::Error::duplicate_field("i"));
                            }
                            i__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_types_proto2::MessageSetCorrectExtension2 {
                    i: i__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension2",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::MultiWordGroupField {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.group_int32.is_some() {
            len += 1;
        }
        if self.group_uint32.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MultiWordGroupField",
                len,
            )?;
        if let Some(v) = self.group_int32.as_ref() {
            struct_ser.serialize_field("groupInt32", v)?;
        }
        if let Some(v) = self.group_uint32.as_ref() {
            struct_ser.serialize_field("groupUint32", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto2::MultiWordGroupField {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "group_int32",
            "groupInt32",
            "group_uint32",
            "groupUint32",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GroupInt32,
            GroupUint32,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "groupInt32" | "group_int32" => Some(GeneratedField::GroupInt32),
                    "groupUint32" | "group_uint32" => Some(GeneratedField::GroupUint32),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = test_all_types_proto2::MultiWordGroupField;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.MultiWordGroupField",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<
                test_all_types_proto2::MultiWordGroupField,
                V::Error,
            >
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut group_int32__ = None;
                let mut group_uint32__ = None;
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
                        GeneratedField::GroupInt32 => {
                            if group_int32__.is_some() {
                                return Err(serde::de::Error::duplicate_field("groupInt32"));
                            }
                            group_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::GroupUint32 => {
                            if group_uint32__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("groupUint32"),
                                );
                            }
                            group_uint32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(test_all_types_proto2::MultiWordGroupField {
                    group_int32: group_int32__,
                    group_uint32: group_uint32__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.MultiWordGroupField",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for test_all_types_proto2::NestedEnum {
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
impl<'de> serde::Deserialize<'de> for test_all_types_proto2::NestedEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["FOO", "BAR", "BAZ", "NEG"];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = test_all_types_proto2::NestedEnum;
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
                    "FOO" => Ok(test_all_types_proto2::NestedEnum::Foo),
                    "BAR" => Ok(test_all_types_proto2::NestedEnum::Bar),
                    "BAZ" => Ok(test_all_types_proto2::NestedEnum::Baz),
                    "NEG" => Ok(test_all_types_proto2::NestedEnum::Neg),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for test_all_types_proto2::NestedMessage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.a.is_some() {
            len += 1;
        }
        if self.corecursive.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.NestedMessage",
                len,
            )?;
        if let Some(v) = self.a.as_ref() {
            struct_ser.serialize_field("a", v)?;
        }
        if let Some(v) = self.corecursive.as_ref() {
            struct_ser.serialize_field("corecursive", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for test_all_types_proto2::NestedMessage {
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
            type Value = test_all_types_proto2::NestedMessage;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.TestAllTypesProto2.NestedMessage",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<test_all_types_proto2::NestedMessage, V::Error>
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
                            a__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
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
                Ok(test_all_types_proto2::NestedMessage {
                    a: a__,
                    corecursive: corecursive__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.TestAllTypesProto2.NestedMessage",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for UnknownToTestAllTypes {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.optional_int32.is_some() {
            len += 1;
        }
        if self.optional_string.is_some() {
            len += 1;
        }
        if self.nested_message.is_some() {
            len += 1;
        }
        if self.optionalgroup.is_some() {
            len += 1;
        }
        if self.optional_bool.is_some() {
            len += 1;
        }
        if !self.repeated_int32.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.UnknownToTestAllTypes",
                len,
            )?;
        if let Some(v) = self.optional_int32.as_ref() {
            struct_ser.serialize_field("optionalInt32", v)?;
        }
        if let Some(v) = self.optional_string.as_ref() {
            struct_ser.serialize_field("optionalString", v)?;
        }
        if let Some(v) = self.nested_message.as_ref() {
            struct_ser.serialize_field("nestedMessage", v)?;
        }
        if let Some(v) = self.optionalgroup.as_ref() {
            struct_ser.serialize_field("optionalgroup", v)?;
        }
        if let Some(v) = self.optional_bool.as_ref() {
            struct_ser.serialize_field("optionalBool", v)?;
        }
        if !self.repeated_int32.is_empty() {
            struct_ser.serialize_field("repeatedInt32", &self.repeated_int32)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UnknownToTestAllTypes {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "optional_int32",
            "optionalInt32",
            "optional_string",
            "optionalString",
            "nested_message",
            "nestedMessage",
            "optionalgroup",
            "optional_bool",
            "optionalBool",
            "repeated_int32",
            "repeatedInt32",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OptionalInt32,
            OptionalString,
            NestedMessage,
            Optionalgroup,
            OptionalBool,
            RepeatedInt32,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "optionalInt32" | "optional_int32" => {
                        Some(GeneratedField::OptionalInt32)
                    }
                    "optionalString" | "optional_string" => {
                        Some(GeneratedField::OptionalString)
                    }
                    "nestedMessage" | "nested_message" => {
                        Some(GeneratedField::NestedMessage)
                    }
                    "optionalgroup" => Some(GeneratedField::Optionalgroup),
                    "optionalBool" | "optional_bool" => {
                        Some(GeneratedField::OptionalBool)
                    }
                    "repeatedInt32" | "repeated_int32" => {
                        Some(GeneratedField::RepeatedInt32)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UnknownToTestAllTypes;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.UnknownToTestAllTypes",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<UnknownToTestAllTypes, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut optional_int32__ = None;
                let mut optional_string__ = None;
                let mut nested_message__ = None;
                let mut optionalgroup__ = None;
                let mut optional_bool__ = None;
                let mut repeated_int32__ = None;
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
                            optional_int32__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::OptionalString => {
                            if optional_string__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalString"),
                                );
                            }
                            optional_string__ = map_.next_value()?;
                        }
                        GeneratedField::NestedMessage => {
                            if nested_message__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nestedMessage"),
                                );
                            }
                            nested_message__ = map_.next_value()?;
                        }
                        GeneratedField::Optionalgroup => {
                            if optionalgroup__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalgroup"),
                                );
                            }
                            optionalgroup__ = map_.next_value()?;
                        }
                        GeneratedField::OptionalBool => {
                            if optional_bool__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("optionalBool"),
                                );
                            }
                            optional_bool__ = map_.next_value()?;
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
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UnknownToTestAllTypes {
                    optional_int32: optional_int32__,
                    optional_string: optional_string__,
                    nested_message: nested_message__,
                    optionalgroup: optionalgroup__,
                    optional_bool: optional_bool__,
                    repeated_int32: repeated_int32__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.UnknownToTestAllTypes",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for unknown_to_test_all_types::OptionalGroup {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.a.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct(
                "protobuf_test_messages.proto2.UnknownToTestAllTypes.OptionalGroup",
                len,
            )?;
        if let Some(v) = self.a.as_ref() {
            struct_ser.serialize_field("a", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for unknown_to_test_all_types::OptionalGroup {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["a"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            A,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "a" => Some(GeneratedField::A),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = unknown_to_test_all_types::OptionalGroup;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter
                    .write_str(
                        "struct protobuf_test_messages.proto2.UnknownToTestAllTypes.OptionalGroup",
                    )
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<unknown_to_test_all_types::OptionalGroup, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut a__ = None;
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
                            a__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        ::kagzi_proto::json::private::Number<_>,
                                    >,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(unknown_to_test_all_types::OptionalGroup {
                    a: a__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "protobuf_test_messages.proto2.UnknownToTestAllTypes.OptionalGroup",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for ForeignEnumProto2 {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for enum_only_proto2::Bool {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum
for test_all_required_types_proto2::NestedEnum {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl ::kagzi_proto::json::private::ProtoEnum for test_all_types_proto2::NestedEnum {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
