//! Cursor paging shared by every list RPC.
//!
//! A token names the list, a fingerprint of the request's filters (namespace
//! included) and the sequence number of the last item returned. Cursors
//! instead of offsets: an item added or removed between two pages shifts
//! nothing, so a walk to the last page neither loses nor repeats an item.
//! The fingerprint makes a token from another list, another namespace or
//! other filters fail with INVALID_ARGUMENT, as common.proto says a token is
//! only valid with the same filters.

use std::hash::{DefaultHasher, Hash, Hasher};

use kagzi_proto::kagzi::v1::{PageInfo, PageRequest};
use tonic::Status;

use crate::check::invalid;

pub const DEFAULT_PAGE_SIZE: usize = 100;
pub const MAX_PAGE_SIZE: usize = 1000;

/// Which way a list runs through the sequence numbers.
#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    OldestFirst,
    NewestFirst,
}

/// A fingerprint of the filters; `DefaultHasher::new()` has fixed keys, so
/// it is the same for every request with the same filters.
pub fn fingerprint(parts: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// One page of `items` (already filtered, oldest first, with their
/// sequence numbers) in `order`.
pub fn page<T: Clone>(
    list: &str,
    filters: u64,
    items: Vec<(u64, T)>,
    order: Order,
    req: Option<&PageRequest>,
) -> Result<(Vec<T>, PageInfo), Status> {
    let req = req.cloned().unwrap_or_default();
    let size = page_size(&req)?;
    let after = if req.page_token.is_empty() {
        None
    } else {
        Some(decode(list, filters, &req.page_token)?)
    };
    let total = items.len();
    let mut ordered: Vec<(u64, T)> = items;
    if order == Order::NewestFirst {
        ordered.reverse();
    }
    let rest: Vec<(u64, T)> = ordered
        .into_iter()
        .filter(|(seq, _)| match (after, order) {
            (None, _) => true,
            (Some(a), Order::OldestFirst) => *seq > a,
            (Some(a), Order::NewestFirst) => *seq < a,
        })
        .collect();
    let has_more = rest.len() > size;
    let page: Vec<(u64, T)> = rest.into_iter().take(size).collect();
    let next_page_token = match (has_more, page.last()) {
        (true, Some((seq, _))) => encode(list, filters, *seq),
        _ => String::new(),
    };
    let info = PageInfo {
        next_page_token,
        has_more,
        total_count: if req.include_total_count {
            total as i64
        } else {
            0
        },
    };
    Ok((page.into_iter().map(|(_, v)| v).collect(), info))
}

/// One page of `items` (already filtered, each with a unique string key)
/// ordered by key byte-wise ascending: for lists ordered by a name
/// (ListNamespaces, ListWorkflowTypes). The cursor is the last key
/// returned, hex-encoded, so a name added or removed between two pages
/// shifts nothing, as with [`page`].
pub fn page_by_key<T>(
    list: &str,
    filters: u64,
    mut items: Vec<(String, T)>,
    req: Option<&PageRequest>,
) -> Result<(Vec<T>, PageInfo), Status> {
    let req = req.cloned().unwrap_or_default();
    let size = page_size(&req)?;
    let after = if req.page_token.is_empty() {
        None
    } else {
        let hex = decode_part(list, filters, &req.page_token)?;
        Some(unhex(hex).ok_or_else(bad_token)?)
    };
    items.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let total = items.len();
    let rest: Vec<(String, T)> = items
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k.as_bytes() > a.as_slice()))
        .collect();
    let has_more = rest.len() > size;
    let page: Vec<(String, T)> = rest.into_iter().take(size).collect();
    let next_page_token = match (has_more, page.last()) {
        (true, Some((key, _))) => format!("{list}.{filters:016x}.{}", hex(key.as_bytes())),
        _ => String::new(),
    };
    let info = PageInfo {
        next_page_token,
        has_more,
        total_count: if req.include_total_count {
            total as i64
        } else {
            0
        },
    };
    Ok((page.into_iter().map(|(_, v)| v).collect(), info))
}

fn page_size(req: &PageRequest) -> Result<usize, Status> {
    if req.page_size < 0 {
        return Err(invalid("page.page_size", "must not be negative"));
    }
    Ok(match req.page_size {
        0 => DEFAULT_PAGE_SIZE,
        n => (n as usize).min(MAX_PAGE_SIZE),
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn bad_token() -> Status {
    invalid(
        "page.page_token",
        "is not a token of this list with these filters",
    )
}

/// The cursor part of a token of `list` with `filters`.
fn decode_part<'a>(list: &str, filters: u64, token: &'a str) -> Result<&'a str, Status> {
    let mut parts = token.split('.');
    let (Some(l), Some(f), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad_token());
    };
    if l != list || f != format!("{filters:016x}") {
        return Err(bad_token());
    }
    Ok(s)
}

fn encode(list: &str, filters: u64, seq: u64) -> String {
    format!("{list}.{filters:016x}.{seq}")
}

fn decode(list: &str, filters: u64, token: &str) -> Result<u64, Status> {
    decode_part(list, filters, token)?
        .parse()
        .map_err(|_| bad_token())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(size: i32, token: &str) -> PageRequest {
        PageRequest {
            page_size: size,
            page_token: token.into(),
            include_total_count: true,
        }
    }

    #[test]
    fn walks_by_key_and_rejects_foreign_tokens() {
        let items =
            || -> Vec<(String, u8)> { vec![("b".into(), 2), ("a".into(), 1), ("c".into(), 3)] };
        let (first, info) = page_by_key("k", 1, items(), Some(&req(2, ""))).unwrap();
        assert_eq!(first, vec![1, 2]);
        assert!(info.has_more && info.total_count == 3);
        let token = info.next_page_token;
        let (rest, info) = page_by_key("k", 1, items(), Some(&req(2, &token))).unwrap();
        assert_eq!(rest, vec![3]);
        assert!(!info.has_more);
        for (list, filters, t) in [
            ("k", 2, token.as_str()),
            ("j", 1, &token),
            ("k", 1, "k.x.zz"),
        ] {
            let e = page_by_key(list, filters, items(), Some(&req(2, t))).unwrap_err();
            assert_eq!(e.code(), tonic::Code::InvalidArgument);
        }
    }

    #[test]
    fn walks_newest_first_without_loss_and_rejects_foreign_tokens() {
        let items: Vec<(u64, u64)> = (1..=5).map(|i| (i, i)).collect();
        let (first, info) =
            page("l", 7, items.clone(), Order::NewestFirst, Some(&req(2, ""))).unwrap();
        assert_eq!(first, vec![5, 4]);
        assert!(info.has_more);
        assert_eq!(info.total_count, 5);
        let (second, info) = page(
            "l",
            7,
            items.clone(),
            Order::NewestFirst,
            Some(&req(2, &info.next_page_token)),
        )
        .unwrap();
        assert_eq!(second, vec![3, 2]);
        let token = info.next_page_token;
        let (last, info) = page(
            "l",
            7,
            items.clone(),
            Order::NewestFirst,
            Some(&req(2, &token)),
        )
        .unwrap();
        assert_eq!(last, vec![1]);
        assert!(!info.has_more && info.next_page_token.is_empty());
        for (list, filters, t) in [
            ("l", 8, token.as_str()),
            ("m", 7, &token),
            ("l", 7, "x.y.z"),
        ] {
            let e = page(
                list,
                filters,
                items.clone(),
                Order::NewestFirst,
                Some(&req(2, t)),
            )
            .unwrap_err();
            assert_eq!(e.code(), tonic::Code::InvalidArgument);
            assert!(e.message().contains("page_token"));
        }
    }
}
