//! Plain-text articles: the headline guessed from the first line, the date
//! from a dateline, the text kept whole (the headline line stays in it).

use super::{Article, Limits, date, decode};

/// A headline is one short line; a longer first line is the lead paragraph.
const MAX_TITLE_CHARS: usize = 200;

/// Reads one plain-text article. The error is a message without the origin.
pub(super) fn parse_text(origin: &str, bytes: &[u8], limits: &Limits) -> Result<Article, String> {
    let text = normalise_newlines(decode::decode(bytes, limits)?);
    Ok(Article {
        origin: origin.to_string(),
        id: None,
        title: guess_title(&text),
        date: date::find_dateline(&text),
        url: None,
        text,
    })
}

/// The first non-empty line, if it reads like a headline: short, not ending
/// in a full stop, and not merely a date line.
pub(super) fn guess_title(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|line| !line.is_empty())?;
    let headline = first.chars().count() < MAX_TITLE_CHARS
        && !first.ends_with('.')
        && date::dateline_date(first).is_none();
    headline.then(|| first.to_string())
}

/// Windows and old Mac line ends become `\n`, so that paragraphs are always
/// separated by `\n\n` whatever system wrote the file.
fn normalise_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Article, String> {
        parse_text("a.txt", s.as_bytes(), &Limits::default())
    }

    #[test]
    fn headline_dateline_and_text_kept_whole() {
        let src = "Koreas hold talks\n\nSEOUL, Jan. 9, 2018 (Wire) - North and South Korea held talks on Tuesday.\n";
        let a = parse(src).unwrap();
        assert_eq!(a.title.as_deref(), Some("Koreas hold talks"));
        assert_eq!(a.date.as_deref(), Some("2018-01-09"));
        assert_eq!(a.text, src);
        assert_eq!(a.origin, "a.txt");
    }

    #[test]
    fn no_headline_when_first_line_is_prose() {
        let a = parse("North Korea fired a missile on Tuesday.\n\nMore text.").unwrap();
        assert_eq!(a.title, None);
        let long = "x".repeat(MAX_TITLE_CHARS);
        assert_eq!(parse(&long).unwrap().title, None);
        assert_eq!(
            parse("Published: 7 March 2018\n\nBody.").unwrap().title,
            None
        );
    }

    #[test]
    fn crlf_becomes_lf() {
        let a = parse("Title\r\n\r\nBody one.\r\rBody two.").unwrap();
        assert_eq!(a.text, "Title\n\nBody one.\n\nBody two.");
        assert_eq!(a.title.as_deref(), Some("Title"));
    }

    #[test]
    fn empty_is_an_error() {
        assert_eq!(parse("  \n\n ").unwrap_err(), "empty article");
    }
}
