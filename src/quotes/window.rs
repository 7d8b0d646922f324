//! A tokenised stretch of text (a sentence, the words around a quote) with
//! the helpers attribution and reported speech share: finding mentions in a
//! range and checking that a speech verb follows a subject.

use super::mentions::Mention;
use super::speech_verbs::{self, is_auxiliary};
use super::text::{self, Tok};

/// Tokens of a byte range with their lowercase forms.
pub(crate) struct Window {
    /// Tokens.
    pub toks: Vec<Tok>,
    /// Lowercase token texts.
    pub lower: Vec<String>,
}

/// How far a subject's comma-delimited aside may run before its verb.
const ASIDE_REACH: usize = 28;

/// How far a parenthesis after a subject may run before its verb.
const PAREN_REACH: usize = 6;

/// How many tokens an "of …" phrase after a subject may run before its comma.
const PREP_REACH: usize = 12;

impl Window {
    /// Tokenises `text[start..end]`.
    pub fn new(text: &str, start: usize, end: usize) -> Self {
        let toks = text::tokens(text, start, end);
        let lower = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
        Window { toks, lower }
    }

    /// Lowercase token `i` ("" out of range).
    pub fn low(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// Index of the first token starting at or after `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Length in tokens of a verb from `list` starting at token `i`.
    pub fn verb_at(&self, list: &[&str], i: usize) -> Option<usize> {
        speech_verbs::match_at(list, &self.lower, i)
    }

    /// If a verb from `list` follows a subject ending at byte `subject_end`
    /// (after auxiliaries, "however", an "of …" phrase before a comma, and at
    /// most one comma-delimited aside),
    /// returns the verb's token index.
    pub fn verb_after(&self, list: &[&str], subject_end: usize) -> Option<usize> {
        let mut i = self.tok_at(subject_end);
        let mut aside_used = false;
        let mut steps = 0;
        while i < self.toks.len() && steps < 8 {
            steps += 1;
            if self.verb_at(list, i).is_some() {
                return Some(i);
            }
            let w = self.low(i);
            if is_auxiliary(w) {
                i += 1;
            } else if w == "," && self.verb_at(list, i + 1).is_some() {
                // The comma closing the appositive the subject stands in
                // ("…, the DPRK representative, Ri Hyok Chol, rejected…").
                i += 1;
            } else if w == "," && !aside_used {
                aside_used = true;
                let close =
                    (i + 1..(i + ASIDE_REACH).min(self.toks.len())).find(|&k| self.low(k) == ",");
                match close {
                    // ", however," is a short aside; skip it the same way.
                    Some(k) => i = k + 1,
                    None => return None,
                }
            } else if w == "," {
                i += 1;
            } else if steps == 1 && matches!(w, "of" | "from" | "in" | "at") {
                // A home, party or post before the verb or an aside: "Rep.
                // Kim of the main opposition party, a member of…,
                // criticized", "the embassy in Berlin, which…, called". A
                // relative pronoun first means the verb is not the subject's.
                let stop = (i + 1..(i + PREP_REACH).min(self.toks.len())).find(|&k| {
                    matches!(self.low(k), "," | "that" | "who" | "which")
                        || self.verb_at(list, k).is_some()
                })?;
                if matches!(self.low(stop), "that" | "who" | "which") {
                    return None;
                }
                i = stop;
            } else if w == "(" {
                // A parenthesised acronym or party tag: "Agency (KCNA) said".
                let close = (i + 1..(i + PAREN_REACH).min(self.toks.len()))
                    .find(|&k| self.low(k) == ")")?;
                i = close + 1;
            } else {
                return None;
            }
        }
        None
    }

    /// Number of word tokens in `a..b`.
    pub fn words_between(&self, a: usize, b: usize) -> usize {
        self.toks
            .get(a..b.min(self.toks.len()))
            .map_or(0, |s| s.iter().filter(|t| t.word).count())
    }
}

/// The mentions (sorted by start) that start inside `start..end`.
pub(crate) fn mentions_in(mentions: &[Mention], start: usize, end: usize) -> &[Mention] {
    let a = mentions.partition_point(|m| m.start < start);
    let b = mentions.partition_point(|m| m.start < end);
    &mentions[a..b.max(a)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::speech_verbs::REPORT_VERBS;

    #[test]
    fn verb_after_skips_asides_and_auxiliaries() {
        let t = "Dr. Choi, who led the delegation, has also said the North agreed.";
        let w = Window::new(t, 0, t.len());
        let v = w.verb_after(REPORT_VERBS, 8).expect("verb");
        assert_eq!(w.low(v), "said");
        let t = "Hale, however, ruled out relief.";
        let w = Window::new(t, 0, t.len());
        assert_eq!(w.low(w.verb_after(REPORT_VERBS, 4).expect("verb")), "ruled");
        let t = "The Korean Central News Agency (KCNA) said so.";
        let w = Window::new(t, 0, t.len());
        assert_eq!(w.low(w.verb_after(REPORT_VERBS, 31).expect("verb")), "said");
        let t = "Pence's comments were guarded.";
        let w = Window::new(t, 0, t.len());
        assert!(w.verb_after(REPORT_VERBS, 7).is_none());
    }
}
