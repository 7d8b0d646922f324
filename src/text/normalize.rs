//! Unicode normalisation of token text: NFKC, and one form for apostrophes,
//! so that "won’t" and "won't" are the same feature.

use super::{Token, TokenFilter, TokenKind};
use unicode_normalization::UnicodeNormalization;

/// Normalises each token's text (offsets are left pointing at the source).
#[derive(Debug, Clone, Copy, Default)]
pub struct Normalizer;

fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
        other => other,
    }
}

impl TokenFilter for Normalizer {
    fn apply(&self, tokens: &mut [Token]) {
        for token in tokens.iter_mut() {
            if token.kind == TokenKind::Number {
                token.text.clear();
                token.text.push_str("<num>");
            } else if !token.text.is_ascii() {
                // Rare path: only non-ASCII tokens pay for the allocation.
                token.text = token.text.nfkc().map(fold_char).collect();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Tokenizer, test_util::texts};

    #[test]
    fn folds_curly_apostrophes_and_compatibility_forms() {
        let mut tokens = Vec::new();
        Tokenizer.tokenize("won’t ﬁre 1994", &mut tokens);
        Normalizer.apply(&mut tokens);
        assert_eq!(texts(&tokens), ["won't", "fire", "<num>"]);
    }
}
