//! Sentence splitter over byte ranges that survives news abbreviations
//! (Mr., Gen., U.S., Feb.), initials ("J. R. Wells") and decimals ("2.5").

use super::text::{char_at, trim};

/// Bytes of a clause after which a semicolon ends the sentence.
const LONG_CLAUSE: usize = 150;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Cmdr",
    "Brig", "Sen", "Rep", "Gov", "Amb", "Pres", "Rev", "Gens", "Sens", "Reps", "St", "Jr", "Sr",
    "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "approx", "cf", "Fig", "Vol",
    // Westminster: "the hon. Gentleman", "my right hon. Friend".
    "hon", "Hon",
];

/// Words that commonly open a sentence; after an ambiguous abbreviation such as
/// "U.S." a following starter means the sentence did end there.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "Meanwhile",
    "However",
    "While",
    "When",
    "After",
    "Before",
    "If",
    "As",
    "So",
    "Yet",
    "Still",
    "Now",
];

/// Longest sentence we analyse as one unit; longer runs (no punctuation) are
/// cut at whitespace so later stages stay linear and small.
const MAX_SENTENCE: usize = 3000;

/// Chars that may close a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// Chars that may follow a terminator and still belong to the sentence
/// (German papers close a quote with “ and a nested one with ‘).
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»' | '“' | '‘')
}

/// Chars that may open the next sentence.
fn opens_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '„' | '‚')
}

/// Splits `text[start..end]` into trimmed sentence ranges. No boundary is
/// placed strictly inside one of the `protected` ranges (sorted by start):
/// quoted passages stay in the sentence that carries their attribution.
pub(crate) fn split(
    text: &str,
    start: usize,
    end: usize,
    protected: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut seg = start;
    let mut pos = start;
    let mut guard = ProtectedCursor {
        ranges: protected,
        idx: 0,
    };
    while pos < end {
        let Some(c) = char_at(text, pos) else { break };
        let next = pos + c.len_utf8();
        if is_terminator(c) {
            if let Some((b, k)) = boundary_after(text, pos, next, end) {
                if !guard.inside(b) {
                    push(text, seg, b, &mut out);
                    seg = k;
                }
                pos = k.max(next);
                continue;
            }
        } else if c == ';'
            && pos - seg > LONG_CLAUSE
            && char_at(text, next).is_some_and(char::is_whitespace)
            && !guard.inside(pos)
        {
            // A roundup strings one speaker's statements together with
            // semicolons ("…; he said Japan had lodged a protest…; the
            // defence ministry said…"): past a long clause, each is a
            // sentence of its own.
            push(text, seg, next, &mut out);
            seg = next;
        } else if c == '\n' && newline_ends_sentence(text, seg, pos, end) && !guard.inside(pos) {
            push(text, seg, pos, &mut out);
            seg = next;
        } else if (c.is_whitespace() && pos - seg > MAX_SENTENCE) || pos - seg > 4 * MAX_SENTENCE {
            // Runaway text with no sentence end: cut it so later stages stay small.
            push(text, seg, pos, &mut out);
            seg = if c.is_whitespace() { next } else { pos };
        }
        pos = next;
    }
    push(text, seg, end, &mut out);
    out
}

/// Pushes a trimmed non-empty range.
fn push(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    if s < e {
        let (s, e) = trim(text, s, e);
        if s < e {
            out.push((s, e));
        }
    }
}

/// Walks protected ranges in order (boundaries only move forward).
struct ProtectedCursor<'a> {
    ranges: &'a [(usize, usize)],
    idx: usize,
}

impl ProtectedCursor<'_> {
    /// True when `b` lies strictly inside a protected range.
    fn inside(&mut self, b: usize) -> bool {
        while self.idx < self.ranges.len() && self.ranges[self.idx].1 <= b {
            self.idx += 1;
        }
        self.ranges[self.idx..]
            .iter()
            .take_while(|r| r.0 < b)
            .any(|r| r.0 < b && b < r.1)
    }
}

