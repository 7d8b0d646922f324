//! JSON Lines collections: one article per line, read as a stream so that a
//! collection larger than memory still goes through. A broken line is an
//! error for that line only; the others still come through.

use std::io::{self, BufRead};

use serde_json::{Map, Value};

use super::{Article, Limits, date, decode, text};
use crate::Error;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads every line of `reader`, calling `on_article` once per non-blank
/// line. Articles are named `origin#N`, errors `origin:N` (N from 1).
/// A read error ends the collection with one last error.
pub(super) fn parse_lines(
    origin: &str,
    mut reader: impl BufRead,
    limits: &Limits,
    on_article: &mut dyn FnMut(Result<Article, Error>),
) {
    let mut buf = Vec::new();
    for number in 1.. {
        buf.clear();
        let len = match read_line(&mut reader, limits.max_article_bytes, &mut buf) {
            Ok(Some(len)) => len,
            Ok(None) => return,
            Err(e) => return on_article(Err(Error::io(origin, e))),
        };
        let line = trim_line(&buf, number);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let result =
            decode::check_size(len, limits).and_then(|()| parse_record(origin, number, line));
        on_article(result.map_err(|message| Error::BadInput {
            origin: format!("{origin}:{number}"),
            message,
        }));
    }
}

/// Reads one line into `buf` (without its `\n`), keeping at most `max + 1`
/// bytes of it so that one huge line cannot fill memory. Returns the line's
/// full length, or `None` at the end of input.
fn read_line(
    reader: &mut impl BufRead,
    max: usize,
    buf: &mut Vec<u8>,
) -> io::Result<Option<usize>> {
    let mut total = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((total > 0).then_some(total));
        }
        let newline = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..newline.unwrap_or(available.len())];
        let room = (max + 1).saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        total += chunk.len();
        let used = chunk.len() + usize::from(newline.is_some());
        reader.consume(used);
        if newline.is_some() {
            return Ok(Some(total));
        }
    }
}

/// The line without a Windows `\r`, and on line 1 without a byte-order mark.
fn trim_line(buf: &[u8], number: usize) -> &[u8] {
    let line = buf.strip_suffix(b"\r").unwrap_or(buf);
    if number == 1 {
        line.strip_prefix(UTF8_BOM).unwrap_or(line)
    } else {
        line
    }
}

/// One line's record as an article named `origin#number`.
fn parse_record(origin: &str, number: usize, line: &[u8]) -> Result<Article, String> {
    let value: Value = serde_json::from_slice(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(record) = value else {
        return Err(format!(
            "expected a JSON object with a \"text\" field, found {}",
            kind(&value)
        ));
    };
    let text = match record.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(other) => return Err(format!("\"text\" must be a string, found {}", kind(other))),
        None => return Err("missing \"text\" field (the article text, a string)".to_string()),
    };
    if text.trim().is_empty() {
        return Err("empty article".to_string());
    }
    let date = match string_field(&record, "date")? {
        Some(raw) => Some(
            date::normalise(&raw)
                .ok_or_else(|| format!("\"date\" {raw:?} is not a date; use YYYY-MM-DD"))?,
        ),
        None => date::find_dateline(&text),
    };
    Ok(Article {
        origin: format!("{origin}#{number}"),
        id: string_field(&record, "id")?,
        title: string_field(&record, "title")?.or_else(|| text::guess_title(&text)),
        date,
        url: string_field(&record, "url")?,
        text,
    })
}

/// An optional string field; `null` and blank strings count as absent, and
/// a number is accepted as its decimal text (ids are often numbers).
fn string_field(record: &Map<String, Value>, name: &str) -> Result<Option<String>, String> {
    match record.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(format!(
            "\"{name}\" must be a string, found {}",
            kind(other)
        )),
    }
}

