//! Text analysis: the pipeline that turns a statement into the tokens the
//! features are built from.
//!
//! Like tantivy's analyzers, it is a tokenizer followed by small filters,
//! each with one job, all editing one reused token buffer:
//!
//! `Tokenizer` → `Normalizer` → `LowerCaser` → `NegationScope` →
//! `ContrastScope` → `Stemmer`.
//!
//! ```
//! use nkstance::text::{Analyzer, AnalyzerConfig};
//! let analyzer = Analyzer::new(&AnalyzerConfig::default());
//! let mut tokens = Vec::new();
//! analyzer.analyze("We won’t talk, but sanctions stay.", &mut tokens);
//! let words: Vec<&str> = tokens.iter().filter(|t| t.is_term()).map(|t| t.text.as_str()).collect();
//! assert_eq!(words, ["we", "won't", "talk", "but", "sanction", "stay"]);
//! assert!(tokens[2].negated && tokens[5].contrasted);
//! ```

mod analyzer;
mod config;
mod contrast;
mod lowercase;
mod negation;
mod normalize;
mod stemmer;
mod token;
mod tokenizer;

pub use analyzer::Analyzer;
pub use config::{AnalyzerConfig, Language};
pub use contrast::ContrastScope;
pub use lowercase::LowerCaser;
pub use negation::NegationScope;
pub use normalize::Normalizer;
pub use stemmer::Stemmer;
pub use token::{Token, TokenKind};
pub use tokenizer::Tokenizer;

/// One stage of the pipeline after tokenising: edits the token buffer in place.
pub trait TokenFilter {
    /// Applies the filter to every token of one text.
    fn apply(&self, tokens: &mut [Token]);
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::Token;

    /// The texts of the tokens, for compact assertions.
    pub fn texts(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().map(|t| t.text.as_str()).collect()
    }
}
