impl serde::Serialize for BeginStepRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.step_name.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.retry_policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.BeginStepRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.step_name.is_empty() {
            struct_ser.serialize_field("stepName", &self.step_name)?;
        }
        if self.kind != 0 {
            let v = crate::json::private::EnumOut::<StepKind>::new(self.kind);
            struct_ser.serialize_field("kind", &v)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.retry_policy.as_ref() {
            struct_ser.serialize_field("retryPolicy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BeginStepRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "step_name",
            "stepName",
            "kind",
            "input",
            "retry_policy",
            "retryPolicy",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            StepName,
            Kind,
            Input,
            RetryPolicy,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "stepName" | "step_name" => Some(GeneratedField::StepName),
                    "kind" => Some(GeneratedField::Kind),
                    "input" => Some(GeneratedField::Input),
                    "retryPolicy" | "retry_policy" => Some(GeneratedField::RetryPolicy),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BeginStepRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.BeginStepRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<BeginStepRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut step_name__ = None;
                let mut kind__ = None;
                let mut input__ = None;
                let mut retry_policy__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StepName => {
                            if step_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepName"));
                            }
                            step_name__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<StepKind>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::RetryPolicy => {
                            if retry_policy__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("retryPolicy"),
                                );
                            }
                            retry_policy__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(BeginStepRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    step_name: step_name__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    input: input__,
                    retry_policy: retry_policy__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.BeginStepRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BeginStepResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.step_id.is_empty() {
            len += 1;
        }
        if self.cached_output.is_some() {
            len += 1;
        }
        if self.attempt_number != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.BeginStepResponse", len)?;
        if !self.step_id.is_empty() {
            struct_ser.serialize_field("stepId", &self.step_id)?;
        }
        if let Some(v) = self.cached_output.as_ref() {
            struct_ser.serialize_field("cachedOutput", v)?;
        }
        if self.attempt_number != 0 {
            struct_ser.serialize_field("attemptNumber", &self.attempt_number)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BeginStepResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "step_id",
            "stepId",
            "cached_output",
            "cachedOutput",
            "attempt_number",
            "attemptNumber",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StepId,
            CachedOutput,
            AttemptNumber,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "stepId" | "step_id" => Some(GeneratedField::StepId),
                    "cachedOutput" | "cached_output" => {
                        Some(GeneratedField::CachedOutput)
                    }
                    "attemptNumber" | "attempt_number" => {
                        Some(GeneratedField::AttemptNumber)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BeginStepResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.BeginStepResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<BeginStepResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut step_id__ = None;
                let mut cached_output__ = None;
                let mut attempt_number__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::StepId => {
                            if step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepId"));
                            }
                            step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::CachedOutput => {
                            if cached_output__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("cachedOutput"),
                                );
                            }
                            cached_output__ = map_.next_value()?;
                        }
                        GeneratedField::AttemptNumber => {
                            if attempt_number__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("attemptNumber"),
                                );
                            }
                            attempt_number__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(BeginStepResponse {
                    step_id: step_id__.unwrap_or_default(),
                    cached_output: cached_output__,
                    attempt_number: attempt_number__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.BeginStepResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CancelWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "reason",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Reason,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "reason" => Some(GeneratedField::Reason),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CancelWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CancelWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut reason__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CancelWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CancelWorkflowRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CompleteStepRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.step_id.is_empty() {
            len += 1;
        }
        if self.output.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CompleteStepRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.step_id.is_empty() {
            struct_ser.serialize_field("stepId", &self.step_id)?;
        }
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteStepRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "step_id",
            "stepId",
            "output",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            StepId,
            Output,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "stepId" | "step_id" => Some(GeneratedField::StepId),
                    "output" => Some(GeneratedField::Output),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteStepRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CompleteStepRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CompleteStepRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut step_id__ = None;
                let mut output__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StepId => {
                            if step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepId"));
                            }
                            step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CompleteStepRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    step_id: step_id__.unwrap_or_default(),
                    output: output__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.CompleteStepRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompleteStepResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.step.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CompleteStepResponse", len)?;
        if let Some(v) = self.step.as_ref() {
            struct_ser.serialize_field("step", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteStepResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["step"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Step,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "step" => Some(GeneratedField::Step),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteStepResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CompleteStepResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CompleteStepResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut step__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Step => {
                            if step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("step"));
                            }
                            step__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CompleteStepResponse {
                    step: step__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CompleteStepResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CompleteWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.output.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CompleteWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "output",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Output,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "output" => Some(GeneratedField::Output),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CompleteWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CompleteWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut output__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CompleteWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    output: output__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CompleteWorkflowRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CompleteWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CompleteWorkflowResponse", len)?;
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["status"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "status" => Some(GeneratedField::Status),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CompleteWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CompleteWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkflowStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CompleteWorkflowResponse {
                    status: status__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CompleteWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CreateNamespaceRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CreateNamespaceRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateNamespaceRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "display_name",
            "displayName",
            "description",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            DisplayName,
            Description,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "displayName" | "display_name" => Some(GeneratedField::DisplayName),
                    "description" => Some(GeneratedField::Description),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateNamespaceRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CreateNamespaceRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CreateNamespaceRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut display_name__ = None;
                let mut description__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("displayName"),
                                );
                            }
                            display_name__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("description"),
                                );
                            }
                            description__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateNamespaceRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CreateNamespaceRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CreateNamespaceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CreateNamespaceResponse", len)?;
        if let Some(v) = self.namespace.as_ref() {
            struct_ser.serialize_field("namespace", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateNamespaceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespace,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespace" => Some(GeneratedField::Namespace),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateNamespaceResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CreateNamespaceResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CreateNamespaceResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespace => {
                            if namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespace"));
                            }
                            namespace__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateNamespaceResponse {
                    namespace: namespace__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CreateNamespaceResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CreateWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if !self.cron_expr.is_empty() {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.enabled.is_some() {
            len += 1;
        }
        if self.max_catchup.is_some() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CreateWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if !self.cron_expr.is_empty() {
            struct_ser.serialize_field("cronExpr", &self.cron_expr)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.enabled.as_ref() {
            struct_ser.serialize_field("enabled", v)?;
        }
        if let Some(v) = self.max_catchup.as_ref() {
            struct_ser.serialize_field("maxCatchup", v)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "cron_expr",
            "cronExpr",
            "input",
            "enabled",
            "max_catchup",
            "maxCatchup",
            "version",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            WorkflowType,
            CronExpr,
            Input,
            Enabled,
            MaxCatchup,
            Version,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "cronExpr" | "cron_expr" => Some(GeneratedField::CronExpr),
                    "input" => Some(GeneratedField::Input),
                    "enabled" => Some(GeneratedField::Enabled),
                    "maxCatchup" | "max_catchup" => Some(GeneratedField::MaxCatchup),
                    "version" => Some(GeneratedField::Version),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CreateWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CreateWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut cron_expr__ = None;
                let mut input__ = None;
                let mut enabled__ = None;
                let mut max_catchup__ = None;
                let mut version__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::CronExpr => {
                            if cron_expr__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cronExpr"));
                            }
                            cron_expr__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = map_.next_value()?;
                        }
                        GeneratedField::MaxCatchup => {
                            if max_catchup__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxCatchup"));
                            }
                            max_catchup__ = map_
                                .next_value::<
                                    ::std::option::Option<crate::json::private::Number<_>>,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    cron_expr: cron_expr__.unwrap_or_default(),
                    input: input__,
                    enabled: enabled__,
                    max_catchup: max_catchup__,
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CreateWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for CreateWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.schedule.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.CreateWorkflowScheduleResponse", len)?;
        if let Some(v) = self.schedule.as_ref() {
            struct_ser.serialize_field("schedule", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedule"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedule,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedule" => Some(GeneratedField::Schedule),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.CreateWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<CreateWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateWorkflowScheduleResponse {
                    schedule: schedule__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.CreateWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for DeleteWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DeleteWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DeleteWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DeleteWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeleteWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.DeleteWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for DeleteWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deleted {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DeleteWorkflowScheduleResponse", len)?;
        if self.deleted {
            struct_ser.serialize_field("deleted", &self.deleted)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["deleted"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Deleted,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "deleted" => Some(GeneratedField::Deleted),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DeleteWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DeleteWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut deleted__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Deleted => {
                            if deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deleted"));
                            }
                            deleted__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeleteWorkflowScheduleResponse {
                    deleted: deleted__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.DeleteWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for DeregisterRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if self.drain {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DeregisterRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if self.drain {
            struct_ser.serialize_field("drain", &self.drain)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeregisterRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "worker_id",
            "workerId",
            "drain",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            WorkerId,
            Drain,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "drain" => Some(GeneratedField::Drain),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeregisterRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DeregisterRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DeregisterRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut worker_id__ = None;
                let mut drain__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Drain => {
                            if drain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("drain"));
                            }
                            drain__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeregisterRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    worker_id: worker_id__.unwrap_or_default(),
                    drain: drain__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.DeregisterRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DisableNamespaceRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DisableNamespaceRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DisableNamespaceRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId", "reason"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            Reason,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "reason" => Some(GeneratedField::Reason),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DisableNamespaceRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DisableNamespaceRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DisableNamespaceRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut reason__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DisableNamespaceRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.DisableNamespaceRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for DisableNamespaceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DisableNamespaceResponse", len)?;
        if let Some(v) = self.namespace.as_ref() {
            struct_ser.serialize_field("namespace", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DisableNamespaceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespace,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespace" => Some(GeneratedField::Namespace),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DisableNamespaceResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DisableNamespaceResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DisableNamespaceResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespace => {
                            if namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespace"));
                            }
                            namespace__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DisableNamespaceResponse {
                    namespace: namespace__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.DisableNamespaceResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for DrainWorkerRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DrainWorkerRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DrainWorkerRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "worker_id",
            "workerId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            WorkerId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DrainWorkerRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DrainWorkerRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DrainWorkerRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut worker_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DrainWorkerRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    worker_id: worker_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.DrainWorkerRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DrainWorkerResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.worker.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.DrainWorkerResponse", len)?;
        if let Some(v) = self.worker.as_ref() {
            struct_ser.serialize_field("worker", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DrainWorkerResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["worker"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Worker,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "worker" => Some(GeneratedField::Worker),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DrainWorkerResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.DrainWorkerResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<DrainWorkerResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut worker__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Worker => {
                            if worker__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worker"));
                            }
                            worker__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DrainWorkerResponse {
                    worker: worker__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.DrainWorkerResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EnableNamespaceRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.EnableNamespaceRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnableNamespaceRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnableNamespaceRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.EnableNamespaceRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<EnableNamespaceRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(EnableNamespaceRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.EnableNamespaceRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for EnableNamespaceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.EnableNamespaceResponse", len)?;
        if let Some(v) = self.namespace.as_ref() {
            struct_ser.serialize_field("namespace", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnableNamespaceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespace,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespace" => Some(GeneratedField::Namespace),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnableNamespaceResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.EnableNamespaceResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<EnableNamespaceResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespace => {
                            if namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespace"));
                            }
                            namespace__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(EnableNamespaceResponse {
                    namespace: namespace__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.EnableNamespaceResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ErrorCode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ERROR_CODE_UNSPECIFIED",
            Self::NotFound => "ERROR_CODE_NOT_FOUND",
            Self::InvalidArgument => "ERROR_CODE_INVALID_ARGUMENT",
            Self::PreconditionFailed => "ERROR_CODE_PRECONDITION_FAILED",
            Self::Conflict => "ERROR_CODE_CONFLICT",
            Self::Unauthorized => "ERROR_CODE_UNAUTHORIZED",
            Self::Unavailable => "ERROR_CODE_UNAVAILABLE",
            Self::Internal => "ERROR_CODE_INTERNAL",
            Self::Timeout => "ERROR_CODE_TIMEOUT",
            Self::ResourceExhausted => "ERROR_CODE_RESOURCE_EXHAUSTED",
            Self::NamespaceDisabled => "ERROR_CODE_NAMESPACE_DISABLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ErrorCode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ERROR_CODE_UNSPECIFIED",
            "ERROR_CODE_NOT_FOUND",
            "ERROR_CODE_INVALID_ARGUMENT",
            "ERROR_CODE_PRECONDITION_FAILED",
            "ERROR_CODE_CONFLICT",
            "ERROR_CODE_UNAUTHORIZED",
            "ERROR_CODE_UNAVAILABLE",
            "ERROR_CODE_INTERNAL",
            "ERROR_CODE_TIMEOUT",
            "ERROR_CODE_RESOURCE_EXHAUSTED",
            "ERROR_CODE_NAMESPACE_DISABLED",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ErrorCode;
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
                    "ERROR_CODE_UNSPECIFIED" => Ok(ErrorCode::Unspecified),
                    "ERROR_CODE_NOT_FOUND" => Ok(ErrorCode::NotFound),
                    "ERROR_CODE_INVALID_ARGUMENT" => Ok(ErrorCode::InvalidArgument),
                    "ERROR_CODE_PRECONDITION_FAILED" => Ok(ErrorCode::PreconditionFailed),
                    "ERROR_CODE_CONFLICT" => Ok(ErrorCode::Conflict),
                    "ERROR_CODE_UNAUTHORIZED" => Ok(ErrorCode::Unauthorized),
                    "ERROR_CODE_UNAVAILABLE" => Ok(ErrorCode::Unavailable),
                    "ERROR_CODE_INTERNAL" => Ok(ErrorCode::Internal),
                    "ERROR_CODE_TIMEOUT" => Ok(ErrorCode::Timeout),
                    "ERROR_CODE_RESOURCE_EXHAUSTED" => Ok(ErrorCode::ResourceExhausted),
                    "ERROR_CODE_NAMESPACE_DISABLED" => Ok(ErrorCode::NamespaceDisabled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ErrorDetail {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.code != 0 {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if self.non_retryable {
            len += 1;
        }
        if self.retry_after_ms != 0 {
            len += 1;
        }
        if !self.subject.is_empty() {
            len += 1;
        }
        if !self.subject_id.is_empty() {
            len += 1;
        }
        if !self.metadata.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.ErrorDetail", len)?;
        if self.code != 0 {
            let v = crate::json::private::EnumOut::<ErrorCode>::new(self.code);
            struct_ser.serialize_field("code", &v)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if self.non_retryable {
            struct_ser.serialize_field("nonRetryable", &self.non_retryable)?;
        }
        if self.retry_after_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "retryAfterMs",
                    &crate::json::private::Decimal(&self.retry_after_ms),
                )?;
        }
        if !self.subject.is_empty() {
            struct_ser.serialize_field("subject", &self.subject)?;
        }
        if !self.subject_id.is_empty() {
            struct_ser.serialize_field("subjectId", &self.subject_id)?;
        }
        if !self.metadata.is_empty() {
            struct_ser.serialize_field("metadata", &self.metadata)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ErrorDetail {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "code",
            "message",
            "non_retryable",
            "nonRetryable",
            "retry_after_ms",
            "retryAfterMs",
            "subject",
            "subject_id",
            "subjectId",
            "metadata",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Code,
            Message,
            NonRetryable,
            RetryAfterMs,
            Subject,
            SubjectId,
            Metadata,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "code" => Some(GeneratedField::Code),
                    "message" => Some(GeneratedField::Message),
                    "nonRetryable" | "non_retryable" => {
                        Some(GeneratedField::NonRetryable)
                    }
                    "retryAfterMs" | "retry_after_ms" => {
                        Some(GeneratedField::RetryAfterMs)
                    }
                    "subject" => Some(GeneratedField::Subject),
                    "subjectId" | "subject_id" => Some(GeneratedField::SubjectId),
                    "metadata" => Some(GeneratedField::Metadata),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ErrorDetail;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ErrorDetail")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ErrorDetail, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut code__ = None;
                let mut message__ = None;
                let mut non_retryable__ = None;
                let mut retry_after_ms__ = None;
                let mut subject__ = None;
                let mut subject_id__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Code => {
                            if code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("code"));
                            }
                            code__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<ErrorCode>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::NonRetryable => {
                            if non_retryable__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nonRetryable"),
                                );
                            }
                            non_retryable__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RetryAfterMs => {
                            if retry_after_ms__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("retryAfterMs"),
                                );
                            }
                            retry_after_ms__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Subject => {
                            if subject__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subject"));
                            }
                            subject__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::SubjectId => {
                            if subject_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subjectId"));
                            }
                            subject_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
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
                Ok(ErrorDetail {
                    code: code__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    non_retryable: non_retryable__.unwrap_or_default(),
                    retry_after_ms: retry_after_ms__.unwrap_or_default(),
                    subject: subject__.unwrap_or_default(),
                    subject_id: subject_id__.unwrap_or_default(),
                    metadata: metadata__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.ErrorDetail", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FailStepRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.step_id.is_empty() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.FailStepRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.step_id.is_empty() {
            struct_ser.serialize_field("stepId", &self.step_id)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FailStepRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "step_id",
            "stepId",
            "error",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            StepId,
            Error,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "stepId" | "step_id" => Some(GeneratedField::StepId),
                    "error" => Some(GeneratedField::Error),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FailStepRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.FailStepRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<FailStepRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut step_id__ = None;
                let mut error__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StepId => {
                            if step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepId"));
                            }
                            step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FailStepRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    step_id: step_id__.unwrap_or_default(),
                    error: error__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.FailStepRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FailStepResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.will_retry {
            len += 1;
        }
        if self.retry_at.is_some() {
            len += 1;
        }
        if self.next_attempt_number != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.FailStepResponse", len)?;
        if self.will_retry {
            struct_ser.serialize_field("willRetry", &self.will_retry)?;
        }
        if let Some(v) = self.retry_at.as_ref() {
            struct_ser.serialize_field("retryAt", v)?;
        }
        if self.next_attempt_number != 0 {
            struct_ser.serialize_field("nextAttemptNumber", &self.next_attempt_number)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FailStepResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "will_retry",
            "willRetry",
            "retry_at",
            "retryAt",
            "next_attempt_number",
            "nextAttemptNumber",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WillRetry,
            RetryAt,
            NextAttemptNumber,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "willRetry" | "will_retry" => Some(GeneratedField::WillRetry),
                    "retryAt" | "retry_at" => Some(GeneratedField::RetryAt),
                    "nextAttemptNumber" | "next_attempt_number" => {
                        Some(GeneratedField::NextAttemptNumber)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FailStepResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.FailStepResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<FailStepResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut will_retry__ = None;
                let mut retry_at__ = None;
                let mut next_attempt_number__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WillRetry => {
                            if will_retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("willRetry"));
                            }
                            will_retry__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RetryAt => {
                            if retry_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryAt"));
                            }
                            retry_at__ = map_.next_value()?;
                        }
                        GeneratedField::NextAttemptNumber => {
                            if next_attempt_number__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nextAttemptNumber"),
                                );
                            }
                            next_attempt_number__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(FailStepResponse {
                    will_retry: will_retry__.unwrap_or_default(),
                    retry_at: retry_at__,
                    next_attempt_number: next_attempt_number__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.FailStepResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FailWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.FailWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FailWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "error",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Error,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "error" => Some(GeneratedField::Error),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FailWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.FailWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<FailWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut error__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FailWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    error: error__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.FailWorkflowRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FailWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        if self.will_retry {
            len += 1;
        }
        if self.retry_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.FailWorkflowResponse", len)?;
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if self.will_retry {
            struct_ser.serialize_field("willRetry", &self.will_retry)?;
        }
        if let Some(v) = self.retry_at.as_ref() {
            struct_ser.serialize_field("retryAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FailWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "status",
            "will_retry",
            "willRetry",
            "retry_at",
            "retryAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            WillRetry,
            RetryAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "status" => Some(GeneratedField::Status),
                    "willRetry" | "will_retry" => Some(GeneratedField::WillRetry),
                    "retryAt" | "retry_at" => Some(GeneratedField::RetryAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FailWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.FailWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<FailWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut will_retry__ = None;
                let mut retry_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkflowStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::WillRetry => {
                            if will_retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("willRetry"));
                            }
                            will_retry__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RetryAt => {
                            if retry_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryAt"));
                            }
                            retry_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FailWorkflowResponse {
                    status: status__.unwrap_or_default(),
                    will_retry: will_retry__.unwrap_or_default(),
                    retry_at: retry_at__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.FailWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetNamespaceRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetNamespaceRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetNamespaceRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetNamespaceRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetNamespaceRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetNamespaceRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetNamespaceRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetNamespaceRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetNamespaceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetNamespaceResponse", len)?;
        if let Some(v) = self.namespace.as_ref() {
            struct_ser.serialize_field("namespace", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetNamespaceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespace,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespace" => Some(GeneratedField::Namespace),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetNamespaceResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetNamespaceResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetNamespaceResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespace => {
                            if namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespace"));
                            }
                            namespace__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetNamespaceResponse {
                    namespace: namespace__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetNamespaceResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetQueueDepthRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.workflow_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetQueueDepthRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.workflow_type.as_ref() {
            struct_ser.serialize_field("workflowType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetQueueDepthRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            WorkflowType,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetQueueDepthRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetQueueDepthRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetQueueDepthRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetQueueDepthRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__,
                    workflow_type: workflow_type__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetQueueDepthRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetQueueDepthResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.depths.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetQueueDepthResponse", len)?;
        if !self.depths.is_empty() {
            struct_ser.serialize_field("depths", &self.depths)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetQueueDepthResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["depths"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Depths,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "depths" => Some(GeneratedField::Depths),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetQueueDepthResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetQueueDepthResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetQueueDepthResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut depths__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Depths => {
                            if depths__.is_some() {
                                return Err(serde::de::Error::duplicate_field("depths"));
                            }
                            depths__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetQueueDepthResponse {
                    depths: depths__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetQueueDepthResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetServerInfoRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer
            .serialize_struct("kagzi.v1.GetServerInfoRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetServerInfoRequest {
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
            type Value = GetServerInfoRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetServerInfoRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetServerInfoRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                while map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                    .is_some()
                {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetServerInfoRequest {})
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetServerInfoRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetServerInfoResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.api_version.is_empty() {
            len += 1;
        }
        if !self.capabilities.is_empty() {
            len += 1;
        }
        if self.started_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetServerInfoResponse", len)?;
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.api_version.is_empty() {
            struct_ser.serialize_field("apiVersion", &self.api_version)?;
        }
        if !self.capabilities.is_empty() {
            struct_ser.serialize_field("capabilities", &self.capabilities)?;
        }
        if let Some(v) = self.started_at.as_ref() {
            struct_ser.serialize_field("startedAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetServerInfoResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
            "api_version",
            "apiVersion",
            "capabilities",
            "started_at",
            "startedAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
            ApiVersion,
            Capabilities,
            StartedAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "version" => Some(GeneratedField::Version),
                    "apiVersion" | "api_version" => Some(GeneratedField::ApiVersion),
                    "capabilities" => Some(GeneratedField::Capabilities),
                    "startedAt" | "started_at" => Some(GeneratedField::StartedAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetServerInfoResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetServerInfoResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetServerInfoResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                let mut api_version__ = None;
                let mut capabilities__ = None;
                let mut started_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ApiVersion => {
                            if api_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apiVersion"));
                            }
                            api_version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Capabilities => {
                            if capabilities__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("capabilities"),
                                );
                            }
                            capabilities__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StartedAt => {
                            if started_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAt"));
                            }
                            started_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetServerInfoResponse {
                    version: version__.unwrap_or_default(),
                    api_version: api_version__.unwrap_or_default(),
                    capabilities: capabilities__.unwrap_or_default(),
                    started_at: started_at__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetServerInfoResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetStatsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetStatsRequest", len)?;
        if let Some(v) = self.namespace_id.as_ref() {
            struct_ser.serialize_field("namespaceId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStatsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStatsRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetStatsRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetStatsRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetStatsRequest {
                    namespace_id: namespace_id__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetStatsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStatsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.runs_by_status.is_empty() {
            len += 1;
        }
        if !self.workers_by_status.is_empty() {
            len += 1;
        }
        if self.total_runs != 0 {
            len += 1;
        }
        if self.total_workers != 0 {
            len += 1;
        }
        if self.total_schedules != 0 {
            len += 1;
        }
        if self.enabled_schedules != 0 {
            len += 1;
        }
        if self.computed_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetStatsResponse", len)?;
        if !self.runs_by_status.is_empty() {
            struct_ser.serialize_field("runsByStatus", &self.runs_by_status)?;
        }
        if !self.workers_by_status.is_empty() {
            struct_ser.serialize_field("workersByStatus", &self.workers_by_status)?;
        }
        if self.total_runs != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalRuns",
                    &crate::json::private::Decimal(&self.total_runs),
                )?;
        }
        if self.total_workers != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalWorkers",
                    &crate::json::private::Decimal(&self.total_workers),
                )?;
        }
        if self.total_schedules != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalSchedules",
                    &crate::json::private::Decimal(&self.total_schedules),
                )?;
        }
        if self.enabled_schedules != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "enabledSchedules",
                    &crate::json::private::Decimal(&self.enabled_schedules),
                )?;
        }
        if let Some(v) = self.computed_at.as_ref() {
            struct_ser.serialize_field("computedAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStatsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "runs_by_status",
            "runsByStatus",
            "workers_by_status",
            "workersByStatus",
            "total_runs",
            "totalRuns",
            "total_workers",
            "totalWorkers",
            "total_schedules",
            "totalSchedules",
            "enabled_schedules",
            "enabledSchedules",
            "computed_at",
            "computedAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunsByStatus,
            WorkersByStatus,
            TotalRuns,
            TotalWorkers,
            TotalSchedules,
            EnabledSchedules,
            ComputedAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runsByStatus" | "runs_by_status" => {
                        Some(GeneratedField::RunsByStatus)
                    }
                    "workersByStatus" | "workers_by_status" => {
                        Some(GeneratedField::WorkersByStatus)
                    }
                    "totalRuns" | "total_runs" => Some(GeneratedField::TotalRuns),
                    "totalWorkers" | "total_workers" => {
                        Some(GeneratedField::TotalWorkers)
                    }
                    "totalSchedules" | "total_schedules" => {
                        Some(GeneratedField::TotalSchedules)
                    }
                    "enabledSchedules" | "enabled_schedules" => {
                        Some(GeneratedField::EnabledSchedules)
                    }
                    "computedAt" | "computed_at" => Some(GeneratedField::ComputedAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStatsResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetStatsResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetStatsResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut runs_by_status__ = None;
                let mut workers_by_status__ = None;
                let mut total_runs__ = None;
                let mut total_workers__ = None;
                let mut total_schedules__ = None;
                let mut enabled_schedules__ = None;
                let mut computed_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::RunsByStatus => {
                            if runs_by_status__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("runsByStatus"),
                                );
                            }
                            runs_by_status__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkersByStatus => {
                            if workers_by_status__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workersByStatus"),
                                );
                            }
                            workers_by_status__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TotalRuns => {
                            if total_runs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalRuns"));
                            }
                            total_runs__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::TotalWorkers => {
                            if total_workers__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("totalWorkers"),
                                );
                            }
                            total_workers__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::TotalSchedules => {
                            if total_schedules__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("totalSchedules"),
                                );
                            }
                            total_schedules__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::EnabledSchedules => {
                            if enabled_schedules__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("enabledSchedules"),
                                );
                            }
                            enabled_schedules__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::ComputedAt => {
                            if computed_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("computedAt"));
                            }
                            computed_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetStatsResponse {
                    runs_by_status: runs_by_status__.unwrap_or_default(),
                    workers_by_status: workers_by_status__.unwrap_or_default(),
                    total_runs: total_runs__.unwrap_or_default(),
                    total_workers: total_workers__.unwrap_or_default(),
                    total_schedules: total_schedules__.unwrap_or_default(),
                    enabled_schedules: enabled_schedules__.unwrap_or_default(),
                    computed_at: computed_at__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetStatsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStepRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.step_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetStepRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.step_id.is_empty() {
            struct_ser.serialize_field("stepId", &self.step_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStepRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId", "step_id", "stepId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            StepId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "stepId" | "step_id" => Some(GeneratedField::StepId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStepRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetStepRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetStepRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut step_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StepId => {
                            if step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepId"));
                            }
                            step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetStepRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    step_id: step_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetStepRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStepResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.step.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetStepResponse", len)?;
        if let Some(v) = self.step.as_ref() {
            struct_ser.serialize_field("step", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStepResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["step"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Step,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "step" => Some(GeneratedField::Step),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStepResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetStepResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetStepResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut step__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Step => {
                            if step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("step"));
                            }
                            step__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetStepResponse { step: step__ })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetStepResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetWorkerRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkerRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkerRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "worker_id",
            "workerId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            WorkerId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkerRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkerRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkerRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut worker_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkerRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    worker_id: worker_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetWorkerRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetWorkerResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.worker.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkerResponse", len)?;
        if let Some(v) = self.worker.as_ref() {
            struct_ser.serialize_field("worker", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkerResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["worker"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Worker,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "worker" => Some(GeneratedField::Worker),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkerResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkerResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkerResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut worker__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Worker => {
                            if worker__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worker"));
                            }
                            worker__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkerResponse {
                    worker: worker__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetWorkerResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetWorkflowByExternalIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.external_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowByExternalIdRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.external_id.is_empty() {
            struct_ser.serialize_field("externalId", &self.external_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowByExternalIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "external_id",
            "externalId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ExternalId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "externalId" | "external_id" => Some(GeneratedField::ExternalId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowByExternalIdRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowByExternalIdRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowByExternalIdRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut external_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowByExternalIdRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    external_id: external_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetWorkflowByExternalIdRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetWorkflowByExternalIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.workflow.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowByExternalIdResponse", len)?;
        if let Some(v) = self.workflow.as_ref() {
            struct_ser.serialize_field("workflow", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowByExternalIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflow"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflow,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflow" => Some(GeneratedField::Workflow),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowByExternalIdResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowByExternalIdResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowByExternalIdResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflow => {
                            if workflow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflow"));
                            }
                            workflow__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowByExternalIdResponse {
                    workflow: workflow__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetWorkflowByExternalIdResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace_id", "namespaceId", "run_id", "runId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetWorkflowRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.workflow.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowResponse", len)?;
        if let Some(v) = self.workflow.as_ref() {
            struct_ser.serialize_field("workflow", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflow"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflow,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflow" => Some(GeneratedField::Workflow),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflow => {
                            if workflow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflow"));
                            }
                            workflow__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowResponse {
                    workflow: workflow__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.GetWorkflowResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for GetWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.schedule.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.GetWorkflowScheduleResponse", len)?;
        if let Some(v) = self.schedule.as_ref() {
            struct_ser.serialize_field("schedule", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedule"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedule,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedule" => Some(GeneratedField::Schedule),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.GetWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<GetWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetWorkflowScheduleResponse {
                    schedule: schedule__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.GetWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for HealthCheckRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.service.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.HealthCheckRequest", len)?;
        if !self.service.is_empty() {
            struct_ser.serialize_field("service", &self.service)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HealthCheckRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["service"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Service,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "service" => Some(GeneratedField::Service),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HealthCheckRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.HealthCheckRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<HealthCheckRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut service__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Service => {
                            if service__.is_some() {
                                return Err(serde::de::Error::duplicate_field("service"));
                            }
                            service__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(HealthCheckRequest {
                    service: service__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.HealthCheckRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HealthCheckResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.HealthCheckResponse", len)?;
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<ServingStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HealthCheckResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["status", "message"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            Message,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "status" => Some(GeneratedField::Status),
                    "message" => Some(GeneratedField::Message),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HealthCheckResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.HealthCheckResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<HealthCheckResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut message__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<ServingStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(HealthCheckResponse {
                    status: status__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.HealthCheckResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HeartbeatRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if self.active_count != 0 {
            len += 1;
        }
        if self.completed_delta != 0 {
            len += 1;
        }
        if self.failed_delta != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.HeartbeatRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if self.active_count != 0 {
            struct_ser.serialize_field("activeCount", &self.active_count)?;
        }
        if self.completed_delta != 0 {
            struct_ser.serialize_field("completedDelta", &self.completed_delta)?;
        }
        if self.failed_delta != 0 {
            struct_ser.serialize_field("failedDelta", &self.failed_delta)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HeartbeatRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "worker_id",
            "workerId",
            "active_count",
            "activeCount",
            "completed_delta",
            "completedDelta",
            "failed_delta",
            "failedDelta",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            WorkerId,
            ActiveCount,
            CompletedDelta,
            FailedDelta,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "activeCount" | "active_count" => Some(GeneratedField::ActiveCount),
                    "completedDelta" | "completed_delta" => {
                        Some(GeneratedField::CompletedDelta)
                    }
                    "failedDelta" | "failed_delta" => Some(GeneratedField::FailedDelta),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HeartbeatRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.HeartbeatRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<HeartbeatRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut worker_id__ = None;
                let mut active_count__ = None;
                let mut completed_delta__ = None;
                let mut failed_delta__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ActiveCount => {
                            if active_count__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("activeCount"),
                                );
                            }
                            active_count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::CompletedDelta => {
                            if completed_delta__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("completedDelta"),
                                );
                            }
                            completed_delta__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FailedDelta => {
                            if failed_delta__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("failedDelta"),
                                );
                            }
                            failed_delta__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(HeartbeatRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    worker_id: worker_id__.unwrap_or_default(),
                    active_count: active_count__.unwrap_or_default(),
                    completed_delta: completed_delta__.unwrap_or_default(),
                    failed_delta: failed_delta__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.HeartbeatRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HeartbeatResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.reregister {
            len += 1;
        }
        if self.drain {
            len += 1;
        }
        if self.heartbeat_interval.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.HeartbeatResponse", len)?;
        if self.reregister {
            struct_ser.serialize_field("reregister", &self.reregister)?;
        }
        if self.drain {
            struct_ser.serialize_field("drain", &self.drain)?;
        }
        if let Some(v) = self.heartbeat_interval.as_ref() {
            struct_ser.serialize_field("heartbeatInterval", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HeartbeatResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reregister",
            "drain",
            "heartbeat_interval",
            "heartbeatInterval",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Reregister,
            Drain,
            HeartbeatInterval,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "reregister" => Some(GeneratedField::Reregister),
                    "drain" => Some(GeneratedField::Drain),
                    "heartbeatInterval" | "heartbeat_interval" => {
                        Some(GeneratedField::HeartbeatInterval)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HeartbeatResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.HeartbeatResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<HeartbeatResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut reregister__ = None;
                let mut drain__ = None;
                let mut heartbeat_interval__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Reregister => {
                            if reregister__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reregister"));
                            }
                            reregister__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Drain => {
                            if drain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("drain"));
                            }
                            drain__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::HeartbeatInterval => {
                            if heartbeat_interval__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("heartbeatInterval"),
                                );
                            }
                            heartbeat_interval__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(HeartbeatResponse {
                    reregister: reregister__.unwrap_or_default(),
                    drain: drain__.unwrap_or_default(),
                    heartbeat_interval: heartbeat_interval__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.HeartbeatResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListNamespacesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.page.is_some() {
            len += 1;
        }
        if self.enabled_filter.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListNamespacesRequest", len)?;
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        if let Some(v) = self.enabled_filter.as_ref() {
            struct_ser.serialize_field("enabledFilter", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListNamespacesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["page", "enabled_filter", "enabledFilter"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Page,
            EnabledFilter,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "page" => Some(GeneratedField::Page),
                    "enabledFilter" | "enabled_filter" => {
                        Some(GeneratedField::EnabledFilter)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListNamespacesRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListNamespacesRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListNamespacesRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut page__ = None;
                let mut enabled_filter__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::EnabledFilter => {
                            if enabled_filter__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("enabledFilter"),
                                );
                            }
                            enabled_filter__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListNamespacesRequest {
                    page: page__,
                    enabled_filter: enabled_filter__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListNamespacesRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListNamespacesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespaces.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListNamespacesResponse", len)?;
        if !self.namespaces.is_empty() {
            struct_ser.serialize_field("namespaces", &self.namespaces)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListNamespacesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespaces", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespaces,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaces" => Some(GeneratedField::Namespaces),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListNamespacesResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListNamespacesResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListNamespacesResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespaces__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespaces => {
                            if namespaces__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespaces"));
                            }
                            namespaces__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListNamespacesResponse {
                    namespaces: namespaces__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListNamespacesResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListScheduleRunsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        if self.status_filter.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListScheduleRunsRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        if let Some(v) = self.status_filter.as_ref() {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(*v);
            struct_ser.serialize_field("statusFilter", &v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListScheduleRunsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
            "status_filter",
            "statusFilter",
            "page",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            StatusFilter,
            Page,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    "statusFilter" | "status_filter" => {
                        Some(GeneratedField::StatusFilter)
                    }
                    "page" => Some(GeneratedField::Page),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListScheduleRunsRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListScheduleRunsRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListScheduleRunsRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                let mut status_filter__ = None;
                let mut page__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StatusFilter => {
                            if status_filter__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("statusFilter"),
                                );
                            }
                            status_filter__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        crate::json::private::EnumField<WorkflowStatus>,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListScheduleRunsRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                    status_filter: status_filter__,
                    page: page__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListScheduleRunsRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListScheduleRunsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.runs.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListScheduleRunsResponse", len)?;
        if !self.runs.is_empty() {
            struct_ser.serialize_field("runs", &self.runs)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListScheduleRunsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["runs", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Runs,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runs" => Some(GeneratedField::Runs),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListScheduleRunsResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListScheduleRunsResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListScheduleRunsResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut runs__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Runs => {
                            if runs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runs"));
                            }
                            runs__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListScheduleRunsResponse {
                    runs: runs__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListScheduleRunsResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListStepsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.status_filter.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListStepsRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if let Some(v) = self.status_filter.as_ref() {
            let v = crate::json::private::EnumOut::<StepStatus>::new(*v);
            struct_ser.serialize_field("statusFilter", &v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListStepsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "status_filter",
            "statusFilter",
            "page",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            StatusFilter,
            Page,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "statusFilter" | "status_filter" => {
                        Some(GeneratedField::StatusFilter)
                    }
                    "page" => Some(GeneratedField::Page),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListStepsRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListStepsRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListStepsRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut status_filter__ = None;
                let mut page__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StatusFilter => {
                            if status_filter__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("statusFilter"),
                                );
                            }
                            status_filter__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        crate::json::private::EnumField<StepStatus>,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListStepsRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    status_filter: status_filter__,
                    page: page__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.ListStepsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListStepsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.steps.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListStepsResponse", len)?;
        if !self.steps.is_empty() {
            struct_ser.serialize_field("steps", &self.steps)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListStepsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["steps", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Steps,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "steps" => Some(GeneratedField::Steps),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListStepsResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListStepsResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListStepsResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut steps__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Steps => {
                            if steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("steps"));
                            }
                            steps__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListStepsResponse {
                    steps: steps__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.ListStepsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWorkersRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.status_filter.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkersRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.status_filter.as_ref() {
            let v = crate::json::private::EnumOut::<WorkerStatus>::new(*v);
            struct_ser.serialize_field("statusFilter", &v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkersRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "status_filter",
            "statusFilter",
            "page",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            StatusFilter,
            Page,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "statusFilter" | "status_filter" => {
                        Some(GeneratedField::StatusFilter)
                    }
                    "page" => Some(GeneratedField::Page),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkersRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkersRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkersRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut status_filter__ = None;
                let mut page__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::StatusFilter => {
                            if status_filter__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("statusFilter"),
                                );
                            }
                            status_filter__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        crate::json::private::EnumField<WorkerStatus>,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkersRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__,
                    status_filter: status_filter__,
                    page: page__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.ListWorkersRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWorkersResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workers.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkersResponse", len)?;
        if !self.workers.is_empty() {
            struct_ser.serialize_field("workers", &self.workers)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkersResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workers", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workers,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workers" => Some(GeneratedField::Workers),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkersResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkersResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkersResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workers__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workers => {
                            if workers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workers"));
                            }
                            workers__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkersResponse {
                    workers: workers__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.ListWorkersResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWorkflowSchedulesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowSchedulesRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowSchedulesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "page",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            Page,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "page" => Some(GeneratedField::Page),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowSchedulesRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowSchedulesRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowSchedulesRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut page__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowSchedulesRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__,
                    page: page__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowSchedulesRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListWorkflowSchedulesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.schedules.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowSchedulesResponse", len)?;
        if !self.schedules.is_empty() {
            struct_ser.serialize_field("schedules", &self.schedules)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowSchedulesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedules", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedules,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedules" => Some(GeneratedField::Schedules),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowSchedulesResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowSchedulesResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowSchedulesResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedules__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedules => {
                            if schedules__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedules"));
                            }
                            schedules__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowSchedulesResponse {
                    schedules: schedules__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowSchedulesResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListWorkflowTypesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowTypesRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowTypesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "page",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            Page,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "page" => Some(GeneratedField::Page),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowTypesRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowTypesRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowTypesRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut page__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowTypesRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__,
                    page: page__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowTypesRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListWorkflowTypesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workflow_types.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowTypesResponse", len)?;
        if !self.workflow_types.is_empty() {
            struct_ser.serialize_field("workflowTypes", &self.workflow_types)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowTypesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "workflow_types",
            "workflowTypes",
            "page_info",
            "pageInfo",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkflowTypes,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflowTypes" | "workflow_types" => {
                        Some(GeneratedField::WorkflowTypes)
                    }
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowTypesResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowTypesResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowTypesResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow_types__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WorkflowTypes => {
                            if workflow_types__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypes"),
                                );
                            }
                            workflow_types__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowTypesResponse {
                    workflow_types: workflow_types__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowTypesResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListWorkflowsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.status_filter.is_some() {
            len += 1;
        }
        if self.workflow_type.is_some() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.page.is_some() {
            len += 1;
        }
        if !self.label_selector.is_empty() {
            len += 1;
        }
        if self.created_after.is_some() {
            len += 1;
        }
        if self.created_before.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowsRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.status_filter.as_ref() {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(*v);
            struct_ser.serialize_field("statusFilter", &v)?;
        }
        if let Some(v) = self.workflow_type.as_ref() {
            struct_ser.serialize_field("workflowType", v)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.page.as_ref() {
            struct_ser.serialize_field("page", v)?;
        }
        if !self.label_selector.is_empty() {
            struct_ser.serialize_field("labelSelector", &self.label_selector)?;
        }
        if let Some(v) = self.created_after.as_ref() {
            struct_ser.serialize_field("createdAfter", v)?;
        }
        if let Some(v) = self.created_before.as_ref() {
            struct_ser.serialize_field("createdBefore", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "status_filter",
            "statusFilter",
            "workflow_type",
            "workflowType",
            "task_queue",
            "taskQueue",
            "page",
            "label_selector",
            "labelSelector",
            "created_after",
            "createdAfter",
            "created_before",
            "createdBefore",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            StatusFilter,
            WorkflowType,
            TaskQueue,
            Page,
            LabelSelector,
            CreatedAfter,
            CreatedBefore,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "statusFilter" | "status_filter" => {
                        Some(GeneratedField::StatusFilter)
                    }
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "page" => Some(GeneratedField::Page),
                    "labelSelector" | "label_selector" => {
                        Some(GeneratedField::LabelSelector)
                    }
                    "createdAfter" | "created_after" => {
                        Some(GeneratedField::CreatedAfter)
                    }
                    "createdBefore" | "created_before" => {
                        Some(GeneratedField::CreatedBefore)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowsRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowsRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowsRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut status_filter__ = None;
                let mut workflow_type__ = None;
                let mut task_queue__ = None;
                let mut page__ = None;
                let mut label_selector__ = None;
                let mut created_after__ = None;
                let mut created_before__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StatusFilter => {
                            if status_filter__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("statusFilter"),
                                );
                            }
                            status_filter__ = map_
                                .next_value::<
                                    ::std::option::Option<
                                        crate::json::private::EnumField<WorkflowStatus>,
                                    >,
                                >()?
                                .and_then(|x| x.0);
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = map_.next_value()?;
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::Page => {
                            if page__.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page__ = map_.next_value()?;
                        }
                        GeneratedField::LabelSelector => {
                            if label_selector__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("labelSelector"),
                                );
                            }
                            label_selector__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::CreatedAfter => {
                            if created_after__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("createdAfter"),
                                );
                            }
                            created_after__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedBefore => {
                            if created_before__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("createdBefore"),
                                );
                            }
                            created_before__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowsRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    status_filter: status_filter__,
                    workflow_type: workflow_type__,
                    task_queue: task_queue__,
                    page: page__,
                    label_selector: label_selector__.unwrap_or_default(),
                    created_after: created_after__,
                    created_before: created_before__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowsRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ListWorkflowsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workflows.is_empty() {
            len += 1;
        }
        if self.page_info.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ListWorkflowsResponse", len)?;
        if !self.workflows.is_empty() {
            struct_ser.serialize_field("workflows", &self.workflows)?;
        }
        if let Some(v) = self.page_info.as_ref() {
            struct_ser.serialize_field("pageInfo", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWorkflowsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflows", "page_info", "pageInfo"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflows,
            PageInfo,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflows" => Some(GeneratedField::Workflows),
                    "pageInfo" | "page_info" => Some(GeneratedField::PageInfo),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWorkflowsResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ListWorkflowsResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ListWorkflowsResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflows__ = None;
                let mut page_info__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflows => {
                            if workflows__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflows"));
                            }
                            workflows__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::PageInfo => {
                            if page_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageInfo"));
                            }
                            page_info__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListWorkflowsResponse {
                    workflows: workflows__.unwrap_or_default(),
                    page_info: page_info__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ListWorkflowsResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for Namespace {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.enabled {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.updated_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.Namespace", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if self.enabled {
            struct_ser.serialize_field("enabled", &self.enabled)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        if let Some(v) = self.updated_at.as_ref() {
            struct_ser.serialize_field("updatedAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Namespace {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "display_name",
            "displayName",
            "description",
            "enabled",
            "created_at",
            "createdAt",
            "updated_at",
            "updatedAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            DisplayName,
            Description,
            Enabled,
            CreatedAt,
            UpdatedAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "displayName" | "display_name" => Some(GeneratedField::DisplayName),
                    "description" => Some(GeneratedField::Description),
                    "enabled" => Some(GeneratedField::Enabled),
                    "createdAt" | "created_at" => Some(GeneratedField::CreatedAt),
                    "updatedAt" | "updated_at" => Some(GeneratedField::UpdatedAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Namespace;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.Namespace")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<Namespace, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut display_name__ = None;
                let mut description__ = None;
                let mut enabled__ = None;
                let mut created_at__ = None;
                let mut updated_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("displayName"),
                                );
                            }
                            display_name__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("description"),
                                );
                            }
                            description__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                        GeneratedField::UpdatedAt => {
                            if updated_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Namespace {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    enabled: enabled__.unwrap_or_default(),
                    created_at: created_at__,
                    updated_at: updated_at__,
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.Namespace", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PageInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        if self.has_more {
            len += 1;
        }
        if self.total_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.PageInfo", len)?;
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        if self.has_more {
            struct_ser.serialize_field("hasMore", &self.has_more)?;
        }
        if self.total_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalCount",
                    &crate::json::private::Decimal(&self.total_count),
                )?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PageInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "next_page_token",
            "nextPageToken",
            "has_more",
            "hasMore",
            "total_count",
            "totalCount",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NextPageToken,
            HasMore,
            TotalCount,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "nextPageToken" | "next_page_token" => {
                        Some(GeneratedField::NextPageToken)
                    }
                    "hasMore" | "has_more" => Some(GeneratedField::HasMore),
                    "totalCount" | "total_count" => Some(GeneratedField::TotalCount),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PageInfo;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PageInfo")
            }
            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PageInfo, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut next_page_token__ = None;
                let mut has_more__ = None;
                let mut total_count__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nextPageToken"),
                                );
                            }
                            next_page_token__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::HasMore => {
                            if has_more__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hasMore"));
                            }
                            has_more__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TotalCount => {
                            if total_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalCount"));
                            }
                            total_count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(PageInfo {
                    next_page_token: next_page_token__.unwrap_or_default(),
                    has_more: has_more__.unwrap_or_default(),
                    total_count: total_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.PageInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PageRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if self.include_total_count {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.PageRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if self.include_total_count {
            struct_ser.serialize_field("includeTotalCount", &self.include_total_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PageRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "include_total_count",
            "includeTotalCount",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            IncludeTotalCount,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "pageSize" | "page_size" => Some(GeneratedField::PageSize),
                    "pageToken" | "page_token" => Some(GeneratedField::PageToken),
                    "includeTotalCount" | "include_total_count" => {
                        Some(GeneratedField::IncludeTotalCount)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PageRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PageRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<PageRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut include_total_count__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::IncludeTotalCount => {
                            if include_total_count__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("includeTotalCount"),
                                );
                            }
                            include_total_count__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PageRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    include_total_count: include_total_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.PageRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PauseWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.PauseWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PauseWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PauseWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PauseWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<PauseWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PauseWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.PauseWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for PauseWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.schedule.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.PauseWorkflowScheduleResponse", len)?;
        if let Some(v) = self.schedule.as_ref() {
            struct_ser.serialize_field("schedule", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PauseWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedule"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedule,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedule" => Some(GeneratedField::Schedule),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PauseWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PauseWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<PauseWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PauseWorkflowScheduleResponse {
                    schedule: schedule__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.PauseWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for Payload {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.data.is_empty() {
            len += 1;
        }
        if !self.metadata.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.Payload", len)?;
        if !self.data.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "data",
                    &crate::json::private::base64_encode(&self.data),
                )?;
        }
        if !self.metadata.is_empty() {
            struct_ser.serialize_field("metadata", &self.metadata)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Payload {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["data", "metadata"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Data,
            Metadata,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "data" => Some(GeneratedField::Data),
                    "metadata" => Some(GeneratedField::Metadata),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Payload;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.Payload")
            }
            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Payload, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut data__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
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
                            data__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Bytes<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
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
                Ok(Payload {
                    data: data__.unwrap_or_default(),
                    metadata: metadata__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.Payload", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PollTaskRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.PollTaskRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_types.is_empty() {
            struct_ser.serialize_field("workflowTypes", &self.workflow_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PollTaskRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "worker_id",
            "workerId",
            "task_queue",
            "taskQueue",
            "workflow_types",
            "workflowTypes",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            WorkerId,
            TaskQueue,
            WorkflowTypes,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowTypes" | "workflow_types" => {
                        Some(GeneratedField::WorkflowTypes)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PollTaskRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PollTaskRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<PollTaskRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut worker_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_types__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowTypes => {
                            if workflow_types__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypes"),
                                );
                            }
                            workflow_types__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PollTaskRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    worker_id: worker_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_types: workflow_types__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.PollTaskRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PollTaskResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.PollTaskResponse", len)?;
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PollTaskResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["task"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Task,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "task" => Some(GeneratedField::Task),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PollTaskResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.PollTaskResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<PollTaskResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut task__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PollTaskResponse { task: task__ })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.PollTaskResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for QueueDepth {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if self.pending != 0 {
            len += 1;
        }
        if self.running != 0 {
            len += 1;
        }
        if self.sleeping != 0 {
            len += 1;
        }
        if self.scheduled != 0 {
            len += 1;
        }
        if self.paused != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.QueueDepth", len)?;
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if self.pending != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "pending",
                    &crate::json::private::Decimal(&self.pending),
                )?;
        }
        if self.running != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "running",
                    &crate::json::private::Decimal(&self.running),
                )?;
        }
        if self.sleeping != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "sleeping",
                    &crate::json::private::Decimal(&self.sleeping),
                )?;
        }
        if self.scheduled != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "scheduled",
                    &crate::json::private::Decimal(&self.scheduled),
                )?;
        }
        if self.paused != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "paused",
                    &crate::json::private::Decimal(&self.paused),
                )?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for QueueDepth {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "pending",
            "running",
            "sleeping",
            "scheduled",
            "paused",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskQueue,
            WorkflowType,
            Pending,
            Running,
            Sleeping,
            Scheduled,
            Paused,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "pending" => Some(GeneratedField::Pending),
                    "running" => Some(GeneratedField::Running),
                    "sleeping" => Some(GeneratedField::Sleeping),
                    "scheduled" => Some(GeneratedField::Scheduled),
                    "paused" => Some(GeneratedField::Paused),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = QueueDepth;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.QueueDepth")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<QueueDepth, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut pending__ = None;
                let mut running__ = None;
                let mut sleeping__ = None;
                let mut scheduled__ = None;
                let mut paused__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Pending => {
                            if pending__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pending"));
                            }
                            pending__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Running => {
                            if running__.is_some() {
                                return Err(serde::de::Error::duplicate_field("running"));
                            }
                            running__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Sleeping => {
                            if sleeping__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sleeping"));
                            }
                            sleeping__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Scheduled => {
                            if scheduled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduled"));
                            }
                            scheduled__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Paused => {
                            if paused__.is_some() {
                                return Err(serde::de::Error::duplicate_field("paused"));
                            }
                            paused__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(QueueDepth {
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    pending: pending__.unwrap_or_default(),
                    running: running__.unwrap_or_default(),
                    sleeping: sleeping__.unwrap_or_default(),
                    scheduled: scheduled__.unwrap_or_default(),
                    paused: paused__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.QueueDepth", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RegisterRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_types.is_empty() {
            len += 1;
        }
        if !self.hostname.is_empty() {
            len += 1;
        }
        if self.pid != 0 {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.max_concurrent != 0 {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.queue_concurrency_limit.is_some() {
            len += 1;
        }
        if !self.workflow_type_concurrency.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.RegisterRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_types.is_empty() {
            struct_ser.serialize_field("workflowTypes", &self.workflow_types)?;
        }
        if !self.hostname.is_empty() {
            struct_ser.serialize_field("hostname", &self.hostname)?;
        }
        if self.pid != 0 {
            struct_ser.serialize_field("pid", &self.pid)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.max_concurrent != 0 {
            struct_ser.serialize_field("maxConcurrent", &self.max_concurrent)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if let Some(v) = self.queue_concurrency_limit.as_ref() {
            struct_ser.serialize_field("queueConcurrencyLimit", v)?;
        }
        if !self.workflow_type_concurrency.is_empty() {
            struct_ser
                .serialize_field(
                    "workflowTypeConcurrency",
                    &self.workflow_type_concurrency,
                )?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RegisterRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_types",
            "workflowTypes",
            "hostname",
            "pid",
            "version",
            "max_concurrent",
            "maxConcurrent",
            "labels",
            "queue_concurrency_limit",
            "queueConcurrencyLimit",
            "workflow_type_concurrency",
            "workflowTypeConcurrency",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            WorkflowTypes,
            Hostname,
            Pid,
            Version,
            MaxConcurrent,
            Labels,
            QueueConcurrencyLimit,
            WorkflowTypeConcurrency,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowTypes" | "workflow_types" => {
                        Some(GeneratedField::WorkflowTypes)
                    }
                    "hostname" => Some(GeneratedField::Hostname),
                    "pid" => Some(GeneratedField::Pid),
                    "version" => Some(GeneratedField::Version),
                    "maxConcurrent" | "max_concurrent" => {
                        Some(GeneratedField::MaxConcurrent)
                    }
                    "labels" => Some(GeneratedField::Labels),
                    "queueConcurrencyLimit" | "queue_concurrency_limit" => {
                        Some(GeneratedField::QueueConcurrencyLimit)
                    }
                    "workflowTypeConcurrency" | "workflow_type_concurrency" => {
                        Some(GeneratedField::WorkflowTypeConcurrency)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RegisterRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.RegisterRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<RegisterRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_types__ = None;
                let mut hostname__ = None;
                let mut pid__ = None;
                let mut version__ = None;
                let mut max_concurrent__ = None;
                let mut labels__ = None;
                let mut queue_concurrency_limit__ = None;
                let mut workflow_type_concurrency__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowTypes => {
                            if workflow_types__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypes"),
                                );
                            }
                            workflow_types__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Hostname => {
                            if hostname__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hostname"));
                            }
                            hostname__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Pid => {
                            if pid__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pid"));
                            }
                            pid__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::MaxConcurrent => {
                            if max_concurrent__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("maxConcurrent"),
                                );
                            }
                            max_concurrent__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::QueueConcurrencyLimit => {
                            if queue_concurrency_limit__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("queueConcurrencyLimit"),
                                );
                            }
                            queue_concurrency_limit__ = map_
                                .next_value::<
                                    ::std::option::Option<crate::json::private::Number<_>>,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::WorkflowTypeConcurrency => {
                            if workflow_type_concurrency__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypeConcurrency"),
                                );
                            }
                            workflow_type_concurrency__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RegisterRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_types: workflow_types__.unwrap_or_default(),
                    hostname: hostname__.unwrap_or_default(),
                    pid: pid__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    max_concurrent: max_concurrent__.unwrap_or_default(),
                    labels: labels__.unwrap_or_default(),
                    queue_concurrency_limit: queue_concurrency_limit__,
                    workflow_type_concurrency: workflow_type_concurrency__
                        .unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.RegisterRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RegisterResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if self.heartbeat_interval.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.RegisterResponse", len)?;
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if let Some(v) = self.heartbeat_interval.as_ref() {
            struct_ser.serialize_field("heartbeatInterval", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RegisterResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "worker_id",
            "workerId",
            "heartbeat_interval",
            "heartbeatInterval",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkerId,
            HeartbeatInterval,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "heartbeatInterval" | "heartbeat_interval" => {
                        Some(GeneratedField::HeartbeatInterval)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RegisterResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.RegisterResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<RegisterResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut worker_id__ = None;
                let mut heartbeat_interval__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::HeartbeatInterval => {
                            if heartbeat_interval__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("heartbeatInterval"),
                                );
                            }
                            heartbeat_interval__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RegisterResponse {
                    worker_id: worker_id__.unwrap_or_default(),
                    heartbeat_interval: heartbeat_interval__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.RegisterResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ResumeWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ResumeWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResumeWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResumeWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ResumeWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ResumeWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ResumeWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ResumeWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ResumeWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.schedule.is_some() {
            len += 1;
        }
        if !self.caught_up_run_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.ResumeWorkflowScheduleResponse", len)?;
        if let Some(v) = self.schedule.as_ref() {
            struct_ser.serialize_field("schedule", v)?;
        }
        if !self.caught_up_run_ids.is_empty() {
            struct_ser.serialize_field("caughtUpRunIds", &self.caught_up_run_ids)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResumeWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedule", "caught_up_run_ids", "caughtUpRunIds"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedule,
            CaughtUpRunIds,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedule" => Some(GeneratedField::Schedule),
                    "caughtUpRunIds" | "caught_up_run_ids" => {
                        Some(GeneratedField::CaughtUpRunIds)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResumeWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.ResumeWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<ResumeWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule__ = None;
                let mut caught_up_run_ids__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = map_.next_value()?;
                        }
                        GeneratedField::CaughtUpRunIds => {
                            if caught_up_run_ids__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("caughtUpRunIds"),
                                );
                            }
                            caught_up_run_ids__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ResumeWorkflowScheduleResponse {
                    schedule: schedule__,
                    caught_up_run_ids: caught_up_run_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.ResumeWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for RetryPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.maximum_attempts != 0 {
            len += 1;
        }
        if self.initial_interval_ms != 0 {
            len += 1;
        }
        if self.backoff_coefficient != 0. {
            len += 1;
        }
        if self.maximum_interval_ms != 0 {
            len += 1;
        }
        if !self.non_retryable_errors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.RetryPolicy", len)?;
        if self.maximum_attempts != 0 {
            struct_ser.serialize_field("maximumAttempts", &self.maximum_attempts)?;
        }
        if self.initial_interval_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "initialIntervalMs",
                    &crate::json::private::Decimal(&self.initial_interval_ms),
                )?;
        }
        if self.backoff_coefficient != 0. {
            struct_ser
                .serialize_field(
                    "backoffCoefficient",
                    &crate::json::private::Float(self.backoff_coefficient as f64),
                )?;
        }
        if self.maximum_interval_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "maximumIntervalMs",
                    &crate::json::private::Decimal(&self.maximum_interval_ms),
                )?;
        }
        if !self.non_retryable_errors.is_empty() {
            struct_ser
                .serialize_field("nonRetryableErrors", &self.non_retryable_errors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "maximum_attempts",
            "maximumAttempts",
            "initial_interval_ms",
            "initialIntervalMs",
            "backoff_coefficient",
            "backoffCoefficient",
            "maximum_interval_ms",
            "maximumIntervalMs",
            "non_retryable_errors",
            "nonRetryableErrors",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaximumAttempts,
            InitialIntervalMs,
            BackoffCoefficient,
            MaximumIntervalMs,
            NonRetryableErrors,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "maximumAttempts" | "maximum_attempts" => {
                        Some(GeneratedField::MaximumAttempts)
                    }
                    "initialIntervalMs" | "initial_interval_ms" => {
                        Some(GeneratedField::InitialIntervalMs)
                    }
                    "backoffCoefficient" | "backoff_coefficient" => {
                        Some(GeneratedField::BackoffCoefficient)
                    }
                    "maximumIntervalMs" | "maximum_interval_ms" => {
                        Some(GeneratedField::MaximumIntervalMs)
                    }
                    "nonRetryableErrors" | "non_retryable_errors" => {
                        Some(GeneratedField::NonRetryableErrors)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryPolicy;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.RetryPolicy")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<RetryPolicy, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut maximum_attempts__ = None;
                let mut initial_interval_ms__ = None;
                let mut backoff_coefficient__ = None;
                let mut maximum_interval_ms__ = None;
                let mut non_retryable_errors__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::MaximumAttempts => {
                            if maximum_attempts__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("maximumAttempts"),
                                );
                            }
                            maximum_attempts__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::InitialIntervalMs => {
                            if initial_interval_ms__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("initialIntervalMs"),
                                );
                            }
                            initial_interval_ms__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::BackoffCoefficient => {
                            if backoff_coefficient__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("backoffCoefficient"),
                                );
                            }
                            backoff_coefficient__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::MaximumIntervalMs => {
                            if maximum_interval_ms__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("maximumIntervalMs"),
                                );
                            }
                            maximum_interval_ms__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::NonRetryableErrors => {
                            if non_retryable_errors__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nonRetryableErrors"),
                                );
                            }
                            non_retryable_errors__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RetryPolicy {
                    maximum_attempts: maximum_attempts__.unwrap_or_default(),
                    initial_interval_ms: initial_interval_ms__.unwrap_or_default(),
                    backoff_coefficient: backoff_coefficient__.unwrap_or_default(),
                    maximum_interval_ms: maximum_interval_ms__.unwrap_or_default(),
                    non_retryable_errors: non_retryable_errors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.RetryPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RetryWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.RetryWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "reason",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Reason,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "reason" => Some(GeneratedField::Reason),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.RetryWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<RetryWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut reason__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RetryWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.RetryWorkflowRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for RetryWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.workflow.is_some() {
            len += 1;
        }
        if self.retried {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.RetryWorkflowResponse", len)?;
        if let Some(v) = self.workflow.as_ref() {
            struct_ser.serialize_field("workflow", v)?;
        }
        if self.retried {
            struct_ser.serialize_field("retried", &self.retried)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflow", "retried"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflow,
            Retried,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflow" => Some(GeneratedField::Workflow),
                    "retried" => Some(GeneratedField::Retried),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.RetryWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<RetryWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow__ = None;
                let mut retried__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflow => {
                            if workflow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflow"));
                            }
                            workflow__ = map_.next_value()?;
                        }
                        GeneratedField::Retried => {
                            if retried__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retried"));
                            }
                            retried__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RetryWorkflowResponse {
                    workflow: workflow__,
                    retried: retried__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.RetryWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for ServingStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SERVING_STATUS_UNSPECIFIED",
            Self::Serving => "SERVING_STATUS_SERVING",
            Self::NotServing => "SERVING_STATUS_NOT_SERVING",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ServingStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SERVING_STATUS_UNSPECIFIED",
            "SERVING_STATUS_SERVING",
            "SERVING_STATUS_NOT_SERVING",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ServingStatus;
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
                    "SERVING_STATUS_UNSPECIFIED" => Ok(ServingStatus::Unspecified),
                    "SERVING_STATUS_SERVING" => Ok(ServingStatus::Serving),
                    "SERVING_STATUS_NOT_SERVING" => Ok(ServingStatus::NotServing),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SleepRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.step_name.is_empty() {
            len += 1;
        }
        if self.duration.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.SleepRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.step_name.is_empty() {
            struct_ser.serialize_field("stepName", &self.step_name)?;
        }
        if let Some(v) = self.duration.as_ref() {
            struct_ser.serialize_field("duration", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SleepRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "step_name",
            "stepName",
            "duration",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            StepName,
            Duration,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "stepName" | "step_name" => Some(GeneratedField::StepName),
                    "duration" => Some(GeneratedField::Duration),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SleepRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.SleepRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<SleepRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut step_name__ = None;
                let mut duration__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StepName => {
                            if step_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepName"));
                            }
                            step_name__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Duration => {
                            if duration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duration"));
                            }
                            duration__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SleepRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    step_name: step_name__.unwrap_or_default(),
                    duration: duration__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.SleepRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StartWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.retry_policy.is_some() {
            len += 1;
        }
        if self.deadline_at.is_some() {
            len += 1;
        }
        if !self.parent_step_id.is_empty() {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.priority != 0 {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        if !self.parent_run_id.is_empty() {
            len += 1;
        }
        if self.start_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.StartWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if let Some(v) = self.retry_policy.as_ref() {
            struct_ser.serialize_field("retryPolicy", v)?;
        }
        if let Some(v) = self.deadline_at.as_ref() {
            struct_ser.serialize_field("deadlineAt", v)?;
        }
        if !self.parent_step_id.is_empty() {
            struct_ser.serialize_field("parentStepId", &self.parent_step_id)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if self.priority != 0 {
            struct_ser.serialize_field("priority", &self.priority)?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        if !self.parent_run_id.is_empty() {
            struct_ser.serialize_field("parentRunId", &self.parent_run_id)?;
        }
        if let Some(v) = self.start_at.as_ref() {
            struct_ser.serialize_field("startAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StartWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "input",
            "external_id",
            "externalId",
            "version",
            "retry_policy",
            "retryPolicy",
            "deadline_at",
            "deadlineAt",
            "parent_step_id",
            "parentStepId",
            "labels",
            "priority",
            "timeout",
            "parent_run_id",
            "parentRunId",
            "start_at",
            "startAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            TaskQueue,
            WorkflowType,
            Input,
            ExternalId,
            Version,
            RetryPolicy,
            DeadlineAt,
            ParentStepId,
            Labels,
            Priority,
            Timeout,
            ParentRunId,
            StartAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "input" => Some(GeneratedField::Input),
                    "externalId" | "external_id" => Some(GeneratedField::ExternalId),
                    "version" => Some(GeneratedField::Version),
                    "retryPolicy" | "retry_policy" => Some(GeneratedField::RetryPolicy),
                    "deadlineAt" | "deadline_at" => Some(GeneratedField::DeadlineAt),
                    "parentStepId" | "parent_step_id" => {
                        Some(GeneratedField::ParentStepId)
                    }
                    "labels" => Some(GeneratedField::Labels),
                    "priority" => Some(GeneratedField::Priority),
                    "timeout" => Some(GeneratedField::Timeout),
                    "parentRunId" | "parent_run_id" => Some(GeneratedField::ParentRunId),
                    "startAt" | "start_at" => Some(GeneratedField::StartAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StartWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.StartWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<StartWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut input__ = None;
                let mut external_id__ = None;
                let mut version__ = None;
                let mut retry_policy__ = None;
                let mut deadline_at__ = None;
                let mut parent_step_id__ = None;
                let mut labels__ = None;
                let mut priority__ = None;
                let mut timeout__ = None;
                let mut parent_run_id__ = None;
                let mut start_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RetryPolicy => {
                            if retry_policy__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("retryPolicy"),
                                );
                            }
                            retry_policy__ = map_.next_value()?;
                        }
                        GeneratedField::DeadlineAt => {
                            if deadline_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deadlineAt"));
                            }
                            deadline_at__ = map_.next_value()?;
                        }
                        GeneratedField::ParentStepId => {
                            if parent_step_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("parentStepId"),
                                );
                            }
                            parent_step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Priority => {
                            if priority__.is_some() {
                                return Err(serde::de::Error::duplicate_field("priority"));
                            }
                            priority__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                        GeneratedField::ParentRunId => {
                            if parent_run_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("parentRunId"),
                                );
                            }
                            parent_run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StartAt => {
                            if start_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startAt"));
                            }
                            start_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(StartWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    input: input__,
                    external_id: external_id__,
                    version: version__.unwrap_or_default(),
                    retry_policy: retry_policy__,
                    deadline_at: deadline_at__,
                    parent_step_id: parent_step_id__.unwrap_or_default(),
                    labels: labels__.unwrap_or_default(),
                    priority: priority__.unwrap_or_default(),
                    timeout: timeout__,
                    parent_run_id: parent_run_id__.unwrap_or_default(),
                    start_at: start_at__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.StartWorkflowRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for StartWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.already_exists {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.StartWorkflowResponse", len)?;
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if self.already_exists {
            struct_ser.serialize_field("alreadyExists", &self.already_exists)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StartWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["run_id", "runId", "already_exists", "alreadyExists"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            AlreadyExists,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "alreadyExists" | "already_exists" => {
                        Some(GeneratedField::AlreadyExists)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StartWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.StartWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<StartWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                let mut already_exists__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::AlreadyExists => {
                            if already_exists__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("alreadyExists"),
                                );
                            }
                            already_exists__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(StartWorkflowResponse {
                    run_id: run_id__.unwrap_or_default(),
                    already_exists: already_exists__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.StartWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for Step {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.step_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.attempt_number != 0 {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.output.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.started_at.is_some() {
            len += 1;
        }
        if self.finished_at.is_some() {
            len += 1;
        }
        if !self.child_run_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.Step", len)?;
        if !self.step_id.is_empty() {
            struct_ser.serialize_field("stepId", &self.step_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.kind != 0 {
            let v = crate::json::private::EnumOut::<StepKind>::new(self.kind);
            struct_ser.serialize_field("kind", &v)?;
        }
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<StepStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if self.attempt_number != 0 {
            struct_ser.serialize_field("attemptNumber", &self.attempt_number)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        if let Some(v) = self.started_at.as_ref() {
            struct_ser.serialize_field("startedAt", v)?;
        }
        if let Some(v) = self.finished_at.as_ref() {
            struct_ser.serialize_field("finishedAt", v)?;
        }
        if !self.child_run_id.is_empty() {
            struct_ser.serialize_field("childRunId", &self.child_run_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Step {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "step_id",
            "stepId",
            "run_id",
            "runId",
            "namespace_id",
            "namespaceId",
            "name",
            "kind",
            "status",
            "attempt_number",
            "attemptNumber",
            "input",
            "output",
            "error",
            "created_at",
            "createdAt",
            "started_at",
            "startedAt",
            "finished_at",
            "finishedAt",
            "child_run_id",
            "childRunId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StepId,
            RunId,
            NamespaceId,
            Name,
            Kind,
            Status,
            AttemptNumber,
            Input,
            Output,
            Error,
            CreatedAt,
            StartedAt,
            FinishedAt,
            ChildRunId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "stepId" | "step_id" => Some(GeneratedField::StepId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "name" => Some(GeneratedField::Name),
                    "kind" => Some(GeneratedField::Kind),
                    "status" => Some(GeneratedField::Status),
                    "attemptNumber" | "attempt_number" => {
                        Some(GeneratedField::AttemptNumber)
                    }
                    "input" => Some(GeneratedField::Input),
                    "output" => Some(GeneratedField::Output),
                    "error" => Some(GeneratedField::Error),
                    "createdAt" | "created_at" => Some(GeneratedField::CreatedAt),
                    "startedAt" | "started_at" => Some(GeneratedField::StartedAt),
                    "finishedAt" | "finished_at" => Some(GeneratedField::FinishedAt),
                    "childRunId" | "child_run_id" => Some(GeneratedField::ChildRunId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Step;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.Step")
            }
            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Step, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut step_id__ = None;
                let mut run_id__ = None;
                let mut namespace_id__ = None;
                let mut name__ = None;
                let mut kind__ = None;
                let mut status__ = None;
                let mut attempt_number__ = None;
                let mut input__ = None;
                let mut output__ = None;
                let mut error__ = None;
                let mut created_at__ = None;
                let mut started_at__ = None;
                let mut finished_at__ = None;
                let mut child_run_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::StepId => {
                            if step_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepId"));
                            }
                            step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<StepKind>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<StepStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::AttemptNumber => {
                            if attempt_number__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("attemptNumber"),
                                );
                            }
                            attempt_number__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                        GeneratedField::StartedAt => {
                            if started_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAt"));
                            }
                            started_at__ = map_.next_value()?;
                        }
                        GeneratedField::FinishedAt => {
                            if finished_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("finishedAt"));
                            }
                            finished_at__ = map_.next_value()?;
                        }
                        GeneratedField::ChildRunId => {
                            if child_run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("childRunId"));
                            }
                            child_run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Step {
                    step_id: step_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    namespace_id: namespace_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    attempt_number: attempt_number__.unwrap_or_default(),
                    input: input__,
                    output: output__,
                    error: error__,
                    created_at: created_at__,
                    started_at: started_at__,
                    finished_at: finished_at__,
                    child_run_id: child_run_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.Step", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StepKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STEP_KIND_UNSPECIFIED",
            Self::Function => "STEP_KIND_FUNCTION",
            Self::Sleep => "STEP_KIND_SLEEP",
            Self::ChildWorkflow => "STEP_KIND_CHILD_WORKFLOW",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for StepKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STEP_KIND_UNSPECIFIED",
            "STEP_KIND_FUNCTION",
            "STEP_KIND_SLEEP",
            "STEP_KIND_CHILD_WORKFLOW",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = StepKind;
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
                    "STEP_KIND_UNSPECIFIED" => Ok(StepKind::Unspecified),
                    "STEP_KIND_FUNCTION" => Ok(StepKind::Function),
                    "STEP_KIND_SLEEP" => Ok(StepKind::Sleep),
                    "STEP_KIND_CHILD_WORKFLOW" => Ok(StepKind::ChildWorkflow),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StepStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STEP_STATUS_UNSPECIFIED",
            Self::Pending => "STEP_STATUS_PENDING",
            Self::Running => "STEP_STATUS_RUNNING",
            Self::Completed => "STEP_STATUS_COMPLETED",
            Self::Failed => "STEP_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for StepStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STEP_STATUS_UNSPECIFIED",
            "STEP_STATUS_PENDING",
            "STEP_STATUS_RUNNING",
            "STEP_STATUS_COMPLETED",
            "STEP_STATUS_FAILED",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = StepStatus;
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
                    "STEP_STATUS_UNSPECIFIED" => Ok(StepStatus::Unspecified),
                    "STEP_STATUS_PENDING" => Ok(StepStatus::Pending),
                    "STEP_STATUS_RUNNING" => Ok(StepStatus::Running),
                    "STEP_STATUS_COMPLETED" => Ok(StepStatus::Completed),
                    "STEP_STATUS_FAILED" => Ok(StepStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TerminateWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.TerminateWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TerminateWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "reason",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Reason,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "reason" => Some(GeneratedField::Reason),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TerminateWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.TerminateWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TerminateWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut reason__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TerminateWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.TerminateWorkflowRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TerminateWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.workflow.is_some() {
            len += 1;
        }
        if self.terminated {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.TerminateWorkflowResponse", len)?;
        if let Some(v) = self.workflow.as_ref() {
            struct_ser.serialize_field("workflow", v)?;
        }
        if self.terminated {
            struct_ser.serialize_field("terminated", &self.terminated)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TerminateWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflow", "terminated"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflow,
            Terminated,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflow" => Some(GeneratedField::Workflow),
                    "terminated" => Some(GeneratedField::Terminated),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TerminateWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.TerminateWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TerminateWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow__ = None;
                let mut terminated__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflow => {
                            if workflow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflow"));
                            }
                            workflow__ = map_.next_value()?;
                        }
                        GeneratedField::Terminated => {
                            if terminated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("terminated"));
                            }
                            terminated__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TerminateWorkflowResponse {
                    workflow: workflow__,
                    terminated: terminated__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.TerminateWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TriggerWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.TriggerWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TriggerWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TriggerWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.TriggerWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TriggerWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TriggerWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.TriggerWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for TriggerWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.run_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.TriggerWorkflowScheduleResponse", len)?;
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TriggerWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["run_id", "runId"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TriggerWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.TriggerWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<TriggerWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TriggerWorkflowScheduleResponse {
                    run_id: run_id__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.TriggerWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for UpdateNamespaceRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if self.display_name.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.UpdateNamespaceRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if let Some(v) = self.display_name.as_ref() {
            struct_ser.serialize_field("displayName", v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateNamespaceRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "display_name",
            "displayName",
            "description",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            DisplayName,
            Description,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "displayName" | "display_name" => Some(GeneratedField::DisplayName),
                    "description" => Some(GeneratedField::Description),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateNamespaceRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.UpdateNamespaceRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<UpdateNamespaceRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut display_name__ = None;
                let mut description__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("displayName"),
                                );
                            }
                            display_name__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("description"),
                                );
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateNamespaceRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    display_name: display_name__,
                    description: description__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.UpdateNamespaceRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for UpdateNamespaceResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.namespace.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.UpdateNamespaceResponse", len)?;
        if let Some(v) = self.namespace.as_ref() {
            struct_ser.serialize_field("namespace", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateNamespaceResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["namespace"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Namespace,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespace" => Some(GeneratedField::Namespace),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateNamespaceResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.UpdateNamespaceResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<UpdateNamespaceResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Namespace => {
                            if namespace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespace"));
                            }
                            namespace__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateNamespaceResponse {
                    namespace: namespace__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.UpdateNamespaceResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for UpdateWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        if self.task_queue.is_some() {
            len += 1;
        }
        if self.workflow_type.is_some() {
            len += 1;
        }
        if self.cron_expr.is_some() {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.enabled.is_some() {
            len += 1;
        }
        if self.max_catchup.is_some() {
            len += 1;
        }
        if self.version.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.UpdateWorkflowScheduleRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        if let Some(v) = self.task_queue.as_ref() {
            struct_ser.serialize_field("taskQueue", v)?;
        }
        if let Some(v) = self.workflow_type.as_ref() {
            struct_ser.serialize_field("workflowType", v)?;
        }
        if let Some(v) = self.cron_expr.as_ref() {
            struct_ser.serialize_field("cronExpr", v)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.enabled.as_ref() {
            struct_ser.serialize_field("enabled", v)?;
        }
        if let Some(v) = self.max_catchup.as_ref() {
            struct_ser.serialize_field("maxCatchup", v)?;
        }
        if let Some(v) = self.version.as_ref() {
            struct_ser.serialize_field("version", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateWorkflowScheduleRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "schedule_id",
            "scheduleId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "cron_expr",
            "cronExpr",
            "input",
            "enabled",
            "max_catchup",
            "maxCatchup",
            "version",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            ScheduleId,
            TaskQueue,
            WorkflowType,
            CronExpr,
            Input,
            Enabled,
            MaxCatchup,
            Version,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "cronExpr" | "cron_expr" => Some(GeneratedField::CronExpr),
                    "input" => Some(GeneratedField::Input),
                    "enabled" => Some(GeneratedField::Enabled),
                    "maxCatchup" | "max_catchup" => Some(GeneratedField::MaxCatchup),
                    "version" => Some(GeneratedField::Version),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateWorkflowScheduleRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.UpdateWorkflowScheduleRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<UpdateWorkflowScheduleRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut schedule_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut cron_expr__ = None;
                let mut input__ = None;
                let mut enabled__ = None;
                let mut max_catchup__ = None;
                let mut version__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = map_.next_value()?;
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = map_.next_value()?;
                        }
                        GeneratedField::CronExpr => {
                            if cron_expr__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cronExpr"));
                            }
                            cron_expr__ = map_.next_value()?;
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = map_.next_value()?;
                        }
                        GeneratedField::MaxCatchup => {
                            if max_catchup__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxCatchup"));
                            }
                            max_catchup__ = map_
                                .next_value::<
                                    ::std::option::Option<crate::json::private::Number<_>>,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateWorkflowScheduleRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                    task_queue: task_queue__,
                    workflow_type: workflow_type__,
                    cron_expr: cron_expr__,
                    input: input__,
                    enabled: enabled__,
                    max_catchup: max_catchup__,
                    version: version__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.UpdateWorkflowScheduleRequest",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for UpdateWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.schedule.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.UpdateWorkflowScheduleResponse", len)?;
        if let Some(v) = self.schedule.as_ref() {
            struct_ser.serialize_field("schedule", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateWorkflowScheduleResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["schedule"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Schedule,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "schedule" => Some(GeneratedField::Schedule),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateWorkflowScheduleResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.UpdateWorkflowScheduleResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<UpdateWorkflowScheduleResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateWorkflowScheduleResponse {
                    schedule: schedule__,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.UpdateWorkflowScheduleResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for WaitWorkflowRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.run_id.is_empty() {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WaitWorkflowRequest", len)?;
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WaitWorkflowRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "namespace_id",
            "namespaceId",
            "run_id",
            "runId",
            "timeout",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NamespaceId,
            RunId,
            Timeout,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "timeout" => Some(GeneratedField::Timeout),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WaitWorkflowRequest;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WaitWorkflowRequest")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WaitWorkflowRequest, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut namespace_id__ = None;
                let mut run_id__ = None;
                let mut timeout__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(WaitWorkflowRequest {
                    namespace_id: namespace_id__.unwrap_or_default(),
                    run_id: run_id__.unwrap_or_default(),
                    timeout: timeout__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WaitWorkflowRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WaitWorkflowResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.workflow.is_some() {
            len += 1;
        }
        if self.finished {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WaitWorkflowResponse", len)?;
        if let Some(v) = self.workflow.as_ref() {
            struct_ser.serialize_field("workflow", v)?;
        }
        if self.finished {
            struct_ser.serialize_field("finished", &self.finished)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WaitWorkflowResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["workflow", "finished"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Workflow,
            Finished,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflow" => Some(GeneratedField::Workflow),
                    "finished" => Some(GeneratedField::Finished),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WaitWorkflowResponse;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WaitWorkflowResponse")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WaitWorkflowResponse, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow__ = None;
                let mut finished__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Workflow => {
                            if workflow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflow"));
                            }
                            workflow__ = map_.next_value()?;
                        }
                        GeneratedField::Finished => {
                            if finished__.is_some() {
                                return Err(serde::de::Error::duplicate_field("finished"));
                            }
                            finished__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(WaitWorkflowResponse {
                    workflow: workflow__,
                    finished: finished__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.WaitWorkflowResponse",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for Worker {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.hostname.is_empty() {
            len += 1;
        }
        if self.pid != 0 {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.workflow_types.is_empty() {
            len += 1;
        }
        if self.max_concurrent != 0 {
            len += 1;
        }
        if self.active_count != 0 {
            len += 1;
        }
        if self.total_completed != 0 {
            len += 1;
        }
        if self.total_failed != 0 {
            len += 1;
        }
        if self.registered_at.is_some() {
            len += 1;
        }
        if self.last_heartbeat_at.is_some() {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.queue_concurrency_limit.is_some() {
            len += 1;
        }
        if !self.workflow_type_concurrency.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.Worker", len)?;
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkerStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.hostname.is_empty() {
            struct_ser.serialize_field("hostname", &self.hostname)?;
        }
        if self.pid != 0 {
            struct_ser.serialize_field("pid", &self.pid)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.workflow_types.is_empty() {
            struct_ser.serialize_field("workflowTypes", &self.workflow_types)?;
        }
        if self.max_concurrent != 0 {
            struct_ser.serialize_field("maxConcurrent", &self.max_concurrent)?;
        }
        if self.active_count != 0 {
            struct_ser.serialize_field("activeCount", &self.active_count)?;
        }
        if self.total_completed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalCompleted",
                    &crate::json::private::Decimal(&self.total_completed),
                )?;
        }
        if self.total_failed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalFailed",
                    &crate::json::private::Decimal(&self.total_failed),
                )?;
        }
        if let Some(v) = self.registered_at.as_ref() {
            struct_ser.serialize_field("registeredAt", v)?;
        }
        if let Some(v) = self.last_heartbeat_at.as_ref() {
            struct_ser.serialize_field("lastHeartbeatAt", v)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if let Some(v) = self.queue_concurrency_limit.as_ref() {
            struct_ser.serialize_field("queueConcurrencyLimit", v)?;
        }
        if !self.workflow_type_concurrency.is_empty() {
            struct_ser
                .serialize_field(
                    "workflowTypeConcurrency",
                    &self.workflow_type_concurrency,
                )?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Worker {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "worker_id",
            "workerId",
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "status",
            "hostname",
            "pid",
            "version",
            "workflow_types",
            "workflowTypes",
            "max_concurrent",
            "maxConcurrent",
            "active_count",
            "activeCount",
            "total_completed",
            "totalCompleted",
            "total_failed",
            "totalFailed",
            "registered_at",
            "registeredAt",
            "last_heartbeat_at",
            "lastHeartbeatAt",
            "labels",
            "queue_concurrency_limit",
            "queueConcurrencyLimit",
            "workflow_type_concurrency",
            "workflowTypeConcurrency",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkerId,
            NamespaceId,
            TaskQueue,
            Status,
            Hostname,
            Pid,
            Version,
            WorkflowTypes,
            MaxConcurrent,
            ActiveCount,
            TotalCompleted,
            TotalFailed,
            RegisteredAt,
            LastHeartbeatAt,
            Labels,
            QueueConcurrencyLimit,
            WorkflowTypeConcurrency,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "status" => Some(GeneratedField::Status),
                    "hostname" => Some(GeneratedField::Hostname),
                    "pid" => Some(GeneratedField::Pid),
                    "version" => Some(GeneratedField::Version),
                    "workflowTypes" | "workflow_types" => {
                        Some(GeneratedField::WorkflowTypes)
                    }
                    "maxConcurrent" | "max_concurrent" => {
                        Some(GeneratedField::MaxConcurrent)
                    }
                    "activeCount" | "active_count" => Some(GeneratedField::ActiveCount),
                    "totalCompleted" | "total_completed" => {
                        Some(GeneratedField::TotalCompleted)
                    }
                    "totalFailed" | "total_failed" => Some(GeneratedField::TotalFailed),
                    "registeredAt" | "registered_at" => {
                        Some(GeneratedField::RegisteredAt)
                    }
                    "lastHeartbeatAt" | "last_heartbeat_at" => {
                        Some(GeneratedField::LastHeartbeatAt)
                    }
                    "labels" => Some(GeneratedField::Labels),
                    "queueConcurrencyLimit" | "queue_concurrency_limit" => {
                        Some(GeneratedField::QueueConcurrencyLimit)
                    }
                    "workflowTypeConcurrency" | "workflow_type_concurrency" => {
                        Some(GeneratedField::WorkflowTypeConcurrency)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Worker;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.Worker")
            }
            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Worker, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut worker_id__ = None;
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut status__ = None;
                let mut hostname__ = None;
                let mut pid__ = None;
                let mut version__ = None;
                let mut workflow_types__ = None;
                let mut max_concurrent__ = None;
                let mut active_count__ = None;
                let mut total_completed__ = None;
                let mut total_failed__ = None;
                let mut registered_at__ = None;
                let mut last_heartbeat_at__ = None;
                let mut labels__ = None;
                let mut queue_concurrency_limit__ = None;
                let mut workflow_type_concurrency__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkerStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Hostname => {
                            if hostname__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hostname"));
                            }
                            hostname__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Pid => {
                            if pid__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pid"));
                            }
                            pid__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowTypes => {
                            if workflow_types__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypes"),
                                );
                            }
                            workflow_types__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::MaxConcurrent => {
                            if max_concurrent__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("maxConcurrent"),
                                );
                            }
                            max_concurrent__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::ActiveCount => {
                            if active_count__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("activeCount"),
                                );
                            }
                            active_count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::TotalCompleted => {
                            if total_completed__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("totalCompleted"),
                                );
                            }
                            total_completed__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::TotalFailed => {
                            if total_failed__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("totalFailed"),
                                );
                            }
                            total_failed__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::RegisteredAt => {
                            if registered_at__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("registeredAt"),
                                );
                            }
                            registered_at__ = map_.next_value()?;
                        }
                        GeneratedField::LastHeartbeatAt => {
                            if last_heartbeat_at__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lastHeartbeatAt"),
                                );
                            }
                            last_heartbeat_at__ = map_.next_value()?;
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::QueueConcurrencyLimit => {
                            if queue_concurrency_limit__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("queueConcurrencyLimit"),
                                );
                            }
                            queue_concurrency_limit__ = map_
                                .next_value::<
                                    ::std::option::Option<crate::json::private::Number<_>>,
                                >()?
                                .map(|x| x.0);
                        }
                        GeneratedField::WorkflowTypeConcurrency => {
                            if workflow_type_concurrency__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowTypeConcurrency"),
                                );
                            }
                            workflow_type_concurrency__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Worker {
                    worker_id: worker_id__.unwrap_or_default(),
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    hostname: hostname__.unwrap_or_default(),
                    pid: pid__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    workflow_types: workflow_types__.unwrap_or_default(),
                    max_concurrent: max_concurrent__.unwrap_or_default(),
                    active_count: active_count__.unwrap_or_default(),
                    total_completed: total_completed__.unwrap_or_default(),
                    total_failed: total_failed__.unwrap_or_default(),
                    registered_at: registered_at__,
                    last_heartbeat_at: last_heartbeat_at__,
                    labels: labels__.unwrap_or_default(),
                    queue_concurrency_limit: queue_concurrency_limit__,
                    workflow_type_concurrency: workflow_type_concurrency__
                        .unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.Worker", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkerStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "WORKER_STATUS_UNSPECIFIED",
            Self::Online => "WORKER_STATUS_ONLINE",
            Self::Draining => "WORKER_STATUS_DRAINING",
            Self::Offline => "WORKER_STATUS_OFFLINE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for WorkerStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "WORKER_STATUS_UNSPECIFIED",
            "WORKER_STATUS_ONLINE",
            "WORKER_STATUS_DRAINING",
            "WORKER_STATUS_OFFLINE",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = WorkerStatus;
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
                    "WORKER_STATUS_UNSPECIFIED" => Ok(WorkerStatus::Unspecified),
                    "WORKER_STATUS_ONLINE" => Ok(WorkerStatus::Online),
                    "WORKER_STATUS_DRAINING" => Ok(WorkerStatus::Draining),
                    "WORKER_STATUS_OFFLINE" => Ok(WorkerStatus::Offline),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WorkerStatusCount {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        if self.count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WorkerStatusCount", len)?;
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkerStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if self.count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field("count", &crate::json::private::Decimal(&self.count))?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkerStatusCount {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["status", "count"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            Count,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "status" => Some(GeneratedField::Status),
                    "count" => Some(GeneratedField::Count),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkerStatusCount;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkerStatusCount")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkerStatusCount, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut count__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkerStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(WorkerStatusCount {
                    status: status__.unwrap_or_default(),
                    count: count__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WorkerStatusCount", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Workflow {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.external_id.is_empty() {
            len += 1;
        }
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.output.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if self.attempts != 0 {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.started_at.is_some() {
            len += 1;
        }
        if self.finished_at.is_some() {
            len += 1;
        }
        if self.wake_up_at.is_some() {
            len += 1;
        }
        if self.deadline_at.is_some() {
            len += 1;
        }
        if !self.worker_id.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.parent_step_id.is_empty() {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.priority != 0 {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        if !self.parent_run_id.is_empty() {
            len += 1;
        }
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        if self.start_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.Workflow", len)?;
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.external_id.is_empty() {
            struct_ser.serialize_field("externalId", &self.external_id)?;
        }
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if self.attempts != 0 {
            struct_ser.serialize_field("attempts", &self.attempts)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        if let Some(v) = self.started_at.as_ref() {
            struct_ser.serialize_field("startedAt", v)?;
        }
        if let Some(v) = self.finished_at.as_ref() {
            struct_ser.serialize_field("finishedAt", v)?;
        }
        if let Some(v) = self.wake_up_at.as_ref() {
            struct_ser.serialize_field("wakeUpAt", v)?;
        }
        if let Some(v) = self.deadline_at.as_ref() {
            struct_ser.serialize_field("deadlineAt", v)?;
        }
        if !self.worker_id.is_empty() {
            struct_ser.serialize_field("workerId", &self.worker_id)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.parent_step_id.is_empty() {
            struct_ser.serialize_field("parentStepId", &self.parent_step_id)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if self.priority != 0 {
            struct_ser.serialize_field("priority", &self.priority)?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        if !self.parent_run_id.is_empty() {
            struct_ser.serialize_field("parentRunId", &self.parent_run_id)?;
        }
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        if let Some(v) = self.start_at.as_ref() {
            struct_ser.serialize_field("startAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Workflow {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_id",
            "runId",
            "external_id",
            "externalId",
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "status",
            "input",
            "output",
            "error",
            "attempts",
            "created_at",
            "createdAt",
            "started_at",
            "startedAt",
            "finished_at",
            "finishedAt",
            "wake_up_at",
            "wakeUpAt",
            "deadline_at",
            "deadlineAt",
            "worker_id",
            "workerId",
            "version",
            "parent_step_id",
            "parentStepId",
            "labels",
            "priority",
            "timeout",
            "parent_run_id",
            "parentRunId",
            "schedule_id",
            "scheduleId",
            "start_at",
            "startAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            ExternalId,
            NamespaceId,
            TaskQueue,
            WorkflowType,
            Status,
            Input,
            Output,
            Error,
            Attempts,
            CreatedAt,
            StartedAt,
            FinishedAt,
            WakeUpAt,
            DeadlineAt,
            WorkerId,
            Version,
            ParentStepId,
            Labels,
            Priority,
            Timeout,
            ParentRunId,
            ScheduleId,
            StartAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "externalId" | "external_id" => Some(GeneratedField::ExternalId),
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "status" => Some(GeneratedField::Status),
                    "input" => Some(GeneratedField::Input),
                    "output" => Some(GeneratedField::Output),
                    "error" => Some(GeneratedField::Error),
                    "attempts" => Some(GeneratedField::Attempts),
                    "createdAt" | "created_at" => Some(GeneratedField::CreatedAt),
                    "startedAt" | "started_at" => Some(GeneratedField::StartedAt),
                    "finishedAt" | "finished_at" => Some(GeneratedField::FinishedAt),
                    "wakeUpAt" | "wake_up_at" => Some(GeneratedField::WakeUpAt),
                    "deadlineAt" | "deadline_at" => Some(GeneratedField::DeadlineAt),
                    "workerId" | "worker_id" => Some(GeneratedField::WorkerId),
                    "version" => Some(GeneratedField::Version),
                    "parentStepId" | "parent_step_id" => {
                        Some(GeneratedField::ParentStepId)
                    }
                    "labels" => Some(GeneratedField::Labels),
                    "priority" => Some(GeneratedField::Priority),
                    "timeout" => Some(GeneratedField::Timeout),
                    "parentRunId" | "parent_run_id" => Some(GeneratedField::ParentRunId),
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    "startAt" | "start_at" => Some(GeneratedField::StartAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Workflow;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.Workflow")
            }
            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Workflow, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                let mut external_id__ = None;
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut status__ = None;
                let mut input__ = None;
                let mut output__ = None;
                let mut error__ = None;
                let mut attempts__ = None;
                let mut created_at__ = None;
                let mut started_at__ = None;
                let mut finished_at__ = None;
                let mut wake_up_at__ = None;
                let mut deadline_at__ = None;
                let mut worker_id__ = None;
                let mut version__ = None;
                let mut parent_step_id__ = None;
                let mut labels__ = None;
                let mut priority__ = None;
                let mut timeout__ = None;
                let mut parent_run_id__ = None;
                let mut schedule_id__ = None;
                let mut start_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkflowStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::Attempts => {
                            if attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempts"));
                            }
                            attempts__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                        GeneratedField::StartedAt => {
                            if started_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAt"));
                            }
                            started_at__ = map_.next_value()?;
                        }
                        GeneratedField::FinishedAt => {
                            if finished_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("finishedAt"));
                            }
                            finished_at__ = map_.next_value()?;
                        }
                        GeneratedField::WakeUpAt => {
                            if wake_up_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("wakeUpAt"));
                            }
                            wake_up_at__ = map_.next_value()?;
                        }
                        GeneratedField::DeadlineAt => {
                            if deadline_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deadlineAt"));
                            }
                            deadline_at__ = map_.next_value()?;
                        }
                        GeneratedField::WorkerId => {
                            if worker_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workerId"));
                            }
                            worker_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ParentStepId => {
                            if parent_step_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("parentStepId"),
                                );
                            }
                            parent_step_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::UniqueMap<_, _>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Priority => {
                            if priority__.is_some() {
                                return Err(serde::de::Error::duplicate_field("priority"));
                            }
                            priority__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                        GeneratedField::ParentRunId => {
                            if parent_run_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("parentRunId"),
                                );
                            }
                            parent_run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::StartAt => {
                            if start_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startAt"));
                            }
                            start_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Workflow {
                    run_id: run_id__.unwrap_or_default(),
                    external_id: external_id__.unwrap_or_default(),
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    input: input__,
                    output: output__,
                    error: error__,
                    attempts: attempts__.unwrap_or_default(),
                    created_at: created_at__,
                    started_at: started_at__,
                    finished_at: finished_at__,
                    wake_up_at: wake_up_at__,
                    deadline_at: deadline_at__,
                    worker_id: worker_id__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    parent_step_id: parent_step_id__.unwrap_or_default(),
                    labels: labels__.unwrap_or_default(),
                    priority: priority__.unwrap_or_default(),
                    timeout: timeout__,
                    parent_run_id: parent_run_id__.unwrap_or_default(),
                    schedule_id: schedule_id__.unwrap_or_default(),
                    start_at: start_at__,
                })
            }
        }
        deserializer.deserialize_struct("kagzi.v1.Workflow", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowSchedule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.schedule_id.is_empty() {
            len += 1;
        }
        if !self.namespace_id.is_empty() {
            len += 1;
        }
        if !self.task_queue.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if !self.cron_expr.is_empty() {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.enabled {
            len += 1;
        }
        if self.max_catchup != 0 {
            len += 1;
        }
        if self.next_fire_at.is_some() {
            len += 1;
        }
        if self.last_fired_at.is_some() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.created_at.is_some() {
            len += 1;
        }
        if self.updated_at.is_some() {
            len += 1;
        }
        if self.total_runs != 0 {
            len += 1;
        }
        if self.succeeded_runs != 0 {
            len += 1;
        }
        if self.failed_runs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WorkflowSchedule", len)?;
        if !self.schedule_id.is_empty() {
            struct_ser.serialize_field("scheduleId", &self.schedule_id)?;
        }
        if !self.namespace_id.is_empty() {
            struct_ser.serialize_field("namespaceId", &self.namespace_id)?;
        }
        if !self.task_queue.is_empty() {
            struct_ser.serialize_field("taskQueue", &self.task_queue)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if !self.cron_expr.is_empty() {
            struct_ser.serialize_field("cronExpr", &self.cron_expr)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if self.enabled {
            struct_ser.serialize_field("enabled", &self.enabled)?;
        }
        if self.max_catchup != 0 {
            struct_ser.serialize_field("maxCatchup", &self.max_catchup)?;
        }
        if let Some(v) = self.next_fire_at.as_ref() {
            struct_ser.serialize_field("nextFireAt", v)?;
        }
        if let Some(v) = self.last_fired_at.as_ref() {
            struct_ser.serialize_field("lastFiredAt", v)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if let Some(v) = self.created_at.as_ref() {
            struct_ser.serialize_field("createdAt", v)?;
        }
        if let Some(v) = self.updated_at.as_ref() {
            struct_ser.serialize_field("updatedAt", v)?;
        }
        if self.total_runs != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "totalRuns",
                    &crate::json::private::Decimal(&self.total_runs),
                )?;
        }
        if self.succeeded_runs != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "succeededRuns",
                    &crate::json::private::Decimal(&self.succeeded_runs),
                )?;
        }
        if self.failed_runs != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field(
                    "failedRuns",
                    &crate::json::private::Decimal(&self.failed_runs),
                )?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowSchedule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "schedule_id",
            "scheduleId",
            "namespace_id",
            "namespaceId",
            "task_queue",
            "taskQueue",
            "workflow_type",
            "workflowType",
            "cron_expr",
            "cronExpr",
            "input",
            "enabled",
            "max_catchup",
            "maxCatchup",
            "next_fire_at",
            "nextFireAt",
            "last_fired_at",
            "lastFiredAt",
            "version",
            "created_at",
            "createdAt",
            "updated_at",
            "updatedAt",
            "total_runs",
            "totalRuns",
            "succeeded_runs",
            "succeededRuns",
            "failed_runs",
            "failedRuns",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScheduleId,
            NamespaceId,
            TaskQueue,
            WorkflowType,
            CronExpr,
            Input,
            Enabled,
            MaxCatchup,
            NextFireAt,
            LastFiredAt,
            Version,
            CreatedAt,
            UpdatedAt,
            TotalRuns,
            SucceededRuns,
            FailedRuns,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "scheduleId" | "schedule_id" => Some(GeneratedField::ScheduleId),
                    "namespaceId" | "namespace_id" => Some(GeneratedField::NamespaceId),
                    "taskQueue" | "task_queue" => Some(GeneratedField::TaskQueue),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "cronExpr" | "cron_expr" => Some(GeneratedField::CronExpr),
                    "input" => Some(GeneratedField::Input),
                    "enabled" => Some(GeneratedField::Enabled),
                    "maxCatchup" | "max_catchup" => Some(GeneratedField::MaxCatchup),
                    "nextFireAt" | "next_fire_at" => Some(GeneratedField::NextFireAt),
                    "lastFiredAt" | "last_fired_at" => Some(GeneratedField::LastFiredAt),
                    "version" => Some(GeneratedField::Version),
                    "createdAt" | "created_at" => Some(GeneratedField::CreatedAt),
                    "updatedAt" | "updated_at" => Some(GeneratedField::UpdatedAt),
                    "totalRuns" | "total_runs" => Some(GeneratedField::TotalRuns),
                    "succeededRuns" | "succeeded_runs" => {
                        Some(GeneratedField::SucceededRuns)
                    }
                    "failedRuns" | "failed_runs" => Some(GeneratedField::FailedRuns),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowSchedule;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkflowSchedule")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkflowSchedule, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut schedule_id__ = None;
                let mut namespace_id__ = None;
                let mut task_queue__ = None;
                let mut workflow_type__ = None;
                let mut cron_expr__ = None;
                let mut input__ = None;
                let mut enabled__ = None;
                let mut max_catchup__ = None;
                let mut next_fire_at__ = None;
                let mut last_fired_at__ = None;
                let mut version__ = None;
                let mut created_at__ = None;
                let mut updated_at__ = None;
                let mut total_runs__ = None;
                let mut succeeded_runs__ = None;
                let mut failed_runs__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::ScheduleId => {
                            if schedule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduleId"));
                            }
                            schedule_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::NamespaceId => {
                            if namespace_id__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("namespaceId"),
                                );
                            }
                            namespace_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueue => {
                            if task_queue__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueue"));
                            }
                            task_queue__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::CronExpr => {
                            if cron_expr__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cronExpr"));
                            }
                            cron_expr__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::MaxCatchup => {
                            if max_catchup__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxCatchup"));
                            }
                            max_catchup__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::NextFireAt => {
                            if next_fire_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextFireAt"));
                            }
                            next_fire_at__ = map_.next_value()?;
                        }
                        GeneratedField::LastFiredAt => {
                            if last_fired_at__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lastFiredAt"),
                                );
                            }
                            last_fired_at__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::CreatedAt => {
                            if created_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at__ = map_.next_value()?;
                        }
                        GeneratedField::UpdatedAt => {
                            if updated_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at__ = map_.next_value()?;
                        }
                        GeneratedField::TotalRuns => {
                            if total_runs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalRuns"));
                            }
                            total_runs__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::SucceededRuns => {
                            if succeeded_runs__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("succeededRuns"),
                                );
                            }
                            succeeded_runs__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::FailedRuns => {
                            if failed_runs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failedRuns"));
                            }
                            failed_runs__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(WorkflowSchedule {
                    schedule_id: schedule_id__.unwrap_or_default(),
                    namespace_id: namespace_id__.unwrap_or_default(),
                    task_queue: task_queue__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    cron_expr: cron_expr__.unwrap_or_default(),
                    input: input__,
                    enabled: enabled__.unwrap_or_default(),
                    max_catchup: max_catchup__.unwrap_or_default(),
                    next_fire_at: next_fire_at__,
                    last_fired_at: last_fired_at__,
                    version: version__.unwrap_or_default(),
                    created_at: created_at__,
                    updated_at: updated_at__,
                    total_runs: total_runs__.unwrap_or_default(),
                    succeeded_runs: succeeded_runs__.unwrap_or_default(),
                    failed_runs: failed_runs__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WorkflowSchedule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "WORKFLOW_STATUS_UNSPECIFIED",
            Self::Pending => "WORKFLOW_STATUS_PENDING",
            Self::Running => "WORKFLOW_STATUS_RUNNING",
            Self::Sleeping => "WORKFLOW_STATUS_SLEEPING",
            Self::Completed => "WORKFLOW_STATUS_COMPLETED",
            Self::Failed => "WORKFLOW_STATUS_FAILED",
            Self::Cancelled => "WORKFLOW_STATUS_CANCELLED",
            Self::Scheduled => "WORKFLOW_STATUS_SCHEDULED",
            Self::Paused => "WORKFLOW_STATUS_PAUSED",
            Self::Terminated => "WORKFLOW_STATUS_TERMINATED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "WORKFLOW_STATUS_UNSPECIFIED",
            "WORKFLOW_STATUS_PENDING",
            "WORKFLOW_STATUS_RUNNING",
            "WORKFLOW_STATUS_SLEEPING",
            "WORKFLOW_STATUS_COMPLETED",
            "WORKFLOW_STATUS_FAILED",
            "WORKFLOW_STATUS_CANCELLED",
            "WORKFLOW_STATUS_SCHEDULED",
            "WORKFLOW_STATUS_PAUSED",
            "WORKFLOW_STATUS_TERMINATED",
        ];
        struct GeneratedVisitor;
        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = WorkflowStatus;
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
                    "WORKFLOW_STATUS_UNSPECIFIED" => Ok(WorkflowStatus::Unspecified),
                    "WORKFLOW_STATUS_PENDING" => Ok(WorkflowStatus::Pending),
                    "WORKFLOW_STATUS_RUNNING" => Ok(WorkflowStatus::Running),
                    "WORKFLOW_STATUS_SLEEPING" => Ok(WorkflowStatus::Sleeping),
                    "WORKFLOW_STATUS_COMPLETED" => Ok(WorkflowStatus::Completed),
                    "WORKFLOW_STATUS_FAILED" => Ok(WorkflowStatus::Failed),
                    "WORKFLOW_STATUS_CANCELLED" => Ok(WorkflowStatus::Cancelled),
                    "WORKFLOW_STATUS_SCHEDULED" => Ok(WorkflowStatus::Scheduled),
                    "WORKFLOW_STATUS_PAUSED" => Ok(WorkflowStatus::Paused),
                    "WORKFLOW_STATUS_TERMINATED" => Ok(WorkflowStatus::Terminated),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowStatusCount {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        if self.count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WorkflowStatusCount", len)?;
        if self.status != 0 {
            let v = crate::json::private::EnumOut::<WorkflowStatus>::new(self.status);
            struct_ser.serialize_field("status", &v)?;
        }
        if self.count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser
                .serialize_field("count", &crate::json::private::Decimal(&self.count))?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowStatusCount {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &["status", "count"];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            Count,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "status" => Some(GeneratedField::Status),
                    "count" => Some(GeneratedField::Count),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowStatusCount;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkflowStatusCount")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkflowStatusCount, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut count__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::EnumField<WorkflowStatus>,
                                        >,
                                    >()?
                                    .0
                                    .0
                                    .unwrap_or_default(),
                            );
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(WorkflowStatusCount {
                    status: status__.unwrap_or_default(),
                    count: count__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WorkflowStatusCount", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowTask {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.run_id.is_empty() {
            len += 1;
        }
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.input.is_some() {
            len += 1;
        }
        if self.attempt != 0 {
            len += 1;
        }
        if self.deadline_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kagzi.v1.WorkflowTask", len)?;
        if !self.run_id.is_empty() {
            struct_ser.serialize_field("runId", &self.run_id)?;
        }
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if let Some(v) = self.input.as_ref() {
            struct_ser.serialize_field("input", v)?;
        }
        if self.attempt != 0 {
            struct_ser.serialize_field("attempt", &self.attempt)?;
        }
        if let Some(v) = self.deadline_at.as_ref() {
            struct_ser.serialize_field("deadlineAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowTask {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_id",
            "runId",
            "workflow_type",
            "workflowType",
            "version",
            "input",
            "attempt",
            "deadline_at",
            "deadlineAt",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunId,
            WorkflowType,
            Version,
            Input,
            Attempt,
            DeadlineAt,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "runId" | "run_id" => Some(GeneratedField::RunId),
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "version" => Some(GeneratedField::Version),
                    "input" => Some(GeneratedField::Input),
                    "attempt" => Some(GeneratedField::Attempt),
                    "deadlineAt" | "deadline_at" => Some(GeneratedField::DeadlineAt),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowTask;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkflowTask")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkflowTask, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut run_id__ = None;
                let mut workflow_type__ = None;
                let mut version__ = None;
                let mut input__ = None;
                let mut attempt__ = None;
                let mut deadline_at__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::Input => {
                            if input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("input"));
                            }
                            input__ = map_.next_value()?;
                        }
                        GeneratedField::Attempt => {
                            if attempt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempt"));
                            }
                            attempt__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
                                        >,
                                    >()?
                                    .0
                                    .0,
                            );
                        }
                        GeneratedField::DeadlineAt => {
                            if deadline_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deadlineAt"));
                            }
                            deadline_at__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(WorkflowTask {
                    run_id: run_id__.unwrap_or_default(),
                    workflow_type: workflow_type__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    input: input__,
                    attempt: attempt__.unwrap_or_default(),
                    deadline_at: deadline_at__,
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WorkflowTask", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowTypeConcurrency {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if self.max_concurrent != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WorkflowTypeConcurrency", len)?;
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if self.max_concurrent != 0 {
            struct_ser.serialize_field("maxConcurrent", &self.max_concurrent)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowTypeConcurrency {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "workflow_type",
            "workflowType",
            "max_concurrent",
            "maxConcurrent",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkflowType,
            MaxConcurrent,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "maxConcurrent" | "max_concurrent" => {
                        Some(GeneratedField::MaxConcurrent)
                    }
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowTypeConcurrency;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkflowTypeConcurrency")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkflowTypeConcurrency, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow_type__ = None;
                let mut max_concurrent__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::MaxConcurrent => {
                            if max_concurrent__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("maxConcurrent"),
                                );
                            }
                            max_concurrent__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(WorkflowTypeConcurrency {
                    workflow_type: workflow_type__.unwrap_or_default(),
                    max_concurrent: max_concurrent__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "kagzi.v1.WorkflowTypeConcurrency",
                FIELDS,
                GeneratedVisitor,
            )
    }
}
impl serde::Serialize for WorkflowTypeInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workflow_type.is_empty() {
            len += 1;
        }
        if !self.task_queues.is_empty() {
            len += 1;
        }
        if self.worker_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer
            .serialize_struct("kagzi.v1.WorkflowTypeInfo", len)?;
        if !self.workflow_type.is_empty() {
            struct_ser.serialize_field("workflowType", &self.workflow_type)?;
        }
        if !self.task_queues.is_empty() {
            struct_ser.serialize_field("taskQueues", &self.task_queues)?;
        }
        if self.worker_count != 0 {
            struct_ser.serialize_field("workerCount", &self.worker_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowTypeInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "workflow_type",
            "workflowType",
            "task_queues",
            "taskQueues",
            "worker_count",
            "workerCount",
        ];
        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkflowType,
            TaskQueues,
            WorkerCount,
            __SkipField__,
        }
        impl GeneratedField {
            #[inline]
            fn from_name(value: &str) -> ::std::option::Option<GeneratedField> {
                match value {
                    "workflowType" | "workflow_type" => {
                        Some(GeneratedField::WorkflowType)
                    }
                    "taskQueues" | "task_queues" => Some(GeneratedField::TaskQueues),
                    "workerCount" | "worker_count" => Some(GeneratedField::WorkerCount),
                    _ => None,
                }
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowTypeInfo;
            fn expecting(
                &self,
                formatter: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                formatter.write_str("struct kagzi.v1.WorkflowTypeInfo")
            }
            fn visit_map<V>(
                self,
                mut map_: V,
            ) -> std::result::Result<WorkflowTypeInfo, V::Error>
            where
                V: serde::de::MapAccess<'de>,
            {
                let mut workflow_type__ = None;
                let mut task_queues__ = None;
                let mut worker_count__ = None;
                while let Some(k) = map_
                    .next_key_seed(
                        crate::json::private::FieldName::new(
                            GeneratedField::from_name,
                            GeneratedField::__SkipField__,
                            FIELDS,
                        ),
                    )?
                {
                    match k {
                        GeneratedField::WorkflowType => {
                            if workflow_type__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workflowType"),
                                );
                            }
                            workflow_type__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::TaskQueues => {
                            if task_queues__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskQueues"));
                            }
                            task_queues__ = Some(
                                map_.next_value::<crate::json::private::OrDefault<_>>()?.0,
                            );
                        }
                        GeneratedField::WorkerCount => {
                            if worker_count__.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("workerCount"),
                                );
                            }
                            worker_count__ = Some(
                                map_
                                    .next_value::<
                                        crate::json::private::OrDefault<
                                            crate::json::private::Number<_>,
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
                Ok(WorkflowTypeInfo {
                    workflow_type: workflow_type__.unwrap_or_default(),
                    task_queues: task_queues__.unwrap_or_default(),
                    worker_count: worker_count__.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("kagzi.v1.WorkflowTypeInfo", FIELDS, GeneratedVisitor)
    }
}
impl crate::json::private::ProtoEnum for ErrorCode {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl crate::json::private::ProtoEnum for ServingStatus {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl crate::json::private::ProtoEnum for StepKind {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl crate::json::private::ProtoEnum for StepStatus {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl crate::json::private::ProtoEnum for WorkerStatus {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
impl crate::json::private::ProtoEnum for WorkflowStatus {
    fn from_name(name: &str) -> ::std::option::Option<i32> {
        Self::from_str_name(name).map(|v| v as i32)
    }
    fn name_of(value: i32) -> ::std::option::Option<&'static str> {
        Self::try_from(value).ok().map(|v| v.as_str_name())
    }
}