/// A JSON value's kind, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &[u8], limits: &Limits) -> Vec<Result<Article, Error>> {
        let mut out = Vec::new();
        parse_lines("c.jsonl", input, limits, &mut |r| out.push(r));
        out
    }

    fn message(r: &Result<Article, Error>) -> String {
        match r {
            Err(e) => e.to_string(),
            Ok(a) => panic!("expected an error, got {a:?}"),
        }
    }

    #[test]
    fn records_with_all_fields() {
        let input = br#"{"id": "w-1", "title": "T", "date": "2019-03-01T09:00:00Z", "url": "https://x/1", "text": "Body."}"#;
        let out = collect(input, &Limits::default());
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.origin, "c.jsonl#1");
        assert_eq!(a.id.as_deref(), Some("w-1"));
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.date.as_deref(), Some("2019-03-01"));
        assert_eq!(a.url.as_deref(), Some("https://x/1"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn date_from_dateline_when_no_field() {
        let input = br#"{"id": 7, "date": null, "title": " ", "text": "SEOUL, May 9, 2019 (Wire) - North Korea fired two short-range missiles on Thursday, its second launch in a week."}"#;
        let out = collect(input, &Limits::default());
        let a = out[0].as_ref().unwrap();
        assert_eq!(a.date.as_deref(), Some("2019-05-09"));
        assert_eq!(a.id.as_deref(), Some("7"));
        assert_eq!(a.title, None);
    }

    #[test]
    fn broken_lines_are_errors_and_the_rest_go_on() {
        let input = b"\xEF\xBB\xBF{\"text\": \"one\"}\r\n\n{broken\n[1, 2]\n{\"title\": \"no text\"}\n{\"text\": 5}\n{\"text\": \"  \"}\n{\"text\": \"x\", \"date\": \"soon\"}\n{\"text\": \"x\", \"url\": [1]}\n{\"text\": \"last\"}";
        let out = collect(input, &Limits::default());
        assert_eq!(out.len(), 9);
        assert_eq!(out[0].as_ref().unwrap().text, "one");
        assert!(
            message(&out[1]).starts_with("c.jsonl:3: invalid JSON"),
            "{}",
            message(&out[1])
        );
        assert!(
            message(&out[2]).contains(":4: expected a JSON object"),
            "{}",
            message(&out[2])
        );
        assert!(message(&out[3]).contains(":5: missing \"text\""));
        assert!(message(&out[4]).contains(":6: \"text\" must be a string, found a number"));
        assert!(message(&out[5]).contains(":7: empty article"));
        assert!(message(&out[6]).contains(":8: \"date\" \"soon\" is not a date"));
        assert!(message(&out[7]).contains(":9: \"url\" must be a string"));
        let last = out[8].as_ref().unwrap();
        assert_eq!(
            (last.text.as_str(), last.origin.as_str()),
            ("last", "c.jsonl#10")
        );
    }

    #[test]
    fn oversized_line_is_refused_without_stopping() {
        let long = format!(
            "{{\"text\": \"{}\"}}\n{{\"text\": \"ok\"}}\n",
            "x".repeat(100)
        );
        let out = collect(
            long.as_bytes(),
            &Limits {
                max_article_bytes: 50,
            },
        );
        assert_eq!(out.len(), 2);
        assert!(
            message(&out[0]).contains("c.jsonl:1: article is 112 bytes"),
            "{}",
            message(&out[0])
        );
        assert_eq!(out[1].as_ref().unwrap().text, "ok");
    }

    #[test]
    fn read_line_keeps_bounded_prefix() {
        let mut buf = Vec::new();
        let mut reader = io::BufReader::with_capacity(4, &b"abcdefghij\nk"[..]);
        assert_eq!(read_line(&mut reader, 3, &mut buf).unwrap(), Some(10));
        assert_eq!(buf, b"abcd");
        buf.clear();
        assert_eq!(read_line(&mut reader, 3, &mut buf).unwrap(), Some(1));
        assert_eq!(buf, b"k");
        buf.clear();
        assert_eq!(read_line(&mut reader, 3, &mut buf).unwrap(), None);
    }

    #[test]
    fn empty_input_gives_nothing() {
        assert!(collect(b"", &Limits::default()).is_empty());
        assert!(collect(b"\n \n\t\n", &Limits::default()).is_empty());
    }
}
