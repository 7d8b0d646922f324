//! Marks the clause after "but": in "X, but Y" the second clause carries the
//! thrust (LABELS.md), so its words also yield features of their own.

use super::{Token, TokenFilter, TokenKind};

/// Marks tokens after a contrast word up to the end of the sentence.
///
/// Expects lower-cased tokens (run after `LowerCaser`).
#[derive(Debug, Clone, Copy, Default)]
pub struct ContrastScope;

/// Whether a lower-cased word opens a contrasting clause.
pub fn is_contrast_word(word: &str) -> bool {
    matches!(
        word,
        "but" | "however" | "yet" | "nevertheless" | "nonetheless" | "still"
    )
}

fn ends_sentence(token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text.as_str(), "." | "!" | "?" | ";")
}

impl TokenFilter for ContrastScope {
    fn apply(&self, tokens: &mut [Token]) {
        let mut in_scope = false;
        for token in tokens.iter_mut() {
            if ends_sentence(token) {
                in_scope = false;
            } else if token.kind == TokenKind::Word && is_contrast_word(&token.text) {
                in_scope = true;
            } else {
                token.contrasted = in_scope;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{LowerCaser, Tokenizer};

    #[test]
    fn marks_words_after_but_until_the_full_stop() {
        let mut tokens = Vec::new();
        Tokenizer.tokenize("Pressure stays, but we will talk. Fine", &mut tokens);
        LowerCaser.apply(&mut tokens);
        ContrastScope.apply(&mut tokens);
        let marked: Vec<&str> = tokens
            .iter()
            .filter(|t| t.contrasted)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(marked, ["we", "will", "talk"]);
    }
}
