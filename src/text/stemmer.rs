//! Stems words with rust-stemmers (Snowball), behind our own `Language` so
//! that no rust-stemmers type leaks into the public API.

use super::{Language, Token, TokenFilter, TokenKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

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

/// Distinct words remembered per thread before the cache starts over: news
/// vocabulary repeats, and Snowball costs more than the rest of the pipeline.
const STEM_CACHE_WORDS: usize = 200_000;

thread_local! {
    /// word → stem, for the Snowball English stemmer (the only language).
    static STEM_CACHE: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

impl Stemmer {
    /// Replaces `word` by its stem, from the cache when it has been seen.
    fn stem_in_place(&self, word: &mut String) {
        STEM_CACHE.with_borrow_mut(|cache| {
            if let Some(stem) = cache.get(word.as_str()) {
                word.clear();
                word.push_str(stem);
                return;
            }
            let stem = self.inner.stem(word).into_owned();
            if cache.len() >= STEM_CACHE_WORDS {
                cache.clear();
            }
            cache.insert(std::mem::replace(word, stem.clone()), stem);
        });
    }
}

impl TokenFilter for Stemmer {
    fn apply(&self, tokens: &mut [Token]) {
        for token in tokens.iter_mut().filter(|t| t.kind == TokenKind::Word) {
            self.stem_in_place(&mut token.text);
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
