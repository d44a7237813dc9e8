//! Bytes as hex digits: how the suite shows binary in messages and READMEs,
//! and how binary case sources (`*.binpb.hex`) are written.

/// Space-separated pairs of lowercase hex digits; `(empty)` for no bytes.
pub fn show(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "(empty)".into();
    }
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads pairs of hex digits; whitespace between them is ignored.
pub fn parse(text: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = text.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) || !digits.iter().all(u8::is_ascii_hexdigit) {
        return Err("the body must be pairs of hex digits".into());
    }
    digits
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
            u8::from_str_radix(pair, 16).map_err(|e| e.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_and_parse_agree() {
        assert_eq!(show(&[]), "(empty)");
        assert_eq!(show(&[0x0a, 0xff]), "0a ff");
        assert_eq!(parse("0a ff\n01").unwrap(), [0x0a, 0xff, 0x01]);
        assert_eq!(parse(&show(&[1, 2, 3])).unwrap(), [1, 2, 3]);
        assert!(parse("0").is_err());
        assert!(parse("zz").is_err());
    }
}
