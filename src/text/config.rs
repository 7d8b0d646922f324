//! The analyzer's settings: plain data saved inside every model file, so that
//! loading a model reproduces its preprocessing exactly.

use serde::{Deserialize, Serialize};

/// Languages the stemmer supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (Snowball "english").
    English,
}

/// Which stages the analyzer runs.
///
/// | Name | Default | Purpose |
/// |---|---|---|
/// | `stem` | `Some(English)` | Snowball stemming |
/// | `negation` | `true` | mark words in a negation's scope |
/// | `contrast` | `true` | mark words after "but" |
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalyzerConfig {
    /// Stemming language, or none.
    pub stem: Option<Language>,
    /// Whether to mark negation scopes.
    pub negation: bool,
    /// Whether to mark contrast clauses.
    pub contrast: bool,
}

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            stem: Some(Language::English),
            negation: true,
            contrast: true,
        }
    }
}