/// If the terminator at `pos` ends a sentence, returns (end of sentence, start
/// of the next one).
fn boundary_after(text: &str, pos: usize, next: usize, end: usize) -> Option<(usize, usize)> {
    let mut j = next;
    while j < end {
        match char_at(text, j) {
            Some(d) if is_terminator(d) || is_closer(d) => j += d.len_utf8(),
            _ => break,
        }
    }
    let mut k = j;
    while k < end {
        match char_at(text, k) {
            Some(d) if d.is_whitespace() => k += d.len_utf8(),
            _ => break,
        }
    }
    if k == j || k >= end {
        return None;
    }
    let first = char_at(text, k)?;
    if !opens_sentence(first) {
        return None;
    }
    if char_at(text, pos) == Some('.') && !period_ends(text, pos, k, end) {
        return None;
    }
    Some((j, k))
}

/// Decides whether the period at `pos` ends the sentence, given the next
/// sentence would start at `k`.
fn period_ends(text: &str, pos: usize, k: usize, end: usize) -> bool {
    let word = word_before(text, pos);
    if word.is_empty() {
        return true;
    }
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    let mut chars = word.chars();
    let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if single_upper {
        // An initial ("J. R. Wells") or the last letter of "U.S."-like forms.
        return false;
    }
    if word.contains('.') {
        // "U.S.", "p.m.": a sentence ends only if a typical opener follows.
        let next_word: String = text[k..end]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .take(20)
            .collect();
        return STARTERS.contains(&next_word.as_str());
    }
    true
}

/// The word (letters, digits, dots) directly before byte `pos`.
fn word_before(text: &str, pos: usize) -> &str {
    let head = &text[..pos];
    let mut start = pos;
    for (i, c) in head.char_indices().rev().take(24) {
        if c.is_alphanumeric() || c == '.' {
            start = i;
        } else {
            break;
        }
    }
    &text[start..pos]
}

/// A line break ends a sentence when the line has no closing punctuation
/// (a headline, a caption) and the next line opens like a sentence.
fn newline_ends_sentence(text: &str, seg: usize, pos: usize, end: usize) -> bool {
    let before = text[seg..pos].trim_end();
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if matches!(last, ',' | ';' | ':' | '-' | '—' | '–' | '(') {
        return false;
    }
    let after = text[pos..end].trim_start();
    after.chars().next().is_some_and(opens_sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(t: &str) -> Vec<&str> {
        split(t, 0, t.len(), &[])
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn keeps_titles_initials_and_decimals() {
        let t = "Mr. Ri met Gen. Caldwell and J. R. Wells on Feb. 9. Growth was 2.5 percent. \
                 Dr. Choi left.";
        assert_eq!(
            pieces(t),
            [
                "Mr. Ri met Gen. Caldwell and J. R. Wells on Feb. 9.",
                "Growth was 2.5 percent.",
                "Dr. Choi left."
            ]
        );
    }

    #[test]
    fn handles_country_abbreviations() {
        let t = "He met U.S. Forces Korea staff. It was the U.S. The talks ended.";
        assert_eq!(
            pieces(t),
            [
                "He met U.S. Forces Korea staff.",
                "It was the U.S.",
                "The talks ended."
            ]
        );
    }

    #[test]
    fn splits_after_closing_quote() {
        let t = "“We are ready.” She left. “Really?” he asked.";
        assert_eq!(
            pieces(t),
            ["“We are ready.”", "She left.", "“Really?” he asked."]
        );
    }

    #[test]
    fn respects_protected_ranges() {
        let t = "“Now we act. They know it,” Ri said. Then he left.";
        let inner = (3, 25);
        let got: Vec<&str> = split(t, 0, t.len(), &[inner])
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect();
        assert_eq!(
            got,
            ["“Now we act. They know it,” Ri said.", "Then he left."]
        );
    }

    #[test]
    fn headline_lines_are_sentences() {
        let t = "Talks resume\nThe envoys met on Monday.";
        assert_eq!(pieces(t), ["Talks resume", "The envoys met on Monday."]);
    }

    #[test]
    fn long_unpunctuated_text_is_cut() {
        let t = "word ".repeat(2000);
        let p = split(&t, 0, t.len(), &[]);
        assert!(p.len() > 1);
        assert!(p.iter().all(|(s, e)| e - s <= MAX_SENTENCE + 10));
    }
}
