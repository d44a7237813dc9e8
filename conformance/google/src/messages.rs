//! The message types this testee serves, by the runner's full names, and
//! the one generic codec they share: prost for binary, the crate's serde
//! code through `kagzi_proto::json` for proto3 JSON.

use std::marker::PhantomData;

use kagzi_proto::json::private::ReadIn;
use prost::Message;
use serde::{Serialize, de::DeserializeOwned};

use crate::Codec;
use crate::conformance::{WireFormat, conformance_response::Result as Outcome};

/// Binary and JSON handling of one message type `M`.
pub struct MessageCodec<M>(PhantomData<M>);

impl<M> MessageCodec<M> {
    pub const fn new() -> Self {
        MessageCodec(PhantomData)
    }
}

impl<M: Message + Default + Serialize + DeserializeOwned> MessageCodec<M> {
    /// Input errors were reported by the caller; an error while printing
    /// (a Timestamp outside 0001..9999, say) is a serialization error.
    fn output(message: &M, output: WireFormat) -> Outcome {
        match output {
            WireFormat::Protobuf => Outcome::ProtobufPayload(message.encode_to_vec()),
            WireFormat::Json => match kagzi_proto::json::to_string(message) {
                Ok(json) => Outcome::JsonPayload(json),
                Err(e) => Outcome::SerializeError(e.to_string()),
            },
            other => Outcome::Skipped(format!("{} output is not supported", other.as_str_name())),
        }
    }
}

impl<M: Message + Default + Serialize + DeserializeOwned + ReadIn> Codec for MessageCodec<M> {
    fn answer_binary(&self, input: &[u8], output: WireFormat) -> Outcome {
        match M::decode(input) {
            Ok(message) => Self::output(&message, output),
            Err(e) => Outcome::ParseError(e.to_string()),
        }
    }

    fn answer_json(&self, input: &str, strict: bool, output: WireFormat) -> Outcome {
        let read = if strict {
            kagzi_proto::json::from_str_strict::<M>(input)
        } else {
            kagzi_proto::json::from_str::<M>(input)
        };
        match read {
            Ok(message) => Self::output(&message, output),
            Err(e) => Outcome::ParseError(e.to_string()),
        }
    }
}

/// The codec of a message type the runner names, if this testee has it.
pub fn find(message_type: &str) -> Option<&'static dyn Codec> {
    use crate::protobuf_test_messages::{proto2::TestAllTypesProto2, proto3::TestAllTypesProto3};
    static PROTO2: MessageCodec<TestAllTypesProto2> = MessageCodec::new();
    static PROTO3: MessageCodec<TestAllTypesProto3> = MessageCodec::new();
    match message_type {
        "protobuf_test_messages.proto2.TestAllTypesProto2" => Some(&PROTO2),
        "protobuf_test_messages.proto3.TestAllTypesProto3" => Some(&PROTO3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kagzi_proto::kagzi::v1::Payload;

    // The generic codec on a kagzi.v1 message: binary and JSON both ways.
    #[test]
    fn binary_and_json_round_trip_through_the_crate() {
        let codec = MessageCodec::<Payload>::new();
        let p = Payload {
            data: b"hi".to_vec(),
            metadata: [("k".into(), "v".into())].into(),
        };
        let bin = p.encode_to_vec();
        let Outcome::JsonPayload(json) = codec.answer_binary(&bin, WireFormat::Json) else {
            panic!("binary to JSON failed");
        };
        assert_eq!(json, r#"{"data":"aGk=","metadata":{"k":"v"}}"#);
        assert_eq!(
            codec.answer_json(&json, true, WireFormat::Protobuf),
            Outcome::ProtobufPayload(bin)
        );
    }

    // JSON_TEST reads strictly, JSON_IGNORE_UNKNOWN_PARSING_TEST leniently.
    #[test]
    fn strict_json_rejects_what_lenient_json_ignores() {
        let codec = MessageCodec::<Payload>::new();
        let json = r#"{"data":"aGk=","extra":1}"#;
        assert!(matches!(
            codec.answer_json(json, true, WireFormat::Json),
            Outcome::ParseError(e) if e.contains("unknown field `extra`")
        ));
        assert_eq!(
            codec.answer_json(json, false, WireFormat::Json),
            Outcome::JsonPayload(r#"{"data":"aGk="}"#.into())
        );
    }

    #[test]
    fn bad_input_is_a_parse_error() {
        let codec = MessageCodec::<Payload>::new();
        assert!(matches!(
            codec.answer_binary(&[0x0a, 0x05], WireFormat::Json),
            Outcome::ParseError(_)
        ));
        assert!(matches!(
            codec.answer_json("{\"data\":1}", false, WireFormat::Json),
            Outcome::ParseError(_)
        ));
    }
}
