//! Marks the words that a negation governs, so that "no talks" and "talks"
//! become different features ("no pressure comes off" must not look like
//! "pressure comes off").

use super::contrast::is_contrast_word;
use super::{Token, TokenFilter, TokenKind};

/// Marks tokens after a negator up to the next punctuation mark or contrast word.
///
/// Expects lower-cased, normalised tokens (run after `LowerCaser`).
#[derive(Debug, Clone, Copy, Default)]
pub struct NegationScope;

/// Whether a lower-cased word negates what follows it.
pub fn is_negator(word: &str) -> bool {
    matches!(
        word,
        "no" | "not"
            | "never"
            | "nor"
            | "neither"
            | "cannot"
            | "nothing"
            | "none"
            | "nobody"
            | "without"
            | "hardly"
    ) || word.ends_with("n't")
        || is_rejection_verb(word)
}

/// Whether a lower-cased word is a verb of refusal, which negates its object
/// as "no" does: "rejected talks" is close to "no talks".
/// Verb forms only: "opposition" or "dismissal" negate nothing.
fn is_rejection_verb(word: &str) -> bool {
    const VERBS: [&str; 5] = ["refuse", "reject", "dismiss", "oppose", "spurn"];
    VERBS.iter().any(|verb| {
        word.strip_prefix(verb.trim_end_matches('e'))
            .is_some_and(|ending| matches!(ending, "e" | "es" | "ed" | "ing" | "" | "s"))
    })
}

impl TokenFilter for NegationScope {
    fn apply(&self, tokens: &mut [Token]) {
        let mut in_scope = false;
        let mut after_rule = false;
        for token in tokens.iter_mut() {
            let rules_out = after_rule && token.text == "out";
            after_rule = matches!(token.text.as_str(), "rule" | "rules" | "ruled" | "ruling");
            match token.kind {
                TokenKind::Punct => in_scope = false,
                _ if is_contrast_word(&token.text) => in_scope = false,
                _ if rules_out || is_negator(&token.text) => in_scope = true,
                _ => token.negated = in_scope,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{LowerCaser, Normalizer, Tokenizer};

    fn negated(text: &str) -> Vec<(String, bool)> {
        let mut tokens = Vec::new();
        Tokenizer.tokenize(text, &mut tokens);
        Normalizer.apply(&mut tokens);
        LowerCaser.apply(&mut tokens);
        NegationScope.apply(&mut tokens);
        tokens
            .into_iter()
            .filter(|t| t.is_term())
            .map(|t| (t.text, t.negated))
            .collect()
    }

    #[test]
    fn scope_runs_to_the_next_punctuation() {
        let marks = negated("No pressure comes off, until they act");
        let flags: Vec<bool> = marks.iter().map(|(_, n)| *n).collect();
        assert_eq!(flags, [false, true, true, true, false, false, false]);
    }

    #[test]
    fn verbs_of_refusal_negate_their_object() {
        for text in [
            "They rejected talks",
            "They ruled out talks",
            "Refusing talks",
        ] {
            let marks = negated(text);
            assert!(marks.last().unwrap().1, "{text}: {marks:?}");
        }
        let marks = negated("The opposition wants talks");
        assert!(marks.iter().all(|(_, n)| !n), "{marks:?}");
    }

    #[test]
    fn contractions_negate_and_but_ends_the_scope() {
        let marks = negated("We won’t rule out talks but pressure stays");
        assert!(marks[2].1 && marks[4].1, "{marks:?}");
        assert!(!marks[6].1, "{marks:?}");
    }
}
