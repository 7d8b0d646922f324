//! The entry point: runs the pipeline over one article and assembles the
//! statements (one per quoted sentence, one per reported sentence) and the
//! speakers they are credited to.

use std::collections::HashMap;

use super::attribute::{self, Sent};
use super::marks::{self, Quote};
use super::text::{self, has_alnum, paragraphs};
use super::{Extracted, Extraction, StatementKind, mentions, reported, resolve, sentences};

/// How far into a paragraph a dateline ("SEOUL, Jan. 9 (Wire) - ") may run.
const DATELINE_REACH: usize = 100;

/// Extracts every statement of an article and attributes it to a speaker.
///
/// `text` is the article: headline line(s) and paragraphs separated by blank
/// lines. Each statement's `&text[start..end]` is the statement without quote
/// marks or attribution. Never panics; runs in time linear in the text.
///
/// ```
/// let text = "“We are ready,” Unification Minister Park Ji-hoon said.";
/// let x = nkstance::quotes::extract(text);
/// let s = &x.statements[0];
/// assert_eq!(&text[s.start..s.end], "We are ready");
/// let who = s.speaker.map(|i| x.speakers[i].name.as_str());
/// assert_eq!(who, Some("Park Ji-hoon"));
/// ```
pub fn extract(text: &str) -> Extraction {
    let paras = paragraphs(text);
    let quotes = marks::find(text, &paras);
    let protected: Vec<(usize, usize)> = quotes
        .iter()
        .map(|q| (q.inner_start, q.inner_end))
        .collect();
    let sents = build_sentences(text, &paras, &protected);
    let ranges: Vec<(usize, usize)> = sents.iter().map(|s| (s.start, s.end)).collect();
    let mut mentions = mentions::find(text, &ranges, &protected);
    let entries = resolve::resolve(text, &mut mentions, sents.len());
    let direct = attribute::attribute(text, &quotes, &sents, &mentions);

    let mut raw: Vec<Extracted> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for d in &direct {
        let q = quotes[d.quote];
        taken.push((q.open, q.close_end));
        for (start, end) in quote_sentences(text, &q) {
            raw.push(Extracted {
                speaker: d.speaker,
                kind: StatementKind::Direct,
                start,
                end,
            });
        }
    }
    taken.sort_unstable();
    for r in reported::find(text, &sents, &mentions, &taken) {
        raw.push(Extracted {
            speaker: Some(r.speaker),
            kind: StatementKind::Reported,
            start: r.start,
            end: r.end,
        });
    }
    raw.sort_by_key(|s| (s.start, s.end));
    compact(entries.into_iter().map(|e| e.speaker).collect(), raw)
}

/// Keeps only speakers with statements and renumbers the statements.
fn compact(all: Vec<super::Speaker>, mut statements: Vec<Extracted>) -> Extraction {
    let mut map: HashMap<usize, usize> = HashMap::new();
    let mut speakers = Vec::new();
    for s in &mut statements {
        s.speaker = s.speaker.and_then(|old| {
            let speaker = all.get(old)?;
            Some(*map.entry(old).or_insert_with(|| {
                speakers.push(speaker.clone());
                speakers.len() - 1
            }))
        });
    }
    Extraction {
        speakers,
        statements,
    }
}

/// Sentences of every paragraph, keeping quotes whole and datelines out.
fn build_sentences(
    text: &str,
    paras: &[(usize, usize)],
    protected: &[(usize, usize)],
) -> Vec<Sent> {
    let mut out = Vec::new();
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let a = protected.partition_point(|r| r.1 <= ps);
        let b = protected.partition_point(|r| r.0 < pe);
        let start = skip_dateline(text, ps, pe);
        for (s, e) in sentences::split(text, start, pe, &protected[a..b.max(a)]) {
            out.push(Sent {
                start: s,
                end: e,
                para: pi,
            });
        }
    }
    out
}

