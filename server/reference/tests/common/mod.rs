//! The test server on 127.0.0.1:0 for one test; dropping the returned
//! sender (also when the test panics) stops it.

use std::net::SocketAddr;

pub async fn serve() -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        kagzi_testserver::serve(listener, kagzi_testserver::Store::default(), async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (addr, stop)
}
