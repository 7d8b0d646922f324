//! Finds quoted passages: straight and curly double quotes (with nested single
//! quotes left inside), top-level single quotes, and quotes that run over
//! several paragraphs (a paragraph left open and the next one reopened).

use super::text::{char_at, char_before};

/// One top-level quoted passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// First byte inside the marks.
    pub inner_start: usize,
    /// End of the quoted words (before the closing mark, or the paragraph end).
    pub inner_end: usize,
    /// First byte after the closing mark (equals `inner_end` when unclosed).
    pub close_end: usize,
    /// Index of the paragraph holding the quote.
    pub para: usize,
    /// The quote is left open at its paragraph end and the next paragraph reopens it.
    pub continues: bool,
    /// The quote reopens a quote left open at the end of the previous paragraph.
    pub continuation: bool,
}

/// What kind of mark opened the current quote; each closes differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// “ (or ” at a word start) — nests on “, closed by ”.
    Curly,
    /// „ as German and Central European papers print it — closed by “ or ”.
    Low,
    /// « as French and Russian papers print it — nests on «, closed by ».
    Guillemet,
    /// " — closed by the next ".
    Straight,
}

impl Opener {
    /// The kind of quote a double mark at top level opens, if it opens one.
    fn of(c: char) -> Option<Opener> {
        match c {
            '“' => Some(Opener::Curly),
            '„' => Some(Opener::Low),
            '«' => Some(Opener::Guillemet),
            '"' => Some(Opener::Straight),
            _ => None,
        }
    }

    /// True when `c` opens a quote nested inside this one.
    fn nests_on(self, c: char) -> bool {
        matches!((self, c), (Opener::Curly, '“') | (Opener::Guillemet, '«'))
    }

    /// True when `c` closes this quote (or its innermost nested quote).
    fn closes_on(self, c: char) -> bool {
        match self {
            Opener::Curly => c == '”',
            Opener::Low => matches!(c, '“' | '”'),
            Opener::Guillemet => c == '»',
            Opener::Straight => c == '"',
        }
    }
}

/// Finds the quotes of every paragraph, in text order.
pub(crate) fn find(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut carry = false;
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let first = out.len();
        let open_at_end = scan_paragraph(text, ps, pe, pi, &mut out);
        if carry && let Some(q) = out.get_mut(first).filter(|q| q.open == ps) {
            q.continuation = true;
        }
        carry = false;
        if let Some(idx) = open_at_end {
            let reopens = paragraphs
                .get(pi + 1)
                .is_some_and(|&(ns, _)| opens_double(text, ns));
            if reopens {
                out[idx].continues = true;
                carry = true;
            }
        }
    }
    out
}

/// True when a double opening mark sits at byte `at`.
fn opens_double(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('“' | '"' | '„' | '«'))
}

/// Scans one paragraph; returns the index (in `out`) of a quote left open at
/// the paragraph end, if any.
fn scan_paragraph(
    text: &str,
    ps: usize,
    pe: usize,
    para: usize,
    out: &mut Vec<Quote>,
) -> Option<usize> {
    let closers = single_closers(text, ps, pe);
    let mut depth = 0usize;
    let mut opener = Opener::Curly;
    let mut open = 0usize;
    let mut pos = ps;
    while pos < pe {
        let Some(c) = char_at(text, pos) else { break };
        let next = pos + c.len_utf8();
        if depth == 0 {
            if let Some(kind) = Opener::of(c) {
                (depth, opener, open) = (1, kind, pos);
            } else if c == '”' && starts_word(text, pos, next) {
                // Some texts use ” as opener too: accept it at a word start.
                (depth, opener, open) = (1, Opener::Curly, pos);
            } else if matches!(c, '‘' | '\'')
                && starts_word(text, pos, next)
                && let Some(close) = next_closer(&closers, next)
            {
                push(out, pos, next, close, close + char_len(text, close), para);
                pos = close + char_len(text, close);
                continue;
            }
        } else if opener.nests_on(c) {
            depth += 1;
        } else if opener.closes_on(c) {
            depth -= 1;
            if depth == 0 {
                push(out, open, open + char_len(text, open), pos, next, para);
            }
        }
        pos = next;
    }
    if depth > 0 {
        push(out, open, open + char_len(text, open), pe, pe, para);
        return Some(out.len() - 1);
    }
    None
}

