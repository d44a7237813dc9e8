//! CORS for browser clients on other origins (`--cors-origin`).
//!
//! A page served from another origin (a dashboard on its own port or host)
//! calls the server with gRPC-Web; its browser first sends a preflight
//! (`OPTIONS`) for the POST with gRPC-Web's headers, and lets the page read
//! the answer's trailers only when the server exposes them. tower-http's
//! `CorsLayer` answers the preflight and adds the headers to every answer,
//! for the origins on the allow-list only. No origin allowed (the default)
//! means no layer at all: no CORS headers, as a server without this module
//! sends, so browsers keep refusing cross-origin calls.

use std::time::Duration;

use tonic::codegen::http::{HeaderName, HeaderValue, Method};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The request headers a gRPC-Web client sends besides the safelisted ones:
/// Connect's `createGrpcWebTransport` and grpc-web both send the first four,
/// and the compression pair when a client compresses or accepts
/// compressed answers. Anything else is refused by the preflight.
pub const ALLOWED_HEADERS: &[&str] = &[
    "content-type",
    "x-grpc-web",
    "x-user-agent",
    "grpc-timeout",
    "grpc-encoding",
    "grpc-accept-encoding",
];

/// The answer headers a browser page may read: the status a failing call
/// ends with (a trailers-only answer carries it as headers) and its
/// details, where the `kagzi.v1.ErrorDetail` travels
/// (docs/guides/errors.md). Without them a gRPC-Web client sees a call that
/// failed but cannot say how.
pub const EXPOSED_HEADERS: &[&str] = &["grpc-status", "grpc-message", "grpc-status-details-bin"];

/// How long a browser may reuse a preflight answer.
const MAX_AGE: Duration = Duration::from_secs(600);

/// The origins allowed to call the server from a browser, each as the
/// browser writes its `Origin` header: `scheme://host[:port]`.
#[derive(Clone, Debug, Default)]
pub struct AllowedOrigins(Vec<HeaderValue>);

impl AllowedOrigins {
    /// Adds one `--cors-origin` value. The browser compares nothing but the
    /// exact string, so a value that no browser can send (a path, a
    /// trailing slash, capitals, a wildcard) is refused here instead of
    /// silently matching nothing.
    pub fn add(&mut self, origin: &str) -> Result<(), String> {
        let bad = |why: &str| {
            format!(
                "--cors-origin {origin:?}: {why}; expected scheme://host[:port], as in http://127.0.0.1:8080"
            )
        };
        let Some((scheme, authority)) = origin.split_once("://") else {
            return Err(bad("no scheme"));
        };
        if scheme != "http" && scheme != "https" {
            return Err(bad("the scheme must be http or https"));
        }
        if authority.is_empty() {
            return Err(bad("no host"));
        }
        if authority.contains(['/', '?', '#', '*', '@']) || authority.contains(char::is_whitespace)
        {
            return Err(bad("an origin has no path, query, user or wildcard"));
        }
        if origin.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(bad("browsers send origins in lower case"));
        }
        let value = HeaderValue::from_str(origin).map_err(|_| bad("not a header value"))?;
        self.0.push(value);
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The CORS layer for these origins, or `None` when none is allowed.
    pub fn layer(&self) -> Option<CorsLayer> {
        if self.is_empty() {
            return None;
        }
        let headers = |names: &[&'static str]| {
            names
                .iter()
                .map(|n| HeaderName::from_static(n))
                .collect::<Vec<_>>()
        };
        Some(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(self.0.iter().cloned()))
                // gRPC-Web calls are POSTs; OPTIONS is the preflight itself.
                .allow_methods([Method::POST])
                .allow_headers(headers(ALLOWED_HEADERS))
                .expose_headers(headers(EXPOSED_HEADERS))
                .max_age(MAX_AGE),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_what_a_browser_sends() {
        let mut origins = AllowedOrigins::default();
        for ok in [
            "http://127.0.0.1:8080",
            "https://dashboard.example.com",
            "http://[::1]:3000",
        ] {
            origins.add(ok).unwrap();
        }
        assert!(origins.layer().is_some());
    }

    #[test]
    fn refuses_what_no_browser_sends() {
        for (bad, why) in [
            ("127.0.0.1:8080", "no scheme"),
            ("ftp://example.com", "http or https"),
            ("http://", "no host"),
            ("http://example.com/", "no path"),
            ("http://example.com/app", "no path"),
            ("*", "no scheme"),
            ("http://*.example.com", "wildcard"),
            ("http://Example.com", "lower case"),
        ] {
            let err = AllowedOrigins::default().add(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn no_origin_means_no_layer() {
        assert!(AllowedOrigins::default().layer().is_none());
    }
}
