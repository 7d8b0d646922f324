//! Hyper-parameters of the vectorizer, linfa style: `VectorizerParams` with
//! consuming setters, validated once by `check()` into `VectorizerValidParams`.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// How term counts become feature values (always followed by L2 normalisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weighting {
    /// (1 + ln tf) × smoothed idf.
    TfIdf,
    /// 1 + ln tf, no idf.
    LogCount,
}

/// Validated vectorizer settings, as saved in a model file.
///
/// | Name | Default | Purpose | Range |
/// |---|---|---|---|
/// | `ngram_max` | 2 | longest word n-gram | 1 to 3 |
/// | `min_df` | 1 | drop terms in fewer statements | ≥ 1 |
/// | `max_features` | 100000 | keep the most frequent terms | ≥ 1 |
/// | `weighting` | `tf-idf` | count weighting | `tf-idf`, `log-count` |
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VectorizerValidParams {
    ngram_max: usize,
    min_df: usize,
    max_features: usize,
    weighting: Weighting,
}

/// Unchecked vectorizer settings; call [`check`](Self::check) to validate.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorizerParams(VectorizerValidParams);

impl Default for VectorizerParams {
    fn default() -> Self {
        VectorizerParams(VectorizerValidParams {
            ngram_max: 2,
            min_df: 1,
            max_features: 100_000,
            weighting: Weighting::TfIdf,
        })
    }
}

impl VectorizerParams {
    /// Default settings.
    pub fn new() -> Self {
        Self::default()
    }

    /// Longest word n-gram (1 = unigrams only, 2 = and bigrams, 3 = and trigrams).
    pub fn ngram_max(mut self, n: usize) -> Self {
        self.0.ngram_max = n;
        self
    }

    /// Minimum number of statements a term must appear in.
    pub fn min_df(mut self, n: usize) -> Self {
        self.0.min_df = n;
        self
    }

    /// Cap on the vocabulary size.
    pub fn max_features(mut self, n: usize) -> Self {
        self.0.max_features = n;
        self
    }

    /// Count weighting.
    pub fn weighting(mut self, w: Weighting) -> Self {
        self.0.weighting = w;
        self
    }

    /// Validates the settings.
    ///
    /// # Errors
    /// [`Error::InvalidParam`] when `ngram_max` is not 1 or 2, or `min_df` or
    /// `max_features` is zero.
    pub fn check(self) -> Result<VectorizerValidParams> {
        let p = &self.0;
        if !(1..=3).contains(&p.ngram_max) {
            return Err(Error::InvalidParam(format!(
                "ngram_max must be 1, 2 or 3, got {}",
                p.ngram_max
            )));
        }
        if p.min_df == 0 {
            return Err(Error::InvalidParam("min_df must be at least 1".into()));
        }
        if p.max_features == 0 {
            return Err(Error::InvalidParam(
                "max_features must be at least 1".into(),
            ));
        }
        Ok(self.0)
    }
}

impl VectorizerValidParams {
    /// Longest word n-gram.
    pub fn ngram_max(&self) -> usize {
        self.ngram_max
    }
    /// Minimum document frequency.
    pub fn min_df(&self) -> usize {
        self.min_df
    }
    /// Vocabulary size cap.
    pub fn max_features(&self) -> usize {
        self.max_features
    }
    /// Count weighting.
    pub fn weighting(&self) -> Weighting {
        self.weighting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_out_of_range_values() {
        assert!(VectorizerParams::new().ngram_max(4).check().is_err());
        assert!(VectorizerParams::new().min_df(0).check().is_err());
        assert!(VectorizerParams::new().max_features(0).check().is_err());
        assert!(VectorizerParams::new().check().is_ok());
    }

    #[test]
    fn serialises_to_pinned_json() {
        let json = serde_json::to_string(&VectorizerParams::new().check().unwrap()).unwrap();
        assert_eq!(
            json,
            r#"{"ngram_max":2,"min_df":1,"max_features":100000,"weighting":"tf-idf"}"#
        );
    }
}
