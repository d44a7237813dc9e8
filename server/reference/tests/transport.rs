//! Transport features of the reference server: gzip both ways, gRPC-Web
//! over HTTP/1.1, and the decoding size limit.

mod common;

use kagzi_proto::kagzi::v1::{
    GetServerInfoRequest, GetServerInfoResponse, Payload, StartWorkflowRequest,
    admin_service_client::AdminServiceClient, workflow_service_client::WorkflowServiceClient,
};
use kagzi_testserver::services::MAX_DECODING_MESSAGE_BYTES;
use prost::Message as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tonic::codec::CompressionEncoding;

#[tokio::test]
async fn gzip_request_gets_a_gzip_answer() {
    let (addr, _stop) = common::serve().await;
    let mut client = AdminServiceClient::connect(format!("http://{addr}"))
        .await
        .unwrap()
        .send_compressed(CompressionEncoding::Gzip)
        .accept_compressed(CompressionEncoding::Gzip);
    let response = client
        .get_server_info(GetServerInfoRequest {})
        .await
        .expect("a gzip request is accepted");
    assert_eq!(
        response
            .metadata()
            .get("grpc-encoding")
            .map(|v| v.to_str().unwrap()),
        Some("gzip"),
        "the answer is compressed because the client accepts gzip"
    );
    assert_eq!(response.into_inner().api_version, kagzi_proto::VERSION);
}

/// Reads a chunked HTTP/1.1 body to its end (the server answers gRPC-Web
/// with chunks, since the trailers come after the message).
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("chunk size line");
        let size_hex = std::str::from_utf8(&body[..line_end]).unwrap();
        let size = usize::from_str_radix(size_hex.split(';').next().unwrap().trim(), 16).unwrap();
        body = &body[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size + 2..];
    }
}

#[tokio::test]
async fn grpc_web_call_over_http1() {
    let (addr, _stop) = common::serve().await;
    // One gRPC-Web frame: flag 0 (data), big-endian length, the message.
    let message = GetServerInfoRequest {}.encode_to_vec();
    let mut frame = vec![0u8];
    frame.extend_from_slice(&(message.len() as u32).to_be_bytes());
    frame.extend_from_slice(&message);
    let head = format!(
        "POST /kagzi.v1.AdminService/GetServerInfo HTTP/1.1\r\nhost: {addr}\r\n\
         content-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n",
        frame.len()
    );
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    tcp.write_all(head.as_bytes()).await.unwrap();
    tcp.write_all(&frame).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        tcp.read_to_end(&mut answer),
    )
    .await
    .expect("the server answers and closes")
    .unwrap();

    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let headers = String::from_utf8_lossy(&answer[..split]).to_ascii_lowercase();
    assert!(headers.starts_with("http/1.1 200"), "{headers}");
    assert!(
        headers.contains("content-type: application/grpc-web"),
        "{headers}"
    );
    let raw = &answer[split + 4..];
    let body = if headers.contains("transfer-encoding: chunked") {
        dechunk(raw)
    } else {
        raw.to_vec()
    };

    // A data frame with the response, then a trailers frame (flag 0x80).
    assert_eq!(body[0], 0, "first frame is data");
    let len = u32::from_be_bytes(body[1..5].try_into().unwrap()) as usize;
    let info = GetServerInfoResponse::decode(&body[5..5 + len]).unwrap();
    assert_eq!(info.api_version, kagzi_proto::VERSION);
    let trailers = &body[5 + len..];
    assert_eq!(trailers[0], 0x80, "second frame is trailers");
    let text = String::from_utf8_lossy(&trailers[5..]).to_ascii_lowercase();
    assert!(text.contains("grpc-status:0"), "{text}");
}

#[tokio::test]
async fn too_large_message_is_refused_before_the_handler() {
    let (addr, _stop) = common::serve().await;
    let mut client = WorkflowServiceClient::connect(format!("http://{addr}"))
        .await
        .unwrap();
    let status = client
        .start_workflow(StartWorkflowRequest {
            namespace_id: "default".into(),
            task_queue: "main".into(),
            workflow_type: "x".repeat(MAX_DECODING_MESSAGE_BYTES + 1),
            ..Default::default()
        })
        .await
        .unwrap_err();
    // tonic 0.14 answers a request over its decoding limit with OUT_OF_RANGE
    // (grpc-go and grpc-core say RESOURCE_EXHAUSTED); the guide documents
    // both, and this pins what the reference server really sends.
    assert_eq!(status.code(), tonic::Code::OutOfRange, "{status:?}");
    assert!(
        status.message().contains("too large"),
        "{}",
        status.message()
    );

    // Just under the limit is decoded and handled (in the input: a name
    // that long would break the schema's max_len rule).
    let ok = client
        .start_workflow(StartWorkflowRequest {
            namespace_id: "default".into(),
            task_queue: "main".into(),
            workflow_type: "x".into(),
            input: Some(Payload {
                data: vec![b'x'; MAX_DECODING_MESSAGE_BYTES - 64],
                ..Default::default()
            }),
            ..Default::default()
        })
        .await;
    assert!(ok.is_ok(), "{ok:?}");
}
