//! Stems words with rust-stemmers (Snowball), behind our own `Language` so
//! that no rust-stemmers type leaks into the public API.

use super::{Language, Token, TokenFilter, TokenKind};
use std::borrow::Cow;

/// Reduces each word to its stem ("sanctions" → "sanction").
///
/// Expects lower-cased tokens, as Snowball does.
pub struct Stemmer {
    inner: rust_stemmers::Stemmer,
}

impl Stemmer {
    /// A stemmer for `language`.
    pub fn new(language: Language) -> Self {
        let algorithm = match language {
            Language::English => rust_stemmers::Algorithm::English,
        };
        Stemmer {
            inner: rust_stemmers::Stemmer::create(algorithm),
        }
    }
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmer")
    }
}

impl TokenFilter for Stemmer {
    fn apply(&self, tokens: &mut [Token]) {
        for token in tokens.iter_mut().filter(|t| t.kind == TokenKind::Word) {
            // Borrowed means the stem is a prefix of the word: truncate, no allocation.
            let stem_len = match self.inner.stem(&token.text) {
                Cow::Borrowed(stem) => stem.len(),
                Cow::Owned(stem) => {
                    token.text = stem;
                    continue;
                }
            };
            token.text.truncate(stem_len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Tokenizer, test_util::texts};

    #[test]
    fn stems_words_but_not_punctuation() {
        let mut tokens = Vec::new();
        Tokenizer.tokenize("sanctions talks, negotiating", &mut tokens);
        Stemmer::new(Language::English).apply(&mut tokens);
        assert_eq!(texts(&tokens), ["sanction", "talk", ",", "negoti"]);
    }
}