/// Byte length of the char at `at` (1 when out of range, never panics).
fn char_len(text: &str, at: usize) -> usize {
    char_at(text, at).map_or(1, char::len_utf8)
}

/// Records a quote.
fn push(
    out: &mut Vec<Quote>,
    open: usize,
    inner_start: usize,
    inner_end: usize,
    close_end: usize,
    para: usize,
) {
    out.push(Quote {
        open,
        inner_start,
        inner_end: inner_end.max(inner_start),
        close_end: close_end.max(inner_start),
        para,
        continues: false,
        continuation: false,
    });
}

/// A mark at `pos` opens a quote when it follows a space, a paragraph start or
/// an opening bracket/dash, and is followed by a letter or digit.
fn starts_word(text: &str, pos: usize, next: usize) -> bool {
    let before_ok = char_before(text, pos)
        .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–' | '-' | ':'));
    before_ok && char_at(text, next).is_some_and(char::is_alphanumeric)
}

/// Byte offsets of single marks that can close a single-quoted passage: ’ or '
/// after a non-space and not followed by a letter (so not an apostrophe).
/// Precomputed once per paragraph so unclosed openers cost nothing extra.
fn single_closers(text: &str, ps: usize, pe: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let slice = &text[ps..pe];
    let mut prev: Option<char> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if matches!(c, '’' | '\'') {
            let after = iter.peek().map(|&(_, d)| d);
            let prev_ok = prev.is_some_and(|p| !p.is_whitespace());
            let after_ok = after.is_none_or(|d| !d.is_alphanumeric());
            if prev_ok && after_ok {
                out.push(ps + i);
            }
        }
        prev = Some(c);
    }
    out
}

/// First closer at or after `from`.
fn next_closer(closers: &[usize], from: usize) -> Option<usize> {
    let idx = closers.partition_point(|&c| c < from);
    closers.get(idx).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::text::paragraphs;

    fn inners(t: &str) -> Vec<&str> {
        find(t, &paragraphs(t))
            .iter()
            .map(|q| &t[q.inner_start..q.inner_end])
            .collect()
    }

    #[test]
    fn finds_straight_and_curly_quotes() {
        let t = "\"We are ready,\" she said, “but not at any price.”";
        assert_eq!(inners(t), ["We are ready,", "but not at any price."]);
    }

    #[test]
    fn keeps_nested_single_quotes_inside() {
        let t = "“They talk about ‘all options’, because we can,” Ri said. It's Kim's.";
        assert_eq!(
            inners(t),
            ["They talk about ‘all options’, because we can,"]
        );
    }

    #[test]
    fn finds_top_level_single_quotes_but_not_apostrophes() {
        let t = "He said 'we will talk' and the Koreas' leaders didn't.";
        assert_eq!(inners(t), ["we will talk"]);
    }

    #[test]
    fn german_and_french_marks_close_with_their_own_pair() {
        let t = "„Dialog ist der Weg“, sagte er. «Pas de “concessions” ici», dit-elle.";
        assert_eq!(
            inners(t),
            ["Dialog ist der Weg", "Pas de “concessions” ici"]
        );
    }

    #[test]
    fn links_quotes_across_paragraphs() {
        let t = "He said: “First part.\n\n“Second part.”\n\nAfter.";
        let q = find(t, &paragraphs(t));
        assert_eq!(q.len(), 2);
        assert!(q[0].continues && !q[0].continuation);
        assert!(q[1].continuation);
        assert_eq!(&t[q[0].inner_start..q[0].inner_end], "First part.");
    }

    #[test]
    fn unbalanced_and_nested_marks_do_not_panic() {
        let t = "“".repeat(10_000) + "x" + &"”".repeat(5_000);
        let q = find(&t, &paragraphs(&t));
        assert_eq!(q.len(), 1);
        let t2 = "' ‘ ’ \" ” “";
        let _ = find(t2, &paragraphs(t2));
    }
}
