//! Publication dates: normalising a date field (JSON `date`, HTML meta
//! tags) and finding a dateline near the top of an article's text, both to
//! `YYYY-MM-DD`.

use std::sync::LazyLock;

use regex::Regex;

/// Datelines sit in the first few lines; further down, dates are events the
/// article reports ("the summit on June 12, 2018"), not when it was written.
const DATELINE_LINES: usize = 5;

/// A line this short that holds a date is a date or byline line ("By Wire
/// staff | March 4, 2019"), not prose that happens to mention a date.
const SHORT_LINE_CHARS: usize = 80;

const MONTH: &str = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/// `2019-03-04`, `2019/3/4`, and the date part of `2019-03-04T10:00Z`.
static ISO: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\D|$)"));

/// `March 4, 2019`, `Feb. 12 2018`, `Sept. 5th, 2017`.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
});

/// `4 March 2019`, `12th June, 2018`, `27 Apr 2018`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\.?,?\s+(\d{{4}})\b"
    ))
});

/// What may stand before the date on a long line for it to be a dateline:
/// a label (`Published:`, `Updated`), a place (`SEOUL,`,
/// `PYONGYANG/SEOUL,`, `Seoul, South Korea,`), a weekday, or nothing.
static DATELINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^\s*(?:",
        r"(?i:(?:first\s+|last\s+)?(?:published|updated|posted|modified|date|dated)(?:\s+on)?\s*:?)",
        r"|[A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*)*(?:,\s*[A-Z][A-Za-z.'’ -]*){0,2},",
        r")?\s*",
        r"(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)?$",
    ))
});

/// `20190304`, as some `<meta name="date">` tags write it.
static COMPACT: LazyLock<Regex> = LazyLock::new(|| compile(r"^(\d{4})(\d{2})(\d{2})$"));

/// Compiles a pattern written in this file; they are all tested below.
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in date pattern {pattern:?}: {e}"))
}

/// A date field's value as `YYYY-MM-DD`: an ISO date or datetime, a
/// compact `20190304`, or a written date (`4 March 2019`) anywhere in it.
/// `None` if it holds no valid date.
pub(super) fn normalise(field: &str) -> Option<String> {
    let field = field.trim();
    if let Some(c) = COMPACT.captures(field) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    leftmost_date(field).map(|(_, date)| date)
}

/// The date of a dateline or date line among the first few non-empty lines
/// of `text`, as `YYYY-MM-DD`.
pub(super) fn find_dateline(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(DATELINE_LINES)
        .find_map(dateline_date)
}

/// The date of one line if the line is a dateline or a short date line.
pub(super) fn dateline_date(line: &str) -> Option<String> {
    let (start, date) = leftmost_date(line)?;
    let short = line.chars().count() <= SHORT_LINE_CHARS;
    (short || DATELINE_PREFIX.is_match(&line[..start])).then_some(date)
}

/// The earliest valid date written in `s`: its byte offset and `YYYY-MM-DD`.
fn leftmost_date(s: &str) -> Option<(usize, String)> {
    let iso = ISO
        .captures_iter(s)
        .find_map(|c| Some((c.get(0)?.start(), ymd(&c[1], &c[2], &c[3])?)));
    let mdy = MONTH_DAY_YEAR
        .captures_iter(s)
        .find_map(|c| Some((c.get(0)?.start(), ymd(&c[3], month_number(&c[1])?, &c[2])?)));
    let dmy = DAY_MONTH_YEAR
        .captures_iter(s)
        .find_map(|c| Some((c.get(0)?.start(), ymd(&c[3], month_number(&c[2])?, &c[1])?)));
    [iso, mdy, dmy]
        .into_iter()
        .flatten()
        .min_by_key(|(start, _)| *start)
}

/// The number, `"1"` to `"12"`, of a month name or abbreviation.
fn month_number(name: &str) -> Option<&'static str> {
    const NUMBERS: [&str; 12] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ];
    const PREFIXES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    PREFIXES
        .iter()
        .position(|p| lower.starts_with(p))
        .map(|i| NUMBERS[i])
}

