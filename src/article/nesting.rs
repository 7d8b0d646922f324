//! A guard against HTML bombs: a quick scan of the raw markup that refuses
//! a page nested absurdly deep before the real parser sees it.
//!
//! html5ever copes with depth without recursion, but many of its steps scan
//! the stack of open elements, so 100,000 nested `<div>`s take about a
//! minute to parse. No real article page nests more than a few dozen
//! levels, so anything past [`MAX_NESTING`] is refused as malformed.

use std::collections::HashMap;

/// Deepest nesting accepted, far above real pages (typically under 60).
const MAX_NESTING: usize = 512;

/// Elements that never hold others.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose start tag the parser closes by itself at the next sibling
/// (`<p>a<p>b`) or that it never nests: counting them would refuse
/// sloppy but harmless pages. What holds them (a list, a table) is counted.
const NOT_NESTING: &[&str] = &[
    "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "rb", "rt", "rtc", "rp",
];

/// Elements whose content is raw text up to their own end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Refuses markup nested deeper than [`MAX_NESTING`]. An estimate, not a
/// parse: it errs towards counting deeper than the parser would.
pub(super) fn check(source: &str) -> Result<(), String> {
    let bytes = source.as_bytes();
    let mut open: HashMap<String, usize> = HashMap::new();
    let mut depth = 0;
    let mut i = 0;
    while let Some(at) = find(bytes, i, b"<") {
        let Some(tag) = Tag::read(bytes, at) else {
            i = skip_markup(bytes, at);
            continue;
        };
        i = tag.end;
        if tag.closing {
            if let Some(count) = open.get_mut(&tag.name).filter(|c| **c > 0) {
                *count -= 1;
                depth -= 1;
            }
        } else if tag.name == "plaintext" {
            // Everything after it is text.
            return Ok(());
        } else if RAW_TEXT.contains(&tag.name.as_str()) {
            i = find_end_tag(bytes, i, &tag.name);
        } else if counts(&tag, &open) {
            *open.entry(tag.name).or_default() += 1;
            depth += 1;
            if depth > MAX_NESTING {
                return Err(format!(
                    "HTML nested more than {MAX_NESTING} levels deep near byte {at}; refusing it as malformed"
                ));
            }
        }
    }
    Ok(())
}

/// Whether a start tag adds a level. `<x/>` is self-closing only inside
/// SVG or MathML; elsewhere the parser ignores the slash, and so do we.
fn counts(tag: &Tag, open: &HashMap<String, usize>) -> bool {
    let in_foreign = ["svg", "math"]
        .iter()
        .any(|name| open.get(*name).is_some_and(|c| *c > 0));
    let name = tag.name.as_str();
    !(VOID.contains(&name) || NOT_NESTING.contains(&name) || (tag.self_closing && in_foreign))
}

/// A start or end tag found in the markup.
struct Tag {
    /// Lower-case tag name.
    name: String,
    /// `</name>` rather than `<name>`.
    closing: bool,
    /// Ends in `/>`.
    self_closing: bool,
    /// Byte offset just past the tag's `>` (or the end of input).
    end: usize,
}

impl Tag {
    /// The tag starting at `bytes[at] == b'<'`, or `None` if what follows
    /// is not a tag name (a comment, a doctype, a stray `<`).
    fn read(bytes: &[u8], at: usize) -> Option<Tag> {
        let closing = bytes.get(at + 1) == Some(&b'/');
        let start = at + 1 + usize::from(closing);
        if !bytes.get(start)?.is_ascii_alphabetic() {
            return None;
        }
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        let name = String::from_utf8_lossy(&bytes[start..start + len]).to_ascii_lowercase();
        let end = tag_end(bytes, start + len);
        let self_closing = bytes[..end].ends_with(b"/>");
        Some(Tag {
            name,
            closing,
            self_closing,
            end,
        })
    }
}

/// Just past the `>` closing a tag whose attributes start at `i`; a `>`
/// inside a quoted attribute value does not count.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut last = b' ';
    while let Some(&b) = bytes.get(i) {
        if b == b'>' {
            return i + 1;
        }
        if (b == b'"' || b == b'\'') && last == b'=' {
            i = find(bytes, i + 1, &[b]).map_or(bytes.len(), |q| q + 1);
            last = b;
            continue;
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
        i += 1;
    }
    bytes.len()
}

/// Past a comment, doctype, processing instruction or stray `<` at `at`.
fn skip_markup(bytes: &[u8], at: usize) -> usize {
    let rest = &bytes[at..];
    if rest.starts_with(b"<!--") {
        find(bytes, at + 4, b"-->").map_or(bytes.len(), |p| p + 3)
    } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
        find(bytes, at, b">").map_or(bytes.len(), |p| p + 1)
    } else {
        at + 1
    }
}

/// Where the raw text of `name` that starts at `i` ends: at its `</name`
/// (any case), or the end of input.
fn find_end_tag(bytes: &[u8], mut i: usize, name: &str) -> usize {
    while let Some(at) = find(bytes, i, b"</") {
        let candidate = &bytes[at + 2..];
        if candidate.len() >= name.len()
            && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return at;
        }
        i = at + 2;
    }
    bytes.len()
}

/// The first offset at or after `from` where `needle` starts.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = bytes.get(from..)?;
    if needle.len() == 1 {
        return hay.iter().position(|b| *b == needle[0]).map(|p| p + from);
    }
    hay.windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, n: usize) -> String {
        format!("<html><body>{}<p>deep</p></body></html>", open.repeat(n))
    }

    #[test]
    fn real_pages_pass() {
        assert!(check(&nested("<div>", MAX_NESTING - 1)).is_ok());
        let sloppy = "<p>one<p>two<li>x<li>y<br><img src=a><td>z".repeat(10_000);
        assert!(check(&sloppy).is_ok());
        let closed = "<div><span>x</span></div>".repeat(10_000);
        assert!(check(&closed).is_ok());
        let icons = format!("<svg>{}</svg>", "<path d=\"M0 0\"/>".repeat(5_000));
        assert!(check(&icons).is_ok());
    }

    #[test]
    fn bombs_are_refused() {
        for open in [
            "<div>",
            "<b>",
            "<span class=x>",
            "<table>",
            "<div/>",
            "<ul><li>",
        ] {
            let err = check(&nested(open, 100_000)).unwrap_err();
            assert!(err.contains("nested more than 512 levels"), "{open}: {err}");
        }
    }

    #[test]
    fn stray_end_tags_do_not_hide_depth() {
        assert!(check(&"<div></span>".repeat(1_000)).is_err());
    }

    #[test]
    fn raw_text_and_comments_are_skipped() {
        let script = format!(
            "<script>var s = \"{}\";</SCRIPT><p>x",
            "<div>".repeat(1_000)
        );
        assert!(check(&script).is_ok());
        let comment = format!("<!-- {} --><p>x", "<div>".repeat(1_000));
        assert!(check(&comment).is_ok());
        let attr = format!("<a title=\"{}\">x</a>", "><div>".repeat(1_000));
        assert!(check(&attr).is_ok());
    }

    #[test]
    fn truncated_markup_does_not_panic() {
        for s in [
            "<",
            "</",
            "<!--",
            "<!",
            "<div",
            "<div a=\"",
            "<script>",
            "</div>",
            "<a b='>'",
        ] {
            let _ = check(s);
        }
    }
}