/// Start of the paragraph after a dateline such as
/// "WASHINGTON, Sept. 5, 2017 (Wire) - ".
fn skip_dateline(text: &str, ps: usize, pe: usize) -> usize {
    let reach = text::floor_boundary(text, (ps + DATELINE_REACH).min(pe));
    let head = &text[ps..reach];
    let first: String = head
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '/')
        .collect();
    if first.chars().filter(|c| c.is_alphabetic()).count() < 3 || !text::is_all_caps(&first) {
        return ps;
    }
    for dash in [" - ", " — ", " – ", " -- "] {
        if let Some(i) = head.find(dash) {
            return ps + i + dash.len();
        }
    }
    ps
}

/// The sentences of a quoted passage, trimmed of the comma or dash that
/// precedes the attribution.
fn quote_sentences(text: &str, q: &Quote) -> Vec<(usize, usize)> {
    sentences::split(text, q.inner_start, q.inner_end, &[])
        .into_iter()
        .filter_map(|(s, e)| {
            let piece = &text[s..e];
            let kept = piece.trim_end_matches([',', ';', ':', '—', '–', '-', ' ', '\n', '\t']);
            let end = s + kept.len();
            (end > s && has_alnum(text, s, end)).then_some((s, end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_bounds(t: &str) {
        let x = extract(t);
        for s in &x.statements {
            assert!(s.start < s.end && s.end <= t.len());
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            assert!(s.speaker.is_none_or(|i| i < x.speakers.len()));
        }
    }

    #[test]
    fn empty_and_mark_only_texts() {
        assert_eq!(extract(""), Extraction::default());
        for t in [
            "\"",
            "“”",
            "‘’''\"\"",
            "“““",
            "”””",
            "\n\n\n",
            "“ ” ‘ ’ \" '",
        ] {
            check_bounds(t);
        }
    }

    #[test]
    fn unbalanced_quotes() {
        check_bounds("He said “we are ready. Then nothing.\n\nShe said ” nope “ maybe.");
        check_bounds("\"Open without close, Kim said. Another \" and ' stray ’ marks.");
    }

    #[test]
    fn deeply_nested_quotes_finish_fast() {
        let t = "“".repeat(10_000) + "Kim said no" + &"”".repeat(10_000);
        let started = std::time::Instant::now();
        check_bounds(&t);
        let t2 = "\"".repeat(10_000) + &"‘".repeat(10_000) + &"'".repeat(10_000);
        check_bounds(&t2);
        assert!(started.elapsed().as_secs() < 10);
    }

    #[test]
    fn long_single_line_is_linear() {
        let line = "Mr Kim said “we are ready” and Ms Park, a senior official, warned that "
            .repeat(15_000);
        let started = std::time::Instant::now();
        check_bounds(&line);
        assert!(started.elapsed().as_secs() < 20);
    }

    #[test]
    fn odd_unicode() {
        check_bounds(
            "Ri said “\u{200b}ok\u{feff}” é́́ 👍🏽 “العربية”, said Mr. Ümit. \u{0}\u{7f}\u{10ffff}",
        );
        check_bounds("“日本語の文です。” 金正恩 said. “Ünïcödé…” — Ms Ｋｉｍ said");
    }

    #[test]
    fn dateline_is_skipped() {
        let t = "SEOUL, Jan. 9, 2018 (Wire) - The talks will resume, Unification Minister Park Ji-hoon said.";
        let x = extract(t);
        assert_eq!(
            &t[x.statements[0].start..x.statements[0].end],
            "The talks will resume, Unification Minister Park Ji-hoon said."
        );
    }

    #[test]
    fn multi_paragraph_quote() {
        let t = "Defence Minister Kim Hyun-woo told the council: “First part. Second part.\n\n“Third part.”";
        let x = extract(t);
        let got: Vec<&str> = x.statements.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, ["First part.", "Second part.", "Third part."]);
        assert!(x.statements.iter().all(|s| {
            s.speaker
                .is_some_and(|i| x.speakers[i].name == "Kim Hyun-woo")
        }));
    }
}