/// `YYYY-MM-DD` if year, month and day make a real calendar date.
fn ymd(year: &str, month: &str, day: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    let valid =
        (1900..=2100).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m);
    valid.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Days in month `m` (1–12) of year `y`, Gregorian.
fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Option<String> {
        dateline_date(s)
    }

    #[test]
    fn datelines() {
        let body = " North Korea's chief negotiator said on Saturday that working-level talks had broken down.";
        assert_eq!(
            line(&format!("SEOUL, March 4, 2019 (Wire) -{body}")).as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            line(&format!("WASHINGTON, Feb. 12, 2018 —{body}")).as_deref(),
            Some("2018-02-12")
        );
        assert_eq!(
            line(&format!("PYONGYANG/SEOUL, Sept. 19, 2018 (Wire) -{body}")).as_deref(),
            Some("2018-09-19")
        );
        assert_eq!(
            line(&format!("Seoul, South Korea, 4 March 2019 -{body}")).as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            line(&format!("March 4, 2019 —{body}")).as_deref(),
            Some("2019-03-04")
        );
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            line("Published: 12 June 2018").as_deref(),
            Some("2018-06-12")
        );
        assert_eq!(line("Updated 2019-03-04").as_deref(), Some("2019-03-04"));
        assert_eq!(
            line("Updated 2019-03-04T10:15:00Z").as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(line("March 4, 2019").as_deref(), Some("2019-03-04"));
        assert_eq!(line("4 March 2019").as_deref(), Some("2019-03-04"));
        assert_eq!(
            line("Tuesday, 4th March, 2019").as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            line("By Wire staff | Dec. 1, 2017").as_deref(),
            Some("2017-12-01")
        );
    }

    #[test]
    fn prose_dates_are_not_datelines() {
        let prose = "The first summit took place in Singapore on June 12, 2018, and ended with a vague joint statement.";
        assert_eq!(line(prose), None);
        assert_eq!(line("SEOUL, March 4 (Wire) - No year given."), None);
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert_eq!(line("Feb. 30, 2019"), None);
        assert_eq!(line("2019-13-01"), None);
        assert_eq!(line("Feb. 29, 2020").as_deref(), Some("2020-02-29"));
        assert_eq!(line("Feb. 29, 2019"), None);
        assert_eq!(line("29 Feb 1900"), None);
    }

    #[test]
    fn finds_dateline_only_near_the_top() {
        let text = "Headline\n\nPublished: 7 March 2018\n\nBody.";
        assert_eq!(find_dateline(text).as_deref(), Some("2018-03-07"));
        let late = "A\n\nB\n\nC\n\nD\n\nE\n\nMarch 4, 2019\n";
        assert_eq!(find_dateline(late), None);
        assert_eq!(find_dateline(""), None);
    }

    #[test]
    fn normalises_fields() {
        assert_eq!(normalise("2018-04-27").as_deref(), Some("2018-04-27"));
        assert_eq!(
            normalise("2018-04-27T21:40:00+09:00").as_deref(),
            Some("2018-04-27")
        );
        assert_eq!(normalise(" 2018-4-7 12:00 ").as_deref(), Some("2018-04-07"));
        assert_eq!(normalise("20180427").as_deref(), Some("2018-04-27"));
        assert_eq!(
            normalise("Fri, 27 Apr 2018 12:00:00 GMT").as_deref(),
            Some("2018-04-27")
        );
        assert_eq!(normalise("yesterday"), None);
        assert_eq!(normalise(""), None);
    }

    #[test]
    fn month_names() {
        for (name, n) in [
            ("Jan", "1"),
            ("june", "6"),
            ("Sept", "9"),
            ("SEPTEMBER", "9"),
            ("Dec", "12"),
        ] {
            assert_eq!(month_number(name), Some(n), "{name}");
        }
    }
}
