//! Telling text, HTML and JSON Lines apart: by file extension when there is
//! one we know, otherwise by looking at the first bytes.

use std::path::Path;

use super::Format;
use super::decode;

/// How many leading bytes sniffing looks at: enough to get past a doctype,
/// comments and blank lines, small enough to be free.
const SNIFF_BYTES: usize = 4096;

/// Tags that can open an HTML page or fragment. A plain-text article rarely
/// starts with `<` followed by one of these.
const HTML_OPENERS: &[&str] = &[
    "!doctype", "!--", "?xml", "html", "head", "body", "meta", "title", "link", "p", "div",
    "article", "main", "section", "header", "h1", "h2", "h3", "span", "table", "br",
];

impl Format {
    /// The format a file extension stands for (case-insensitive), or `None`
    /// for an unknown or missing extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" | "json" => Some(Format::JsonLines),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes: an HTML tag means HTML, a
    /// first non-blank line starting with `{` means JSON Lines, anything
    /// else is text.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = decode::lossy_prefix(bytes, SNIFF_BYTES);
        let start = head.trim_start();
        if start.starts_with('{') {
            Format::JsonLines
        } else if looks_like_html(start) {
            Format::Html
        } else {
            Format::Text
        }
    }

    /// The format of `path` by extension, or else by sniffing `bytes`.
    pub fn detect(path: &Path, bytes: &[u8]) -> Format {
        Format::from_path(path).unwrap_or_else(|| Format::sniff(bytes))
    }
}

/// Whether `start` (leading whitespace already gone) opens with a known tag.
fn looks_like_html(start: &str) -> bool {
    let Some(rest) = start.strip_prefix('<') else {
        return false;
    };
    let lower: String = rest
        .chars()
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    HTML_OPENERS.iter().any(|tag| {
        lower.strip_prefix(tag).is_some_and(|after| {
            // `<p>` or `<p class=…>`, not `<pre-release note>`; comments and
            // declarations need no delimiter.
            tag.starts_with('!')
                || tag.starts_with('?')
                || after.is_empty()
                || after.starts_with(['>', '/', ' ', '\t', '\n', '\r'])
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(Format::from_path(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::from_path(Path::new("notes.md")), Some(Format::Text));
        assert_eq!(Format::from_path(Path::new("page.htm")), Some(Format::Html));
        assert_eq!(
            Format::from_path(Path::new("page.xhtml")),
            Some(Format::Html)
        );
        assert_eq!(
            Format::from_path(Path::new("c.ndjson")),
            Some(Format::JsonLines)
        );
        assert_eq!(
            Format::from_path(Path::new("c.json")),
            Some(Format::JsonLines)
        );
        assert_eq!(Format::from_path(Path::new("README")), None);
        assert_eq!(Format::from_path(Path::new("x.pdf")), None);
    }

    #[test]
    fn sniffing() {
        assert_eq!(Format::sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"\n  <html lang=en>"), Format::Html);
        assert_eq!(Format::sniff(b"<p>Hello</p>"), Format::Html);
        assert_eq!(Format::sniff(b"<!-- saved page -->"), Format::Html);
        assert_eq!(Format::sniff(b"\xEF\xBB\xBF<html>"), Format::Html);
        assert_eq!(Format::sniff(b"\n{\"text\": \"x\"}\n"), Format::JsonLines);
        assert_eq!(Format::sniff(b"Headline\n\nBody."), Format::Text);
        assert_eq!(Format::sniff(b"<pre-release> notes"), Format::Text);
        assert_eq!(Format::sniff(b""), Format::Text);
    }

    #[test]
    fn sniffs_utf16() {
        let page: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<html>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(Format::sniff(&page), Format::Html);
    }

    #[test]
    fn detect_prefers_extension() {
        assert_eq!(Format::detect(Path::new("a.txt"), b"<html>"), Format::Text);
        assert_eq!(Format::detect(Path::new("-"), b"<html>"), Format::Html);
    }
}
