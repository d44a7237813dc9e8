//! The framing of the conformance streams: each message is preceded by its
//! length as a 4-byte little-endian unsigned integer. kagzi's protocol
//! (conformance/protocol/) and protobuf's own conformance protocol frame
//! their messages the same way, so the runner, the Rust testee and the
//! Google-suite testee share this one implementation. It depends on nothing:
//! a testee must not depend on the runner that judges it.

use std::io::{self, Read, Write};

/// The protocol's limit on one message (testee.proto): 1 GiB. protobuf's
/// runner sends a few megabytes at most, so the Google testee keeps it too. A longer frame
/// is taken as garbage on the stream, not as a message. Valid answers can be
/// large (a request of tens of MB comes back as large), so the limit only
/// needs to catch a length prefix that is really text or noise; ASCII text
/// read as a length is above it for every letter in the fourth byte.
pub const MAX_FRAME: u32 = 1 << 30;

/// Writes one frame and flushes.
pub fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "frame too long"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(payload)?;
    w.flush()
}

/// Reads one frame; `Ok(None)` at a clean end of stream (no byte of a new frame).
pub fn read_frame(r: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        let n = r.read(&mut len[got..])?;
        if n == 0 {
            return if got == 0 {
                Ok(None)
            } else {
                Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "stream ended inside a frame length",
                ))
            };
        }
        got += n;
    }
    let len = u32::from_le_bytes(len);
    if len > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "frame length {len} exceeds the protocol's limit of {MAX_FRAME} bytes (1 GiB): \
                 not a framed message"
            ),
        ));
    }
    // Grows with the bytes that arrive instead of allocating the announced
    // length up front, so a wrong length costs no more memory than the data.
    let mut payload = Vec::new();
    r.take(u64::from(len)).read_to_end(&mut payload)?;
    if payload.len() < len as usize {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!(
                "stream ended inside a {len}-byte frame ({} bytes read)",
                payload.len()
            ),
        ));
    }
    Ok(Some(payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"abc").unwrap();
        write_frame(&mut buf, b"").unwrap();
        assert_eq!(buf[..4], [3, 0, 0, 0]);
        let mut r = buf.as_slice();
        assert_eq!(read_frame(&mut r).unwrap().unwrap(), b"abc");
        assert_eq!(read_frame(&mut r).unwrap().unwrap(), b"");
        assert!(read_frame(&mut r).unwrap().is_none());
        assert!(read_frame(&mut [1u8, 0].as_slice()).is_err());
        assert!(read_frame(&mut [5u8, 0, 0, 0, 1].as_slice()).is_err());
        assert!(read_frame(&mut b"{\"x\":1}".as_slice()).is_err());
    }

    #[test]
    fn a_frame_larger_than_64_mib_passes_and_one_over_the_limit_is_garbage() {
        let big = vec![7u8; 70 << 20];
        let mut buf = Vec::new();
        write_frame(&mut buf, &big).unwrap();
        assert_eq!(read_frame(&mut buf.as_slice()).unwrap().unwrap(), big);

        let over = (MAX_FRAME + 1).to_le_bytes();
        let err = read_frame(&mut over.as_slice()).unwrap_err();
        assert!(
            err.to_string().contains("exceeds the protocol's limit"),
            "{err}"
        );
        // A length within the limit whose bytes never come: an error, and no
        // allocation of the announced size.
        let mut short = (1u32 << 29).to_le_bytes().to_vec();
        short.extend_from_slice(b"abc");
        let err = read_frame(&mut short.as_slice()).unwrap_err();
        assert!(err.to_string().contains("(3 bytes read)"), "{err}");
    }
}
