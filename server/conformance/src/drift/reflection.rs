//! Reads a server's own schema through gRPC server reflection: version v1,
//! or v1alpha when the server has no v1 (older servers and tools). The two
//! versions have the same messages on the wire under different package
//! names, so one implementation, typed with v1's messages, calls either by
//! its method path.

use std::collections::{BTreeMap, BTreeSet};

use prost::Message as _;
use prost_types::FileDescriptorProto;
use tonic::codegen::http::uri::PathAndQuery;
use tonic::transport::Channel;
use tonic_reflection::pb::v1::{
    ServerReflectionRequest, ServerReflectionResponse, server_reflection_request::MessageRequest,
    server_reflection_response::MessageResponse,
};

use super::schema::PACKAGE;

/// Which reflection service answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V1,
    V1Alpha,
}

impl Version {
    pub fn service(self) -> &'static str {
        match self {
            Version::V1 => "grpc.reflection.v1.ServerReflection",
            Version::V1Alpha => "grpc.reflection.v1alpha.ServerReflection",
        }
    }
}

/// What reflection gave: the service names the server lists and every file
/// that declares or supports its kagzi.v1 services and the release's files.
pub struct Reflected {
    pub version: Version,
    pub services: Vec<String>,
    pub files: Vec<FileDescriptorProto>,
}

/// Reads the server's schema, v1 first. `Err` says why neither version
/// answered (the server has no reflection, or it is broken).
///
/// `release_files` are file names to ask for as well (those of the newest
/// release): a file the server has but that no service of it uses would
/// otherwise not be found.
pub async fn read(channel: Channel, release_files: &[String]) -> Result<Reflected, String> {
    let v1 = match read_with(channel.clone(), Version::V1, release_files).await {
        Ok(r) => return Ok(r),
        Err(e) => e,
    };
    match read_with(channel, Version::V1Alpha, release_files).await {
        Ok(r) => Ok(r),
        Err(alpha) => Err(format!(
            "{}: {v1}; {}: {alpha}",
            Version::V1.service(),
            Version::V1Alpha.service()
        )),
    }
}

async fn read_with(
    channel: Channel,
    version: Version,
    release_files: &[String],
) -> Result<Reflected, String> {
    let mut client = Client { channel, version };
    let services = match client
        .ask(vec![MessageRequest::ListServices(String::new())])
        .await?
        .pop()
    {
        Some(MessageResponse::ListServicesResponse(l)) => {
            l.service.into_iter().map(|s| s.name).collect::<Vec<_>>()
        }
        other => return Err(format!("ListServices answered {other:?}")),
    };
    // The files of the kagzi.v1 services (a server answers a symbol with its
    // file and the files it imports), and those of the release by name.
    let mut asks: Vec<MessageRequest> = services
        .iter()
        .filter(|s| s.starts_with(&format!("{PACKAGE}.")))
        .map(|s| MessageRequest::FileContainingSymbol(s.clone()))
        .collect();
    asks.extend(
        release_files
            .iter()
            .cloned()
            .map(MessageRequest::FileByFilename),
    );
    let mut files: BTreeMap<String, FileDescriptorProto> = BTreeMap::new();
    let mut asked: BTreeSet<String> = release_files.iter().cloned().collect();
    // Imports the server did not send along are asked for by name, until
    // every import of a kagzi.v1 file is known (or refused).
    while !asks.is_empty() {
        for answer in client.ask(std::mem::take(&mut asks)).await? {
            let MessageResponse::FileDescriptorResponse(fd) = answer else {
                // An error answer (a file the server does not have) leaves
                // what it asked for missing; the comparison reports that.
                continue;
            };
            for bytes in fd.file_descriptor_proto {
                let file = FileDescriptorProto::decode(bytes.as_slice())
                    .map_err(|e| format!("a FileDescriptorProto that does not decode: {e}"))?;
                files.insert(file.name().to_string(), file);
            }
        }
        for file in files.values().filter(|f| f.package() == PACKAGE) {
            for dep in &file.dependency {
                if !files.contains_key(dep) && asked.insert(dep.clone()) {
                    asks.push(MessageRequest::FileByFilename(dep.clone()));
                }
            }
        }
    }
    Ok(Reflected {
        version,
        services,
        files: files.into_values().collect(),
    })
}

struct Client {
    channel: Channel,
    version: Version,
}

impl Client {
    /// Sends `requests` on one ServerReflectionInfo stream and returns the
    /// answer to each, in order (the protocol answers each request once).
    async fn ask(&mut self, requests: Vec<MessageRequest>) -> Result<Vec<MessageResponse>, String> {
        let n = requests.len();
        let stream = tokio_stream::iter(requests.into_iter().map(|r| ServerReflectionRequest {
            host: String::new(),
            message_request: Some(r),
        }));
        let path = format!("/{}/ServerReflectionInfo", self.version.service());
        let path = PathAndQuery::try_from(path).map_err(|e| e.to_string())?;
        let mut grpc = tonic::client::Grpc::new(self.channel.clone());
        grpc.ready()
            .await
            .map_err(|e| format!("connection not ready: {e}"))?;
        let codec =
            tonic_prost::ProstCodec::<ServerReflectionRequest, ServerReflectionResponse>::default();
        let mut answers = grpc
            .streaming(tonic::Request::new(stream), path, codec)
            .await
            .map_err(|s| crate::status::describe(&s))?
            .into_inner();
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match answers
                .message()
                .await
                .map_err(|s| crate::status::describe(&s))?
            {
                Some(r) => out.push(r.message_response.ok_or("an answer without a response")?),
                None => {
                    return Err(format!(
                        "the stream ended after {} of {n} answers",
                        out.len()
                    ));
                }
            }
        }
        Ok(out)
    }
}
