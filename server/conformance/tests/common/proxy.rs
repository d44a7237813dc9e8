//! A loopback TCP proxy that kills one chosen connection mid-call.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A loopback TCP proxy to `upstream` that kills its `victim`-th
/// connection (1-based, in accept order) the moment the server answers the
/// first call on it: the answer is never forwarded and both sides are shut,
/// as when a server drops a connection (or a GOAWAY ends it) mid-call.
/// Every other connection, and any reconnection, is relayed untouched.
pub struct DroppingProxy {
    pub url: String,
    /// How many connections were killed (0 or 1).
    pub killed: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for DroppingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DroppingProxy {
    pub async fn start(upstream: std::net::SocketAddr, victim: usize) -> DroppingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let killed = Arc::new(AtomicUsize::new(0));
        let k = killed.clone();
        let task = tokio::spawn(async move {
            let mut relays = tokio::task::JoinSet::new();
            for n in 1.. {
                let Ok((client, _)) = listener.accept().await else {
                    return;
                };
                let Ok(server) = TcpStream::connect(upstream).await else {
                    return;
                };
                relays.spawn(relay(client, server, n == victim, k.clone()));
            }
        });
        DroppingProxy { url, killed, task }
    }
}

async fn relay(client: TcpStream, server: TcpStream, kill: bool, killed: Arc<AtomicUsize>) {
    let (mut client_rx, mut client_tx) = client.into_split();
    let (mut server_rx, mut server_tx) = server.into_split();
    // Set once the client has sent the HEADERS frame of a call.
    let called = Arc::new(tokio::sync::Notify::new());
    let seen = called.clone();
    let upstream = async move {
        let mut frames = FrameScanner::default();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_rx.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            if frames.feed(&buf[..n]) {
                seen.notify_one();
            }
            if server_tx.write_all(&buf[..n]).await.is_err() {
                return;
            }
        }
    };
    let downstream = async move {
        let mut buf = vec![0u8; 16 * 1024];
        let mut calling = false;
        loop {
            tokio::select! {
                _ = called.notified(), if kill && !calling => calling = true,
                r = server_rx.read(&mut buf) => {
                    let n = match r { Ok(0) | Err(_) => return, Ok(n) => n };
                    if calling {
                        killed.fetch_add(1, Ordering::SeqCst);
                        let _ = client_tx.shutdown().await;
                        return;
                    }
                    if client_tx.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                }
            }
        }
    };
    // Whichever side ends first ends the connection (dropping both halves).
    tokio::select! {
        _ = upstream => {}
        _ = downstream => {}
    }
}

/// Reads the client's side of an HTTP/2 connection (the 24-byte preface,
/// then 9-byte frame headers) far enough to see the first HEADERS frame,
/// which opens a call.
#[derive(Default)]
struct FrameScanner {
    buf: Vec<u8>,
    offset: usize,
    done: bool,
}

impl FrameScanner {
    const PREFACE: usize = 24;
    const HEADERS: u8 = 0x1;

    /// Whether the bytes so far hold a HEADERS frame (true once).
    fn feed(&mut self, bytes: &[u8]) -> bool {
        if self.done {
            return false;
        }
        self.buf.extend_from_slice(bytes);
        let mut at = self.offset.max(Self::PREFACE);
        while self.buf.len() >= at + 9 {
            let len = usize::from(self.buf[at]) << 16
                | usize::from(self.buf[at + 1]) << 8
                | usize::from(self.buf[at + 2]);
            if self.buf[at + 3] == Self::HEADERS {
                self.done = true;
                return true;
            }
            at += 9 + len;
        }
        self.offset = at;
        false
    }
}
