//! Turning an input's bytes into text: UTF-8 (with or without a byte-order
//! mark) or UTF-16 with a mark. Binary files, invalid UTF-8, empty inputs and
//! oversized ones are refused with a message saying what to do.

use super::Limits;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16_LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16_BE_BOM: &[u8] = b"\xFE\xFF";

/// How far to look for NUL bytes: a text file has none, almost every binary
/// format has some near the start.
const BINARY_SCAN_BYTES: usize = 8192;

/// Decodes a whole article. The error is a message without the origin,
/// which the caller adds.
pub(super) fn decode(bytes: &[u8], limits: &Limits) -> Result<String, String> {
    check_size(bytes.len(), limits)?;
    let text = if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        decode_utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        decode_utf16(rest, u16::from_be_bytes)?
    } else {
        decode_utf8(bytes)?
    };
    if text.trim().is_empty() {
        return Err("empty article".to_string());
    }
    Ok(text)
}

/// Refuses an article longer than the limit, naming the flag that raises it.
pub(super) fn check_size(len: usize, limits: &Limits) -> Result<(), String> {
    if len > limits.max_article_bytes {
        return Err(format!(
            "article is {len} bytes, over the limit of {} bytes; raise it with --max-article-bytes",
            limits.max_article_bytes
        ));
    }
    Ok(())
}

/// Up to `max` leading bytes as text, replacing what does not decode: good
/// enough for guessing a format, never for the article itself.
pub(super) fn lossy_prefix(bytes: &[u8], max: usize) -> String {
    let head = &bytes[..bytes.len().min(max)];
    if let Some(rest) = head.strip_prefix(UTF16_LE_BOM) {
        lossy_utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = head.strip_prefix(UTF16_BE_BOM) {
        lossy_utf16(rest, u16::from_be_bytes)
    } else {
        String::from_utf8_lossy(head.strip_prefix(UTF8_BOM).unwrap_or(head)).into_owned()
    }
}

/// Strict UTF-8, after a possible byte-order mark; NUL bytes mean binary.
fn decode_utf8(bytes: &[u8]) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (UTF8_BOM.len(), rest),
        None => (0, bytes),
    };
    if body[..body.len().min(BINARY_SCAN_BYTES)].contains(&0) {
        return Err("binary file, not an article".to_string());
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(format!(
            "not valid UTF-8 text at byte {}; convert it to UTF-8",
            bom + e.valid_up_to()
        )),
    }
}

/// Strict UTF-16 in the byte order given by `unit`.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, String> {
    if !bytes.len().is_multiple_of(2) {
        return Err("UTF-16 text with an odd number of bytes (truncated?)".to_string());
    }
    let mut text = String::with_capacity(bytes.len() / 2);
    for (i, c) in char::decode_utf16(units(bytes, unit)).enumerate() {
        match c {
            Ok(c) => text.push(c),
            // Index counts decoded chars, not units: good enough to locate it.
            Err(_) => {
                return Err(format!(
                    "not valid UTF-16 text near character {i}; convert it to UTF-8"
                ));
            }
        }
    }
    Ok(text)
}

/// UTF-16 with bad units replaced.
fn lossy_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    char::decode_utf16(units(bytes, unit))
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// The 16-bit code units of `bytes`, a trailing odd byte ignored.
fn units(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> impl Iterator<Item = u16> + '_ {
    bytes
        .chunks_exact(2)
        .map(move |pair| unit([pair[0], pair[1]]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let units = text.encode_utf16();
        if big_endian {
            UTF16_BE_BOM
                .iter()
                .copied()
                .chain(units.flat_map(u16::to_be_bytes))
                .collect()
        } else {
            UTF16_LE_BOM
                .iter()
                .copied()
                .chain(units.flat_map(u16::to_le_bytes))
                .collect()
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let limits = Limits::default();
        assert_eq!(decode(b"Hello", &limits).unwrap(), "Hello");
        assert_eq!(decode(b"\xEF\xBB\xBFHello", &limits).unwrap(), "Hello");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let limits = Limits::default();
        assert_eq!(
            decode(&utf16("Pyongyang – Seoul", false), &limits).unwrap(),
            "Pyongyang – Seoul"
        );
        assert_eq!(
            decode(&utf16("Pyongyang – Seoul", true), &limits).unwrap(),
            "Pyongyang – Seoul"
        );
        let mut odd = utf16("abc", false);
        odd.push(b'x');
        assert!(decode(&odd, &limits).unwrap_err().contains("odd number"));
        // A lone high surrogate.
        let bad = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        assert!(
            decode(&bad, &limits)
                .unwrap_err()
                .contains("not valid UTF-16")
        );
    }

    #[test]
    fn refuses_invalid_utf8_naming_the_byte() {
        let err = decode(b"caf\xE9 au lait", &Limits::default()).unwrap_err();
        assert_eq!(err, "not valid UTF-8 text at byte 3; convert it to UTF-8");
        let err = decode(b"\xEF\xBB\xBFcaf\xE9", &Limits::default()).unwrap_err();
        assert!(err.contains("at byte 6"), "{err}");
    }

    #[test]
    fn refuses_binary() {
        let err = decode(b"%PDF-1.4\0\0\x01stream", &Limits::default()).unwrap_err();
        assert_eq!(err, "binary file, not an article");
    }

    #[test]
    fn refuses_empty() {
        assert_eq!(
            decode(b"", &Limits::default()).unwrap_err(),
            "empty article"
        );
        assert_eq!(
            decode(b" \n\t\r\n", &Limits::default()).unwrap_err(),
            "empty article"
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBF\n", &Limits::default()).unwrap_err(),
            "empty article"
        );
    }

    #[test]
    fn refuses_oversized_naming_the_flag() {
        let err = decode(
            b"0123456789",
            &Limits {
                max_article_bytes: 5,
            },
        )
        .unwrap_err();
        assert!(
            err.contains("10 bytes")
                && err.contains("limit of 5")
                && err.contains("--max-article-bytes"),
            "{err}"
        );
        assert!(
            decode(
                b"01234",
                &Limits {
                    max_article_bytes: 5
                }
            )
            .is_ok()
        );
    }

    #[test]
    fn lossy_prefix_never_fails() {
        assert_eq!(lossy_prefix(b"ab\xFFcd", 3), "ab\u{FFFD}");
        assert_eq!(lossy_prefix(&utf16("<p>", false), 100), "<p>");
        assert_eq!(lossy_prefix(&utf16("<p>", true), 5), "<");
    }
}
