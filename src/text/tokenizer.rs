//! Splits raw text into word, number and punctuation tokens with byte offsets.

use super::{Token, TokenKind};

/// Splits text on white space and punctuation.
///
/// Apostrophes inside a word stay in it ("won't", "Korea’s"), hyphens between
/// letters split it ("fire-and-fury" → three words), and each punctuation mark
/// is a token of its own so that later stages can see clause boundaries.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tokenizer;

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

impl Tokenizer {
    /// Tokenises `text` into `tokens`, reusing the buffer's strings.
    pub fn tokenize(&self, text: &str, tokens: &mut Vec<Token>) {
        let mut count = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let kind = if c.is_alphabetic() {
                TokenKind::Word
            } else if c.is_numeric() {
                TokenKind::Number
            } else if c.is_whitespace() || c.is_control() || is_apostrophe(c) || c == '-' {
                continue;
            } else {
                TokenKind::Punct
            };
            let mut end = start + c.len_utf8();
            if kind != TokenKind::Punct {
                while let Some(&(i, next)) = chars.peek() {
                    let joins = next.is_alphanumeric()
                        || (is_apostrophe(next)
                            || (kind == TokenKind::Number && matches!(next, '.' | ',')))
                            && text[i + next.len_utf8()..]
                                .starts_with(|d: char| d.is_alphanumeric());
                    if !joins {
                        break;
                    }
                    end = i + next.len_utf8();
                    chars.next();
                }
            }
            let token = next_slot(tokens, count);
            token.text.push_str(&text[start..end]);
            token.from = start;
            token.to = end;
            token.kind = kind;
            count += 1;
        }
        tokens.truncate(count);
    }
}

/// Returns a cleared token at `index`, reusing an old one when the buffer has it.
fn next_slot(tokens: &mut Vec<Token>, index: usize) -> &mut Token {
    if index == tokens.len() {
        tokens.push(Token::empty());
    }
    let token = &mut tokens[index];
    token.text.clear();
    token.negated = false;
    token.contrasted = false;
    token
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::test_util::texts;

    fn tokenize(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        Tokenizer.tokenize(text, &mut tokens);
        tokens
    }

    #[test]
    fn splits_words_and_punctuation_with_offsets() {
        let tokens = tokenize("No talks, ever.");
        assert_eq!(texts(&tokens), ["No", "talks", ",", "ever", "."]);
        assert_eq!((tokens[1].from, tokens[1].to), (3, 8));
        assert_eq!(tokens[2].kind, TokenKind::Punct);
    }

    #[test]
    fn keeps_apostrophes_inside_words_and_splits_hyphens() {
        let tokens = tokenize("We won’t accept fire-and-fury 'talk'");
        assert_eq!(
            texts(&tokens),
            ["We", "won’t", "accept", "fire", "and", "fury", "talk"]
        );
    }

    #[test]
    fn numbers_keep_decimal_points() {
        let tokens = tokenize("rose 2.5 percent in 2017.");
        assert_eq!(
            texts(&tokens),
            ["rose", "2.5", "percent", "in", "2017", "."]
        );
        assert_eq!(tokens[1].kind, TokenKind::Number);
    }

    #[test]
    fn reuses_the_buffer_and_drops_stale_tokens() {
        let mut tokens = Vec::new();
        Tokenizer.tokenize("one two three four", &mut tokens);
        Tokenizer.tokenize("five", &mut tokens);
        assert_eq!(texts(&tokens), ["five"]);
        assert!(!tokens[0].negated);
    }

    #[test]
    fn offsets_slice_the_source_for_any_text() {
        let text = "Ünïcode — “quoted” 한국어 text…";
        for token in tokenize(text) {
            assert_eq!(&text[token.from..token.to], token.text);
        }
    }
}
