//! Shared text primitives for the quote pipeline: paragraphs, word tokens and
//! char classes, all expressed as byte offsets into the original article text.

/// One token: a word (letters/digits with internal `-`, `'`, `’`, `.`) or a
/// single punctuation char. Offsets are byte offsets into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// True for words, false for punctuation.
    pub word: bool,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Paragraph byte ranges: blocks separated by blank lines, trimmed of
/// surrounding whitespace. Empty blocks are skipped. A bulleted line
/// ("• Japan's defence ministry said…") starts a paragraph of its own, with
/// the bullet left out, so a digest's items and headings stay apart.
pub(crate) fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut block_start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            push_trimmed(text, block_start, line_start, &mut out);
            block_start = pos;
        } else if let Some(marker) = bullet_len(line) {
            push_trimmed(text, block_start, line_start, &mut out);
            block_start = line_start + marker;
        }
    }
    push_trimmed(text, block_start, text.len(), &mut out);
    out
}

/// True when the paragraph starting at `ps` is a bulleted list item: a
/// factbox's "• CHINA: …" is an item, not a transcript's speaker label.
pub(crate) fn is_bulleted(text: &str, ps: usize) -> bool {
    let line_start = text[..ps].rfind('\n').map_or(0, |i| i + 1);
    bullet_len(&text[line_start..]).is_some_and(|n| {
        text.get(line_start + n..ps)
            .is_some_and(|gap| gap.trim().is_empty())
    })
}

/// Length of the list bullet opening `line` (indent, marker and space), if any.
fn bullet_len(line: &str) -> Option<usize> {
    let body = line.trim_start();
    let marker = body
        .chars()
        .next()
        .filter(|c| matches!(c, '•' | '·' | '▪' | '◦' | '‣' | '*' | '-' | '–'))?;
    let rest = &body[marker.len_utf8()..];
    rest.starts_with([' ', '\t'])
        .then(|| line.len() - rest.len() + 1)
}

/// Pushes `text[start..end]` trimmed, when it is not blank.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let (s, e) = trim(text, start, end);
    if s < e {
        out.push((s, e));
    }
}

/// Trims whitespace from both ends of a byte range.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let s = start + lead;
    let e = start + slice.trim_end().len();
    if s >= e { (s, s) } else { (s, e) }
}

/// True for chars that may sit inside a word between two alphanumerics.
fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‑')
}

/// Tokenises `text[start..end]` into words and punctuation.
pub(crate) fn tokens(text: &str, start: usize, end: usize) -> Vec<Tok> {
    // Callers compute ranges in bytes; never slice inside a char, whatever they pass.
    let end = text.floor_char_boundary(end.min(text.len()));
    let start = text.floor_char_boundary(start.min(end));
    let slice = &text[start..end];
    let mut out = Vec::new();
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = iter.peek() {
                if d.is_alphanumeric() || (joins_word(d) && next_is_alnum(slice, k + d.len_utf8()))
                {
                    iter.next();
                    j = k + d.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: start + i,
                end: start + j,
                word: true,
            });
        } else if !c.is_whitespace() {
            out.push(Tok {
                start: start + i,
                end: start + i + c.len_utf8(),
                word: false,
            });
        }
    }
    out
}

/// True when the char starting at byte `at` of `s` is alphanumeric.
fn next_is_alnum(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// "halvorsen" → "Halvorsen", "sang-hoon" → "Sang-hoon".
pub(crate) fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when every letter of the word is uppercase (and it has at least two letters).
pub(crate) fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Strips a possessive `'s` / `’s` (or a bare trailing apostrophe); returns the
/// base word and whether it was possessive.
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(base) = word.strip_suffix(suffix)
            && !base.is_empty()
        {
            return (base, true);
        }
    }
    (word, false)
}

/// The previous char before byte `at`, if any.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

/// The char starting at byte `at`, if any.
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// True when the range holds at least one alphanumeric char.
pub(crate) fn has_alnum(text: &str, start: usize, end: usize) -> bool {
    text[start..end].chars().any(char::is_alphanumeric)
}

/// Number of words in a byte range.
pub(crate) fn word_count(text: &str, start: usize, end: usize) -> usize {
    text[start..end]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Largest char boundary `<= at` (so cutting a range there never panics).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs_on_blank_lines() {
        let t = "Head line\n\nFirst para.\nstill first.\n  \nSecond.";
        let p = paragraphs(t);
        assert_eq!(p.len(), 3);
        assert_eq!(&t[p[1].0..p[1].1], "First para.\nstill first.");
        assert_eq!(&t[p[2].0..p[2].1], "Second.");
    }

    #[test]
    fn bulleted_lines_are_paragraphs_without_their_bullets() {
        let t =
            "THE LAUNCH\n• KCNA said it was a test.\n  wrapped line.\n- CHINA: Calm.\nnot-a-bullet";
        let p = paragraphs(t);
        let texts: Vec<&str> = p.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            texts,
            [
                "THE LAUNCH",
                "KCNA said it was a test.\n  wrapped line.",
                "CHINA: Calm.\nnot-a-bullet"
            ]
        );
        let bulleted: Vec<bool> = p.iter().map(|&(s, _)| is_bulleted(t, s)).collect();
        assert_eq!(bulleted, [false, true, true]);
    }

    #[test]
    fn tokenises_names_and_abbreviations() {
        let t = "Mr. Park Ji-hoon's U.S. visit, 2.5 days";
        let words: Vec<&str> = tokens(t, 0, t.len()).iter().map(|w| w.text(t)).collect();
        assert_eq!(
            words,
            [
                "Mr",
                ".",
                "Park",
                "Ji-hoon's",
                "U.S",
                ".",
                "visit",
                ",",
                "2.5",
                "days"
            ]
        );
    }

    #[test]
    fn possessive_and_caps() {
        assert_eq!(strip_possessive("Korea’s"), ("Korea", true));
        assert_eq!(strip_possessive("Kim"), ("Kim", false));
        assert!(is_all_caps("KCNA"));
        assert!(!is_all_caps("Kim"));
        assert!(is_capitalised("Ümit"));
    }

    #[test]
    fn floor_boundary_stays_on_chars() {
        let t = "a“b";
        assert_eq!(floor_boundary(t, 2), 1);
        assert_eq!(floor_boundary(t, 99), t.len());
    }
}
