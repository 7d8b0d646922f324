//! One input's bytes to its articles, whatever the format.

use super::{Article, Format, Limits, html, jsonl, text};
use crate::Error;

/// Reads one input's articles: one for a text or HTML input, one per
/// non-blank line for JSON Lines. A failure is an `Err` in the list naming
/// `origin` (or `origin:line`); a JSON Lines file's other lines still
/// come through.
pub fn parse(
    origin: &str,
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Vec<Result<Article, Error>> {
    let mut out = Vec::new();
    parse_into(origin, bytes, format, limits, &mut |r| out.push(r));
    out
}

/// [`parse`], handing each article to `on_article` as it is read.
pub(super) fn parse_into(
    origin: &str,
    bytes: &[u8],
    format: Format,
    limits: &Limits,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let single = match format {
        Format::JsonLines => return jsonl::parse_lines(origin, bytes, limits, on_article),
        Format::Text => text::parse_text(origin, bytes, limits),
        Format::Html => html::parse_html(origin, bytes, limits),
    };
    on_article(single.map_err(|message| Error::BadInput {
        origin: origin.to_string(),
        message,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_article_for_text_and_html() {
        let limits = Limits::default();
        let text = parse("a.txt", b"Title\n\nBody.", Format::Text, &limits);
        assert_eq!(text.len(), 1);
        assert_eq!(text[0].as_ref().unwrap().title.as_deref(), Some("Title"));
        let html = parse("a.html", b"<p>Body.</p>", Format::Html, &limits);
        assert_eq!(html[0].as_ref().unwrap().text, "Body.");
    }

    #[test]
    fn errors_name_the_origin() {
        let out = parse("dir/a.txt", b"", Format::Text, &Limits::default());
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].as_ref().unwrap_err().to_string(),
            "dir/a.txt: empty article"
        );
    }

    #[test]
    fn json_lines_one_per_line() {
        let out = parse(
            "c.jsonl",
            b"{\"text\": \"a\"}\nnot json\n{\"text\": \"b\"}\n",
            Format::JsonLines,
            &Limits::default(),
        );
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().origin, "c.jsonl#1");
        assert!(
            out[1]
                .as_ref()
                .unwrap_err()
                .to_string()
                .starts_with("c.jsonl:2: ")
        );
        assert_eq!(out[2].as_ref().unwrap().text, "b");
    }

    #[test]
    fn never_panics_on_junk() {
        let junk: &[&[u8]] = &[
            b"\xFF\xFE\x00",
            b"\xFE\xFF\xD8\x00",
            b"<",
            b"{",
            b"\0\0\0",
            b"<html><body><p>\xC3",
        ];
        for bytes in junk {
            for format in [Format::Text, Format::Html, Format::JsonLines] {
                let _ = parse("junk", bytes, format, &Limits::default());
            }
        }
    }
}
