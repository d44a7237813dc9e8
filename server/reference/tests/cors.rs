//! CORS (`--cors-origin`): what a browser on another origin sees, asked as
//! a browser asks, over raw HTTP/1.1. The browser test (mk/browser.mk)
//! drives a real page; these pin the headers themselves.

use kagzi_proto::kagzi::v1::GetWorkflowRequest;
use kagzi_testserver::{AllowedOrigins, Store, serve_with_cors};
use prost::Message as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

const ALLOWED: &str = "http://127.0.0.1:8080";
const OTHER: &str = "http://127.0.0.1:9090";

/// The server on a free port with `origins` allowed; dropping the sender
/// (also when the test panics) stops it.
async fn serve(origins: &[&str]) -> (String, tokio::sync::oneshot::Sender<()>) {
    let mut allowed = AllowedOrigins::default();
    for origin in origins {
        allowed.add(origin).unwrap();
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        serve_with_cors(listener, Store::default(), &allowed, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (addr, stop)
}

/// Sends one HTTP/1.1 request and returns the status line and headers of
/// the answer, lower-cased (the body is not needed here).
async fn ask(addr: &str, head: &str, body: &[u8]) -> String {
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{head}host: {addr}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    tcp.write_all(head.as_bytes()).await.unwrap();
    tcp.write_all(body).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        tcp.read_to_end(&mut answer),
    )
    .await
    .expect("the server answers and closes")
    .unwrap();
    let end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase()
}

/// The value of header `name` in a lower-cased head, if present.
fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim())
}

/// The preflight Chromium sends before Connect's gRPC-Web call with a
/// timeout.
fn preflight(origin: &str) -> String {
    format!(
        "OPTIONS /kagzi.v1.WorkflowService/GetWorkflow HTTP/1.1\r\norigin: {origin}\r\n\
         access-control-request-method: POST\r\n\
         access-control-request-headers: content-type,grpc-timeout,x-grpc-web,x-user-agent\r\n"
    )
}

#[tokio::test]
async fn preflight_of_an_allowed_origin_is_answered() {
    let (addr, _stop) = serve(&[OTHER, ALLOWED]).await;
    let head = ask(&addr, &preflight(ALLOWED), b"").await;
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert_eq!(
        header(&head, "access-control-allow-origin"),
        Some(ALLOWED),
        "{head}"
    );
    let methods = header(&head, "access-control-allow-methods").unwrap_or_default();
    assert!(methods.contains("post"), "{head}");
    let headers = header(&head, "access-control-allow-headers").unwrap_or_default();
    for name in ["content-type", "grpc-timeout", "x-grpc-web", "x-user-agent"] {
        assert!(headers.contains(name), "{name} not allowed: {head}");
    }
}

#[tokio::test]
async fn preflight_of_another_origin_is_not_allowed() {
    let (addr, _stop) = serve(&[ALLOWED]).await;
    let head = ask(&addr, &preflight(OTHER), b"").await;
    assert_eq!(header(&head, "access-control-allow-origin"), None, "{head}");
}

#[tokio::test]
async fn without_origins_there_are_no_cors_headers() {
    let (addr, _stop) = serve(&[]).await;
    for origin in [ALLOWED, OTHER] {
        let head = ask(&addr, &preflight(origin), b"").await;
        assert!(!head.contains("access-control-"), "{head}");
    }
}

/// A failing gRPC-Web call answers trailers-only: its status and the
/// details with the ErrorDetail are headers, which the page can read only
/// when they are exposed.
#[tokio::test]
async fn failing_call_exposes_status_and_details() {
    let (addr, _stop) = serve(&[ALLOWED]).await;
    let message = GetWorkflowRequest {
        namespace_id: "default".into(),
        run_id: "no-such-run".into(),
    }
    .encode_to_vec();
    let mut frame = vec![0u8];
    frame.extend_from_slice(&(message.len() as u32).to_be_bytes());
    frame.extend_from_slice(&message);
    let head = ask(
        &addr,
        &format!(
            "POST /kagzi.v1.WorkflowService/GetWorkflow HTTP/1.1\r\norigin: {ALLOWED}\r\n\
             content-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\n"
        ),
        &frame,
    )
    .await;
    assert_eq!(header(&head, "grpc-status"), Some("5"), "NOT_FOUND: {head}");
    assert!(header(&head, "grpc-status-details-bin").is_some(), "{head}");
    assert_eq!(
        header(&head, "access-control-allow-origin"),
        Some(ALLOWED),
        "{head}"
    );
    let exposed = header(&head, "access-control-expose-headers").unwrap_or_default();
    for name in ["grpc-status", "grpc-message", "grpc-status-details-bin"] {
        assert!(exposed.contains(name), "{name} not exposed: {head}");
    }
}
