//! Lower-cases token text, in place for ASCII.

use super::{Token, TokenFilter};

/// Lower-cases every token.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerCaser;

impl TokenFilter for LowerCaser {
    fn apply(&self, tokens: &mut [Token]) {
        for token in tokens.iter_mut() {
            if token.text.is_ascii() {
                token.text.make_ascii_lowercase();
            } else {
                token.text = token.text.to_lowercase();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Tokenizer, test_util::texts};

    #[test]
    fn lowercases_ascii_and_unicode() {
        let mut tokens = Vec::new();
        Tokenizer.tokenize("PYONGYANG Ünter", &mut tokens);
        LowerCaser.apply(&mut tokens);
        assert_eq!(texts(&tokens), ["pyongyang", "ünter"]);
    }
}
